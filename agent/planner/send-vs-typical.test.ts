/**
 * fix7e: a named send read as email with no email word, a send named by its first words, and a
 * promo send set against the other sends when the question asks for a spike or its usual level.
 */
import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { DEMO_DIMENSION_VALUES, testContext } from "./testing.ts";
import type { DimensionValue, PlannedCall } from "./types.ts";

const send = (label: string): DimensionValue => ({
  dimension: "email_campaign",
  value: label,
  label,
  aliases: [],
});
const SENDS = [
  "Weekly Trail Notes",
  "Labor Day Sale",
  "Fall Camping Collection",
  "Summer Sale",
  "Welcome Series",
];
const ctx = () =>
  testContext({ dimensionValues: [...DEMO_DIMENSION_VALUES, ...SENDS.map(send)], dataEnd: "2026-10-31" });
const calls = (q: string): PlannedCall[] => {
  const plan = planQuestion(q, ctx());
  return plan.kind === "tool_calls" ? plan.calls : [];
};
const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const YEAR = { from: "2025-11-01", to: "2026-10-31" };
const only = (value: string) => [{ field: "email_campaign", op: "in", values: [value] }];
/** Every send but the flows (the welcome series), in the context's order. */
const PEERS = [
  "weekly_newsletter",
  "Weekly Trail Notes",
  "Labor Day Sale",
  "Fall Camping Collection",
  "Summer Sale",
];

describe("a named send with no email word", () => {
  it.each([
    "open and click rate for weekly trail notes in september",
    "weekly trail notes click rate and open rate, september",
    "what did weekly trail notes do on open rate and click rate in september",
  ])("%s: both rates of that send, not ad clicks, as one figure each", (q) => {
    const [call] = calls(q);
    expect(call?.args).toMatchObject({
      dimensions: [],
      filters: only("Weekly Trail Notes"),
      timeRange: SEPT,
    });
    expect([...((call?.args.metrics ?? []) as string[])].sort()).toEqual([
      "email_click_rate",
      "email_open_rate",
    ]);
    expect(call?.args.grain).toBeUndefined();
  });

  it("keeps a series asked for in words outside the name", () => {
    const [call] = calls("weekly trail notes open rate by week in september");
    expect(call?.args).toMatchObject({ dimensions: ["date"], grain: "week" });
  });
});

describe("a send named by its first words", () => {
  it.each([
    ["open rate of the labor day email", "Labor Day Sale"],
    ["clicks on the fall camping blast", "Fall Camping Collection"],
  ])("%s -> %s", (q, value) => {
    expect(calls(q)[0]?.args).toMatchObject({ filters: only(value) });
  });
});

describe("a promo send against its usual level", () => {
  it.each([
    [
      "was the unsubscribe rate out of line on the labor day send",
      "Labor Day Sale",
      "email_unsubscribe_rate",
    ],
    ["was the summer sale email's open rate unusual", "Summer Sale", "email_open_rate"],
    [
      "did clicks on the fall camping collection send dip compared to a typical send",
      "Fall Camping Collection",
      "email_click_rate",
    ],
    ["labor day sale email unsubs vs our other promos", "Labor Day Sale", "email_unsubscribe_rate"],
  ])("%s: the send's rate, then every promo and the newsletter", (q, value, rate) => {
    const [own, all] = calls(q);
    expect(own?.args).toMatchObject({
      metrics: [rate],
      dimensions: [],
      filters: only(value),
      timeRange: YEAR,
    });
    expect(all?.args).toMatchObject({
      metrics: [rate],
      dimensions: ["email_campaign"],
      filters: [{ field: "email_campaign", op: "in", values: PEERS }],
      timeRange: YEAR,
      orderBy: [{ field: rate, direction: "desc" }],
    });
  });

  it("a newsletter's spike is a question over time, not against the promos", () => {
    expect(calls("did the weekly trail notes unsubscribe rate spike in october")[0]?.name).toBe(
      "detect_anomalies",
    );
  });

  it("a send's figure asked plainly stays one figure", () => {
    expect(calls("unsubscribes from the labor day sale email")).toHaveLength(1);
  });
});
