/**
 * lead25: email sends named without their code, a season as the baseline, single customers ranked
 * (declined with the groups worth most), organic keywords (declined with the channel's own
 * figures), and the attribution lookback asked of the answer.
 */
import { describe, expect, it } from "vitest";
import { asksModelInUse } from "../present/attribution-direction.ts";
import { planQuestion } from "./plan.ts";
import { DEMO_DIMENSION_VALUES, testContext } from "./testing.ts";
import { currentForBaseline } from "./time-baseline.ts";
import type { DimensionValue, Plan } from "./types.ts";

const send = (label: string): DimensionValue => ({
  dimension: "email_campaign",
  value: label,
  label,
  aliases: [],
});
const SENDS = [send("BF25 - Early Access"), send("Black Friday 2025"), send("Cyber Monday 2025")];
const ctx = () =>
  testContext({
    dataEnd: "2026-10-31",
    dataStart: "2025-11-01",
    dimensionValues: [...DEMO_DIMENSION_VALUES, ...SENDS],
  });
const calls = (plan: Plan) => (plan.kind === "tool_calls" ? plan.calls : []);
const notes = (plan: Plan) => (plan.kind === "tool_calls" ? (plan.notes ?? []).join(" ") : "");

describe("email sends named without their code", () => {
  it.each([
    [
      "did the early access email do better than the black friday email",
      ["BF25 - Early Access", "Black Friday 2025"],
    ],
    ["early access email vs black friday email", ["BF25 - Early Access", "Black Friday 2025"]],
    [
      "was the cyber monday email better than the black friday one",
      ["Black Friday 2025", "Cyber Monday 2025"],
    ],
  ])("%s", (question, values) => {
    const [call] = calls(planQuestion(question, ctx()));
    expect(call?.name).toBe("query_metrics");
    expect(call?.args).toMatchObject({
      dimensions: ["email_campaign"],
      filters: [{ field: "email_campaign", op: "in", values }],
    });
  });
});

describe("a season as the baseline", () => {
  const spring = { from: "2026-03-01", to: "2026-05-31", label: "spring" };
  it("compares the latest as many whole months", () => {
    expect(currentForBaseline("revenue vs the spring", 15, spring, "2026-11-01")).toEqual({
      from: "2026-08-01",
      to: "2026-10-31",
      label: "the last 3 months",
    });
  });
  it("leaves a baseline that the latest months would overlap", () => {
    const summer = { from: "2026-06-01", to: "2026-08-31", label: "summer" };
    expect(currentForBaseline("revenue vs the summer", 15, summer, "2026-11-01")).toBeUndefined();
  });
  it("leaves a season that starts a name ('spring launch')", () => {
    expect(currentForBaseline("revenue vs spring launch creators", 11, spring, "2026-11-01")).toBeUndefined();
  });
  it("reads 'than we were in' as naming the baseline", () => {
    const [call] = calls(planQuestion("are we more efficient than we were in the spring", ctx()));
    expect(call).toEqual({
      name: "compare_periods",
      args: expect.objectContaining({
        metrics: ["mer", "roas", "cac"],
        period: { from: "2026-08-01", to: "2026-10-31" },
        compareTo: { from: "2026-03-01", to: "2026-05-31" },
      }),
    });
  });
});

describe("data the planner cannot list, with the nearest", () => {
  it("declines single customers and shows lifetime value by first channel", () => {
    const plan = planQuestion("who are our best customers", ctx());
    expect(calls(plan)[0]?.name).toBe("cohorts");
    expect(notes(plan)).toMatch(/can't list single customers/);
  });
  it("declines organic keywords and shows organic search's own figures", () => {
    const plan = planQuestion("what keywords drive organic traffic in september", ctx());
    expect(calls(plan)[0]?.args).toMatchObject({
      metrics: ["sessions", "orders", "revenue"],
      filters: [{ field: "channel", op: "in", values: ["organic_search"] }],
      timeRange: { from: "2026-09-01", to: "2026-09-30" },
    });
    expect(notes(plan)).toMatch(/no keyword or search ranking data/);
  });
});

describe("the attribution lookback asked", () => {
  it.each([
    ["what lookback window do you use", true],
    ["how long is the attribution window", true],
    ["attribution by channel last month", false],
  ])("%s", (question, asks) => {
    expect(asksModelInUse(question)).toBe(asks);
  });
});
