/** fix18f: stated changes on a platform, periods before the data, influencers on a platform, frequency, word typos. */
import { describe, expect, it } from "vitest";
import { CHANGE_PREMISE_NOTE } from "./change-premise.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import { fixWordTypos } from "./word-typos.ts";

const ctx = testContext({ dataEnd: "2026-10-31" });
const plan = (q: string) => {
  const p = planQuestion(q, ctx);
  if (p.kind !== "tool_calls") throw new Error(`${q}: ${p.kind}`);
  return p;
};

describe("a change stated as done on a platform", () => {
  it.each([
    ["we tripled tiktok spend in september, worth it?", "tiktok_ads", "2026-09-01", "2026-09-30"],
    ["since we boosted google ads budget in march has it paid off", "google_ads", "2026-03-01", "2026-03-31"],
    ["we trippled facebook budget in may - did it work", "meta_ads", "2026-05-01", "2026-05-31"],
  ])("%s: the platform before and after, the premise checked", (q, platform, from, to) => {
    const p = plan(q);
    expect(p.calls[0]).toEqual({
      name: "campaigns",
      args: { analysis: "change", around: { from, to }, platform },
    });
    expect(p.frame.note).toBe(CHANGE_PREMISE_NOTE);
  });
});

describe("a period before the data starts", () => {
  it("is the same month a year later, said so", () => {
    const p = plan("orders in august 2025");
    expect(p.calls[0]?.args.timeRange).toEqual({ from: "2026-08-01", to: "2026-08-31" });
    expect(p.frame.note).toBe(
      "Your data starts November 1, 2025, so there is no data for August 2025: here is August 2026 a year later instead. The first month with data is November 2025.",
    );
  });

  it("is every day of data when no later year fits", () => {
    const p = plan("total spend for 2023");
    expect(p.calls[0]?.args.timeRange).toEqual({ from: "2025-11-01", to: "2026-10-31" });
  });

  it("leaves a period the data holds alone", () => {
    expect(plan("orders in november 2025").calls[0]?.args.timeRange).toEqual({
      from: "2025-11-01",
      to: "2025-11-30",
    });
  });
});

describe("influencers on a platform with no creator campaign", () => {
  it("is that platform's own campaigns, said to be paid ads", () => {
    const p = plan("clicks from our facebook influencers in october");
    expect(p.calls[0]?.args.filters).toEqual([{ field: "platform", op: "in", values: ["meta_ads"] }]);
    expect(p.notes?.some((n) => n.includes("No Meta Ads campaign is named for creators or partners"))).toBe(
      true,
    );
  });
});

describe("frequency", () => {
  it("shows impressions, clicks and CTR with a note that names only those", () => {
    const p = plan("whats our tiktok frequency in september");
    expect(p.calls[0]?.args.metrics).toEqual(["impressions", "clicks", "ctr"]);
    expect(p.notes?.some((n) => n.startsWith("Frequency (how many times each person saw the ads"))).toBe(
      true,
    );
  });
});

describe("fixWordTypos", () => {
  it.each([
    ["hw r we doing", "how r we doing"],
    ["we dubled meta", "we doubled meta"],
    ["add2cart rate", "add to cart rate"],
    ["campaigns underpacing", "campaigns underspending"],
    ["ad freqency", "ad frequency"],
    ["we tried it", "we tried it"],
  ])("%s -> %s", (typo, fixed) => {
    expect(fixWordTypos(typo)).toBe(fixed);
  });
});
