/** fix20f: lapsed windows said loosely, their history asked after, past month cohorts, a window vs the rest. */
import { describe, expect, it } from "vitest";
import { pastCohortMonth } from "./cohort-intent.ts";
import { lapsedWindowDays } from "./lapsed-window.ts";
import { normalize } from "./normalize.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

const ctx = { ...testContext(), dataEnd: "2026-10-31" };
const plan = (q: string, previous?: ReturnType<typeof planQuestion>) =>
  planQuestion(q, { ...ctx, ...(previous ? { previous } : {}) });
const firstCall = (q: string, previous?: ReturnType<typeof planQuestion>) => {
  const p = plan(q, previous);
  return p.kind === "tool_calls" ? p.calls[0] : undefined;
};

describe("lapsedWindowDays (fix20f)", () => {
  it.each([
    ["customers who havent bought in 45+ days", 45],
    ["people whose last purchase was over 5 months ago", 150],
    ["buyers lapsed 100 days plus", 100],
    ["no order in the past 2 months or more", 60],
    ["shoppers inactive for more than a year", 365],
  ])("%s -> %i days", (q, days) => {
    expect(lapsedWindowDays(normalize(q))).toBe(days);
  });

  it("keeps a period that is no definition", () => {
    expect(lapsedWindowDays(normalize("churn rate over the last 6 months"))).toBeUndefined();
    expect(lapsedWindowDays(normalize("orders placed over 3 days last week"))).toBeUndefined();
  });
});

describe("lapsed customers' history asked after the count (fix20f)", () => {
  const count = plan("how many customers havent ordered in 75+ days");

  it("counts the lapsed customers with the stated window", () => {
    expect(firstCall("how many customers havent ordered in 75+ days")).toEqual({
      name: "cohorts",
      args: {
        period: { from: "2025-11-01", to: "2026-10-31" },
        groupBy: "first_order_month",
        show: "lapsed",
        lapsedDays: 75,
      },
    });
  });

  it.each([
    "what did those people spend with us",
    "how much revenue did they bring in before",
    "and what were they worth",
    "how many orders had they placed",
  ])("%s -> the same lapsed count, which carries their orders and revenue", (q) => {
    const p = plan(q, count);
    expect(p.kind === "tool_calls" && p.frame?.note).toMatch(/order revenue, not ad spend/);
    expect(firstCall(q, count)?.args).toMatchObject({ show: "lapsed", lapsedDays: 75 });
  });

  it("leaves another subject alone", () => {
    expect(firstCall("how much did we spend on google ads last month", count)?.name).toBe("query_metrics");
  });
});

describe("pastCohortMonth (fix20f)", () => {
  it("reads a month that has not begun in the data as a year earlier", () => {
    expect(
      pastCohortMonth({ from: "2026-11-01", to: "2026-11-01", label: "in november" }, "2026-10-31"),
    ).toEqual({ from: "2025-11-01", to: "2025-11-30", label: "November 2025" });
  });

  it("keeps a month with data, a year said, and this month said", () => {
    const jan = { from: "2026-01-01", to: "2026-01-31", label: "january", unit: "month" as const };
    expect(pastCohortMonth(jan, "2026-10-31")).toBe(jan);
    const said = { from: "2026-11-01", to: "2026-11-01", label: "november 2026" };
    expect(pastCohortMonth(said, "2026-10-31")).toBe(said);
    const mtd = { from: "2026-11-01", to: "2026-11-01", label: "this month" };
    expect(pastCohortMonth(mtd, "2026-10-31")).toBe(mtd);
  });

  it("plans two month cohorts compared, each whole, the earlier first", () => {
    const p = plan("ltv for shoppers acquired in nov compared with those acquired in may");
    expect(p.kind === "tool_calls" && p.calls.map((c) => c.args)).toEqual([
      { period: { from: "2025-11-01", to: "2025-11-30" }, groupBy: "first_order_month" },
      { period: { from: "2026-05-01", to: "2026-05-31" }, groupBy: "first_order_month" },
    ]);
  });
});

describe("a short window's customers against the others (fix20f)", () => {
  it.each([
    "are the people we got over cyber week worth less than other customers",
    "black friday buyers compared to the rest: better or worse ltv?",
  ])("%s -> the months around it, split by the window", (q) => {
    const call = firstCall(q);
    expect(call?.name).toBe("cohorts");
    expect(call?.args).toMatchObject({
      period: { from: "2025-11-01", to: "2026-01-31" },
      groupBy: "first_order_month",
    });
    expect((call?.args as { window?: unknown } | undefined)?.window).toBeDefined();
  });

  it("keeps a window's customers alone when no others are named", () => {
    const call = firstCall("did the black friday customers come back");
    expect((call?.args as { window?: unknown } | undefined)?.window).toBeUndefined();
  });
});
