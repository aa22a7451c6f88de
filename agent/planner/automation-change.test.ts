import { describe, expect, it } from "vitest";
import { scheduleChange } from "./automation-change.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

const REQUEST = "send me a weekly report every monday";
const asked = testContext({ previousQuestion: REQUEST });

describe("scheduleChange (fix16f)", () => {
  it("adds the new time, or swaps the weekday, in the previous request", () => {
    expect(scheduleChange("make it go out at 8am", asked)).toBe(
      "send me a weekly report every monday at 8 am",
    );
    expect(scheduleChange("8:30 instead", asked)).toBe("send me a weekly report every monday at 8:30");
    expect(scheduleChange("can it be fridays?", asked)).toBe("send me a weekly report every fridays");
  });

  it("reads nothing without a schedule asked before, or a data question", () => {
    expect(scheduleChange("make it go out at 8am", testContext())).toBeUndefined();
    expect(scheduleChange("revenue by channel", asked)).toBeUndefined();
  });
});

describe("a schedule's time changed in the next turn (fix16f)", () => {
  const requester = { role: "analyst" as const, surface: "api" as const, email: "ana@example.com" };

  it("drafts the schedule again at the new time", () => {
    const ctx = testContext({ requester });
    const previous = planQuestion(REQUEST, ctx);
    const plan = planQuestion("make it go out at 8am", { ...ctx, previous, previousQuestion: REQUEST });
    expect(plan.kind === "clarify" && plan.automation).toMatchObject({ cron: "0 8 * * 1" });
  });

  it("says the new time back when where it goes is still missing", () => {
    const ctx = testContext({ requester: { role: "analyst", surface: "api" } });
    const plan = planQuestion("make it go out at 8am", { ...ctx, previousQuestion: REQUEST });
    expect(
      plan.kind === "decline" &&
        plan.message.startsWith("Noted: every Monday at 08:00 (America/New_York). Where should it go?"),
    ).toBe(true);
  });
});
