import { describe, expect, it } from "vitest";
import { campaignSpendVerdict } from "./campaign-spend-verdict.ts";

const own = (roas: number) => ({
  name: "query_metrics",
  args: {
    metrics: ["spend", "revenue", "roas"],
    dimensions: [],
    filters: [{ field: "campaign", op: "in", values: [7] }],
  },
  result: { ok: true, data: { rows: [{ spend: 100, revenue: 100 * roas, roas }] } },
});
const all = {
  name: "query_metrics",
  args: { metrics: ["spend"], dimensions: ["campaign"] },
  result: {
    ok: true,
    data: { rows: [{ campaign: 7, campaign_name: "Search - Brand - Exact", spend: 100 }] },
  },
};
const profit = { name: "profitability", args: {}, result: { ok: true, data: { breakEvenRoas: 2 } } };

describe("campaignSpendVerdict", () => {
  it("calls a brand campaign below break-even over-funded, with the demand caveat", () => {
    expect(campaignSpendVerdict([own(0.72), all, profit])).toBe(
      "Verdict: Search - Brand - Exact looks over-funded: ROAS 0.72x, below break-even 2.00x, so on average its dollars return less margin than they cost, and on a flattening curve the next dollar returns less than the average one; it is a first place to cut. Caveat: brand search mostly captures demand that already exists (people searching for your name), so its attributed ROAS overstates what it adds; a holdout week on it would measure the difference.",
    );
  });

  it("calls one at or above break-even not over-funded, and needs both results", () => {
    expect(campaignSpendVerdict([own(3.1), all, profit])).toMatch(
      /^Verdict: Search - Brand - Exact is not over-funded on its own return: ROAS 3\.10x, at or above break-even 2\.00x/,
    );
    expect(campaignSpendVerdict([own(3.1), all])).toBeUndefined();
  });
});
