/**
 * Campaign truth check: does acting on the top campaign recommendation of `recommend` (pause, cut
 * or raise one campaign) raise TRUE gross profit on the simulator's response curves?
 *
 * Campaign-level truth, derived honestly from how the simulator works: a paid channel's incremental
 * orders are ONE Hill curve of the channel's total adstocked spend (db/simulator/response.ts);
 * campaigns only split that spend (a touch's campaign is drawn by the campaign's share of the
 * channel's clicks, platform conversions are split by spend share; db/simulator/samplers.ts and
 * plan.ts). So a campaign has no response of its own: changing one campaign's spend by x changes its
 * channel's spend by x, and the true effect is the channel curve's, from the channel's current
 * spend. Every campaign of a channel has the channel's true marginal return; a ranking of campaigns
 * inside one channel (one "worse" than another) has no basis in the truth, only the channel's
 * margin does.
 *
 * - The product: recommend with focus 'campaigns' over PLAN_PERIOD at the organization's margin.
 * - Before: each channel at the spend the product calls current (recommend_budget's currentSpend,
 *   as recommend-truth.ts); after: the campaign's channel changed by the recommendation's
 *   spendChange. True revenue as recommend-truth.ts (steady state x mean demand x new-customer AOV).
 */
import { DAYS } from "../../db/simulator/calendar.ts";
import type { GroundTruth } from "../../db/simulator/ground-truth.ts";
import { buildOrgPlan } from "../../db/simulator/plan.ts";
import { steadyResponse } from "../../db/simulator/response.ts";
import { type OrgSpec, PAID_CHANNELS, type PaidChannel } from "../../db/simulator/spec-types.ts";
import { createRecommend } from "../../tools/recommend/execute.ts";
import { createRecommendBudget } from "../../tools/recommend-budget/execute.ts";
import type { ToolDeps } from "../../tools/shared/deps.ts";
import { PLAN_PERIOD } from "./budget-truth.ts";

const PLAN_DAYS = 30;

/** One campaign recommendation scored on the truth. */
export interface CampaignActionTruth {
  rank: number;
  title: string;
  kind: string;
  campaign: string;
  channel: PaidChannel | null;
  predictedProfitChange: number | null;
  spendChange: number;
  /** The product's marginal ROAS of the campaign at current spend (its fitted curve). */
  productMarginalRoas: number | null;
  /** The channel's true marginal ROAS at its current spend (every campaign of the channel shares it). */
  trueMarginalRoas: number | null;
  trueRevenueChange: number | null;
  trueProfitChange: number | null;
}

export interface CampaignTruth {
  slug: string;
  grossMargin: number;
  actions: CampaignActionTruth[];
  /** Campaigns the product left alone, and why (the evidence did not support an action). */
  withoutAction: { key: string; label: string; reason: string }[];
}

/**
 * Score every campaign-level recommendation (top first) on the true channel curves.
 * @example (await evaluateCampaignTruth(deps, truth, spec)).actions[0]?.trueProfitChange
 */
export async function evaluateCampaignTruth(
  deps: ToolDeps,
  truth: GroundTruth,
  spec: OrgSpec,
): Promise<CampaignTruth> {
  const plan = buildOrgPlan(spec, truth.seed, truth.scale);
  const meanDemand = plan.seasonality.demand.reduce((a, b) => a + b, 0) / DAYS;
  const value = meanDemand * spec.aov.newMean;
  const revenue = (c: PaidChannel, periodSpend: number) =>
    steadyResponse(Math.max(0, periodSpend) / PLAN_DAYS, truth.curves[c]) * value * PLAN_DAYS;
  const res = await createRecommend(deps)({ period: PLAN_PERIOD, focus: "campaigns", limit: 20 });
  if (!res.ok) throw new Error(`recommend failed: ${JSON.stringify(res.error)}`);
  const split = await createRecommendBudget(deps)({ period: PLAN_PERIOD });
  if (!split.ok) throw new Error(`recommend_budget failed: ${JSON.stringify(split.error)}`);
  const before = Object.fromEntries(
    PAID_CHANNELS.map((c) => [c, split.data.report.channels.find((r) => r.channel === c)?.currentSpend ?? 0]),
  ) as Record<PaidChannel, number>;
  // Campaign keys may be names or ids: map both to the spec's channel.
  const channelOf = new Map<string, PaidChannel>();
  for (const c of plan.spend.campaigns) {
    channelOf.set(c.name, c.channel);
    channelOf.set(String(c.id), c.channel);
  }
  const margin = res.data.grossMargin;
  const actions = res.data.recommendations
    .filter((r) => r.level === "campaign")
    .map((r): CampaignActionTruth => {
      const key = r.targets[0] ?? "";
      const channel = channelOf.get(key) ?? null;
      const marginal = r.evidence.find((e) => e.label === "marginal ROAS at current spend")?.value ?? null;
      if (!channel)
        return {
          rank: r.rank,
          title: r.title,
          kind: r.kind,
          campaign: key,
          channel,
          predictedProfitChange: r.expectedProfitChange,
          spendChange: r.spendChange ?? 0,
          productMarginalRoas: marginal,
          trueMarginalRoas: null,
          trueRevenueChange: null,
          trueProfitChange: null,
        };
      const spendChange = r.spendChange ?? 0;
      const trueRevenueChange =
        revenue(channel, before[channel] + spendChange) - revenue(channel, before[channel]);
      // Derivative of the steady-state curve at the channel's current daily spend (one cent step).
      const daily = before[channel] / PLAN_DAYS;
      const trueMarginalRoas =
        ((steadyResponse(daily + 0.01, truth.curves[channel]) -
          steadyResponse(daily, truth.curves[channel])) /
          0.01) *
        value;
      return {
        rank: r.rank,
        title: r.title,
        kind: r.kind,
        campaign: key,
        channel,
        predictedProfitChange: r.expectedProfitChange,
        spendChange,
        productMarginalRoas: marginal,
        trueMarginalRoas,
        trueRevenueChange,
        trueProfitChange: margin * trueRevenueChange - spendChange,
      };
    });
  const withoutAction =
    (res.data.provenance.campaignsWithoutAction as CampaignTruth["withoutAction"] | undefined) ?? [];
  return { slug: truth.organization.slug, grossMargin: margin, actions, withoutAction };
}

const money = (x: number | null) =>
  x === null ? "-" : x.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The figures as lines. */
export function formatCampaignTruth(t: CampaignTruth): string {
  const lines = [
    `campaign truth: ${t.slug}, gross margin ${(t.grossMargin * 100).toFixed(0)}% (break-even ROAS ${(1 / t.grossMargin).toFixed(2)}x), planning ${PLAN_PERIOD.from}..${PLAN_PERIOD.to}; a campaign's true response is its channel's curve`,
  ];
  const right = t.actions.filter((a) => a.trueProfitChange !== null && a.trueProfitChange > 0).length;
  lines.push(
    `  ${right} of ${t.actions.length} campaign actions raise true profit; ${t.withoutAction.length} campaigns without an action`,
  );
  for (const w of t.withoutAction) lines.push(`  - no action for ${w.label}: ${w.reason}`);
  if (t.actions.length === 0) return [...lines, "  no campaign-level recommendation"].join("\n");
  for (const a of t.actions) {
    lines.push(
      `  ${a.rank}. ${a.title} [${a.channel ?? "channel unknown"}]: spend change ${money(a.spendChange)}, predicted profit ${money(a.predictedProfitChange)}; ` +
        `marginal ROAS product ${a.productMarginalRoas?.toFixed(2) ?? "-"}x vs true (channel) ${a.trueMarginalRoas?.toFixed(2) ?? "-"}x; ` +
        `TRUE revenue change ${money(a.trueRevenueChange)}, TRUE profit change ${money(a.trueProfitChange)}` +
        (a.trueProfitChange === null
          ? ""
          : a.trueProfitChange > 0
            ? " (raises true profit)"
            : " (does NOT raise true profit)"),
    );
  }
  return lines.join("\n");
}
