/** Follow-ups that point back at the previous answer, stated thresholds and targets, set-target asks. */
import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import type { Plan } from "./types.ts";

function thread(...questions: string[]): Plan[] {
  const plans: Plan[] = [];
  for (const q of questions) plans.push(planQuestion(q, testContext({ previous: plans.at(-1) })));
  return plans;
}

const calls = (p: Plan | undefined) => (p?.kind === "tool_calls" ? p.calls : []);

describe("context follow-ups", () => {
  it("explains a side-by-side comparison with the parts of its figures, same rows", () => {
    const [, why] = thread(
      "how do brand search and summer sale compare on cpa in september",
      "how come the other one lags so much?",
    );
    const args = calls(why)[0]?.args;
    expect(calls(why)[0]?.name).toBe("query_metrics");
    expect(args?.dimensions).toEqual(["campaign"]);
    expect(args?.filters).toContainEqual({ field: "campaign", op: "in", values: [1004, 1005] });
    expect(args?.metrics).toEqual(
      expect.arrayContaining(["cpa", "cpc", "ctr", "orders", "average_order_value"]),
    );
    expect(args?.timeRange).toEqual({ from: "2026-09-01", to: "2026-09-30" });
  });

  it("digs into an anomaly scan as the same scan's biggest finding", () => {
    const [scan, dig] = thread("anything odd in the last week of september?", "drill into the largest one");
    expect(calls(dig)[0]?.name).toBe("detect_anomalies");
    expect(calls(dig)[0]?.args).toEqual({ ...calls(scan)[0]?.args, focus: "biggest" });
  });

  it("keeps email after an email answer: campaigns are email campaigns, click rate the email one", () => {
    const [, best] = thread(
      "newsletter opens and clicks in september",
      "which campaign got the highest click rate?",
    );
    expect(calls(best)[0]?.args).toMatchObject({
      metrics: ["email_click_rate"],
      dimensions: ["email_campaign"],
      timeRange: { from: "2026-09-01", to: "2026-09-30" },
    });
  });

  it("keeps a spend threshold in a follow-up", () => {
    const [, meta] = thread("top campaigns by roas in september that spent more than $500", "now just meta");
    expect(calls(meta)[0]?.args.filters).toContainEqual({ field: "spend", op: "gt", value: 500 });
    expect(calls(meta)[0]?.args.filters).toContainEqual({
      field: "platform",
      op: "in",
      values: ["meta_ads"],
    });
  });
});

describe("targets in the question", () => {
  it("says how to store a target first, then holds last month's figure against it (fix6d)", () => {
    const plan = planQuestion("please create a cpa goal of $50 for display", testContext());
    expect(plan.kind).toBe("tool_calls");
    if (plan.kind !== "tool_calls") return;
    const note = plan.notes?.[0] ?? "";
    expect(note).toMatch(/^I can't save a target from chat, so nothing was stored/);
    expect(note).toContain("POST /api/v1/targets");
    expect(note).toContain('"metric":"cpa","target":50');
    expect(note).toContain('"dimension":"channel","value":"display"');
    expect(calls(plan)[0]?.args).toMatchObject({
      metrics: ["cpa"],
      filters: [{ field: "channel", op: "in", values: ["display"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
      statedTargets: [{ metric: "cpa", target: 50 }],
    });
  });

  it("still only says how when the question names no value to hold the figure against", () => {
    const plan = planQuestion("set up a cpa target for display", testContext());
    expect(plan.kind).toBe("decline");
    if (plan.kind !== "decline") return;
    expect(plan.message).toContain("POST /api/v1/targets");
  });

  it("a target line on a chart is a stated target, not a request to store one", () => {
    const plan = planQuestion("chart cac by month and add a target line at $35", testContext());
    expect(calls(plan)[0]?.args.statedTargets).toEqual([{ metric: "cac", target: 35 }]);
  });
});
