/** Table test: marketer phrasings -> the tool the planner calls and its key arguments. */
import { describe, expect, it } from "vitest";
import { PHRASING_ROWS } from "./phrasings/index.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

const ROWS = PHRASING_ROWS;

describe("planQuestion phrasings", () => {
  it("covers at least 150 phrasings", () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(ROWS.map((r) => r[0].toLowerCase())).size).toBe(ROWS.length);
  });

  it.each(ROWS)("%s -> %s", (question, tool, args) => {
    const plan = planQuestion(question, testContext());
    expect(plan.kind).toBe("tool_calls");
    if (plan.kind !== "tool_calls") return;
    expect(plan.calls[0]?.name).toBe(tool);
    expect(plan.calls[0]?.args).toMatchObject(args);
  });
});
