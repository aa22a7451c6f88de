/**
 * Daily spend and attributed outcome per channel, platform or campaign: the history the budget
 * optimizer fits response curves to. Read through the semantic layer (spend and attributed_revenue
 * or attributed_conversions by date and the member dimension), with days that have no rows filled
 * as zeros (no ad-spend row means nothing was spent and nothing attributed).
 */
import type { ChannelHistory } from "../../core/budget/prepare.ts";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { addDays, daysBetween } from "../../semantic/query/dates.ts";
import type { DateRange, Filter } from "../../semantic/query/types.ts";
import { type AnalyticsDeps, attributionModelOf, memberKey, runMetricQuery, tenantToday } from "./deps.ts";

/** The dimensions a budget can be split along. */
export type BudgetLevel = "channel" | "platform" | "campaign";

/** What a channel history is read for. */
export interface ChannelHistoryOptions extends DateRange {
  level?: BudgetLevel;
  /** Attribution model for the outcome; default: the organization's. */
  attributionModel?: string;
  /** revenue (attributed_revenue, default) or orders (attributed_conversions). */
  outcome?: "revenue" | "orders";
  filters?: Filter[];
}

/** Channel history plus where it came from. */
export interface ChannelHistoryResult {
  /** One entry per member with at least one row in the range, sorted by key. */
  history: ChannelHistory[];
  /** Campaign names by key (campaign level only). */
  labels: Record<string, string>;
  range: DateRange & { timeZone: string };
  outcomeMetric: "attributed_revenue" | "attributed_conversions";
  attributionModel: string;
  provenance: MetricResult["provenance"];
}

/** Every date from `from` to `to`, inclusive. */
export function daysOf(range: DateRange): string[] {
  const n = daysBetween(range.from, range.to) + 1;
  return Array.from({ length: Math.max(0, n) }, (_, i) => addDays(range.from, i));
}

/**
 * Daily spend and attributed outcome per member over `from..to` (org-local dates).
 * @example
 * const h = await readChannelHistory(deps, { from: "2026-05-05", to: "2026-10-31" });
 * h.history[0]; // { channel: "affiliate", days: [{ date: "2026-05-05", spend: 120.5, revenue: 310 }, ...] }
 */
export async function readChannelHistory(
  deps: AnalyticsDeps,
  opts: ChannelHistoryOptions,
): Promise<ChannelHistoryResult> {
  const level = opts.level ?? "channel";
  const outcomeMetric = opts.outcome === "orders" ? "attributed_conversions" : "attributed_revenue";
  const attributionModel = attributionModelOf(deps, opts.attributionModel);
  const result = await runMetricQuery(
    deps,
    {
      metrics: ["spend", outcomeMetric],
      dimensions: ["date", level],
      grain: "day",
      filters: opts.filters ?? [],
      timeRange: { from: opts.from, to: opts.to },
      attributionModel,
    },
    { totals: false }, // only the rows are read
  );
  const byMember = new Map<string, Map<string, { spend: number; revenue: number }>>();
  const labels: Record<string, string> = {};
  for (const row of result.rows) {
    const key = memberKey(row[level]);
    if (level === "campaign" && typeof row.campaign_name === "string") labels[key] = row.campaign_name;
    let days = byMember.get(key);
    if (!days) {
      days = new Map();
      byMember.set(key, days);
    }
    const date = String(row.date);
    const cell = days.get(date) ?? { spend: 0, revenue: 0 };
    cell.spend += Number(row.spend ?? 0);
    cell.revenue += Number(row[outcomeMetric] ?? 0);
    days.set(date, cell);
  }
  const dates = daysOf(opts);
  const history = [...byMember.keys()].sort().map(
    (channel): ChannelHistory => ({
      channel,
      days: dates.map((date) => {
        const cell = byMember.get(channel)!.get(date);
        return { date, spend: cell?.spend ?? 0, revenue: cell?.revenue ?? 0 };
      }),
    }),
  );
  return {
    history,
    labels,
    range: { from: opts.from, to: opts.to, timeZone: deps.tenant.timeZone },
    outcomeMetric,
    attributionModel,
    provenance: result.provenance,
  };
}

/** Members that spent something in the range (the ones a budget can move). */
export function withSpend(history: readonly ChannelHistory[]): ChannelHistory[] {
  return history.filter((h) => h.days.some((d) => d.spend > 0));
}

/**
 * The last `days` complete days of data: ending yesterday in the org's time zone, or on the last
 * day loaded into ad_spend_daily when that is earlier (so stale data does not read as zero spend).
 */
export async function recentHistoryRange(deps: AnalyticsDeps, days: number): Promise<DateRange> {
  const [row] = await deps.db.query<{ through: string | null }>(
    "SELECT max(date)::text AS through FROM ad_spend_daily WHERE organization_id = $1",
    [deps.tenant.organizationId],
  );
  const yesterday = addDays(tenantToday(deps), -1);
  const through = row?.through && row.through < yesterday ? row.through : yesterday;
  return { from: addDays(through, -(days - 1)), to: through };
}
