import { optimizeBudget } from "../../core/budget/optimize.ts";
import type { BudgetReport } from "../../core/budget/report.ts";
import type { CampaignAction } from "../../core/recommend/campaigns.ts";
import { breakEvenRoas } from "../../core/recommend/profit.ts";
import { rankRecommendations } from "../../core/recommend/rank.ts";
import type { Recommendation, TrackingGap, UnitRow } from "../../core/recommend/types.ts";
import {
  type BudgetLevel,
  readChannelHistory,
  recentHistoryRange,
  withSpend,
} from "../../db/analytics/channel-history.ts";
import { readIncrementalityInputs } from "../../db/analytics/incrementality-inputs.ts";
import {
  latestDecisions,
  type RecommendationDecision,
  readGrossMargin,
} from "../../db/repositories/recommendations.ts";
import { addDays, daysBetween, localDate } from "../../semantic/query/dates.ts";
import { resolveTimeRange } from "../../semantic/query/time-range.ts";
import { createDetectAnomalies } from "../detect-anomalies/execute.ts";
import { createRecommendBudget, HISTORY_DAYS } from "../recommend-budget/execute.ts";
import { fail, ok, type ToolResult } from "../result.ts";
import type { ToolDeps } from "../shared/deps.ts";
import { runTool } from "../shared/run-tool.ts";
import { campaignEvidence } from "./campaign-evidence.ts";
import { recommendInput } from "./definition.ts";
import { type ActionScope, actionsInScope, readActionScope } from "./scope.ts";

/** How far a single action may move a channel's or campaign's spend (the optimizer's default bound). */
export const ACTION_BOUND = 0.3;
/** Days of data scanned for a tracking outage (ending on the last loaded day). */
export const TRACKING_SCAN_DAYS = 14;

/** What recommend returns. */
export interface RecommendData {
  period: { from: string; to: string; timeZone: string; days: number };
  focus: string;
  grossMargin: number;
  breakEvenRoas: number;
  /** True when the organization has not set its own gross margin (the default is used). */
  currency: string;
  recommendations: (Recommendation & { decision: RecommendationDecision | null })[];
  /** How many actions were found before the limit. */
  found: number;
  /** The channel the actions were narrowed to, or null for every channel. */
  channel: { key: string; label: string } | null;
  /** The platform the actions were narrowed to (and the channels it runs in), or null. */
  platform: ActionScope["platform"];
  provenance: Record<string, unknown>;
}

const cents = (x: number) => Math.round(x * 100) / 100 + 0;

/** Spend over the last `days` days per member, as the optimizer counts current spend. */
function recentSpend(days: readonly { spend: number }[], n: number): number {
  const tail = days.slice(-n);
  const sum = tail.reduce((a, d) => a + d.spend, 0);
  return tail.length === n ? sum : (sum / Math.max(1, tail.length)) * n;
}

/** Each modelled member at its profit-maximizing spend within +/-ACTION_BOUND (target ROAS = break-even). */
function unitsOf(
  report: BudgetReport,
  level: UnitRow["level"],
  labels: Record<string, string>,
  outcome: string,
) {
  return report.channels
    .filter((c) => c.status === "optimized" && c.marginalRoasBefore !== null && c.marginalRoasAfter !== null)
    .map(
      (c): UnitRow => ({
        level,
        key: c.channel,
        label: labels[c.channel] ?? c.channel,
        currentSpend: c.currentSpend,
        currentRevenue: c.currentRevenue,
        targetSpend: c.recommendedSpend,
        targetRevenue: c.expectedRevenue,
        marginalRoasBefore: c.marginalRoasBefore!,
        marginalRoasAfter: c.marginalRoasAfter!,
        revenueChangeInterval: c.revenueChangeInterval,
        outcome,
      }),
    );
}

/**
 * recommend: ranked actions for the planning period from the budget core (fixed-total reallocation
 * across channels; per channel and per campaign, the spend where the next dollar returns break-even
 * within +/-30%) and the anomaly detector (collapsed tracked orders or revenue in the last 14 days
 * of data), each with its expected gross-profit impact, confidence, evidence and the latest
 * recorded decision. The gross margin is the organization's (see db/repositories/recommendations.ts).
 */
export function createRecommend(deps: ToolDeps) {
  return (args: unknown): Promise<ToolResult<RecommendData>> =>
    runTool(recommendInput, args, async (input) => {
      const tz = deps.tenant.timeZone;
      const today = localDate(deps.now, tz);
      const period = resolveTimeRange(input.period ?? { from: today, to: addDays(today, 6) }, deps.now, tz);
      const days = daysBetween(period.from, period.to) + 1;
      if (days > 366) return fail("bad_input", "period: a planning period is at most 366 days");
      const grossMargin = await readGrossMargin(deps.db, deps.tenant.organizationId);
      const breakEven = breakEvenRoas(grossMargin);
      const range = await recentHistoryRange(deps, HISTORY_DAYS);
      const want = (f: string) => input.focus === "all" || input.focus === f;
      const notes: string[] = [
        `Gross margin ${Math.round(grossMargin * 1000) / 10}% (the organization's setting; default 50% until set with PATCH /api/v1/organization): a dollar of spend breaks even when it brings ${breakEven.toFixed(2)} dollars of revenue.`,
        "Expected impact is the change of gross profit (gross margin x revenue change - spend change) over the planning period.",
      ];
      const labels = await channelLabels(deps);
      const read = await readActionScope(deps, input, labels);
      if ("error" in read) return fail("bad_input", read.error);
      const { scope, campaignPlatform } = read;

      let move: BudgetReport["channels"] = [];
      const units: UnitRow[] = [];
      let budgetProvenance: Record<string, unknown> | undefined;
      if (want("budget")) {
        // A move between channels keeps the total: the fixed-total (revenue) split, scored on profit below.
        const split = await createRecommendBudget(deps)({
          period: { from: period.from, to: period.to },
          objective: "revenue",
        });
        if (split.ok) {
          move = split.data.report.channels.filter((c) => c.status === "optimized");
          budgetProvenance = split.data.provenance;
        } else notes.push(`No budget reallocation: ${split.error.message}`);
        const channel = await profitUnits(deps, range, "channel", days, breakEven);
        if (channel) units.push(...channel);
      }
      let campaigns: CampaignAction[] = [];
      let campaignSkips: { key: string; label: string; reason: string }[] = [];
      if (want("campaigns")) {
        const found = await campaignEvidence(deps, range, days, grossMargin);
        campaigns = found.actions;
        campaignSkips = found.skipped;
      }
      const tracking = want("tracking") ? await trackingGaps(deps, range.to) : [];
      if (input.focus === "all")
        notes.push(
          "Channel and campaign actions are each estimated alone from the current spend: their impacts overlap and do not add up.",
        );
      const ranked = rankRecommendations({
        grossMargin,
        period: { from: period.from, to: period.to, days },
        currency: deps.tenant.currency,
        move: move.map((c) => ({
          channel: c.channel,
          currentSpend: c.currentSpend,
          recommendedSpend: c.recommendedSpend,
          revenueChange: c.revenueChange,
          revenueChangeInterval: c.revenueChangeInterval,
          marginalRoasBefore: c.marginalRoasBefore,
          marginalRoasAfter: c.marginalRoasAfter,
        })),
        units,
        campaigns,
        tracking,
        labels,
      });
      // "3 things to fix in paid social" / "in meta ads": the actions that touch that channel or
      // platform (its campaigns; its channel's cut, raise, move or tracking gap), ranked as before.
      const campaignChannel = new Map(campaigns.map((a) => [a.key, a.channel]));
      const scoped = actionsInScope(ranked, scope, campaignChannel, campaignPlatform);
      const kept = scoped.slice(0, input.limit);
      const decisions = await latestDecisions(
        deps.db,
        deps.tenant.organizationId,
        kept.map((r) => r.id),
      );
      return ok({
        period: { from: period.from, to: period.to, timeZone: period.timeZone, days },
        focus: input.focus,
        grossMargin,
        breakEvenRoas: cents(breakEven),
        currency: deps.tenant.currency,
        recommendations: kept.map((r) => ({ ...r, decision: decisions.get(r.id) ?? null })),
        found: scoped.length,
        channel: scope.channel,
        platform: scope.platform,
        provenance: {
          history: range,
          historyDays: HISTORY_DAYS,
          actionBoundPercent: ACTION_BOUND * 100,
          trackingScanDays: TRACKING_SCAN_DAYS,
          attributionModel: deps.tenant.defaultAttributionModel,
          budget: budgetProvenance ?? null,
          campaignsWithoutAction: campaignSkips,
          model:
            "moves: recommend_budget at current total spend (fitted response curves); channel cut/raise: the budget optimizer's target-ROAS scenario with the target at break-even, within +/-30% of current spend; campaign pause/cut/raise: the channel's fitted curve at the channel's spend times the campaign's relative efficiency (attributed ROAS over the channel's, week-jackknife 95% interval), proposed only when the marginal return's 95% interval lies wholly below or above break-even; tracking: detect_anomalies on orders and revenue, a day at or below 20% of its expected value",
          assumptions: notes,
        },
      });
    });
}

/** Channels or campaigns at their profit-maximizing spend, or null when nothing could be fitted. */
async function profitUnits(
  deps: ToolDeps,
  range: { from: string; to: string },
  level: BudgetLevel & "channel",
  days: number,
  breakEven: number,
): Promise<UnitRow[] | null> {
  const read = await readChannelHistory(deps, { ...range, level });
  const history = withSpend(read.history);
  if (history.length === 0) return null;
  const current = history.reduce((a, h) => a + recentSpend(h.days, days), 0);
  if (!(current > 0)) return null;
  const incrementality =
    level === "channel" ? (await readIncrementalityInputs(deps, { ...range })).input : undefined;
  try {
    const report = optimizeBudget(
      {
        // Large enough never to bind: each member stops where its next dollar returns break-even.
        totalBudget: current * (1 + ACTION_BOUND) * 2 + 1,
        periodDays: days,
        scenario: "target_roas",
        targetRoas: breakEven,
        constraints: { defaultBoundPct: ACTION_BOUND },
      },
      history,
      { incrementality },
    );
    const outcome =
      report.responseModel.method === "incremental" ? "incremental" : `attributed (${read.attributionModel})`;
    return unitsOf(report, level, read.labels, outcome);
  } catch (e) {
    // Nothing fittable at this level is not an error of the whole answer: the other actions stand.
    if (e instanceof Error && "code" in e && String((e as { code: unknown }).code).startsWith("core."))
      return null;
    throw e;
  }
}

/** Days in the last TRACKING_SCAN_DAYS of data where tracked orders or revenue collapsed. */
async function trackingGaps(deps: ToolDeps, through: string): Promise<TrackingGap[]> {
  const period = { from: addDays(through, -(TRACKING_SCAN_DAYS - 1)), to: through };
  const gaps: TrackingGap[] = [];
  for (const dimension of [undefined, "channel"] as const) {
    const res = await createDetectAnomalies(deps)({
      metrics: ["orders", "revenue"],
      period,
      ...(dimension ? { dimension } : {}),
    });
    if (!res.ok) continue;
    for (const m of res.data.metrics)
      for (const s of m.series)
        for (const a of s.anomalies)
          if (a.direction === "down")
            gaps.push({
              channel: s.member,
              metric: m.metric,
              from: a.date,
              to: a.to,
              value: a.value,
              expected: a.expected,
              score: a.score,
              severity: a.severity,
            });
  }
  // A day that collapsed overall is one outage, not one per channel.
  const overall = new Set(gaps.filter((g) => g.channel === null).map((g) => g.from));
  return gaps.filter((g) => g.channel === null || !overall.has(g.from));
}

/** Display labels of the organization's channels by key ("paid_social" -> "Paid social"). */
export async function channelLabels(deps: ToolDeps): Promise<Record<string, string>> {
  const rows = await deps.db.query<{ key: string; label: string }>(
    "SELECT key, label FROM channels WHERE organization_id = $1",
    [deps.tenant.organizationId],
  );
  return Object.fromEntries(rows.map((r) => [r.key, r.label]));
}
