import { compareFunnels, type FunnelComparison } from "../../core/funnel/compare.ts";
import { addFunnelCounts, buildFunnel, type Funnel, type FunnelCounts } from "../../core/funnel/funnel.ts";
import { resolveTimeRange } from "../../semantic/query/time-range.ts";
import type { ResolvedTimeRange } from "../../semantic/query/types.ts";
import { fail, ok, type ToolResult } from "../result.ts";
import type { ToolDeps } from "../shared/deps.ts";
import { runTool } from "../shared/run-tool.ts";
import { funnelInput } from "./definition.ts";

/** What each step counts, stated in every answer's provenance. */
export const FUNNEL_DEFINITIONS = {
  impressions: "Ad impressions reported by the ad platforms (paid channels only).",
  clicks: "Ad clicks reported by the ad platforms (paid channels only).",
  sessions: "Website sessions; clicks -> sessions is taken over the paid channels' sessions only.",
  engaged_sessions: "Sessions that did not bounce (sessions - bounces).",
  add_to_carts: "Sessions that added a product to the cart.",
  checkouts: "Sessions that started a checkout.",
  orders:
    "Orders placed in the period; by channel, the orders whose last touch was that channel (attribution's last-touch model; orders with no touch count as direct).",
} as const;

/** One channel's funnel. */
export interface ChannelFunnel {
  channel: string;
  label: string;
  paid: boolean;
  counts: FunnelCounts;
  funnel: Funnel;
}

export interface FunnelData {
  period: ResolvedTimeRange;
  /** The one channel asked for, when the funnel is filtered to it. */
  channel?: string;
  counts: FunnelCounts;
  funnel: Funnel;
  /** Per channel, most sessions first (when asked by channel). */
  byChannel?: ChannelFunnel[];
  /** Orders in the period with no last-touch credit row (0 once attribution is refreshed). */
  unassignedOrders: number;
  /** The same funnel (overall or the one channel) over the comparison period, when one was asked for. */
  comparison?: { period: ResolvedTimeRange; counts: FunnelCounts; funnel: Funnel; changes: FunnelComparison };
  channelLabels: Record<string, string>;
  provenance: {
    definitions: typeof FUNNEL_DEFINITIONS;
    timeRange: ResolvedTimeRange;
    attributionModel: "last_touch";
    dataFreshness: { sessionsThrough: string | null };
    sql: string[];
  };
}

const CHANNELS_SQL = `SELECT ch.key, ch.label, ch.is_paid FROM channels ch WHERE ch.organization_id = $1`;
const SESSIONS_SQL = `SELECT s.channel, sum(s.sessions)::int AS sessions, sum(s.sessions - s.bounces)::int AS engaged, sum(s.add_to_carts)::int AS carts, sum(s.checkouts)::int AS checkouts
FROM web_sessions_daily s WHERE s.organization_id = $1 AND s.date BETWEEN $2 AND $3 GROUP BY s.channel`;
const ADS_SQL = `SELECT a.channel, sum(a.impressions)::bigint AS impressions, sum(a.clicks)::bigint AS clicks
FROM ad_spend_daily a WHERE a.organization_id = $1 AND a.date BETWEEN $2 AND $3 GROUP BY a.channel`;
const CHANNEL_ORDERS_SQL = `SELECT ar.channel, count(DISTINCT ar.order_id)::int AS orders
FROM attribution_results ar WHERE ar.organization_id = $1 AND ar.model = 'last_touch'
  AND ar.conversion_ts >= ($2::date)::timestamp AT TIME ZONE $4 AND ar.conversion_ts < ($3::date + 1)::timestamp AT TIME ZONE $4
GROUP BY ar.channel`;
const ORDERS_SQL = `SELECT count(*)::int AS orders FROM conversions c WHERE c.organization_id = $1
  AND c.ts >= ($2::date)::timestamp AT TIME ZONE $4 AND c.ts < ($3::date + 1)::timestamp AT TIME ZONE $4`;
const FRESHNESS_SQL = `SELECT max(s.date)::text AS through FROM web_sessions_daily s WHERE s.organization_id = $1`;

const num = (v: unknown): number => Number(v ?? 0);

/**
 * funnel: sums the period's funnel counts per channel from web_sessions_daily, ad_spend_daily and
 * last-touch attribution, then computes step rates and drops in core/funnel. The model only picks
 * the period and the breakdown.
 */
export function createFunnel(deps: ToolDeps) {
  return (args: unknown): Promise<ToolResult<FunnelData>> =>
    runTool(funnelInput, args, async (input) => {
      const { organizationId, timeZone } = deps.tenant;
      const period = resolveTimeRange(input.period, deps.now, timeZone);
      const channels = await deps.db.query<{ key: string; label: string; is_paid: boolean }>(CHANNELS_SQL, [
        organizationId,
      ]);
      if (input.channel && !channels.some((c) => c.key === input.channel))
        return fail(
          "unknown_value",
          `No channel '${input.channel}'.`,
          channels.map((c) => c.key),
        );
      const m = await measure(deps, channels, input.channel, period);
      const [fresh] = await deps.db.query<{ through: string | null }>(FRESHNESS_SQL, [organizationId]);
      const base = input.compareTo ? resolveTimeRange(input.compareTo, deps.now, timeZone) : undefined;
      const before = base ? await measure(deps, channels, input.channel, base) : undefined;
      const funnel = buildFunnel(m.counts);
      const data: FunnelData = {
        period,
        ...(input.channel ? { channel: input.channel } : {}),
        counts: m.counts,
        funnel,
        ...(input.byChannel && !input.channel ? { byChannel: m.perChannel } : {}),
        unassignedOrders: m.unassigned,
        ...(base && before
          ? {
              comparison: {
                period: base,
                counts: before.counts,
                funnel: buildFunnel(before.counts),
                changes: compareFunnels(funnel, buildFunnel(before.counts)),
              },
            }
          : {}),
        channelLabels: Object.fromEntries(channels.map((c) => [c.key, c.label])),
        provenance: {
          definitions: FUNNEL_DEFINITIONS,
          timeRange: period,
          attributionModel: "last_touch",
          dataFreshness: { sessionsThrough: fresh?.through ?? null },
          sql: [SESSIONS_SQL, ADS_SQL, CHANNEL_ORDERS_SQL, ORDERS_SQL, CHANNELS_SQL, FRESHNESS_SQL],
        },
      };
      return ok(data);
    });
}

/** One period's funnel counts, overall (or the one channel's) and per channel. */
async function measure(
  deps: ToolDeps,
  channels: readonly { key: string; label: string; is_paid: boolean }[],
  channel: string | undefined,
  period: ResolvedTimeRange,
): Promise<{ counts: FunnelCounts; perChannel: ChannelFunnel[]; unassigned: number }> {
  const { organizationId, timeZone } = deps.tenant;
  const range = [organizationId, period.from, period.to];
  const sessions = await deps.db.query(SESSIONS_SQL, range);
  const ads = await deps.db.query(ADS_SQL, range);
  const channelOrders = await deps.db.query(CHANNEL_ORDERS_SQL, [...range, timeZone]);
  const [total] = await deps.db.query(ORDERS_SQL, [...range, timeZone]);

  const byKey = (rows: Record<string, unknown>[]) => new Map(rows.map((r) => [String(r.channel), r]));
  const s = byKey(sessions);
  const a = byKey(ads);
  const o = byKey(channelOrders);
  const perChannel: ChannelFunnel[] = channels
    .filter((c) => s.has(c.key) || a.has(c.key) || o.has(c.key))
    .map((c) => {
      const sr = s.get(c.key);
      const ar = a.get(c.key);
      const hasAds = c.is_paid || ar !== undefined;
      const counts: FunnelCounts = {
        impressions: hasAds ? num(ar?.impressions) : null,
        clicks: hasAds ? num(ar?.clicks) : null,
        sessions: num(sr?.sessions),
        engagedSessions: num(sr?.engaged),
        addToCarts: num(sr?.carts),
        checkouts: num(sr?.checkouts),
        orders: num(o.get(c.key)?.orders),
        paidSessions: hasAds ? num(sr?.sessions) : 0,
      };
      return { channel: c.key, label: c.label, paid: hasAds, counts, funnel: buildFunnel(counts) };
    })
    .sort((x, y) => y.counts.sessions - x.counts.sessions || (x.channel < y.channel ? -1 : 1));

  const totalOrders = num(total?.orders);
  const assigned = perChannel.reduce((n, c) => n + c.counts.orders, 0);
  const only = channel ? perChannel.find((c) => c.channel === channel) : undefined;
  let counts: FunnelCounts;
  if (channel) {
    counts = only?.counts ?? {
      impressions: null,
      clicks: null,
      sessions: 0,
      engagedSessions: 0,
      addToCarts: 0,
      checkouts: 0,
      orders: 0,
    };
  } else {
    const empty: FunnelCounts = {
      impressions: null,
      clicks: null,
      sessions: 0,
      engagedSessions: 0,
      addToCarts: 0,
      checkouts: 0,
      orders: 0,
      paidSessions: 0,
    };
    // The overall orders are every order of the period, with or without a credit row.
    counts = { ...perChannel.reduce((t, c) => addFunnelCounts(t, c.counts), empty), orders: totalOrders };
  }
  return { counts, perChannel, unassigned: Math.max(0, totalOrders - assigned) };
}
