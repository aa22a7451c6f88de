import { describe, expect, it } from "vitest";
import { campaignBreakEvenVerdict } from "./campaign-break-even-verdict.ts";

const profit = { name: "profitability", args: {}, result: { ok: true, data: { breakEvenRoas: 2 } } };
const rows = {
  name: "query_metrics",
  args: { dimensions: ["campaign"] },
  result: {
    ok: true,
    data: {
      rows: [
        { campaign: 1, campaign_name: "Festival", roas: 2.4 },
        { campaign: 2, campaign_name: "Video", roas: 0.81 },
      ],
    },
  },
};

describe("campaignBreakEvenVerdict", () => {
  it("judges each campaign against break-even", () => {
    expect(campaignBreakEvenVerdict([profit, rows])).toBe(
      "Verdict at break-even ROAS 2.00x: Festival (ROAS 2.40x) broke even; Video (ROAS 0.81x) did not break even.",
    );
  });

  it("is undefined without break-even", () => {
    expect(campaignBreakEvenVerdict([rows])).toBeUndefined();
  });
});
