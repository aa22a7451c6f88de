/** lead22: fixes after set 17's after run and the merge. */
import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

describe("email's credit across every model (lead22)", () => {
  it("is the attribution tool's table of every model, not one email query per model", () => {
    const plan = planQuestion("how does email's credit change across attribution models?", testContext());
    if (plan.kind !== "tool_calls") throw new Error(plan.kind);
    expect(plan.calls.map((c) => [c.name, c.args.models])).toEqual([
      [
        "attribution",
        ["first_touch", "last_touch", "linear", "time_decay", "position_based", "markov", "shapley"],
      ],
    ]);
  });

  it("keeps a rate under each model as one query per model", () => {
    const plan = planQuestion("cac under every attribution model", testContext());
    if (plan.kind !== "tool_calls") throw new Error(plan.kind);
    expect(plan.calls.map((c) => [c.name, c.args.metrics, c.args.attributionModel])).toEqual([
      ["query_metrics", ["cac"], "first_touch"],
      ["query_metrics", ["cac"], "last_touch"],
      ["query_metrics", ["cac"], "linear"],
    ]);
  });
});
