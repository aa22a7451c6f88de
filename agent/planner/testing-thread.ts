/** Planning a thread in tests: each turn with the plan and question before it, as the chat model does. */
import { expect } from "vitest";
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

/** A plan's calls, or its kind when it has none (a decline, a clarification). */
export const callsOf = (plan: Plan) => (plan.kind === "tool_calls" ? plan.calls : plan.kind);

/**
 * Asserts that each wording of a follow-up, asked after `first`, plans the calls the original
 * follow-up plans (the paraphrase tables' follow-up checks).
 * @example expectSameFollowUp("how we doing", "is that good or bad?", ["is that any good"])
 */
export function expectSameFollowUp(first: string, original: string, wordings: readonly string[]): void {
  const expected = lastPlanOfThread(first, original);
  expect(expected.kind).toBe("tool_calls");
  for (const q of wordings) expect(callsOf(lastPlanOfThread(first, q)), q).toEqual(callsOf(expected));
}
