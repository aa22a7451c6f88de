/** Planning a thread in tests: each turn with the plan and question before it, as the chat model does. */
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import type { Plan } from "./types.ts";

/**
 * The last turn's plan of a thread asked in the test context (a declined turn is the previous
 * plan for the next, as here; the chat model keeps the one before, see golden/snapshot.ts).
 * @example lastPlanOfThread("roas by channel last month", "and in september?").kind // "tool_calls"
 */
export function lastPlanOfThread(...questions: string[]): Plan {
  let plan: Plan | undefined;
  let previousQuestion: string | undefined;
  for (const q of questions) {
    plan = planQuestion(q, testContext({ previous: plan, previousQuestion }));
    previousQuestion = q;
  }
  return plan!;
}
