/**
 * Profit objective of the budget optimizer (issue #12 item 4): maximise incremental gross profit
 * m * revenue(x) - spend(x) with total spend AT MOST the budget. A dollar is worth spending only
 * while its marginal revenue exceeds the break-even 1 / m, so the profit optimum can leave part of
 * the budget unspent; the caller reports what the rest would return.
 *
 * Concave curves: every unit pushed to marginal ROAS 1 / m (closed form where the curve has one).
 * If that spends no more than the budget it is the optimum (the budget does not bind); otherwise
 * the budget binds and the revenue optimum at the full budget (common marginal above 1 / m) is
 * also the profit optimum, because profit = m * revenue - budget there.
 * S-shaped curves: the best revenue split at each total spend T, maximised over T (a grid of the
 * feasible totals, then a golden-section search around the best grid point).
 */
import type { AllocationUnit } from "./allocation.ts";
import { totalRevenue } from "./allocation.ts";
import { unitSpendAt } from "./bisection.ts";
import { isConcave } from "./curves.ts";
import { assertFeasible, type SolveResult, solveMaxRevenue } from "./solve.ts";

/** A profit-optimal allocation. */
export interface ProfitSolveResult extends SolveResult {
  /** True when the whole budget is spent (the budget, not break-even, limits spend). */
  budgetBinding: boolean;
}

/**
 * Maximise m * revenue - spend with total spend at most `budget`.
 * @example
 * // Two log curves b ln x with b = 100 and 300 at margin 0.5: break-even spend b * m = 50 and 150.
 * solveMaxProfit(units, 1000, [0, 0], 0.5); // { spend: [50, 150], lambda: 2, budgetBinding: false, ... }
 */
export function solveMaxProfit(
  units: readonly AllocationUnit[],
  budget: number,
  current: readonly number[],
  grossMargin: number,
): ProfitSolveResult {
  assertFeasible(units, budget, false);
  const breakEven = 1 / grossMargin;
  const maxTotal = units.reduce((a, u) => a + u.upper, 0);
  if (units.every((u) => isConcave(u.curve))) {
    const spend = units.map((u) => unitSpendAt(u, breakEven));
    const total = spend.reduce((a, b) => a + b, 0);
    if (total <= budget) return { spend, method: "bisection", lambda: breakEven, budgetBinding: false };
    // The budget binds: the revenue optimum at the full budget (bounds can always absorb it here,
    // because the units already took more than the budget at the break-even level).
    return { ...solveMaxRevenue(units, budget, current), budgetBinding: true };
  }
  const minTotal = units.reduce((a, u) => a + u.lower, 0);
  const top = Math.min(budget, maxTotal);
  const at = (t: number) => {
    const r = solveMaxRevenue(units, t, current);
    return { t, spend: r.spend, profit: grossMargin * totalRevenue(units, r.spend) - t };
  };
  if (top - minTotal <= budget * 1e-9) {
    const only = at(top);
    return { spend: only.spend, method: "hill_climb", lambda: null, budgetBinding: top >= budget - 0.005 };
  }
  const steps = 32;
  const grid = Array.from({ length: steps + 1 }, (_, k) => at(minTotal + ((top - minTotal) * k) / steps));
  let bestK = 0;
  for (let k = 1; k <= steps; k++) if (grid[k]!.profit > grid[bestK]!.profit) bestK = k;
  let best = grid[bestK]!;
  // Golden-section between the best grid point's neighbours (profit of the best split is smooth
  // in T within one basin); keep the grid point if the search finds nothing better.
  let lo = grid[Math.max(0, bestK - 1)]!.t;
  let hi = grid[Math.min(steps, bestK + 1)]!.t;
  const g = (Math.sqrt(5) - 1) / 2;
  let c = at(hi - g * (hi - lo));
  let d = at(lo + g * (hi - lo));
  for (let i = 0; i < 40 && hi - lo > Math.max(0.01, budget * 1e-9); i++) {
    if (c.profit >= d.profit) {
      hi = d.t;
      d = c;
      c = at(hi - g * (hi - lo));
    } else {
      lo = c.t;
      c = d;
      d = at(lo + g * (hi - lo));
    }
  }
  for (const cand of [c, d]) if (cand.profit > best.profit) best = cand;
  return {
    spend: best.spend,
    method: "hill_climb",
    lambda: null,
    budgetBinding: best.t >= budget - 0.005,
  };
}
