import { describe, expect, it } from "vitest";
import { budgetPacing, daysBetween, type PacingCampaign, type RecordedBudgetChange } from "./pacing.ts";

const campaign = (over: Partial<PacingCampaign>): PacingCampaign => ({
  id: 1,
  name: "Search - Brand",
  channel: "paid_search",
  dailyBudget: 10,
  startDate: "2026-01-01",
  endDate: null,
  ...over,
});

const change = (over: Partial<RecordedBudgetChange>): RecordedBudgetChange => ({
  id: 1,
  channel: "paid_search",
  campaignId: null,
  from: "2026-10-02",
  to: "2026-10-02",
  percent: -100,
  note: "holdout",
  ...over,
});

describe("daysBetween", () => {
  it("lists every day inclusive, across a month end", () => {
    expect(daysBetween("2026-09-29", "2026-10-02")).toEqual([
      "2026-09-29",
      "2026-09-30",
      "2026-10-01",
      "2026-10-02",
    ]);
  });
});

describe("budgetPacing", () => {
  it("takes the current daily budget times the live days when no change is recorded", () => {
    const r = budgetPacing({
      from: "2026-10-01",
      to: "2026-10-03",
      campaigns: [campaign({})],
      changes: [],
      spend: [
        { campaignId: 1, date: "2026-10-01", spend: 9.5 },
        { campaignId: 1, date: "2026-10-02", spend: 12.25 },
        { campaignId: 1, date: "2026-10-03", spend: 10 },
      ],
    });
    expect(r.campaigns).toEqual([
      {
        id: 1,
        name: "Search - Brand",
        channel: "paid_search",
        dailyBudget: 10,
        liveDays: 3,
        budget: 30,
        spend: 31.75,
        pacing: 31.75 / 30,
        daysOverBudget: 1,
        overBudgetAmount: 2.25,
        worstDay: { date: "2026-10-02", spend: 12.25, budget: 10, over: 2.25 },
        changeIds: [],
      },
    ]);
    expect(r.changesApplied).toEqual([]);
  });

  it("applies a channel holdout on its days and a lasting raise after the period backwards", () => {
    const holdout = change({ id: 7 });
    // Raised 150% on Oct 3: the budget on Oct 1-2 was 25 / 2.5 = 10.
    const raise = change({
      id: 8,
      campaignId: 2,
      channel: "display",
      from: "2026-10-03",
      to: null,
      percent: 150,
    });
    const r = budgetPacing({
      from: "2026-10-01",
      to: "2026-10-03",
      campaigns: [campaign({}), campaign({ id: 2, name: "Display", channel: "display", dailyBudget: 25 })],
      changes: [holdout, raise],
      spend: [
        { campaignId: 1, date: "2026-10-01", spend: 10 },
        { campaignId: 1, date: "2026-10-02", spend: 1 },
        { campaignId: 2, date: "2026-10-01", spend: 11 },
        { campaignId: 2, date: "2026-10-03", spend: 20 },
      ],
    });
    const [display, search] = r.campaigns;
    expect(display).toMatchObject({ id: 2, budget: 45, spend: 31, daysOverBudget: 1, overBudgetAmount: 1 });
    expect(display?.changeIds).toEqual([8]);
    // Oct 2 was a holdout day (budget 0) but spent $1: over budget that day.
    expect(search).toMatchObject({
      id: 1,
      budget: 20,
      spend: 11,
      pacing: 0.55,
      daysOverBudget: 1,
      worstDay: { date: "2026-10-02", spend: 1, budget: 0, over: 1 },
    });
    expect(r.changesApplied.map((c) => c.id)).toEqual([7, 8]);
  });

  it("counts only live days and reports a budget unknown when a change states no percent", () => {
    const r = budgetPacing({
      from: "2026-10-01",
      to: "2026-10-04",
      campaigns: [
        campaign({ id: 3, endDate: "2026-10-02" }),
        campaign({ id: 4, channel: "affiliate" }),
        campaign({ id: 5, startDate: "2026-11-01" }),
      ],
      changes: [change({ id: 9, channel: "affiliate", from: "2026-10-03", to: null, percent: null })],
      spend: [
        { campaignId: 3, date: "2026-10-01", spend: 4 },
        { campaignId: 4, date: "2026-10-01", spend: 6 },
      ],
    });
    expect(r.campaigns.map((c) => [c.id, c.liveDays, c.budget, c.spend, c.pacing])).toEqual([
      [4, 4, null, 6, null],
      [3, 2, 20, 4, 0.2],
    ]);
    expect(r.changesUnknown.map((c) => c.id)).toEqual([9]);
    expect(r.changesApplied).toEqual([]);
  });
});
