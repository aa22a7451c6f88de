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

  it("sets a period to date against the same days of the earlier unit, not the whole unit", () => {
    for (const q of [
      "orders so far this quarter vs last quarter",
      "q4 to date against q3",
      "spend this quarter vs the quarter before",
    ]) {
      const { calls, frame } = frameOf(q);
      expect(calls[0]?.args).toMatchObject({
        period: { from: "2026-10-01", to: "2026-10-31" },
        compareTo: { from: "2026-07-01", to: "2026-07-31" },
      });
      expect(frame.note).toBe(
        "The 31 days with data so far (October 1, 2026 to October 31, 2026) are compared with the same 31 days of the earlier quarter (July 1, 2026 to July 31, 2026), so the totals are like for like.",
      );
    }
    // Mid-month: the days with data (through the 14th) against the same 14 days of September.
    const mid = planQuestion(
      "revenue this month vs last month",
      testContext({ now: new Date("2026-10-15T16:00:00Z"), dataEnd: "2026-10-14" }),
    );
    expect(mid.kind === "tool_calls" && mid.calls[0]?.args).toMatchObject({
      period: { from: "2026-10-01", to: "2026-10-14" },
      compareTo: { from: "2026-09-01", to: "2026-09-14" },
    });
  });

  it("keeps whole periods and baselines before the data as asked", () => {
    expect(frameOf("revenue october vs september").calls[0]?.args).toMatchObject({
      period: { from: "2026-10-01", to: "2026-10-31" },
      compareTo: { from: "2026-09-01", to: "2026-09-30" },
    });
    // Data from November 2025: the same days of 2025 hold none, so there is no like for like to make.
    const year = planQuestion(
      "revenue in 2026 vs 2025",
      testContext({ dataEnd: "2026-10-31", dataStart: "2025-11-01" }),
    );
    if (year.kind !== "tool_calls") throw new Error(year.kind);
    expect(year.calls[0]?.args).toMatchObject({ compareTo: { from: "2025-01-01", to: "2025-12-31" } });
    expect(year.frame.note ?? "").not.toMatch(/like for like/);
  });
});
