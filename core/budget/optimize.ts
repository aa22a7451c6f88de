/**
 * Budget optimizer entry point (POST /api/v1/budget/optimize). Parses the request, builds curves
 * (explicit what-if curves, or curves fitted to each channel's history), solves the chosen
 * scenario, and reports the plan beside the naive proportional rule.
 *
 * Budget semantics: spend over the period is split so that total spend equals totalBudget
 * (max_revenue), or is at most totalBudget (target_roas; max_profit, which stops where the next
 * dollar returns less than break-even 1 / grossMargin). Channels whose fit is refused keep
 * their current spend, which comes out of the budget first.
 */
import { AppError } from "../../lib/errors.ts";
import { DEFAULT_GROSS_MARGIN } from "../recommend/profit.ts";
import { parseInput } from "../stats/parse-input.ts";
import type { FitOptions } from "./fit.ts";
import { incrementalityInputSchema } from "./incrementality-schema.ts";
import { type LiftedFloor, liftLossMakingFloors } from "./loss-floors.ts";
import { naiveAllocation } from "./naive.ts";
import { cutUnprovenChannels, type UnprovenCut } from "./operating-range.ts";
import { type ChannelHistory, prepareProblem } from "./prepare.ts";
import { buildProfitSection } from "./profit-section.ts";
import { type BudgetReport, buildReport } from "./report.ts";
import { budgetOptimizeRequestSchema } from "./schemas.ts";
import { type SolveResult, solveMaxRevenue } from "./solve.ts";
import { solveMaxProfit } from "./solve-profit.ts";
import { solveTargetRoas } from "./target-roas.ts";

/** Optional inputs of {@link optimizeBudget} besides the request and the history. */
export interface OptimizeOptions {
  fit?: FitOptions;
  /**
   * Untrusted incrementality data (incrementality-schema.ts): with it, fitted curves estimate
   * incremental revenue (incremental-curves.ts) instead of attributed revenue, when the data allow.
   */
  incrementality?: unknown;
}

/**
 * Optimise a budget. `input` is the untrusted request body; `history` is each channel's (or
 * campaign's) daily spend and attributed revenue, used only when the request has no `curves`.
 * Throws AppError core.invalid_input (bad field), core.infeasible (bounds cannot hold the budget)
 * or core.insufficient_data (nothing to fit).
 * @example
 * optimizeBudget({ totalBudget: 100000, curves: [{ channel: "a", curve: { type: "log", a: -9453.72, b: 8256.21 } }, ...] });
 */
export function optimizeBudget(
  input: unknown,
  history: readonly ChannelHistory[] = [],
  options: OptimizeOptions = {},
): BudgetReport {
  const request = parseInput(budgetOptimizeRequestSchema, input);
  const incrementality =
    options.incrementality === undefined
      ? null
      : parseInput(incrementalityInputSchema, options.incrementality);
  const problem = prepareProblem(request, history, options.fit, incrementality);
  const fixedSpend = problem.unfitted.reduce((a, u) => a + u.current, 0);
  const budget = request.totalBudget - fixedSpend;
  if (problem.modeled.length === 0) {
    throw new AppError(
      "core.insufficient_data",
      "no channel could be modelled: " + problem.unfitted.map((u) => `${u.channel} (${u.reason})`).join("; "),
    );
  }
  if (budget < 0) {
    throw new AppError(
      "core.infeasible",
      `channels kept at current spend because they could not be fitted need ${fixedSpend.toFixed(2)}, more than the total budget ${request.totalBudget.toFixed(2)}`,
    );
  }
  const units = problem.modeled.map((m) => m.unit);
  const current = problem.modeled.map((m) => m.current);
  const locked = new Set(problem.modeled.filter((m) => m.locked).map((m) => m.unit.channel));
  const target = request.scenario === "target_roas" ? (request.targetRoas ?? null) : null;
  const margin =
    request.grossMargin ?? (request.scenario === "max_profit" ? DEFAULT_GROSS_MARGIN : undefined);
  let solved: SolveResult & { budgetBinding: boolean | null };
  let fullBudgetSpend: number[] | null = null;
  let lifted: LiftedFloor[] = [];
  let unproven: UnprovenCut[] = [];
  if (request.scenario === "max_profit") {
    // Default floors whose last dollar loses money are lifted (loss-floors.ts), and channels no
    // spend level of their history pays for are cut to nothing (operating-range.ts); the revenue
    // split of the full budget below keeps both, as it is about moving money, not cutting it.
    const bounds = request.constraints?.bounds ?? {};
    const keep = problem.modeled.map((m) => m.locked || bounds[m.unit.channel]?.min !== undefined);
    const floors = liftLossMakingFloors(units, keep, margin!);
    const cut = cutUnprovenChannels(
      floors.units,
      keep,
      problem.modeled.map((m) => m.observedLow),
      margin!,
    );
    unproven = cut.cuts;
    lifted = floors.lifted.filter((f) => !unproven.some((c) => c.index === f.index));
    solved = solveMaxProfit(cut.units, budget, current, margin!);
    if (!solved.budgetBinding) fullBudgetSpend = revenueSplitOfFullBudget(units, budget, current);
  } else if (target === null) solved = { ...solveMaxRevenue(units, budget, current), budgetBinding: null };
  else solved = solveTargetRoas(units, budget, target, current);
  const profit =
    margin === undefined
      ? null
      : buildProfitSection({
          objective: request.scenario === "max_profit" ? "profit" : "revenue",
          grossMargin: margin,
          // A what-if locks every channel (bounds min = max) so its spend is asked, not chosen.
          whatIf: problem.modeled.every((m) => m.locked || m.unit.lower === m.unit.upper),
          units,
          locked: problem.modeled.map((m) => m.locked),
          current,
          spend: solved.spend,
          scaleRelativeSe: problem.modeled.map((m) => m.scaleRelativeSe),
          liftedFloors: lifted,
          unprovenCuts: unproven,
          totalBudget: budget,
          fixedSpend,
          fullBudgetSpend,
        });
  return buildReport(problem, {
    scenario: request.scenario,
    totalBudget: request.totalBudget,
    targetRoas: target,
    method: solved.method,
    lambda: solved.lambda,
    budgetBinding: solved.budgetBinding,
    spend: solved.spend,
    // The naive rule splits the same amount the plan spends, so the two are comparable.
    naiveSpend: naiveAllocation(
      units,
      solved.spend.reduce((a, b) => a + b, 0),
      current,
      locked,
    ),
    profit,
    unprovenCuts: unproven,
  });
}

/**
 * The revenue-maximising split of the whole budget (or of as much of it as the upper bounds
 * allow), to say what the dollars the profit optimum leaves unspent would return.
 */
function revenueSplitOfFullBudget(
  units: Parameters<typeof solveMaxRevenue>[0],
  budget: number,
  current: readonly number[],
): number[] {
  const maxTotal = units.reduce((a, u) => a + u.upper, 0);
  return solveMaxRevenue(units, Math.min(budget, maxTotal), current).spend;
}
