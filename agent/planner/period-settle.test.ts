/** Periods settled against themselves and the data: current periods with no data, same-period baselines, a week earlier. */
import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import type { Plan } from "./types.ts";

/** The test clock is Sunday 2026-11-01; the data ends the day before. */
const ctx = (previous?: Plan) => testContext({ dataEnd: "2026-10-31", previous });

function frameOf(question: string, previous?: Plan) {
  const plan = planQuestion(question, ctx(previous));
  if (plan.kind !== "tool_calls") throw new Error(`${question}: ${plan.kind}`);
  return plan;
}

describe("settlePeriods", () => {
  it("answers a month to date with no data yet for the latest complete month, and says so", () => {
    for (const q of ["cac month to date", "what's revenue looking like so far this month"]) {
      const { frame } = frameOf(q);
      expect(frame.period).toMatchObject({ from: "2026-10-01", to: "2026-10-31" });
      expect(frame.note).toBe(
        "November 2026 has no data yet (data runs through October 31, 2026), so this is October 2026, the latest complete month.",
      );
    }
  });

  it("moves the baseline with the period: this month vs last becomes October vs September", () => {
    const { calls, frame } = frameOf("aov this month compared to the previous");
    expect(calls[0]?.args).toMatchObject({
      period: { from: "2026-10-01", to: "2026-10-31" },
      compareTo: { from: "2026-09-01", to: "2026-09-30" },
    });
    expect(frame.note).toMatch(/compared with September 2026\.$/);
  });

  it("leaves a current period that holds data, and every period when the data end is unknown", () => {
    expect(frameOf("orders this week").frame.period).toMatchObject({ from: "2026-10-26" });
    expect(frameOf("orders this week").frame.note).toBeUndefined();
    const plan = planQuestion("spend mtd", testContext());
    expect(plan.kind === "tool_calls" && plan.frame.period.from).toBe("2026-11-01");
  });

  it("never compares a period with itself: the earlier occurrence instead", () => {
    expect(frameOf("cpa this august vs last august").calls[0]?.args).toMatchObject({
      period: { from: "2026-08-01", to: "2026-08-31" },
      compareTo: { from: "2025-08-01", to: "2025-08-31" },
    });
  });

  it("compares with the same weekday a week earlier, in a thread too", () => {
    const first = frameOf("sessions on thursday");
    const next = frameOf("and against the same day the previous week?", first);
    expect(next.calls[0]).toMatchObject({
      name: "compare_periods",
      args: {
        period: { from: "2026-10-29", to: "2026-10-29" },
        compareTo: { from: "2026-10-22", to: "2026-10-22" },
      },
    });
  });

  it("keeps the settled period in a thread, and says so only on the turn that moved it", () => {
    const first = frameOf("spend mtd");
    expect(first.frame.note).toBeDefined();
    const next = frameOf("by platform", first).frame;
    expect(next.period).toMatchObject({ from: "2026-10-01", to: "2026-10-31" });
    expect(next.note).toBeUndefined();
  });
});
