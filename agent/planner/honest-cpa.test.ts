import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

const metricsOf = (q: string) => {
  const plan = planQuestion(q, testContext());
  if (plan.kind !== "tool_calls") throw new Error(`${q}: ${plan.kind}`);
  return plan.calls[0]!.args.metrics;
};

describe("withPaidCpa (leftC)", () => {
  it.each(["attributed cpa last month", "what was our cpa in september", "cost per acquisition by month"])(
    "%s: paid CPA first, the blended cost per order beside it",
    (q) => {
      expect(metricsOf(q)).toEqual(["paid_cpa", "cpa"]);
    },
  );

  it("keeps the other metrics asked, in place", () => {
    expect(metricsOf("spend, cpa and roas last month")).toEqual(["spend", "paid_cpa", "cpa", "roas", "mer"]);
  });

  it.each(["blended cpa for q3", "are we on target for cpa this month", "set our cpa goal to $40"])(
    "%s: the blended figure the ask names, or the one its target is on, stays alone",
    (q) => {
      const plan = planQuestion(q, testContext());
      const metrics = plan.kind === "tool_calls" ? plan.calls.flatMap((c) => c.args.metrics ?? []) : [];
      expect(metrics).not.toContain("paid_cpa");
    },
  );

  it.each([
    "cpa by channel last month",
    "attributed cpa for paid search",
    "cpa for the brand search campaign",
  ])("%s: a member's own CPA stays", (q) => {
    expect(metricsOf(q)).not.toContain("paid_cpa");
  });
});
