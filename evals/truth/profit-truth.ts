/**
 * Profit truth check (issue #12 item 4): the product's budget recommendation (recommend_budget with
 * its default objective, gross profit) scored on the simulator's TRUE response curves against the
 * TRUE profit optimum, and the share of recommended dollars whose TRUE marginal return is below
 * break-even (target 0).
 *
 * - Budget: the average monthly paid budget of the ground truth pro-rated to PLAN_PERIOD's 30 days
 *   (as budget-truth.ts asks). Gross margin: the organization's (default 50%).
 * - True revenue of a channel at spend x over the 30 days: steadyResponse(x / 30) x mean demand x
 *   new-customer AOV x 30 (as recommend-truth.ts). True profit of a split: margin x sum of true
 *   revenue - sum of spend. Both are incremental: what the spend causes.
 * - True profit optimum: max over total spend T <= budget of margin x (best true revenue split of T,
 *   db/simulator/response.ts optimalSplit) - T; a grid of 40 totals, then golden-section around the
 *   best. Unconstrained per channel, like ground-truth.json's optimum (the product keeps each
 *   channel within its bounds, default +/-30% of current spend).
 * - Dollars below break-even: per channel, spend beyond the largest x' <= x where margin x the
 *   true marginal revenue (central difference) is still >= 1; all of x when no such point exists.
 * - Beside it: the same request with objective 'revenue' (the old optimizer) and with
 *   maxChangePercent 1000 (money moved freely), and the current split, each scored the same way.
 */
import { DAYS } from "../../db/simulator/calendar.ts";
import type { GroundTruth } from "../../db/simulator/ground-truth.ts";
import { buildOrgPlan } from "../../db/simulator/plan.ts";
import { optimalSplit, steadyResponse } from "../../db/simulator/response.ts";
import { type OrgSpec, PAID_CHANNELS, type PaidChannel } from "../../db/simulator/spec-types.ts";
import { MAX_CHANGE_PERCENT } from "../../tools/recommend-budget/definition.ts";
import { createRecommendBudget } from "../../tools/recommend-budget/execute.ts";
import type { ToolDeps } from "../../tools/shared/deps.ts";
import { PLAN_PERIOD } from "./budget-truth.ts";

const PLAN_DAYS = 30;
type Split = Record<PaidChannel, number>;

/** One split scored on the true curves. */
export interface ProfitScored {
  spend: Split;
  totalSpend: number;
  trueRevenue: number;
  trueProfit: number;
  /** True marginal revenue per dollar at the split's spend, per channel. */
  trueMarginalRoas: Split;
  /** Dollars past true break-even, per channel and in total, and their share of total spend. */
  belowBreakEven: Split;
  belowBreakEvenTotal: number;
  belowBreakEvenShare: number;
}

/** The check's figures for one organization. */
export interface ProfitTruth {
  slug: string;
  seed: number;
  grossMargin: number;
  budget: number;
  optimum: ProfitScored;
  recommended: ProfitScored;
  recommendedWide: ProfitScored;
  revenueObjective: ProfitScored;
  current: ProfitScored;
  /** What the product said it would spend and the share it expected to leave unspent. */
  productUnspent: number;
}

const per = <T>(f: (c: PaidChannel) => T) =>
  Object.fromEntries(PAID_CHANNELS.map((c) => [c, f(c)])) as Record<PaidChannel, T>;

/**
 * Evaluate the product's profit recommendation on the true curves.
 * @example (await evaluateProfitTruth(deps, truth, spec)).recommended.trueProfit / t.optimum.trueProfit
 */
export async function evaluateProfitTruth(
  deps: ToolDeps,
  truth: GroundTruth,
  spec: OrgSpec,
): Promise<ProfitTruth> {
  const plan = buildOrgPlan(spec, truth.seed, truth.scale);
  const meanDemand = plan.seasonality.demand.reduce((a, b) => a + b, 0) / DAYS;
  const valuePerPeriod = meanDemand * spec.aov.newMean * PLAN_DAYS;
  const revenue = (c: PaidChannel, x: number) =>
    steadyResponse(x / PLAN_DAYS, truth.curves[c]) * valuePerPeriod;
  const monthlyBudget = PAID_CHANNELS.reduce((s, c) => s + truth.spendByChannel[c], 0) / 12;
  const budget = (monthlyBudget * PLAN_DAYS) / (DAYS / 12);

  const base = await createRecommendBudget(deps)({ totalBudget: budget, period: PLAN_PERIOD });
  if (!base.ok) throw new Error(`recommend_budget failed: ${JSON.stringify(base.error)}`);
  const margin = base.data.grossMargin!;
  const marginal = (c: PaidChannel, x: number) => {
    const h = Math.max(0.01, x * 1e-6);
    return (revenue(c, x + h) - revenue(c, Math.max(0, x - h))) / (x + h - Math.max(0, x - h));
  };
  const overBreakEven = (c: PaidChannel, x: number) => {
    if (x <= 0 || margin * marginal(c, x) >= 1) return 0;
    // Largest point below x where the true marginal dollar still breaks even.
    let lo = -1;
    for (let k = 400; k >= 1; k--) {
      if (margin * marginal(c, (x * k) / 400) >= 1) {
        lo = (x * k) / 400;
        break;
      }
    }
    if (lo < 0) return x;
    let hi = Math.min(x, lo + x / 400);
    for (let i = 0; i < 80; i++) {
      const mid = (lo + hi) / 2;
      if (margin * marginal(c, mid) >= 1) lo = mid;
      else hi = mid;
    }
    return x - lo;
  };
  const score = (spend: Split): ProfitScored => {
    const totalSpend = PAID_CHANNELS.reduce((s, c) => s + spend[c], 0);
    const trueRevenue = PAID_CHANNELS.reduce((s, c) => s + revenue(c, spend[c]), 0);
    const below = per((c) => overBreakEven(c, spend[c]));
    const belowTotal = PAID_CHANNELS.reduce((s, c) => s + below[c], 0);
    return {
      spend,
      totalSpend,
      trueRevenue,
      trueProfit: margin * trueRevenue - totalSpend,
      trueMarginalRoas: per((c) => marginal(c, spend[c])),
      belowBreakEven: below,
      belowBreakEvenTotal: belowTotal,
      belowBreakEvenShare: totalSpend > 0 ? belowTotal / totalSpend : 0,
    };
  };
  const fromReport = (rows: readonly { channel: string; recommendedSpend: number }[]) =>
    per((c) => rows.find((r) => r.channel === c)?.recommendedSpend ?? 0);

  const curves = PAID_CHANNELS.map((c) => truth.curves[c]);
  const bestAt = (total: number) => {
    if (total <= 0) return { total, profit: 0, shares: PAID_CHANNELS.map(() => 0) };
    const s = optimalSplit(total / PLAN_DAYS, curves, valuePerPeriod);
    return { total, profit: margin * s.value - total, shares: s.shares };
  };
  const steps = 40;
  const grid = Array.from({ length: steps + 1 }, (_, k) => bestAt((budget * k) / steps));
  let k = 0;
  for (let i = 1; i <= steps; i++) if (grid[i]!.profit > grid[k]!.profit) k = i;
  let best = grid[k]!;
  let lo = grid[Math.max(0, k - 1)]!.total;
  let hi = grid[Math.min(steps, k + 1)]!.total;
  const g = (Math.sqrt(5) - 1) / 2;
  let a = bestAt(hi - g * (hi - lo));
  let b = bestAt(lo + g * (hi - lo));
  for (let i = 0; i < 30 && hi - lo > 1; i++) {
    if (a.profit >= b.profit) {
      hi = b.total;
      b = a;
      a = bestAt(hi - g * (hi - lo));
    } else {
      lo = a.total;
      a = b;
      b = bestAt(lo + g * (hi - lo));
    }
  }
  for (const cand of [a, b]) if (cand.profit > best.profit) best = cand;
  const optimum = score(per((c) => best.shares[PAID_CHANNELS.indexOf(c)]! * best.total));

  const wide = await createRecommendBudget(deps)({
    totalBudget: budget,
    period: PLAN_PERIOD,
    maxChangePercent: MAX_CHANGE_PERCENT,
  });
  const rev = await createRecommendBudget(deps)({
    totalBudget: budget,
    period: PLAN_PERIOD,
    objective: "revenue",
  });
  if (!wide.ok || !rev.ok) throw new Error("recommend_budget (wide or revenue) failed");
  const report = base.data.report;
  const currentTotal = report.channels.reduce((s, r) => s + r.currentSpend, 0);
  return {
    slug: truth.organization.slug,
    seed: truth.seed,
    grossMargin: margin,
    budget,
    optimum,
    recommended: score(fromReport(report.channels)),
    recommendedWide: score(fromReport(wide.data.report.channels)),
    revenueObjective: score(fromReport(rev.data.report.channels)),
    current: score(
      per((c) => ((report.channels.find((r) => r.channel === c)?.currentSpend ?? 0) * budget) / currentTotal),
    ),
    productUnspent: report.profit?.unspentBudget?.unspent ?? 0,
  };
}

const money = (x: number) =>
  x.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/** The figures as a table. */
export function formatProfitTruth(t: ProfitTruth): string {
  const cols: [string, ProfitScored][] = [
    ["true optimum", t.optimum],
    ["recommended", t.recommended],
    ["rec. wide", t.recommendedWide],
    ["revenue obj.", t.revenueObjective],
    ["current", t.current],
  ];
  const head = ["channel", ...cols.map(([n]) => n)];
  const rows = PAID_CHANNELS.map((c) => [
    c,
    ...cols.map(([, s]) => `${money(s.spend[c])} (m${s.trueMarginalRoas[c].toFixed(2)})`),
  ]);
  rows.push(["total spend", ...cols.map(([, s]) => money(s.totalSpend))]);
  rows.push(["TRUE profit", ...cols.map(([, s]) => money(s.trueProfit))]);
  // A share of the optimum means something only when the optimum makes money; else the gap.
  const vs = (s: ProfitScored) =>
    t.optimum.trueProfit > 0
      ? pct(s.trueProfit / t.optimum.trueProfit)
      : `gap ${money(t.optimum.trueProfit - s.trueProfit)}`;
  rows.push(["vs optimum", ...cols.map(([, s]) => vs(s))]);
  rows.push(["$ below b/e", ...cols.map(([, s]) => money(s.belowBreakEvenTotal))]);
  rows.push(["share below", ...cols.map(([, s]) => pct(s.belowBreakEvenShare))]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) =>
    r.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join("  ");
  return [
    `profit truth: ${t.slug}, seed ${t.seed}, gross margin ${pct(t.grossMargin)} (break-even marginal ROAS ${(1 / t.grossMargin).toFixed(2)}), budget ${money(t.budget)} over ${PLAN_PERIOD.from}..${PLAN_PERIOD.to}; spend (true marginal ROAS at it) and TRUE incremental gross profit`,
    fmt(head),
    ...rows.map(fmt),
    `recommended true profit vs true profit optimum ${vs(t.recommended)}${t.optimum.trueProfit > 0 ? "" : " (the true optimum spends nothing: no paid dollar pays for itself at this margin)"}; share of recommended dollars below true break-even ${pct(t.recommended.belowBreakEvenShare)} (${money(t.recommended.belowBreakEvenTotal)}); the product left ${money(t.productUnspent)} unspent`,
  ].join("\n");
}
