import { describe, expect, it } from "vitest";
import { standardCatalog } from "../../semantic/catalog/index.ts";
import { leadLine } from "./lead-line.ts";

// 2026-11-05 15:00Z is 10:00 on November 5 in New York.
const ctx = { catalog: standardCatalog, timeZone: "America/New_York", now: new Date("2026-11-05T15:00:00Z") };

describe("leadLine", () => {
  it("names the metrics, the breakdown, the resolved period and the time zone", () => {
    expect(
      leadLine(
        {
          name: "query_metrics",
          args: { metrics: ["revenue"], dimensions: ["channel"], timeRange: { preset: "last_month" } },
        },
        ctx,
      ),
    ).toBe("Revenue by channel, October 1–31, 2026 (America/New_York)…");
  });

  it("says daily for a series by date, with the label in a sentence", () => {
    expect(
      leadLine(
        {
          name: "query_metrics",
          args: {
            metrics: ["roas"],
            dimensions: ["date"],
            grain: "day",
            timeRange: { from: "2026-10-06", to: "2026-11-04" },
          },
        },
        ctx,
      ),
    ).toBe("Daily return on ad spend, October 6 – November 4, 2026 (America/New_York)…");
  });

  it("names the baseline of a comparison", () => {
    expect(
      leadLine(
        {
          name: "explain_change",
          args: { metric: "revenue", period: { preset: "last_week" }, compareTo: "previous_period" },
        },
        ctx,
      ),
    ).toBe(
      "Explaining the change in revenue, October 26 – November 1, 2026 vs the previous period (America/New_York)…",
    );
  });

  it("never carries a figure from the arguments other than dates", () => {
    const lead = leadLine(
      {
        name: "recommend_budget",
        args: { totalBudget: 50_000, period: { from: "2026-12-01", to: "2026-12-31" } },
      },
      ctx,
    );
    expect(lead).toBe("Working out a budget proposal, December 1–31, 2026 (America/New_York)…");
    expect(lead).not.toMatch(/50/);
  });

  it("is undefined for a tool it does not know", () => {
    expect(leadLine({ name: "unknown_tool", args: {} }, ctx)).toBeUndefined();
  });
});
