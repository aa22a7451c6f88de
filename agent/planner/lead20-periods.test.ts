/**
 * lead20: period phrases that were left unread and answered for the default 30 days: whole
 * calendar units ("the last 2 full months"), a quarter's number said or typed out ("q three"), a
 * holiday after an anchor word followed by a channel ("since labor day email revenue"), and a
 * promotion's window named by the holiday its prefix stands for ("the black friday window").
 */
import { describe, expect, it } from "vitest";
import { readCampaignWindows } from "./campaign-windows.ts";
import { sendsNamed } from "./email-send.ts";
import { normalize } from "./normalize.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import { extractTime } from "./time.ts";
import { rewriteTimeShorthand } from "./time-shorthand.ts";
import type { DimensionValue } from "./types.ts";

const TODAY = "2026-11-01"; // a Sunday
const range = (q: string) => {
  const p = extractTime(normalize(q), TODAY).period;
  return p && [p.from, p.to];
};

describe("whole calendar units", () => {
  it.each([
    ["roas the last 2 full months", "2026-09-01", "2026-10-31"],
    ["orders over the past three complete months", "2026-08-01", "2026-10-31"],
    ["spend last full month", "2026-10-01", "2026-10-31"],
    ["sessions the previous full week", "2026-10-19", "2026-10-25"],
    ["clicks last 3 full weeks", "2026-10-05", "2026-10-25"],
    ["revenue the last whole quarter", "2026-07-01", "2026-09-30"],
    ["revenue last 2 complete quarters", "2026-04-01", "2026-09-30"],
  ])("%s", (q, from, to) => expect(range(q)).toEqual([from, to]));

  it("keeps one whole unit a unit, so 'vs the one before' compares like with like", () => {
    expect(extractTime(normalize("cpa last full month"), TODAY).period?.unit).toBe("month");
    expect(extractTime(normalize("cpa last 2 full months"), TODAY).period?.unit).toBeUndefined();
  });
});

describe("a quarter's number said or typed out", () => {
  it.each([
    ["ctr for q three", "2026-07-01", "2026-09-30"],
    ["orders in quarter two", "2026-04-01", "2026-06-30"],
    ["spend q 1", "2026-01-01", "2026-03-31"],
    ["revenue quarter 4 2025", "2025-10-01", "2025-12-31"],
  ])("%s", (q, from, to) => expect(range(q)).toEqual([from, to]));

  it("leaves a relative quarter followed by a count alone", () => {
    expect(range("revenue last quarter two channels drove most")).toEqual(["2026-07-01", "2026-09-30"]);
  });
});

describe("a holiday after an anchor word", () => {
  it.each([
    ["since labor day email revenue", "2026-09-07", "2026-11-01"],
    ["since memorial day, email clicks", "2026-05-25", "2026-11-01"],
    ["after labor day search spend", "2026-09-07", "2026-11-01"],
  ])("%s", (q, from, to) => expect(range(q)).toEqual([from, to]));

  it("still reads a holiday's own email as that campaign, not a date", () => {
    expect(range("labor day email revenue")).toBeUndefined();
  });
});

describe("a promotion's window by the holiday its prefix stands for", () => {
  const campaign = (id: string, label: string, from: string, to: string): DimensionValue => ({
    dimension: "campaign",
    value: id,
    label,
    aliases: [],
    flight: { from, to },
  });
  const VALUES = [
    campaign("1", "Search - Brand - Exact", "2025-11-01", "2026-10-31"),
    campaign("2", "BF25 - Search - Deals", "2025-11-20", "2025-12-02"),
    campaign("3", "BF25 - Sitewide - Prospecting", "2025-11-21", "2025-12-01"),
  ];
  const names = (q: string) => readCampaignWindows(q, VALUES).windows.map((w) => w.name);

  it.each([
    "customers we got in the black friday window",
    "revenue over the blackfriday period",
    "the black friday promo",
  ])("%s", (q) => expect(names(q)).toEqual(["BF25"]));

  it("leaves the day itself to the holiday rule without a window word", () => {
    expect(names("revenue on black friday")).toEqual([]);
    expect(names("revenue during black friday")).toEqual([]);
  });
});

describe("since a day of the month", () => {
  it.each([
    ["roas since the 14th", "2026-10-14", "2026-11-01"],
    ["orders from the 3rd", "2026-10-03", "2026-11-01"],
    ["spend since the 1st", "2026-11-01", "2026-11-01"],
  ])("%s", (q, from, to) => expect(range(q)).toEqual([from, to]));

  it("takes a shorter month's last day", () => {
    expect(extractTime(normalize("spend since the 31st"), "2026-10-15").period?.from).toBe("2026-09-30");
  });
});

describe("a send's name after an anchor word", () => {
  const sends: DimensionValue[] = [
    { dimension: "email_campaign", value: "Labor Day Sale", label: "Labor Day Sale", aliases: [] },
  ];

  it("is a date, not the send, after since / after / before", () => {
    expect(sendsNamed("since labor day email clicks", sends)).toEqual([]);
    expect(sendsNamed("after the labor day email opens", sends)).toEqual([]);
  });

  it("is still the send without one", () => {
    expect(sendsNamed("clicks on the labor day email", sends).map((v) => v.value)).toEqual([
      "Labor Day Sale",
    ]);
  });
});

describe("period words typed short", () => {
  it.each([
    ["revenue lst month", "revenue last month"],
    ["roas ths yr", "roas this year"],
    ["orders lst wk vs wk b4", "orders last week vs the week before"],
    ["cpa prev qtr", "cpa previous quarter"],
    ["revenue last 2 mths", "revenue last 2 months"],
    ["spend this mo", "spend this month"],
    ["sessions nxt month", "sessions next month"],
    ["revenue 10/5-10/12", "revenue 10/5 to 10/12"],
    ["spend 8/10-8/23 vs 7/27-8/9", "spend 8/10 to 8/23 vs 7/27 to 8/9"],
  ])("%s", (q, words) => expect(rewriteTimeShorthand(q)).toBe(words));

  it("leaves words that only look short alone", () => {
    expect(rewriteTimeShorthand("prev answer as a chart")).toBe("prev answer as a chart");
    expect(rewriteTimeShorthand("ths is odd, revenue")).toBe("ths is odd, revenue");
  });

  it("reads the period through the planner", () => {
    const plan = planQuestion("orders lst wk vs wk b4", testContext());
    expect(plan.kind === "tool_calls" && plan.calls[0]?.args).toMatchObject({
      period: { from: "2026-10-19", to: "2026-10-25" },
      compareTo: { from: "2026-10-12", to: "2026-10-18" },
    });
  });
});
