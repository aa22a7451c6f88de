/**
 * Recommendation truth check: does acting on the top budget recommendation of `recommend` raise
 * TRUE gross profit on the simulator's response curves, and by how much?
 *
 * - The product: recommend (tools/recommend/execute.ts) with focus 'budget' over PLAN_PERIOD (the
 *   30 days after the data ends), at the organization's gross margin (default 50%). The top budget
 *   recommendation is the first channel-level one (a move between channels, a cut or a raise).
 * - Before: each paid channel at the spend the product calls current (its last 30 days, the budget
 *   report's currentSpend). After: the recommendation applied (a move takes `amount` from one
 *   channel and gives it to the other; a cut or raise sets the channel's spend to the target).
 * - True revenue of a channel at daily spend x over the 30 days: the simulator's steady state
 *   (db/simulator/response.ts steadyResponse: adstock settled, Hill curve) x mean demand index x
 *   new-customer AOV x 30, as budget-truth.ts scores splits. True profit change = margin x true
 *   revenue change - spend change. Both are incremental (what the spend causes), like the curves.
 */
import { DAYS } from "../../db/simulator/calendar.ts";
import type { GroundTruth } from "../../db/simulator/ground-truth.ts";
import { buildOrgPlan } from "../../db/simulator/plan.ts";
import { steadyResponse } from "../../db/simulator/response.ts";
import { type OrgSpec, PAID_CHANNELS, type PaidChannel } from "../../db/simulator/spec-types.ts";
import { createRecommend, type RecommendData } from "../../tools/recommend/execute.ts";
import { createRecommendBudget } from "../../tools/recommend-budget/execute.ts";
import type { ToolDeps } from "../../tools/shared/deps.ts";
import { PLAN_PERIOD } from "./budget-truth.ts";

const PLAN_DAYS = 30;

/** The check's figures for one organization. */
export interface RecommendTruth {
  slug: string;
  grossMargin: number;
  /** The ranked list as the product returned it (focus 'all', top 5). */
  ranked: RecommendData["recommendations"];
  top: { id: string; title: string; predictedProfitChange: number | null } | null;
  before: Record<PaidChannel, number>;
  after: Record<PaidChannel, number>;
  trueRevenueChange: number;
  spendChange: number;
  trueProfitChange: number;
  /** True profit of the current split over the period (margin x true revenue - spend), for scale. */
  trueProfitBefore: number;
}

const per = <T>(f: (c: PaidChannel) => T) =>
  Object.fromEntries(PAID_CHANNELS.map((c) => [c, f(c)])) as Record<PaidChannel, T>;

/**
 * Evaluate the top budget recommendation on the true curves.
 * @example (await evaluateRecommendTruth(deps, truth, spec)).trueProfitChange > 0
 */
export async function evaluateRecommendTruth(
  deps: ToolDeps,
  truth: GroundTruth,
  spec: OrgSpec,
): Promise<RecommendTruth> {
  const plan = buildOrgPlan(spec, truth.seed, truth.scale);
  const meanDemand = plan.seasonality.demand.reduce((a, b) => a + b, 0) / DAYS;
  const revenue = (c: PaidChannel, periodSpend: number) =>
    steadyResponse(periodSpend / PLAN_DAYS, truth.curves[c]) * meanDemand * spec.aov.newMean * PLAN_DAYS;

  const all = await createRecommend(deps)({ period: PLAN_PERIOD, focus: "all", limit: 5 });
  if (!all.ok) throw new Error(`recommend failed: ${JSON.stringify(all.error)}`);
  const budget = await createRecommend(deps)({ period: PLAN_PERIOD, focus: "budget", limit: 20 });
  if (!budget.ok) throw new Error(`recommend failed: ${JSON.stringify(budget.error)}`);
  // Current spend per channel as the product counts it (the budget report over the same period).
  const split = await createRecommendBudget(deps)({ period: PLAN_PERIOD });
  if (!split.ok) throw new Error(`recommend_budget failed: ${JSON.stringify(split.error)}`);
  const before = per((c) => split.data.report.channels.find((r) => r.channel === c)?.currentSpend ?? 0);
  const after = { ...before };
  const top = budget.data.recommendations.find((r) => r.level === "channel") ?? null;
  if (top?.kind === "move_budget") {
    const amount = top.evidence.find((e) => e.label === "spend moved")!.value;
    after[top.targets[0] as PaidChannel] -= amount;
    after[top.targets[1] as PaidChannel] += amount;
  } else if (top) {
    const target = top.evidence.find((e) => e.label === "recommended spend")!.value;
    after[top.targets[0] as PaidChannel] = target;
  }
  const margin = budget.data.grossMargin;
  const trueRevenueChange = PAID_CHANNELS.reduce(
    (s, c) => s + revenue(c, after[c]) - revenue(c, before[c]),
    0,
  );
  const spendChange = PAID_CHANNELS.reduce((s, c) => s + after[c] - before[c], 0);
  const revenueBefore = PAID_CHANNELS.reduce((s, c) => s + revenue(c, before[c]), 0);
  const spendBefore = PAID_CHANNELS.reduce((s, c) => s + before[c], 0);
  return {
    slug: truth.organization.slug,
    grossMargin: margin,
    ranked: all.data.recommendations,
    top: top ? { id: top.id, title: top.title, predictedProfitChange: top.expectedProfitChange } : null,
    before,
    after,
    trueRevenueChange,
    spendChange,
    trueProfitChange: margin * trueRevenueChange - spendChange,
    trueProfitBefore: margin * revenueBefore - spendBefore,
  };
}

const money = (x: number) =>
  x.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The figures as lines. */
export function formatRecommendTruth(t: RecommendTruth): string {
  const lines = [
    `recommend truth: ${t.slug}, gross margin ${(t.grossMargin * 100).toFixed(0)}%, planning ${PLAN_PERIOD.from}..${PLAN_PERIOD.to}`,
    "ranked (focus all):",
    ...t.ranked.map(
      (r) =>
        `  ${r.rank}. [${r.kind}, ${r.confidence}] ${r.title}: money at stake ${money(r.moneyAtStake)}, expected profit change ${r.expectedProfitChange === null ? "-" : money(r.expectedProfitChange)}`,
    ),
  ];
  if (!t.top) return [...lines, "no channel-level budget recommendation"].join("\n");
  lines.push(
    `top budget recommendation: ${t.top.title} (${t.top.id}); predicted gross profit change ${t.top.predictedProfitChange === null ? "-" : money(t.top.predictedProfitChange)}`,
    `spend per channel before -> after: ${PAID_CHANNELS.map((c) => `${c} ${money(t.before[c])} -> ${money(t.after[c])}`).join("; ")}`,
    `TRUE (simulator curves): incremental revenue change ${money(t.trueRevenueChange)}, spend change ${money(t.spendChange)}, gross profit change ${money(t.trueProfitChange)} (${t.trueProfitChange > 0 ? "raises" : "does not raise"} true profit; true profit of the current split ${money(t.trueProfitBefore)})`,
  );
  return lines.join("\n");
}
