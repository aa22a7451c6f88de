/** fix18e: the session's readers, planned exactly in the test context. */
import { describe, expect, it } from "vitest";
import { readCampaignWindows } from "./campaign-windows.ts";
import { parseQuestion } from "./parse.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import type { DimensionValue } from "./types.ts";

const campaign = (id: string, label: string, from: string, to: string): DimensionValue => ({
  dimension: "campaign",
  value: id,
  label,
  aliases: [],
  flight: { from, to },
});
const VALUES: DimensionValue[] = [
  campaign("1", "Search - Brand - Exact", "2025-11-01", "2026-10-31"),
  campaign("2", "BF25 - Search - Deals", "2025-11-20", "2025-12-02"),
  campaign("3", "Holiday25 - Display - Gift Guide", "2025-12-03", "2025-12-22"),
  { dimension: "email_campaign", value: "e1", label: "BF25 - Early Access", aliases: [] },
];

describe("fix18e readers", () => {
  it("reads a dated prefix on its own as its window when the store total is asked or the prefix is shared", () => {
    expect(readCampaignWindows("holiday25 revenue overall", VALUES).windows.map((w) => w.name)).toEqual([
      "Holiday25",
    ]);
    expect(readCampaignWindows("bf25 orders", VALUES).windows.map((w) => w.name)).toEqual(["BF25"]);
    expect(readCampaignWindows("bf25 early access open rate", VALUES).windows).toEqual([]);
    expect(readCampaignWindows("holiday25 roas", VALUES).windows).toEqual([]);
  });

  it("counts lapsed customers over a stated 90-day default", () => {
    const plan = planQuestion("how many dormant buyers do we have", testContext());
    expect(plan.kind === "tool_calls" && plan.calls[0]).toEqual({
      name: "cohorts",
      args: {
        period: { from: "2025-11-01", to: "2026-10-31" },
        groupBy: "first_order_month",
        show: "lapsed",
        lapsedDays: 90,
      },
    });
  });

  it("explains a metric said to have fallen over a month, then costs the drop", () => {
    const first = "cvr crashed in september, why";
    const previous = planQuestion(first, testContext());
    expect(previous.kind === "tool_calls" && previous.calls[0]?.args).toMatchObject({
      metric: "conversion_rate",
      period: { from: "2026-09-01", to: "2026-09-30" },
    });
    const next = planQuestion(
      "how much did that cost us",
      testContext({ previous, previousQuestion: first }),
    );
    expect(next.kind === "tool_calls" && next.calls[0]).toMatchObject({
      name: "detect_anomalies",
      args: { focus: "loss", period: { from: "2026-08-04", to: "2026-10-28" } },
    });
  });

  it("reads growth over a period the data has no baseline for month by month", () => {
    const p = parseQuestion("orders growth this year", testContext());
    expect(p.time.period?.from).toBe("2026-01-01");
    const plan = planQuestion("orders growth this year", testContext({ dataEnd: "2026-10-31" }));
    expect(plan.kind === "tool_calls" && plan.calls[0]).toEqual({
      name: "query_metrics",
      args: {
        metrics: ["orders"],
        dimensions: ["date"],
        filters: [],
        timeRange: { from: "2026-01-01", to: "2026-10-31" },
        grain: "month",
      },
    });
  });
});
