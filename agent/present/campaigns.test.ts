import { describe, expect, it } from "vitest";
import { budgetPacing } from "../../core/budget/pacing.ts";
import type { CampaignRow, CampaignsData } from "../../tools/campaigns/execute.ts";
import { presentCampaigns } from "./campaigns.ts";

const brand: CampaignRow = {
  id: 1,
  name: "Search - Brand",
  channel: "paid_search",
  platform: "google_ads",
  objective: "conversions",
  startDate: "2026-01-01",
  endDate: null,
  dailyBudget: 10,
  status: "live",
};
const promo: CampaignRow = {
  ...brand,
  id: 2,
  name: "Promo - Video",
  objective: "awareness",
  startDate: "2026-06-01",
  endDate: "2026-06-30",
  status: "ended",
};
const base = {
  today: "2026-11-01",
  dataEnd: "2026-10-31",
  labels: { channel: { paid_search: "Paid Search" }, platform: { google_ads: "Google Ads" } },
  provenance: { tool: "campaigns" },
};
const ctx = { currency: "USD", timeZone: "America/New_York" };

describe("presentCampaigns", () => {
  it("lists campaigns with counts by status and objective first", () => {
    const d: CampaignsData = {
      ...base,
      analysis: "list",
      filters: { status: "all" },
      campaigns: [brand, promo],
      counts: { total: 2, live: 1, ended: 1, scheduled: 0, byObjective: { conversions: 1, awareness: 1 } },
    };
    const p = presentCampaigns(d, ctx);
    expect(p.text.split("\n")).toEqual([
      "You have 2 campaigns (1 live and 1 ended); by objective: 1 awareness and 1 conversions.",
      "- Search - Brand: Paid Search, Google Ads; objective conversions; daily budget $10.00; live since January 1, 2026",
      "- Promo - Video: Paid Search, Google Ads; objective awareness; daily budget $10.00; ran June 1, 2026 – June 30, 2026",
      "Daily budgets are the campaigns' current settings; status is as of today.",
    ]);
    expect(p.data.rows).toHaveLength(2);
  });

  it("answers a named campaign's budget in one sentence", () => {
    const d: CampaignsData = {
      ...base,
      analysis: "list",
      filters: { campaigns: [1], status: "all" },
      campaigns: [brand],
      counts: { total: 1, live: 1, ended: 0, scheduled: 0, byObjective: { conversions: 1 } },
    };
    expect(presentCampaigns(d, ctx).text).toMatch(
      /^Search - Brand has a daily budget of \$10\.00 and the conversions objective; it runs on Google Ads \(Paid Search\)/,
    );
  });

  it("says yes with the campaigns over their daily budget, and the budget basis", () => {
    const pacing = budgetPacing({
      from: "2026-10-01",
      to: "2026-10-02",
      campaigns: [brand],
      changes: [],
      spend: [
        { campaignId: 1, date: "2026-10-01", spend: 12 },
        { campaignId: 1, date: "2026-10-02", spend: 5 },
      ],
    });
    const d: CampaignsData = {
      ...base,
      analysis: "pacing",
      filters: { status: "all" },
      campaigns: [brand],
      counts: { total: 1, live: 1, ended: 0, scheduled: 0, byObjective: { conversions: 1 } },
      period: { from: "2026-10-01", to: "2026-10-02", timeZone: "America/New_York" },
      pacing,
      totals: { spend: 17, budget: 20, pacing: 0.85, campaignsOverOnSomeDay: 1, campaignsOverForPeriod: 0 },
    };
    const lines = presentCampaigns(d, { ...ctx, question: "any campaign over its daily budget?" }).text.split(
      "\n",
    );
    expect(lines[0]).toBe(
      "Yes: 1 of 1 campaigns spent more than their daily budget on at least one day in October 1–2, 2026: Search - Brand (1 day, $2.00 over).",
    );
    expect(lines).toContain(
      "- Search - Brand: spent $17.00 of a $20.00 budget (85.0%); over its daily budget on 1 day ($2.00 above in all; most on October 1, 2026: $12.00 against $10.00)",
    );
    expect(lines.at(-1)).toMatch(/^No budget change is recorded/);
    const compare = presentCampaigns(d, { ...ctx, question: "how did spend compare to budget" }).text;
    expect(compare.split("\n")[0]).toBe(
      "In October 1–2, 2026, the campaigns together spent $17.00 of a $20.00 budget (85.0%).",
    );
  });
});
