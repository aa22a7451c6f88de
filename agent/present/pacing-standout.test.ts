import { describe, expect, it } from "vitest";
import type { CampaignPacing } from "../../core/budget/pacing.ts";
import { blowoutLine } from "./pacing-standout.ts";

const campaign = (name: string, worstDay: CampaignPacing["worstDay"]): CampaignPacing => ({
  id: 1,
  name,
  channel: "paid_social",
  dailyBudget: 10,
  liveDays: 31,
  budget: 310,
  spend: 320,
  pacing: 320 / 310,
  daysOverBudget: worstDay ? 1 : 0,
  overBudgetAmount: worstDay?.over ?? 0,
  worstDay,
  changeIds: [],
});
const money = (v: number) => `$${v.toFixed(2)}`;

describe("blowoutLine", () => {
  it("names a day at twice its budget or more, with the money it ran over", () => {
    const line = blowoutLine(
      [
        campaign("A", { date: "2026-05-14", spend: 25, budget: 10, over: 15 }),
        campaign("B", { date: "2026-05-02", spend: 10.5, budget: 10, over: 0.5 }),
      ],
      money,
    );
    expect(line).toBe(
      "Far above the rest: A spent $25.00 on May 14, 2026 against its $10.00 daily budget, $15.00 over that day.",
    );
  });

  it("says nothing when every day over is pacing noise", () => {
    expect(
      blowoutLine([campaign("B", { date: "2026-05-02", spend: 19.99, budget: 10, over: 9.99 })], money),
    ).toBe("");
    expect(blowoutLine([campaign("C", null)], money)).toBe("");
  });
});
