/**
 * Assembles the optimizer's answer: per channel current and recommended spend, expected revenue
 * change with a 95% interval, marginal ROAS before and after, a reason, and the naive rule beside
 * it. Money is rounded to cents and ROAS to 4 decimals here, once, so every surface shows the same
 * figures.
 *
 * Interval: for fitted curves, revenueChange * (1 +/- 1.96 * relative standard error of the
 * curve's scale), the scale's standard error coming from least squares with the residual sd taken
 * as the larger of the training and holdout RMSE. Shape-parameter uncertainty is not included, so
 * the interval is a lower bound on the true uncertainty. For incremental curves the joint
 * calibration's standard error is added when it set the scale; a scale anchored to the attributed
 * total is taken as given. Channels are treated as independent for the total. Explicit curves
 * carry no uncertainty, so their intervals are null.
 */
import { curveDerivative, curveValue } from "./curves.ts";
import type { FittedResponse } from "./fit.ts";
import type { IncrementalEvidence } from "./incremental-fit.ts";
import type { UnprovenCut } from "./operating-range.ts";
import type { PreparedProblem, ResponseModel } from "./prepare.ts";
import type { ProfitSection } from "./profit-section.ts";
import { channelReason, unprovenCutReason } from "./reasons.ts";
import type { SolveMethod } from "./solve.ts";

/** A 95% interval. */
export interface Interval {
  lower: number;
  upper: number;
}

/** One channel's recommendation. */
export interface ChannelRecommendation {
  channel: string;
  status: "optimized" | "locked" | "not_fitted";
  currentSpend: number;
  recommendedSpend: number;
  /** Expected revenue at current spend (observed revenue for channels not fitted). */
  currentRevenue: number;
  expectedRevenue: number;
  revenueChange: number;
  revenueChangeInterval: Interval | null;
  marginalRoasBefore: number | null;
  marginalRoasAfter: number | null;
  bounds: { min: number; max: number | null } | null;
  reason: string;
}

/** The naive proportional-to-average-ROAS split, evaluated on the same curves. */
export interface NaiveReport {
  rule: "proportional_to_average_roas";
  channels: { channel: string; spend: number; expectedRevenue: number }[];
  expectedRevenue: number;
  /** Recommended expected revenue minus the naive rule's. */
  recommendedAdvantage: number;
}

/** Summary of a channel's fit (fitted mode). */
export interface FitSummary {
  channel: string;
  status: "fitted" | "refused";
  /** incremental: curve of what the spend causes (responseModel says how); attributed: curve of attributed outcome. */
  method: "incremental" | "attributed";
  /** Incremental fits: whether the prior or the data set the curve's shape, and the test statistic. */
  evidence?: IncrementalEvidence;
  family?: FittedResponse["family"];
  theta?: number;
  quality?: FittedResponse["quality"];
  candidates?: FittedResponse["candidates"];
  reason?: string;
}

/** Output of optimizeBudget. */
export interface BudgetReport {
  scenario: "max_revenue" | "max_profit" | "target_roas";
  method: SolveMethod;
  totalBudget: number;
  recommendedTotal: number;
  currentTotal: number;
  /** Days the spend figures cover (fitted mode); null for explicit curves. */
  periodDays: number | null;
  /** Marginal ROAS shared by channels inside their bounds (bisection); null otherwise. */
  commonMarginalRoas: number | null;
  targetRoas: number | null;
  /** Target-ROAS and max-profit scenarios: true when the budget, not the target or break-even, limited spend. */
  budgetBinding: boolean | null;
  channels: ChannelRecommendation[];
  totals: {
    currentRevenue: number;
    expectedRevenue: number;
    revenueChange: number;
    revenueChangeInterval: Interval | null;
  };
  naive: NaiveReport;
  /**
   * Profit at the gross margin (max_profit, or any scenario given grossMargin): marginal return on
   * each channel's last dollar, spend below break-even, the unspent part of the budget; null
   * without a margin (e.g. when the curves are of orders).
   */
  profit: ProfitSection | null;
  /** Which model produced the curves and why (fallback reason, calibration). */
  responseModel: ResponseModel;
  fits: FitSummary[];
  notes: string[];
}

/** Solver output the report is built from (raw, unrounded). */
export interface SolvedPlan {
  scenario: BudgetReport["scenario"];
  totalBudget: number;
  targetRoas: number | null;
  method: SolveMethod;
  lambda: number | null;
  budgetBinding: boolean | null;
  /** Spend per modeled channel, same order as problem.modeled. */
  spend: number[];
  naiveSpend: number[];
  /** Profit section, built by the caller from the same plan (null without a margin). */
  profit: ProfitSection | null;
  /** Channels cut to nothing because no observed spend level pays (operating-range.ts). */
  unprovenCuts?: readonly UnprovenCut[];
}

const cents = (x: number) => Math.round(x * 100) / 100 + 0;
const roas4 = (x: number) => Math.round(x * 10_000) / 10_000 + 0;

/**
 * Build the report from a prepared problem and its solution.
 * @example
 * buildReport(problem, plan).channels[0]; // { channel: "search", currentSpend: ..., reason: "Raised: ..." }
 */
export function buildReport(problem: PreparedProblem, plan: SolvedPlan): BudgetReport {
  const level =
    plan.scenario === "target_roas" && !plan.budgetBinding && plan.targetRoas !== null
      ? { kind: "target" as const, value: roas4(plan.targetRoas) }
      : plan.scenario === "max_profit" && plan.budgetBinding === false && plan.lambda !== null
        ? { kind: "break_even" as const, value: roas4(plan.lambda) }
        : plan.lambda !== null
          ? { kind: "common" as const, value: roas4(plan.lambda) }
          : null;
  let varianceSum = 0;
  let hasInterval = problem.modeled.length > 0;
  const modeledRows = problem.modeled.map((m, i): ChannelRecommendation => {
    const x = plan.spend[i]!;
    const before = curveValue(m.unit.curve, m.current);
    const after = curveValue(m.unit.curve, x);
    const change = after - before;
    let interval: Interval | null = null;
    if (m.scaleRelativeSe === null) hasInterval = false;
    else {
      const half = 1.96 * m.scaleRelativeSe * Math.abs(change);
      varianceSum += half * half;
      interval = { lower: cents(change - half), upper: cents(change + half) };
    }
    // A channel cut for want of any paying spend level returns, below its observed range, the
    // average of that block (operating-range.ts), not the fitted curve's steeper start.
    const unproven = plan.unprovenCuts?.find((c) => c.index === i);
    const row = {
      currentSpend: cents(m.current),
      recommendedSpend: cents(x),
      marginalRoasBefore: roas4(curveDerivative(m.unit.curve, m.current)),
      marginalRoasAfter: roas4(
        unproven && x <= 0 ? unproven.revenuePerDollar : curveDerivative(m.unit.curve, x),
      ),
    };
    const max = Number.isFinite(m.unit.upper) ? cents(m.unit.upper) : null;
    return {
      channel: m.unit.channel,
      status: m.locked ? "locked" : "optimized",
      ...row,
      currentRevenue: cents(before),
      expectedRevenue: cents(after),
      revenueChange: cents(change),
      revenueChangeInterval: interval,
      bounds: { min: cents(m.unit.lower), max },
      reason: unproven
        ? unprovenCutReason({
            lowestObservedSpend: cents(unproven.lowestObservedSpend),
            revenuePerDollar: row.marginalRoasAfter,
            breakEven: plan.profit?.breakEvenRoas ?? null,
          })
        : channelReason({
            locked: m.locked,
            current: row.currentSpend,
            recommended: row.recommendedSpend,
            lower: cents(m.unit.lower),
            upper: max ?? Number.POSITIVE_INFINITY,
            marginalBefore: row.marginalRoasBefore,
            marginalAfter: row.marginalRoasAfter,
            level,
          }),
    };
  });
  const unfittedRows = problem.unfitted.map(
    (u): ChannelRecommendation => ({
      channel: u.channel,
      status: "not_fitted",
      currentSpend: cents(u.current),
      recommendedSpend: cents(u.current),
      currentRevenue: cents(u.observedRevenue),
      expectedRevenue: cents(u.observedRevenue),
      revenueChange: 0,
      revenueChangeInterval: problem.modeled.length ? { lower: 0, upper: 0 } : null,
      marginalRoasBefore: null,
      marginalRoasAfter: null,
      bounds: null,
      reason: `Kept at current spend: ${u.reason}.`,
    }),
  );
  const unfittedRevenue = problem.unfitted.reduce((a, u) => a + u.observedRevenue, 0);
  const currentRevenue =
    problem.modeled.reduce((a, m) => a + curveValue(m.unit.curve, m.current), 0) + unfittedRevenue;
  const expectedRevenue =
    problem.modeled.reduce((a, m, i) => a + curveValue(m.unit.curve, plan.spend[i]!), 0) + unfittedRevenue;
  const change = expectedRevenue - currentRevenue;
  const halfTotal = Math.sqrt(varianceSum);
  const naiveRevenue =
    problem.modeled.reduce((a, m, i) => a + curveValue(m.unit.curve, plan.naiveSpend[i]!), 0) +
    unfittedRevenue;
  const spentModeled = plan.spend.reduce((a, b) => a + b, 0);
  const unfittedSpend = problem.unfitted.reduce((a, u) => a + u.current, 0);
  return {
    scenario: plan.scenario,
    method: plan.method,
    totalBudget: cents(plan.totalBudget),
    recommendedTotal: cents(spentModeled + unfittedSpend),
    currentTotal: cents(problem.modeled.reduce((a, m) => a + m.current, 0) + unfittedSpend),
    periodDays: problem.periodDays,
    commonMarginalRoas: plan.lambda === null || plan.scenario === "target_roas" ? null : roas4(plan.lambda),
    profit: plan.profit,
    targetRoas: plan.targetRoas,
    budgetBinding: plan.budgetBinding,
    channels: [...modeledRows, ...unfittedRows],
    totals: {
      currentRevenue: cents(currentRevenue),
      expectedRevenue: cents(expectedRevenue),
      revenueChange: cents(change),
      revenueChangeInterval: hasInterval
        ? { lower: cents(change - halfTotal), upper: cents(change + halfTotal) }
        : null,
    },
    naive: {
      rule: "proportional_to_average_roas",
      channels: [
        ...problem.modeled.map((m, i) => ({
          channel: m.unit.channel,
          spend: cents(plan.naiveSpend[i]!),
          expectedRevenue: cents(curveValue(m.unit.curve, plan.naiveSpend[i]!)),
        })),
        ...problem.unfitted.map((u) => ({
          channel: u.channel,
          spend: cents(u.current),
          expectedRevenue: cents(u.observedRevenue),
        })),
      ],
      expectedRevenue: cents(naiveRevenue),
      recommendedAdvantage: cents(expectedRevenue - naiveRevenue),
    },
    responseModel: problem.responseModel,
    fits: problem.fits.map(({ channel, method, outcome }): FitSummary => {
      if (outcome.status === "refused") return { channel, status: "refused", method, reason: outcome.reason };
      const m = outcome.model;
      return {
        channel,
        status: "fitted",
        method,
        family: m.family,
        theta: m.theta,
        quality: m.quality,
        candidates: m.candidates,
        ...("evidence" in m ? { evidence: m.evidence as IncrementalEvidence } : {}),
      };
    }),
    notes: problem.notes,
  };
}
