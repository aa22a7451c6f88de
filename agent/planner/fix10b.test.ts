/** fix10b: statistics and derived measures planned as asked (not a nearby total or one end). */
import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { DEMO_DIMENSION_VALUES, testContext } from "./testing.ts";
import type { DimensionValue } from "./types.ts";

const argsOf = (q: string) => {
  const plan = planQuestion(q, testContext());
  if (plan.kind !== "tool_calls") throw new Error(`${q}: ${plan.kind}`);
  return plan.calls[0]!.args as Record<string, unknown>;
};

describe("fix10b both ends of a ranking of time units", () => {
  it.each([
    "top week ever plus the weakest one, by orders",
    "strongest month and also our slowest for revenue",
    "what was our highest revenue month of all time and the lowest",
  ])("%s keeps the whole series (no top-1 limit)", (q) => {
    const args = argsOf(q);
    expect(args.dimensions).toEqual(["date"]);
    expect(args.limit).toBeUndefined();
  });

  it("two of the same end stays a ranking", () => {
    expect(argsOf("best month for revenue and best week").limit).toBe(1);
  });
});

describe("fix10b days (weeks) crossing a level", () => {
  it.each([
    ["which days last month had cpa over $80", "day"],
    ["list the days in september when spend went above 400", "day"],
    ["how many weeks this year was cpa over 60", "week"],
  ])("%s is the series at that grain", (q, grain) => {
    const args = argsOf(q);
    expect(args.dimensions).toEqual(["date"]);
    expect(args.grain).toBe(grain);
  });

  it("a rolling window with a level stays the period's figure", () => {
    expect(argsOf("roas below 1x in the last 30 days").dimensions).toEqual([]);
  });
});

const send = (label: string): DimensionValue => ({
  dimension: "email_campaign",
  value: label,
  label,
  aliases: [],
});
const withPromos = testContext({
  dimensionValues: [
    ...DEMO_DIMENSION_VALUES.filter((v) => v.dimension !== "email_campaign"),
    send("Weekly Trail Notes"),
    send("Summer Sale"),
    send("Labor Day Sale"),
  ],
  dataEnd: "2026-10-31",
});

describe("fix10b each promo email is an email-campaign row", () => {
  it.each([
    "ctr and open rate per promo email in 2026, ordered by ctr",
    "open rate and click rate for each promo email this year",
    "for every promo send this year give me click rate and open rate, highest ctr first",
  ])("%s", (q) => {
    const plan = planQuestion(q, withPromos);
    expect(plan.kind).toBe("tool_calls");
    if (plan.kind !== "tool_calls") return;
    const args = plan.calls.find((c) =>
      (c.args as { dimensions?: string[] }).dimensions?.includes("email_campaign"),
    )?.args as Record<string, unknown>;
    expect(args.filters).toEqual([
      { field: "email_campaign", op: "in", values: ["Summer Sale", "Labor Day Sale"] },
    ]);
    expect(args.metrics).toEqual(expect.arrayContaining(["email_open_rate", "email_click_rate"]));
  });
});
