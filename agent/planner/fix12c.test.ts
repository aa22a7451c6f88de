import { describe, expect, it } from "vitest";
import { rankedChange } from "./change-ranking.ts";
import { asksCreativeFatigue } from "./creative-fatigue-intent.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

describe("fix12c", () => {
  it("reads a ranking by a move with one period or none", () => {
    expect(rankedChange("which channel saw the sharpest drop in ctr in june")).toBe("down");
    expect(rankedChange("which campaign's spend rose the most")).toBe("up");
    expect(rankedChange("which campaign has the highest ctr in june")).toBeUndefined();
  });

  it("keeps a ranking by level a ranking, and an ask for action advice", () => {
    const level = planQuestion("which campaign had the highest ctr in june", testContext());
    expect(level.kind === "tool_calls" && level.calls[0]?.name).toBe("query_metrics");
    const advice = planQuestion("which campaign should we increase the most", testContext());
    expect(advice.kind === "tool_calls" && advice.calls[0]?.name).toBe("recommend");
  });

  it("explains the move after a 'why?'", () => {
    const first = planQuestion("which channel had the biggest roas drop in august", testContext());
    const why = planQuestion("why?", {
      ...testContext(),
      previous: first,
      previousQuestion: "which channel had the biggest roas drop in august",
    });
    expect(why.kind === "tool_calls" && why.calls[0]).toMatchObject({
      name: "explain_change",
      args: {
        metric: "roas",
        period: { from: "2026-08-01", to: "2026-08-31" },
        compareTo: { from: "2026-07-01", to: "2026-07-31" },
        dimensions: ["channel"],
      },
    });
  });

  it("reads creative fatigue, not a creative breakdown", () => {
    expect(asksCreativeFatigue("is ad fatigue hitting the gen z campaign")).toBe(true);
    expect(asksCreativeFatigue("which creatives had the best ctr")).toBe(false);
    const plan = planQuestion("is ad fatigue hitting the retargeting campaign", testContext());
    expect(plan.kind === "tool_calls" && plan.notes?.[0]).toMatch(/no creative-level or frequency figures/);
  });
});
