import { describe, expect, it } from "vitest";
import { compareHoldout } from "../../core/compare/holdout.ts";
import type { CampaignsData } from "../../tools/campaigns/execute.ts";
import type { HoldoutResult } from "../../tools/campaigns/holdout.ts";
import { presentCampaigns } from "./campaigns.ts";

const ctx = { currency: "USD", timeZone: "America/New_York" };
const week = (
  from: string,
  to: string,
  kind: "before" | "holdout" | "after",
  revenue: number,
  orders: number,
) => ({
  from,
  to,
  kind,
  revenue,
  orders,
  channelSpend: kind === "holdout" ? 0 : 100,
  channelRevenue: kind === "holdout" ? 0 : 200,
});
const holdout = (revenue: number, orders: number): HoldoutResult => {
  const windows = [
    week("2026-06-08", "2026-06-14", "before", 1000, 10),
    week("2026-06-15", "2026-06-21", "holdout", revenue, orders),
    week("2026-06-22", "2026-06-28", "after", 1100, 12),
  ];
  const r = compareHoldout(revenue, [{ value: 1000 }, { value: 1100 }])!;
  const o = compareHoldout(orders, [{ value: 10 }, { value: 12 }])!;
  const pct = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);
  return {
    id: 1,
    channel: "display",
    from: "2026-06-15",
    to: "2026-06-21",
    note: "Holdout week",
    windows,
    revenue: r,
    orders: o,
    channelRevenueAverage: 200,
    channelSpendAverage: 100,
    percents: {
      revenueChange: pct(r.changeRatio),
      revenueLowest: pct(r.lowestRatio),
      revenueHighest: pct(r.highestRatio),
      ordersChange: pct(o.changeRatio),
      ordersLowest: pct(o.lowestRatio),
      ordersHighest: pct(o.highestRatio),
      lostOfCredited: pct(-r.change / 200),
    },
    attributionModel: "last_touch",
    skipped: [],
  };
};
const data = (h: HoldoutResult[]): CampaignsData => ({
  analysis: "holdout",
  filters: { channel: "display", status: "all" },
  today: "2026-11-01",
  campaigns: [],
  counts: { total: 0, live: 0, ended: 0, scheduled: 0, byObjective: {} },
  holdouts: h,
  recordedHoldouts: [{ channel: "display", from: "2026-06-15", to: "2026-06-21" }],
  dataEnd: "2026-10-31",
  labels: { channel: { display: "Display" }, platform: {} },
  provenance: { tool: "campaigns" },
});

describe("presentHoldouts", () => {
  it("calls a week below every comparable week a sign, with the share of credited revenue lost", () => {
    const p = presentCampaigns(data([holdout(900, 8)]), ctx);
    const lines = p.text.split("\n");
    expect(lines[0]).toBe(
      "Display holdout, June 15–21, 2026 (Display paused, recorded in your planned changes): total revenue was $900.00, down 14.3% on the average of the 2 comparable weeks around it ($1,050.00); total orders were 8, down 27.3% (average 11).",
    );
    expect(lines[1]).toContain("Both were lower than in every comparable week");
    expect(lines[2]).toContain("$150.00 below the average, 75.0% of that credited revenue");
    expect(lines.at(-1)).toContain("One holdout week is a small, noisy test");
    expect(p.data.rows).toHaveLength(3);
  });

  it("does not call a week inside the comparable range a result", () => {
    const p = presentCampaigns(data([holdout(1050, 11)]), ctx);
    expect(p.text).toContain("does not show Display adding sales beyond normal week-to-week swings");
    expect(p.text).not.toContain("Both were lower");
  });

  it("says when no holdout is recorded for the channel asked, naming the recorded ones", () => {
    expect(presentCampaigns(data([]), ctx).text).toBe(
      "No holdout week is recorded for Display in your planned changes; the recorded holdouts are Display (June 15–21, 2026).",
    );
  });

  it("says a channel named as paused in days with spend every day was not paused then, before its real holdout (fix8b)", () => {
    const asked: CampaignsData = {
      ...data([holdout(900, 8)]),
      askedWindow: {
        from: "2026-08-01",
        to: "2026-08-31",
        spend: 1234.5,
        days: 31,
        daysWithSpend: 31,
        changes: [{ from: "2026-08-31", to: "2026-09-13", percent: 30, note: "Budget flight" }],
      },
    };
    const p = presentCampaigns(asked, ctx);
    const lines = p.text.split("\n");
    expect(lines[0]).toBe(
      "Display was not paused in August 1–31, 2026: no pause is recorded in your planned changes then, and it spent $1,234.50 with spend on all 31 days.",
    );
    expect(lines[1]).toBe(
      "What your planned changes do record for Display around then: Budget flight (August 31 – September 13, 2026).",
    );
    expect(lines[3]).toContain("Display holdout, June 15–21, 2026");
    expect(p.data.rows[0]).toMatchObject({ window: "asked", channel_spend: 1234.5 });
  });

  it("counts the days with spend when some days had none (fix8b)", () => {
    const asked: CampaignsData = {
      ...data([holdout(900, 8)]),
      askedWindow: {
        from: "2026-08-01",
        to: "2026-08-31",
        spend: 800,
        days: 31,
        daysWithSpend: 24,
        changes: [],
      },
    };
    expect(presentCampaigns(asked, ctx).text.split("\n")[0]).toBe(
      "No Display pause is recorded in your planned changes in August 1–31, 2026; it spent $800.00 then, with spend on 24 of 31 days.",
    );
  });
});
