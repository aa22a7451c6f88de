/** Every tool call the planner emits must parse under its tool's zod input schema. */
import { describe, expect, it } from "vitest";
import { getToolDefinition } from "../../tools/index.ts";
import { LIST_AUTOMATIONS } from "../automation/manage.ts";
import { PHRASING_ROWS } from "./phrasings/index.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import type { Plan } from "./types.ts";

const FOLLOW_UP_THREADS = [
  ["ROAS by channel last month", "and last quarter?", "break that down by campaign", "only Google"],
  ["why did revenue drop last week?", "and the week before?", "by campaign"],
  ["how should I split $50k next month", "what if I also cut TikTok by half", "keep email fixed"],
  ["compare first and last touch for paid social", "and by campaign?", "last quarter"],
  ["anything unusual last week?", "and yesterday?"],
  ["revenue in Q3", "weekly please", "vs the same period last year?"],
];

function callsOf(plan: Plan) {
  return plan.kind === "tool_calls" ? plan.calls : [];
}

describe("planned calls parse with their tool schemas", () => {
  const plans: Array<[string, Plan]> = PHRASING_ROWS.map(([q]) => [q, planQuestion(q, testContext())]);
  for (const thread of FOLLOW_UP_THREADS) {
    let previous: Plan | undefined;
    for (const q of thread) {
      previous = planQuestion(q, testContext({ previous }));
      plans.push([`${thread[0]} -> ${q}`, previous]);
    }
  }

  it.each(plans)("%s", (_q, plan) => {
    expect(plan.kind).toBe("tool_calls");
    for (const call of callsOf(plan)) {
      // The chat service answers list_automations itself (agent/automation/manage.ts); it takes
      // no arguments.
      if (call.name === LIST_AUTOMATIONS) {
        expect(call.args).toEqual({});
        continue;
      }
      const def = getToolDefinition(call.name);
      expect(def).toBeDefined();
      const parsed = def!.inputSchema.safeParse(call.args);
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
  });

  it("never emits an organization or tenant argument", () => {
    for (const [, plan] of plans)
      expect(JSON.stringify(callsOf(plan))).not.toMatch(/organi[sz]ation|tenant|org_?id/i);
  });
});
