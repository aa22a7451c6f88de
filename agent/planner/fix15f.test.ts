/** fix15f: judgements and money questions (quoted value, weekly amounts, inline lists, empty month vs a year ago, payoff). */
import { describe, expect, it } from "vitest";
import { payoffVerdict } from "../present/payoff-verdict.ts";
import { perDayBudget, perWeekText } from "./budget-per-day.ts";
import { quotedValue } from "./metric-verdict-intent.ts";
import { listedParts } from "./multi-part.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

const ctx = testContext({ dataEnd: "2026-10-31" });

describe("fix15f", () => {
  it("reads a quoted value and the question without it", () => {
    expect(quotedValue("is a 3.4x roas good")).toEqual({ metric: "roas", value: 3.4, rest: "is roas good" });
    expect(quotedValue("is $45 cac ok")?.value).toBe(45);
    expect(quotedValue("is $2 roas ok")).toBeUndefined();
  });

  it("makes a weekly amount the period's: days / 7 weeks, to the cent", () => {
    expect(perWeekText("move $1k/week to search")).toEqual({
      text: "move $1k      to search",
      perWeek: true,
    });
    const b = perDayBudget(
      {
        level: "channel",
        locked: [],
        perWeek: true,
        changes: [{ dimension: "channel", value: "paid_search", changeAmount: 700 }],
      },
      { from: "2026-11-01", to: "2026-11-30" },
    );
    expect(b.changes[0]?.changeAmount).toBe(3000);
    expect(b.perWeekDays).toBe(30);
  });

  it("splits dashes after a colon on one line into asks", () => {
    expect(listedParts("recap: - spend oct - mer oct - anomalies oct")).toEqual([
      "spend oct",
      "mer oct",
      "anomalies oct",
    ]);
    expect(listedParts("roas for Search - Brand - Exact last month")).toBeUndefined();
  });

  it("answers a month with no data against a year ago with the year-ago month alone", () => {
    const plan = planQuestion("orders this month vs the same month last year", ctx);
    expect(plan.kind === "tool_calls" && plan.calls[0]).toEqual({
      name: "query_metrics",
      args: {
        metrics: ["orders"],
        dimensions: [],
        filters: [],
        timeRange: { from: "2025-11-01", to: "2025-11-30" },
      },
    });
  });

  it("judges extra spend by the revenue change", () => {
    const totals = [
      { metric: "spend", current: 120, previous: 100, change: 20 },
      { metric: "revenue", current: 290, previous: 300, change: -10 },
    ];
    const text = payoffVerdict([{ name: "compare_periods", result: { ok: true, data: { totals } } }], "USD");
    expect(text).toMatch(
      /^Did the extra spend pay off\? No: ad spend rose \$20\.00 but revenue fell \$10\.00/,
    );
  });
});
