/** fix19a: a plain verdict verb asked of a named subject (a campaign, the changes made, paid marketing, the list). */
import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import type { DimensionValue, Plan } from "./types.ts";

const calls = (plan: Plan) => {
  if (plan.kind !== "tool_calls") throw new Error(plan.kind);
  return plan.calls.map((c) => ({ name: c.name, args: c.args }));
};
const Q3 = { from: "2026-07-01", to: "2026-09-30" };

describe("did a named campaign work (fix19a)", () => {
  it("is its ROAS against break-even over the period", () => {
    const [first, rows] = calls(planQuestion("did the tiktok creators campaign work", testContext()));
    expect(first).toEqual({
      name: "profitability",
      args: { analysis: "break_even", period: { from: "2025-11-01", to: "2026-10-31" } },
    });
    expect(rows?.args.filters).toEqual([
      { field: "campaign", op: "in", values: [1006] },
      { field: "campaign", op: "neq", value: null },
    ]);
  });

  it("leaves 'how does X work' alone", () => {
    const plan = planQuestion("how does the tiktok creators campaign work", testContext());
    expect(plan.kind === "tool_calls" && plan.calls.some((c) => c.name === "profitability")).toBe(false);
  });

  it("judges a finished campaign's worth over its run, not the last month", () => {
    const values: DimensionValue[] = [
      {
        dimension: "campaign",
        value: "2001",
        label: "Holiday25 - Gift Guide - Carousel",
        aliases: ["holiday gift guide carousel", "holiday"],
        flight: { from: "2025-12-03", to: "2025-12-22" },
      },
    ];
    const ctx = testContext({ dimensionValues: values, dataEnd: "2026-10-31", dataStart: "2025-11-01" });
    const [first, rows] = calls(planQuestion("was the holiday gift guide carousel worth it", ctx));
    const run = { from: "2025-12-03", to: "2025-12-22" };
    expect(first).toEqual({ name: "profitability", args: { analysis: "break_even", period: run } });
    expect(rows?.args.timeRange).toEqual(run);
  });

  it("judges every campaign of a channel asked about as a whole", () => {
    const [, rows] = calls(
      planQuestion("hows tiktok doing overall, is the creators campaign pulling its weight", testContext()),
    );
    expect(rows?.args.filters).toEqual([
      { field: "platform", op: "in", values: ["tiktok_ads"] },
      { field: "campaign", op: "neq", value: null },
    ]);
  });
});

describe("did the changes we made work (fix19a)", () => {
  it("reads the recorded holdouts with their effect", () => {
    expect(calls(planQuestion("did the stuff we tried recently work", testContext()))).toEqual([
      { name: "campaigns", args: { analysis: "holdout" } },
    ]);
  });
  it("keeps a period named", () => {
    expect(calls(planQuestion("how did the tests we ran in q3 work out", testContext()))).toEqual([
      { name: "campaigns", args: { analysis: "holdout", around: Q3 } },
    ]);
  });
});

describe("profit paid marketing made (fix19a)", () => {
  it("is each paid channel's profit at the margin", () => {
    expect(calls(planQuestion("how much profit did our ads generate in q3", testContext()))).toEqual([
      { name: "profitability", args: { analysis: "channel_profit", period: Q3 } },
    ]);
  });
});

describe("an email count in a fatigue ask (fix19a)", () => {
  it("is read as its rate per send, first, beside the other fatigue rates", () => {
    const [q] = calls(planQuestion("is the list burnt out? unsubscribes on the newsletter", testContext()));
    expect(q?.args.metrics).toEqual([
      "email_unsubscribe_rate",
      "email_open_rate",
      "email_click_rate",
      "email_sends",
    ]);
  });
});
