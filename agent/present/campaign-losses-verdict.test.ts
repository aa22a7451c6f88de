import { describe, expect, it } from "vitest";
import { campaignLossesVerdict } from "./campaign-break-even-verdict.ts";

const profit = (breakEvenRoas: number, grossMargin: number) => ({
  name: "profitability",
  args: {},
  result: { ok: true, data: { breakEvenRoas, grossMargin } },
});
const rows = (list: [string, number, number][]) => ({
  name: "query_metrics",
  args: { dimensions: ["campaign"] },
  result: {
    ok: true,
    data: {
      rows: list.map(([campaign_name, roas, spend], i) => ({ campaign: i + 1, campaign_name, roas, spend })),
    },
  },
});

describe("campaignLossesVerdict (fix17a)", () => {
  it("names the campaigns below break-even at the stated margin, lowest ROAS first", () => {
    const found = campaignLossesVerdict([
      profit(2.5, 0.4),
      rows([
        ["Festival", 3, 40],
        ["Boots", 1.2, 50],
        ["Carts", 0.5, 100],
        ["Idle", 0, 0],
      ]),
    ]);
    expect(found).toBe(
      "At break-even ROAS 2.50x (gross margin 40%), 2 of 3 campaigns with spend lost money, lowest ROAS first: Carts (ROAS 0.50x on $100.00 of spend); Boots (ROAS 1.20x on $50.00 of spend). 1 was at or above break-even: Festival (ROAS 3.00x).",
    );
  });

  it("counts past six losers and says when none broke even", () => {
    const list: [string, number, number][] = [1, 2, 3, 4, 5, 6, 7].map((n) => [`C${n}`, n / 10, 10]);
    expect(campaignLossesVerdict([profit(2, 0.5), rows(list)])).toBe(
      "At break-even ROAS 2.00x (gross margin 50%), all 7 campaigns with spend lost money, lowest ROAS first: C1 (ROAS 0.10x on $10.00 of spend); C2 (ROAS 0.20x on $10.00 of spend); C3 (ROAS 0.30x on $10.00 of spend); C4 (ROAS 0.40x on $10.00 of spend); C5 (ROAS 0.50x on $10.00 of spend); C6 (ROAS 0.60x on $10.00 of spend); and 1 more, in the table. None was at or above break-even.",
    );
  });

  it("says none lost money, and is undefined without break-even", () => {
    expect(campaignLossesVerdict([profit(2, 0.5), rows([["A", 2, 5]])])).toBe(
      "At break-even ROAS 2.00x (gross margin 50%), none of the 1 campaigns with spend lost money. 1 was at or above break-even: A (ROAS 2.00x).",
    );
    expect(campaignLossesVerdict([rows([["A", 2, 5]])])).toBeUndefined();
  });
});
