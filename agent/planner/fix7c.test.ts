/** fix7c: answers that depend on the data's first and last days (pacing, year over year, freshness). */
import { describe, expect, it } from "vitest";
import { withBaselineInData } from "./baseline-before-data.ts";
import { freshnessNote } from "./data-freshness-intent.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import type { Frame } from "./types.ts";

const ctx = testContext({ dataEnd: "2026-10-31", dataStart: "2025-11-01" });
const plan = (q: string) => planQuestion(q, ctx);

describe("pacing for a month with no spend yet", () => {
  it.each([
    "is spend pacing to budget month to date",
    "how are campaigns pacing vs budget this month so far",
    "how does spend stack up against budget this month",
  ])("%s: the latest whole month, said so", (q) => {
    const p = plan(q);
    expect(p.kind).toBe("tool_calls");
    if (p.kind !== "tool_calls") return;
    expect(p.calls[0]).toEqual({
      name: "campaigns",
      args: { analysis: "pacing", period: { from: "2026-10-01", to: "2026-10-31" } },
    });
    expect(p.frame.note).toBe(
      "November 2026 has no data yet (data runs through October 31, 2026), so this is October 2026, the latest complete month.",
    );
  });
});

describe("a baseline before the first day of data", () => {
  it.each([
    ["sessions year over year", "sessions"],
    ["paid social revenue yoy", "revenue"],
    ["orders in 2025 vs 2024", "orders"],
  ])("%s: every month of the data instead, said so", (q, metric) => {
    const p = plan(q);
    expect(p.kind).toBe("tool_calls");
    if (p.kind !== "tool_calls") return;
    expect(p.calls[0]?.name).toBe("query_metrics");
    expect(p.calls[0]?.args).toMatchObject({
      metrics: [metric],
      dimensions: ["date"],
      grain: "month",
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
    });
    expect(p.frame.note).toMatch(
      /^Your data starts November 1, 2025, so there is nothing a year earlier to compare with/,
    );
  });

  it.each(["orders october vs september", "orders this october vs october last year"])(
    "keeps a comparison of a period the data covers: %s",
    (q) => {
      const p = plan(q);
      expect(p.kind === "tool_calls" && p.calls[0]?.name).toBe("compare_periods");
    },
  );

  it("keeps a breakdown, over the whole data range", () => {
    const frame: Frame = {
      intent: "compare",
      metrics: ["revenue"],
      dimensions: ["channel"],
      filters: [],
      period: { from: "2025-01-01", to: "2025-12-31", label: "2025" },
      compare: { mode: "previous_year", period: { from: "2024-01-01", to: "2024-12-31", label: "2024" } },
    };
    const out = withBaselineInData(frame, "2025-11-01", "2026-10-31");
    expect(out).toMatchObject({
      intent: "query",
      dimensions: ["channel"],
      period: { from: "2025-11-01", to: "2026-10-31" },
      compare: undefined,
    });
    expect(out.note).toBe(
      "Your data starts November 1, 2025, so there is nothing a year earlier to compare with (the baseline, January 1, 2024 to December 31, 2024, is before it). Instead, here is the whole data range, November 1, 2025 to October 31, 2026.",
    );
  });

  it("does nothing when the data's ends are not known", () => {
    const p = planQuestion("sessions year over year", testContext());
    expect(p.kind === "tool_calls" && p.calls[0]?.name).toBe("compare_periods");
  });
});

describe("how current the data is", () => {
  it("names the last day of data and shows the last 7 days", () => {
    const p = plan("how current are the numbers");
    expect(p.kind).toBe("tool_calls");
    if (p.kind !== "tool_calls") return;
    // fix12b: the day it is (with no data yet) and the tracking loss inside the data are said too.
    expect(p.notes).toEqual([freshnessNote("2026-10-31", "2026-11-01", ["2026-03-17"])]);
    expect(p.calls[0]?.args).toMatchObject({ timeRange: { from: "2026-10-25", to: "2026-10-31" } });
    expect(freshnessNote("2026-10-31")).toMatch(
      /^Your data runs through October 31, 2026 \(the last day with ad spend\)/,
    );
  });

  it("leaves a question about an order's recency alone", () => {
    const p = plan("how recent was our last big order");
    expect(p.kind === "tool_calls" && p.notes).toBeFalsy();
  });
});
