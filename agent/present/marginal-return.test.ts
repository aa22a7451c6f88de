import { describe, expect, it } from "vitest";
import type { MarginalAtCurrent } from "../../core/budget/marginal-at-current.ts";
import type { RecommendBudgetData } from "../../tools/recommend-budget/execute.ts";
import { answersMarginalReturn, marginalLines, marginalReturnText } from "./marginal-return.ts";

const row = (over: Partial<MarginalAtCurrent>): MarginalAtCurrent => ({
  member: "display",
  currentSpend: 1000,
  curveRevenue: 500,
  averageRoas: 0.5,
  marginalRoas: 0.8,
  stepSpend: 1100,
  marginalRoasAtStep: 1.1,
  breakEvenRoas: 2.5,
  marginalProfitPerDollar: -0.68,
  clearsBreakEven: false,
  steepening: true,
  ...over,
});
const name = (k: string) => (k === "display" ? "Display" : k);

describe("marginalLines", () => {
  it("leads with the slope at current spend against break-even, then the curve around it", () => {
    expect(marginalLines(row({}), 30, "USD", name)).toEqual([
      "Display's marginal ROAS at its current spend ($1,000.00 over the last 30 days) is 0.80x: the next dollar brings about $0.80 of revenue, below break-even (2.50x), so it loses about $0.68 of gross profit.",
      "On the same fitted curve its average return at that spend is 0.50x; the curve is still steepening there (the early part of an S-shaped curve), so the next dollars return more than the average one: at $1,100.00 the last dollar would return 1.10x, still below break-even.",
    ]);
  });

  it("says a flattening curve returns less per further dollar, and a paying one adds profit", () => {
    const lines = marginalLines(
      row({
        marginalRoas: 3,
        marginalProfitPerDollar: 0.2,
        clearsBreakEven: true,
        steepening: false,
        marginalRoasAtStep: 2.7,
      }),
      30,
      "USD",
      name,
    );
    expect(lines[0]).toMatch(
      /is 3\.00x: .* at or above break-even \(2\.50x\), so it adds about \$0\.20 of gross profit\.$/,
    );
    expect(lines[1]).toMatch(
      /the curve flattens as spend grows, so each further dollar returns less: at \$1,100\.00 the last dollar would return 2\.70x\.$/,
    );
  });
});

describe("marginalReturnText with no member named (leftB)", () => {
  const data = (mode: "optimize" | "what_if") =>
    ({
      mode,
      move: null,
      period: { from: "2026-11-01", to: "2026-11-30", timeZone: "UTC", days: 30 },
      atCurrent: [
        row({ member: "display", marginalRoas: 0.8, stepSpend: 0 }),
        row({
          member: "paid_search",
          currentSpend: 2000,
          averageRoas: 2,
          marginalRoas: 3,
          marginalProfitPerDollar: 0.2,
          clearsBreakEven: true,
          steepening: false,
          stepSpend: 0,
        }),
      ],
    }) as unknown as RecommendBudgetData;
  const names = (k: string) => (k === "display" ? "Display" : "Paid Search");

  it("ranks every channel's next dollar at current spend, leaving out the optimizer's spend", () => {
    expect(marginalReturnText(data("optimize"), "USD", names)).toEqual([
      "At current spend (the last 30 days' level, read on each channel's fitted response curve), the next dollar clears break-even (2.50x) on Paid Search.",
      "- Paid Search's marginal ROAS at its current spend ($2,000.00 over the last 30 days) is 3.00x: the next dollar brings about $3.00 of revenue, at or above break-even (2.50x), so it adds about $0.20 of gross profit. On the same fitted curve its average return at that spend is 2.00x.",
      "- Display's marginal ROAS at its current spend ($1,000.00 over the last 30 days) is 0.80x: the next dollar brings about $0.80 of revenue, below break-even (2.50x), so it loses about $0.68 of gross profit. On the same fitted curve its average return at that spend is 0.50x.",
    ]);
  });

  it("answers a marginal question without a split, and leaves a split asked beside it to the split", () => {
    expect(answersMarginalReturn(data("optimize"), "marginal roas at current levels")).toBe(true);
    expect(answersMarginalReturn(data("optimize"), "split $50k next month, what's the marginal roas")).toBe(
      false,
    );
  });
});
