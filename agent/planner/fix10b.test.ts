/** fix10b: statistics and derived measures planned as asked (not a nearby total or one end). */
import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

const argsOf = (q: string) => {
  const plan = planQuestion(q, testContext());
  if (plan.kind !== "tool_calls") throw new Error(`${q}: ${plan.kind}`);
  return plan.calls[0]!.args as Record<string, unknown>;
};

describe("fix10b both ends of a ranking of time units", () => {
  it.each([
    "top week ever plus the weakest one, by orders",
    "strongest month and also our slowest for revenue",
    "what was our highest revenue month of all time and the lowest",
  ])("%s keeps the whole series (no top-1 limit)", (q) => {
    const args = argsOf(q);
    expect(args.dimensions).toEqual(["date"]);
    expect(args.limit).toBeUndefined();
  });

  it("two of the same end stays a ranking", () => {
    expect(argsOf("best month for revenue and best week").limit).toBe(1);
  });
});
