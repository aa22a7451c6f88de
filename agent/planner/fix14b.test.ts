/** fix14b: follow-ups narrowing a new vs returning answer to one kind of customer, in several wordings. */
import { describe, expect, it } from "vitest";
import { asksDirectRising, rewriteDirectRising } from "./direct-share.ts";
import { lastPlanOfThread } from "./testing-thread.ts";
import type { Plan } from "./types.ts";

const last = lastPlanOfThread;
const call = (plan: Plan) => (plan.kind === "tool_calls" ? plan.calls[0] : undefined);
const RETURNING = { field: "customer_type", op: "in", values: ["returning"] };

describe("narrowing to one kind of customer (fix14b)", () => {
  it("the kind alone ('just returning') keeps the metrics, filters to it and splits by what is asked", () => {
    for (const [first, narrow] of [
      [
        "new vs returning: aov and number of orders monthly, past 6 months",
        "only returning, broken out by channel",
      ],
      ["revenue by month for new vs returning", "just repeat, and split by channel"],
      ["new vs returning order count by month", "only the returning ones, by channel"],
    ] as const) {
      const c = call(last(first, narrow));
      expect(c?.name).toBe("query_metrics");
      expect(c?.args.dimensions).toEqual(["date", "channel"]);
      expect(c?.args.filters).toEqual([RETURNING]);
      expect(c?.args.metrics).not.toContain("new_customers");
    }
  });

  it("the kind alone for new customers, and a noun after it is not a kind of customer", () => {
    const c = call(last("new vs returning orders last quarter", "only new, by channel please"));
    expect(c?.args.filters).toEqual([{ field: "customer_type", op: "in", values: ["new"] }]);
    expect(c?.args.dimensions).toEqual(["channel"]);
    const campaigns = call(last("only new campaigns spend"));
    expect(JSON.stringify(campaigns?.args.filters ?? [])).not.toContain("customer_type");
  });
});

describe("direct said to be rising (fix14b)", () => {
  it("reads as direct's share of sessions by month, the worry about tags dropped", () => {
    expect(rewriteDirectRising("is direct creeping up month by month worried we re losing utms")).toBe(
      "direct share of sessions month by month",
    );
    expect(rewriteDirectRising("has direct traffic been growing this year")).toBe(
      "direct share of sessions this year by month",
    );
    expect(asksDirectRising("Is direct going up?")).toBe(true);
  });

  it("leaves direct's other measures, and other channels, alone", () => {
    expect(rewriteDirectRising("is direct revenue growing")).toBe("is direct revenue growing");
    expect(asksDirectRising("is organic traffic growing")).toBe(false);
  });
});
