/** lead21: a what-if restated on the same rows ("cut it completely", "cut it by 80% instead"). */
import { describe, expect, it } from "vitest";
import { lastPlanOfThread } from "./testing-thread.ts";

const changesOf = (first: string, next: string) => {
  const plan = lastPlanOfThread(first, next);
  return plan.kind === "tool_calls" && plan.calls[0]?.name === "recommend_budget"
    ? plan.calls[0].args.changes
    : plan.kind;
};

describe("a what-if restated on the same rows", () => {
  it.each([
    ["cut it completely", -100],
    ["what about pausing it", -100],
    ["ok kill it entirely", -100],
    ["zero it out", -100],
    ["cut it by 80% instead", -80],
    ["what if we raise it 20%", 20],
    ["and if we doubled it instead", 100],
  ])("'%s' after a 50 percent cut to display changes display by %d percent", (next, percent) => {
    expect(changesOf("what if we cut display by 50%", next)).toEqual([
      { dimension: "channel", value: "display", changePercent: percent },
    ]);
  });

  it("leaves a turn about another channel to its own reading", () => {
    // The thread's own merge keeps both changes; the restating reader does not move display to -30%.
    const changes = changesOf("what if we cut display by 50%", "what if we cut meta by 30% instead");
    expect(changes).toContainEqual({ dimension: "channel", value: "paid_social", changePercent: -30 });
    expect(changes).not.toContainEqual({ dimension: "channel", value: "display", changePercent: -30 });
  });
});
