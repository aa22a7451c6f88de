import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import type { Plan } from "./types.ts";

/** Plans a thread: each turn with the plan and question before it. */
function thread(...questions: string[]): Plan[] {
  const plans: Plan[] = [];
  let previous: Plan | undefined;
  let previousQuestion: string | undefined;
  for (const q of questions) {
    const plan = planQuestion(q, { ...testContext(), previous, previousQuestion });
    plans.push(plan);
    previous = plan;
    previousQuestion = q;
  }
  return plans;
}
const args = (p: Plan | undefined) => (p?.kind === "tool_calls" ? p.calls[0]?.args : undefined);

describe("a total over the rows listed before (fix14d)", () => {
  it("keeps the rows a stated threshold chose, with the asked figure", () => {
    const [, next] = thread("campaigns with a cpa over $60 in september", "what did they spend altogether");
    expect(args(next)).toMatchObject({
      metrics: ["spend", "cpa"],
      dimensions: ["campaign"],
      filters: [
        { field: "campaign", op: "neq", value: null },
        { field: "cpa", op: "gt", value: 60 },
      ],
      timeRange: { from: "2026-09-01", to: "2026-09-30" },
    });
  });
  it("keeps a top-N cut and its period", () => {
    const [, next] = thread("top 3 channels by revenue in q3", "how many orders did those bring in total");
    expect(args(next)).toMatchObject({
      metrics: ["orders", "revenue"],
      dimensions: ["channel"],
      limit: 3,
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    });
  });
  it("leaves a ratio, or a turn naming its own period, to the other readings", () => {
    const [, ratio] = thread("campaigns with a cpa over $60 in september", "what was their combined roas");
    expect(args(ratio)).not.toMatchObject({ filters: [{}, { field: "cpa" }] });
    const [, own] = thread(
      "campaigns with a cpa over $60 in september",
      "how much did those spend in total in august",
    );
    expect(args(own)).toMatchObject({ timeRange: { from: "2026-08-01", to: "2026-08-31" } });
  });
});
