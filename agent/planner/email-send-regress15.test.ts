/**
 * regress15: a promo send named whole is the send, even when an ad campaign's name shares some of
 * its words ("Fall Camping Collection" and "Summer26 - Camping Collection - Video"); read as the
 * ad campaign, two sends were answered as one video campaign's revenue on a holiday's date.
 */
import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { DEMO_DIMENSION_VALUES, testContext } from "./testing.ts";
import type { DimensionValue, PlannedCall } from "./types.ts";

const value = (dimension: DimensionValue["dimension"], v: string, label = v): DimensionValue => ({
  dimension,
  value: v,
  label,
  aliases: [],
});
const ctx = () =>
  testContext({
    dimensionValues: [
      ...DEMO_DIMENSION_VALUES,
      ...["Weekly Trail Notes", "Labor Day Sale", "Fall Camping Collection", "Summer Sale"].map((s) =>
        value("email_campaign", s),
      ),
      value("campaign", "1014", "Summer26 - Camping Collection - Video"),
    ],
    dataEnd: "2026-10-31",
  });
const calls = (q: string): PlannedCall[] => {
  const plan = planQuestion(q, ctx());
  return plan.kind === "tool_calls" ? plan.calls : [];
};

describe("a send named whole beside an ad campaign sharing its words", () => {
  it.each([
    "labor day sale or fall camping collection: which one did better?",
    "how did fall camping collection go compared to the summer sale",
    "Fall Camping Collection (oct 8) against Labor Day Sale (sep 5), results?",
  ])("%s -> the sends side by side", (q) => {
    const [call] = calls(q);
    expect(call?.name).toBe("query_metrics");
    expect(call?.args).toMatchObject({ dimensions: ["email_campaign"] });
    expect(JSON.stringify(call?.args.filters)).not.toContain('"campaign"');
  });

  it("keeps the ad campaign when only its own words are named", () => {
    const [call] = calls("how did the camping collection video do");
    expect(call?.args).toMatchObject({ filters: [{ field: "campaign", op: "in", values: [1014] }] });
  });
});
