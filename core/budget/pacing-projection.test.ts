import { describe, expect, it } from "vitest";
import { budgetPacing, type PacingCampaign } from "./pacing.ts";
import { projectPacing } from "./pacing-projection.ts";

const campaign = (over: Partial<PacingCampaign>): PacingCampaign => ({
  id: 1,
  name: "Search - Brand",
  channel: "paid_search",
  dailyBudget: 10,
  startDate: "2026-01-01",
  endDate: null,
  ...over,
});

// September: 30 days; A spends 9 a day (270), B spends 3 a day (90): 360 in all, 12 a day.
const a = campaign({ id: 1, dailyBudget: 10 });
const b = campaign({ id: 2, name: "Display", channel: "display", dailyBudget: 5 });
const september = budgetPacing({
  from: "2026-09-01",
  to: "2026-09-30",
  campaigns: [a, b],
  changes: [],
  spend: Array.from({ length: 30 }, (_, i) => `2026-09-${String(i + 1).padStart(2, "0")}`).flatMap((date) => [
    { campaignId: 1, date, spend: 9 },
    { campaignId: 2, date, spend: 3 },
  ]),
});

describe("projectPacing", () => {
  it("carries the basis month's spend per day over the period, against its budget", () => {
    const december = budgetPacing({
      from: "2026-12-01",
      to: "2026-12-31",
      campaigns: [a, b],
      changes: [],
      spend: [],
    });
    const p = projectPacing({ from: "2026-12-01", to: "2026-12-31" }, september, december);
    // September paced 360 / 450 = 80%; December's budget is 15 a day x 31 = 465; 80% of it is 372.
    expect(p).toEqual({
      from: "2026-12-01",
      to: "2026-12-31",
      days: 31,
      basis: { from: "2026-09-01", to: "2026-09-30", days: 30, spend: 360, budget: 450, pacing: 0.8 },
      dailyRunRate: 12,
      method: "pace",
      projectedSpend: 372,
      budget: 465,
      budgetPerDay: 15,
      projectedPacing: 0.8,
      projectedGap: -93,
    });
  });

  it("leaves out a campaign that has ended before the period from its budget", () => {
    const ended = campaign({
      id: 2,
      name: "Summer",
      channel: "display",
      dailyBudget: 5,
      endDate: "2026-10-15",
    });
    const december = budgetPacing({
      from: "2026-12-01",
      to: "2026-12-10",
      campaigns: [a, ended],
      changes: [],
      spend: [],
    });
    const p = projectPacing({ from: "2026-12-01", to: "2026-12-10" }, september, december);
    // 80% of 10 days x 10 = 80: the ended campaign's spend is not carried into days it is not live.
    expect(p.budget).toBe(100);
    expect(p.projectedSpend).toBe(80);
    expect(p.projectedGap).toBe(-20);
    expect(p.projectedPacing).toBe(0.8);
  });

  it("has no pacing when the period's budget is unknown", () => {
    const december = budgetPacing({
      from: "2026-12-01",
      to: "2026-12-02",
      campaigns: [a],
      changes: [
        {
          id: 9,
          channel: "paid_search",
          campaignId: null,
          from: "2026-12-01",
          to: "2026-12-02",
          percent: null,
          note: "test",
        },
      ],
      spend: [],
    });
    const p = projectPacing({ from: "2026-12-01", to: "2026-12-02" }, september, december);
    // No budget to pace against: September's 12 a day over 2 days.
    expect(p.method).toBe("run_rate");
    expect(p.budget).toBeNull();
    expect(p.projectedPacing).toBeNull();
    expect(p.projectedGap).toBeNull();
    expect(p.projectedSpend).toBe(24);
  });
});
