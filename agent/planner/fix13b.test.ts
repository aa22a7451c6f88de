/** fix13b: follow-ups that keep the thread, each kind in several wordings. */
import { describe, expect, it } from "vitest";
import { quotedFigure } from "./quoted-figure.ts";
import { lastPlanOfThread } from "./testing-thread.ts";
import type { Plan } from "./types.ts";

const last = lastPlanOfThread;
const call = (plan: Plan) => (plan.kind === "tool_calls" ? plan.calls[0] : undefined);
const notes = (plan: Plan) => (plan.kind === "tool_calls" ? (plan.notes ?? []).join(" ") : "");
const AUG = { from: "2026-08-01", to: "2026-08-31" };
const JUL = { from: "2026-07-01", to: "2026-07-31" };
const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };

describe("follow-ups that keep the thread (fix13b)", () => {
  it("a bare why after a total: what moved that metric against the same baseline", () => {
    for (const [first, why] of [
      ["did orders fall in august", "why?"],
      ["were orders down in august?", "how come"],
      ["orders in august", "what drove that"],
      ["did orders dip in august", "any idea why"],
    ] as const) {
      const c = call(last(first, why));
      expect(c?.name).toBe("explain_change");
      expect(c?.args).toMatchObject({ metric: "orders", period: AUG, compareTo: JUL });
    }
  });

  it("the cost of each one after a count of new customers: CAC for the same period", () => {
    for (const q of [
      "what did each one cost us",
      "how much did we pay per head",
      "and what did they cost apiece?",
    ]) {
      const c = call(last("how many new customers came in during september", q));
      expect(c?.args).toMatchObject({ metrics: ["cac", "spend", "new_customers"], timeRange: SEPT });
    }
    expect(call(last("orders in august", "what did we spend per order"))?.args).toMatchObject({
      metrics: ["cpa", "spend", "orders"],
      timeRange: AUG,
    });
  });

  it("the best send after email performance: email campaigns by click rate, the thread's period", () => {
    for (const [first, q] of [
      ["how did email do in q3", "which send was best?"],
      ["email performance in q3", "what was the top send"],
      ["email stats for q3", "which send did best"],
    ] as const) {
      const c = call(last(first, q));
      expect(c?.args).toMatchObject({
        dimensions: ["email_campaign"],
        timeRange: Q3,
        orderBy: [{ field: "email_click_rate", direction: "desc" }],
      });
    }
  });

  it("a figure quoted from an earlier answer: the same answer, the figure checked", () => {
    for (const q of [
      "earlier you said 1.4, why is it different now?",
      "you told me 1.4 before, which is right?",
      "last time it was 1.4, is that right?",
    ]) {
      const plan = last("roas in september", q);
      expect(call(plan)?.args).toMatchObject({ metrics: ["roas", "mer"], timeRange: SEPT });
      expect(notes(plan)).toBe(
        "The 1.4 you quoted from an earlier answer is checked against our figure below.",
      );
    }
  });

  it("a figure quoted from another report: ours for the same ask, the figure checked", () => {
    const plan = last("the store admin shows 500 orders in august, is that right?");
    expect(call(plan)?.args).toMatchObject({ metrics: ["orders"], timeRange: AUG });
    expect(notes(plan)).toBe("The 500 you quoted is checked against our figure below.");
  });

  it("reads the quoted figure, not a year, a day or a count of days", () => {
    expect(quotedFigure("the dashboard has 1,417 orders for october 2026")).toBe("1,417");
    expect(quotedFigure("revenue on oct 12 was $2.5k, right?")).toBe("$2.5k");
    expect(quotedFigure("last 30 days roas shows 2.1x")).toBe("2.1x");
    expect(quotedFigure("top 5 campaigns in 2026")).toBeUndefined();
  });
});
