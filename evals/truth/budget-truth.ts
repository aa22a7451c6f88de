/**
 * Budget truth check: the product's recommended split of the average monthly paid budget, scored
 * on the simulator's TRUE response curves beside the true optimum and the naive rule.
 *
 * - Recommendation: exactly what recommend_budget returns (tools/recommend-budget/execute.ts:
 *   curves fitted to the last 180 days per channel, incremental revenue when the incremental model
 *   can run (core/budget/incremental-curves.ts), else attributed revenue under the organization's
 *   default attribution model; default constraints). The planning period is the
 *   30 days after the data ends (2026-11-01..30) and the budget is the ground truth's average
 *   monthly paid budget pro-rated from its month (365/12 days) to those 30 days, so the daily
 *   budget the product splits is exactly the one the true optimum splits.
 * - True revenue of any split: the simulator's own steady-state evaluation (db/simulator/response.ts
 *   steadyResponse: constant daily spend, adstock settled at spend / (1 - theta), Hill curve) times
 *   the value per order the ground truth uses (mean demand index x new-customer AOV x days per
 *   month), i.e. the `value` inside optimalSplit. Figures are incremental revenue per ground-truth
 *   month.
 * - True optimum: optimalSplit on the true curves, as ground-truth.json's optimalAllocation
 *   (UNCONSTRAINED: any share per channel). The product's default bounds (+/-30% of each
 *   channel's current spend, widened by the tool only when the budget is far from current spend)
 *   may exclude it, so the optimum under the product's own bounds is reported too.
 * - Wide-bounds variant: recommend_budget asked the same with maxChangePercent 1000 (what "if I
 *   could move money freely" plans; the optimizer's widest bound, 0..11x current spend), to compare
 *   the product's curves with the unconstrained optimum like with like.
 * - Naive rule: the product's own naive split (budget proportional to each channel's average ROAS
 *   at current spend on its fitted curve, report.naive) and, beside it, the rule of thumb on raw
 *   data (proportional to observed attributed revenue / spend over the same 180 days).
 */

import type { BudgetReport } from "../../core/budget/report.ts";
import { readChannelHistory, recentHistoryRange, withSpend } from "../../db/analytics/channel-history.ts";
import { DAYS, dayOfDate } from "../../db/simulator/calendar.ts";
import type { GroundTruth } from "../../db/simulator/ground-truth.ts";
import { buildOrgPlan } from "../../db/simulator/plan.ts";
import { optimalSplit, steadyResponse } from "../../db/simulator/response.ts";
import { type OrgSpec, PAID_CHANNELS, type PaidChannel } from "../../db/simulator/spec-types.ts";
import { MAX_CHANGE_PERCENT } from "../../tools/recommend-budget/definition.ts";
import { createRecommendBudget, HISTORY_DAYS } from "../../tools/recommend-budget/execute.ts";
import type { ToolDeps } from "../../tools/shared/deps.ts";

/** The planning period: the 30 days after the simulated data ends. */
export const PLAN_PERIOD = { from: "2026-11-01", to: "2026-11-30" } as const;
const PLAN_DAYS = 30;
/** Days per month in the ground truth's optimal allocation. */
const DAYS_PER_MONTH = DAYS / 12;

type Split = Record<PaidChannel, number>;

/** One allocation scored on the true curves (spend and revenue per ground-truth month). */
export interface ScoredSplit {
  spend: Split;
  revenue: Split;
  totalRevenue: number;
}

export interface BudgetTruth {
  slug: string;
  scale: number;
  monthlyBudget: number;
  /** What the product was asked: budget over PLAN_PERIOD. */
  request: { totalBudget: number; period: typeof PLAN_PERIOD };
  /** Bounds the product used, per channel, in monthly money (current spend -/+ bound). */
  productBounds: Record<PaidChannel, { min: number; max: number | null }>;
  /** The product's fit per channel (method, family, carry-over, shape evidence). */
  fits: {
    channel: string;
    status: string;
    method: string;
    family?: string;
    theta?: number;
    shape?: string;
    /** Likelihood-ratio statistic of the free Hill shape against the prior (shape "data" above 9.21). */
    curvatureLr?: number;
  }[];
  /** Which model produced the curves and why. */
  responseModel: string;
  optimum: ScoredSplit;
  /** True optimum restricted to the product's bounds (grid + refinement on the true curves). */
  boundedOptimum: ScoredSplit;
  recommended: ScoredSplit;
  /** recommend_budget with maxChangePercent 1000 (practically unbounded). */
  recommendedWide: ScoredSplit;
  naive: ScoredSplit;
  naiveObserved: ScoredSplit;
  /** Doing nothing: each channel's current spend (the product's report) scaled to the same budget. */
  current: ScoredSplit;
  ratios: {
    recommendedToOptimum: number;
    naiveToOptimum: number;
    naiveObservedToOptimum: number;
    currentToOptimum: number;
    recommendedToBoundedOptimum: number;
    recommendedWideToOptimum: number;
  };
  /**
   * Why fitted curves can disagree with the truth: per channel, attributed revenue (the outcome the
   * product fits, default attribution model) over the 180 history days divided by the revenue the
   * channel truly caused on those days (true incremental first orders x new-customer AOV).
   */
  attributedToTrue: Record<PaidChannel, number>;
  attributionModel: string;
  /** Consistency: our optimum equals ground-truth.json's optimalIncrementalRevenue (to the cent). */
  groundTruthOptimum: number;
}

const per = <T>(f: (c: PaidChannel) => T) =>
  Object.fromEntries(PAID_CHANNELS.map((c) => [c, f(c)])) as Record<PaidChannel, T>;

/**
 * Evaluate the product's budget recommendation for one seeded organization on its true curves.
 * @example const t = await evaluateBudgetTruth(deps, truth, ACME); t.ratios.recommendedToOptimum; // 0.99..
 */
export async function evaluateBudgetTruth(
  deps: ToolDeps,
  truth: GroundTruth,
  spec: OrgSpec,
): Promise<BudgetTruth> {
  // The simulator's evaluation, exactly as groundTruthOfPlan sets it up for optimalSplit.
  const plan = buildOrgPlan(spec, truth.seed, truth.scale);
  const meanDemand = plan.seasonality.demand.reduce((a, b) => a + b, 0) / DAYS;
  const valuePerOrder = meanDemand * spec.aov.newMean * DAYS_PER_MONTH;
  const curves = PAID_CHANNELS.map((c) => truth.curves[c]);
  const monthlyBudget = PAID_CHANNELS.reduce((s, c) => s + truth.spendByChannel[c], 0) / 12;
  const dailyBudget = monthlyBudget / DAYS_PER_MONTH;
  const score = (monthlySpend: Split): ScoredSplit => {
    const revenue = per(
      (c) => steadyResponse(monthlySpend[c] / DAYS_PER_MONTH, truth.curves[c]) * valuePerOrder,
    );
    return { spend: monthlySpend, revenue, totalRevenue: PAID_CHANNELS.reduce((s, c) => s + revenue[c], 0) };
  };
  const best = optimalSplit(dailyBudget, curves, valuePerOrder);
  const optimum = score(per((c) => best.shares[PAID_CHANNELS.indexOf(c)]! * monthlyBudget));

  // The product, as recommend_budget computes it.
  const totalBudget = (monthlyBudget * PLAN_DAYS) / DAYS_PER_MONTH;
  // This benchmark scores the split of the whole budget on true revenue, so it asks for the revenue
  // objective (the default is profit, which may leave budget unspent; profit-truth.ts scores that).
  const result = await createRecommendBudget(deps)({
    totalBudget,
    period: PLAN_PERIOD,
    objective: "revenue",
  });
  if (!result.ok) throw new Error(`recommend_budget failed: ${JSON.stringify(result)}`);
  const report = result.data.report;
  const toMonthly = (periodSpend: number) => (periodSpend * DAYS_PER_MONTH) / PLAN_DAYS;
  const pick = (rows: readonly { channel: string; spend: number }[]): Split => {
    const extra = rows.filter((r) => !(PAID_CHANNELS as readonly string[]).includes(r.channel));
    if (extra.length > 0) throw new Error(`unexpected budget members: ${extra.map((r) => r.channel)}`);
    return per((c) => toMonthly(rows.find((r) => r.channel === c)?.spend ?? 0));
  };
  const recommended = score(
    pick(report.channels.map((r) => ({ channel: r.channel, spend: r.recommendedSpend }))),
  );
  const naive = score(pick(report.naive.channels));
  const productBounds = per((c) => {
    const row = report.channels.find((r) => r.channel === c);
    const b = row?.bounds ?? { min: row?.currentSpend ?? 0, max: row?.currentSpend ?? 0 };
    return { min: toMonthly(b.min), max: b.max === null ? null : toMonthly(b.max) };
  });

  // The rule of thumb on raw data: proportional to observed average ROAS over the same history.
  const range = await recentHistoryRange(deps, HISTORY_DAYS);
  const history = withSpend((await readChannelHistory(deps, range)).history);
  const roas = per((c) => {
    const h = history.find((x) => x.channel === c);
    const spend = h?.days.reduce((a, d) => a + d.spend, 0) ?? 0;
    return spend > 0 ? h!.days.reduce((a, d) => a + d.revenue, 0) / spend : 0;
  });
  const roasSum = PAID_CHANNELS.reduce((s, c) => s + roas[c], 0);
  const naiveObserved = score(per((c) => (monthlyBudget * roas[c]) / roasSum));
  const currentTotal = report.channels.reduce((a, r) => a + r.currentSpend, 0);
  const current = score(
    pick(
      report.channels.map((r) => ({
        channel: r.channel,
        spend: (r.currentSpend * totalBudget) / currentTotal,
      })),
    ),
  );

  // The same question with the bounds lifted, as a marketer asks it ("if I could move money
  // freely": recommend_budget's maxChangePercent 1000, the optimizer's widest bound, 0..11x).
  const free = await createRecommendBudget(deps)({
    totalBudget,
    objective: "revenue",
    period: PLAN_PERIOD,
    maxChangePercent: MAX_CHANGE_PERCENT,
  });
  if (!free.ok) throw new Error(`recommend_budget (free) failed: ${JSON.stringify(free)}`);
  const recommendedWide = score(
    pick(free.data.report.channels.map((r) => ({ channel: r.channel, spend: r.recommendedSpend }))),
  );

  const first = dayOfDate(range.from);
  const last = dayOfDate(range.to);
  const attributedToTrue = per((c) => {
    const attributed = history.find((x) => x.channel === c)?.days.reduce((a, d) => a + d.revenue, 0) ?? 0;
    let orders = 0;
    for (let d = first; d <= last; d++) orders += plan.incremental[c][d] ?? 0;
    return attributed / (orders * spec.aov.newMean);
  });

  const boundedOptimum = score(boundedSplit(monthlyBudget, productBounds, (s) => score(s).totalRevenue));
  return {
    slug: truth.organization.slug,
    scale: truth.scale,
    monthlyBudget,
    request: { totalBudget, period: PLAN_PERIOD },
    productBounds,
    fits: report.fits.map((f) => ({
      channel: f.channel,
      status: f.status,
      method: f.method,
      family: f.family,
      theta: f.theta,
      shape: f.evidence?.shape,
      curvatureLr: f.evidence?.curvatureLr,
    })),
    responseModel: describeResponseModel(report.responseModel),
    optimum,
    boundedOptimum,
    recommended,
    recommendedWide,
    naive,
    naiveObserved,
    current,
    ratios: {
      recommendedToOptimum: recommended.totalRevenue / optimum.totalRevenue,
      naiveToOptimum: naive.totalRevenue / optimum.totalRevenue,
      naiveObservedToOptimum: naiveObserved.totalRevenue / optimum.totalRevenue,
      currentToOptimum: current.totalRevenue / optimum.totalRevenue,
      recommendedToBoundedOptimum: recommended.totalRevenue / boundedOptimum.totalRevenue,
      recommendedWideToOptimum: recommendedWide.totalRevenue / optimum.totalRevenue,
    },
    attributedToTrue,
    attributionModel: result.data.provenance.attributionModel as string,
    groundTruthOptimum: truth.optimalAllocation.optimalIncrementalRevenue,
  };
}

/** The response model in one line: method, reason and, for incremental curves, their calibration. */
function describeResponseModel(m: BudgetReport["responseModel"]): string {
  const c = m.incremental?.calibration;
  const scale = c
    ? `; scale ${c.source} (${c.multiplier.toFixed(2)} per captured order; joint regression: ${c.jointRegression}); exposure rate ${m.incremental!.exposureRate.toFixed(3)}`
    : "";
  return `${m.method}: ${m.reason}${scale}`;
}

/**
 * The best split of `budget` within per-channel [min, max] on the true value function: a grid of
 * 1% of each channel's range followed by pairwise transfers shrinking to 0.01% of the budget.
 * (optimalSplit has no bounds; this mirrors its grid-then-refine search.)
 */
function boundedSplit(
  budget: number,
  bounds: Record<PaidChannel, { min: number; max: number | null }>,
  value: (s: Split) => number,
): Split {
  const lo = PAID_CHANNELS.map((c) => bounds[c].min);
  const hi = PAID_CHANNELS.map((c) => bounds[c].max ?? budget);
  const toSplit = (xs: number[]) => per((c) => xs[PAID_CHANNELS.indexOf(c)]!);
  const n = PAID_CHANNELS.length;
  let best: number[] | null = null;
  let bestValue = Number.NEGATIVE_INFINITY;
  const steps = 40;
  const cur = new Array<number>(n).fill(0);
  const walk = (i: number, left: number) => {
    if (i === n - 1) {
      if (left < lo[i]! - 1e-6 || left > hi[i]! + 1e-6) return;
      cur[i] = left;
      const v = value(toSplit(cur));
      if (v > bestValue) {
        bestValue = v;
        best = cur.slice();
      }
      return;
    }
    for (let k = 0; k <= steps; k++) {
      const x = lo[i]! + ((hi[i]! - lo[i]!) * k) / steps;
      if (x > left + 1e-6) break;
      cur[i] = x;
      walk(i + 1, left - x);
    }
  };
  walk(0, budget);
  if (!best) throw new Error("the product's bounds cannot hold the budget");
  let xs: number[] = best;
  for (const delta of [0.01, 0.001, 0.0001].map((f) => f * budget)) {
    let improved = true;
    while (improved) {
      improved = false;
      for (let from = 0; from < n; from++) {
        for (let to = 0; to < n; to++) {
          if (from === to) continue;
          const d = Math.min(delta, xs[from]! - lo[from]!, hi[to]! - xs[to]!);
          if (d <= 1e-9) continue;
          const next = xs.slice();
          next[from]! -= d;
          next[to]! += d;
          const v = value(toSplit(next));
          if (v > bestValue + 1e-9) {
            xs = next;
            bestValue = v;
            improved = true;
          }
        }
      }
    }
  }
  return toSplit(xs);
}

const money = (x: number) =>
  x.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/** The figures as a table. */
export function formatBudgetTruth(t: BudgetTruth): string {
  const lines: string[] = [];
  lines.push(
    `budget truth: ${t.slug} at scale ${t.scale}; average monthly paid budget ${money(t.monthlyBudget)} ` +
      `(asked recommend_budget for ${money(t.request.totalBudget)} over ${t.request.period.from}..${t.request.period.to}, same daily budget); ` +
      "monthly spend and TRUE incremental revenue per month (steady state on the simulator's curves)",
  );
  const cols = [
    "channel",
    "optimum",
    "bounded opt",
    "recommended",
    "rec. wide",
    "naive (fit)",
    "naive (obs)",
    "current",
    "product bounds",
    "attributed/true",
  ];
  const rows = PAID_CHANNELS.map((c) => {
    const b = t.productBounds[c];
    return [
      c,
      money(t.optimum.spend[c]),
      money(t.boundedOptimum.spend[c]),
      money(t.recommended.spend[c]),
      money(t.recommendedWide.spend[c]),
      money(t.naive.spend[c]),
      money(t.naiveObserved.spend[c]),
      money(t.current.spend[c]),
      `${money(b.min)}..${b.max === null ? "-" : money(b.max)}`,
      t.attributedToTrue[c].toFixed(2),
    ];
  });
  rows.push([
    "TRUE revenue",
    money(t.optimum.totalRevenue),
    money(t.boundedOptimum.totalRevenue),
    money(t.recommended.totalRevenue),
    money(t.recommendedWide.totalRevenue),
    money(t.naive.totalRevenue),
    money(t.naiveObserved.totalRevenue),
    money(t.current.totalRevenue),
    "",
    "",
  ]);
  rows.push([
    "vs optimum",
    "100.00%",
    pct(t.boundedOptimum.totalRevenue / t.optimum.totalRevenue),
    pct(t.ratios.recommendedToOptimum),
    pct(t.ratios.recommendedWideToOptimum),
    pct(t.ratios.naiveToOptimum),
    pct(t.ratios.naiveObservedToOptimum),
    pct(t.ratios.currentToOptimum),
    "",
    "",
  ]);
  const widths = cols.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) =>
    r.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join("  ");
  lines.push(fmt(cols), ...rows.map(fmt));
  lines.push(
    `recommended / optimum ${pct(t.ratios.recommendedToOptimum)}; naive (fit ROAS) / optimum ${pct(t.ratios.naiveToOptimum)}; ` +
      `naive (observed ROAS) / optimum ${pct(t.ratios.naiveObservedToOptimum)}; current split / optimum ${pct(t.ratios.currentToOptimum)}; recommended / optimum within the product's bounds ${pct(t.ratios.recommendedToBoundedOptimum)}; ` +
      `recommended with maxChangePercent 1000 / optimum ${pct(t.ratios.recommendedWideToOptimum)}; ` +
      `ground-truth.json optimalIncrementalRevenue ${money(t.groundTruthOptimum)}`,
  );
  lines.push(
    `attributed/true: ${t.attributionModel} attributed revenue / true incremental revenue over the 180 history days`,
  );
  lines.push(`response model: ${t.responseModel}`);
  lines.push(
    `fits: ${t.fits.map((f) => `${f.channel} ${f.status} ${f.method}${f.family ? ` ${f.family} theta=${f.theta}` : ""}${f.shape ? ` shape=${f.shape}` : ""}${f.curvatureLr === undefined ? "" : ` lr=${f.curvatureLr.toFixed(2)}`}`).join("; ")}`,
  );
  return lines.join("\n");
}
