import { type AssistRow, assistedConversions } from "../../core/journeys/assists.ts";
import { type ClosedAfterSummary, closedAfter } from "../../core/journeys/closed-after.ts";
import {
  crossingsInto,
  type FirstChannelCrossing,
  type FirstLastSummary,
  firstToLastTouch,
  type PathShareSummary,
  pathShare,
} from "../../core/journeys/first-last.ts";
import {
  type PathLengthSummary,
  type PathRow,
  pathChannels,
  pathLabel,
  pathLengths,
  topPaths,
} from "../../core/journeys/paths.ts";
import {
  type FirstTouchGroup,
  type TimeToConvert,
  timeToConvert,
  timeToConvertByFirstTouch,
} from "../../core/journeys/time-to-convert.ts";
import { type PickedCustomer, pickCustomer, pickCustomerSql } from "../../db/journeys/pick-customer.ts";
import { readCustomerHistory } from "../../db/journeys/read-customer.ts";
import { readPeriodJourneys } from "../../db/journeys/read-period.ts";
import { resolveTimeRange } from "../../semantic/query/time-range.ts";
import type { ResolvedTimeRange } from "../../semantic/query/types.ts";
import { ok, type ToolResult } from "../result.ts";
import type { ToolDeps } from "../shared/deps.ts";
import { runTool } from "../shared/run-tool.ts";
import {
  ORDER_TYPE_SQL,
  type PathLengthByFirstTouch,
  pathLengthByFirstTouch,
  readOrderTypes,
  scopeByCustomerType,
} from "./customer-scope.ts";
import { journeysInput } from "./definition.ts";

/** The journey rules every answer states, so a reader knows what a "path" is here. */
export const JOURNEY_RULES =
  "A journey is the customer's touches within the attribution lookback before an order, counting only touches after their previous order (the same journeys the attribution models credit).";

/** One customer's timeline, for the 'customer' analysis. */
export interface CustomerTimeline {
  customerId: number;
  found: boolean;
  touches: { at: string; channel: string; campaign: string | null; sourceMedium: string }[];
  orders: {
    orderId: string;
    at: string;
    revenue: number;
    touches: number;
    path: string;
    daysToConvert: number | null;
  }[];
}

export interface JourneysData {
  analysis: "top_paths" | "path_length" | "time_to_convert" | "assists" | "first_last" | "customer";
  period?: ResolvedTimeRange;
  lookbackDays: number;
  collapseRepeats: boolean;
  /** Orders in the period and their revenue (all of them, with or without a tracked touch). */
  orders: number;
  revenue: number;
  topPaths?: PathRow[];
  /**
   * fix8f: top_paths over only the journeys whose first touch is on one of these channels or ad
   * platforms; `orders` and `revenue` then count those journeys, `allOrders` every order.
   */
  firstTouchScope?: {
    keys: string[];
    kinds: ("channel" | "platform")[];
    allOrders: number;
    /** fix14c: "paths with display anywhere in them": a touch at any step, not the first. */
    position?: "anywhere";
  };
  /** Paths beyond `limit`, summed. */
  otherPaths?: { paths: number; orders: number; revenue: number };
  pathLength?: PathLengthSummary;
  /** fix13d: only new (or returning) customers' orders were read; `allOrders` counts every order. */
  customerScope?: { type: "new" | "returning"; allOrders: number };
  /** fix13d: path_length with firstTouch: the summary of the journeys that began on each. */
  pathLengthByFirstTouch?: PathLengthByFirstTouch[];
  /** path_length with byCustomerType (fix8e): the same summary for new and for returning customers' orders. */
  pathLengthByCustomerType?: { new: PathLengthSummary; returning: PathLengthSummary };
  timeToConvert?: TimeToConvert & {
    /** fix6c: the first touches asked about, side by side (a platform is read from the touch's campaign). */
    byFirstTouch?: (FirstTouchGroup & { kind: "channel" | "platform" })[];
  };
  assists?: AssistRow[];
  /** first_last: first-touch -> last-touch pairs, and the first channel asked about if any. */
  firstLast?: FirstLastSummary & {
    firstChannel?: string;
    lastChannel?: string;
    endedOnPaid: FirstChannelCrossing[];
    /** With a first and/or last channel asked: those journeys among every journey with a touch. */
    pathShare?: PathShareSummary;
    /** fix14c: with an earlier channel asked: closes on lastChannel after it, both ways round. */
    closedAfter?: ClosedAfterSummary;
  };
  customer?: CustomerTimeline;
  /**
   * leftD: the customer was picked from the period's orders (largest order, most orders...), not
   * named; `customer` is unset when the period has no order to pick from.
   */
  picked?: {
    by: PickedCustomer["by"];
    ordersInPeriod: number;
    revenueInPeriod: number;
    order?: PickedCustomer["order"];
  };
  /** Display labels of the organization's channels by key ("paid_social" -> "Paid Social"). */
  channelLabels: Record<string, string>;
  /** Keys of the organization's paid channels (channels.is_paid). */
  paidChannels: string[];
  provenance: {
    rules: string;
    timeRange?: ResolvedTimeRange;
    lookbackDays: number;
    collapseRepeats: boolean;
    dataFreshness: { ordersThrough: string | null };
    sql: string[];
  };
}

const LABELS_SQL = `SELECT ch.key, ch.label, ch.is_paid FROM channels ch WHERE ch.organization_id = $1`;
const CAMPAIGN_PLATFORMS_SQL = `SELECT cp.id, cp.platform FROM campaigns cp WHERE cp.organization_id = $1`;
const FRESHNESS_SQL = `SELECT ((max(c.ts) AT TIME ZONE $2)::date)::text AS through FROM conversions c WHERE c.organization_id = $1`;

const DAY_MS = 86_400_000;

/**
 * Which first touches count as each key: a channel key is matched on the touch's channel;
 * anything else is an ad platform, read from the campaign the touch came through (unpaid
 * touches have none).
 */
function firstTouchMatchers(
  keys: readonly string[],
  channelLabels: Record<string, string>,
  platformOf: ReadonlyMap<number, string>,
) {
  return keys.map((key) => {
    const kind = key in channelLabels ? ("channel" as const) : ("platform" as const);
    return {
      key,
      kind,
      matches: (t: { channel: string; campaignId: number | null }) =>
        kind === "channel"
          ? t.channel === key
          : t.campaignId !== null && platformOf.get(Number(t.campaignId)) === key,
    };
  });
}

/**
 * journeys: reads the journeys of the period's orders (db/journeys) and runs one analysis of
 * core/journeys over them. Every figure is computed here from stored rows; the model only picks
 * the analysis and the period.
 */
export function createJourneys(deps: ToolDeps) {
  return (args: unknown): Promise<ToolResult<JourneysData>> =>
    runTool(journeysInput, args, async (input) => {
      const { organizationId, timeZone, attributionLookbackDays: lookbackDays } = deps.tenant;
      // Touch counts count every touch unless asked; paths read better with repeats collapsed.
      const collapseRepeats = input.collapseRepeats ?? input.analysis !== "path_length";
      const [fresh] = await deps.db.query<{ through: string | null }>(FRESHNESS_SQL, [
        organizationId,
        timeZone,
      ]);
      const labels = await deps.db.query<{ key: string; label: string; is_paid: boolean }>(LABELS_SQL, [
        organizationId,
      ]);
      const base = {
        lookbackDays,
        collapseRepeats: collapseRepeats,
        channelLabels: Object.fromEntries(labels.map((l) => [l.key, l.label])),
        paidChannels: labels.filter((l) => l.is_paid).map((l) => l.key),
      };
      const provenance = (sql: string[], timeRange?: ResolvedTimeRange) => ({
        rules: JOURNEY_RULES,
        ...(timeRange ? { timeRange } : {}),
        lookbackDays,
        collapseRepeats: collapseRepeats,
        dataFreshness: { ordersThrough: fresh?.through ?? null },
        sql: [...sql, FRESHNESS_SQL],
      });

      if (input.analysis === "customer") {
        const pickPeriod =
          input.pick && input.period ? resolveTimeRange(input.period, deps.now, timeZone) : undefined;
        const picked =
          input.pick && pickPeriod
            ? await pickCustomer(
                deps.db,
                { organizationId, from: pickPeriod.from, to: pickPeriod.to, timeZone },
                input.pick,
              )
            : undefined;
        if (input.pick && pickPeriod && !picked)
          return ok({
            analysis: input.analysis,
            ...base,
            period: pickPeriod,
            orders: 0,
            revenue: 0,
            provenance: provenance([pickCustomerSql(input.pick)], pickPeriod),
          });
        const customerId = picked?.customerId ?? (input.customerId as number);
        const h = await readCustomerHistory(deps.db, organizationId, customerId, lookbackDays);
        const orders = h.journeys.converting.map((j) => {
          const channels = pathChannels(j.touches, collapseRepeats);
          const first = j.touches[0];
          return {
            orderId: j.orderId,
            at: new Date(j.conversionTs).toISOString(),
            revenue: j.revenue,
            touches: j.touches.length,
            path: pathLabel(channels),
            daysToConvert: first ? (j.conversionTs - first.ts) / DAY_MS : null,
          };
        });
        return ok({
          analysis: input.analysis,
          ...base,
          orders: orders.length,
          revenue: orders.reduce((s, o) => s + o.revenue, 0),
          customer: {
            customerId: h.customerId,
            found: h.found,
            touches: h.touches.map((t) => ({
              at: new Date(t.ts).toISOString(),
              channel: t.channel,
              campaign: t.campaignName,
              sourceMedium: `${t.source} / ${t.medium}`,
            })),
            orders,
          },
          ...(picked && pickPeriod
            ? {
                period: pickPeriod,
                picked: {
                  by: picked.by,
                  ordersInPeriod: picked.ordersInPeriod,
                  revenueInPeriod: picked.revenueInPeriod,
                  ...(picked.order ? { order: picked.order } : {}),
                },
              }
            : {}),
          provenance: provenance(picked ? [picked.sql, ...h.sql] : h.sql, pickPeriod),
        });
      }

      const period = resolveTimeRange(input.period as NonNullable<typeof input.period>, deps.now, timeZone);
      const read = await readPeriodJourneys(deps.db, {
        organizationId,
        from: period.from,
        to: period.to,
        timeZone,
        lookbackDays,
      });
      // fix13d: "for new customers": the first purchases' journeys only, said in the answer.
      const js = input.customerType
        ? scopeByCustomerType(read.journeys, await readOrderTypes(deps, period), input.customerType)
        : read.journeys;
      // Each campaign's ad platform, read once when a first touch is asked about.
      const platformsOf = async () => {
        const rows = await deps.db.query<{ id: number; platform: string }>(CAMPAIGN_PLATFORMS_SQL, [
          organizationId,
        ]);
        data.provenance.sql.push(CAMPAIGN_PLATFORMS_SQL);
        return new Map(rows.map((r) => [Number(r.id), r.platform]));
      };
      const data: JourneysData = {
        analysis: input.analysis,
        period,
        ...base,
        orders: js.length,
        revenue: js.reduce((s, j) => s + j.revenue, 0),
        provenance: provenance(input.customerType ? [...read.sql, ORDER_TYPE_SQL] : read.sql, period),
        ...(input.customerType
          ? { customerScope: { type: input.customerType, allOrders: read.journeys.length } }
          : {}),
      };
      switch (input.analysis) {
        case "top_paths": {
          let scoped = js;
          // "paths of people who first found us on TikTok": journeys that began there only;
          // fix14c: "paths with display anywhere in them": a touch there at any step.
          const keys = input.anyTouch?.length ? input.anyTouch : input.firstTouch;
          if (keys?.length) {
            const matchers = firstTouchMatchers(keys, base.channelLabels, await platformsOf());
            const hit = (t: (typeof js)[number]["touches"][number]) => matchers.some((m) => m.matches(t));
            scoped = input.anyTouch?.length
              ? js.filter((j) => j.touches.some(hit))
              : js.filter((j) => j.touches[0] !== undefined && hit(j.touches[0]));
            data.firstTouchScope = {
              keys,
              kinds: matchers.map((m) => m.kind),
              allOrders: js.length,
              ...(input.anyTouch?.length ? { position: "anywhere" as const } : {}),
            };
            data.orders = scoped.length;
            data.revenue = scoped.reduce((s, j) => s + j.revenue, 0);
          }
          const all = topPaths(scoped, { collapseRepeats: collapseRepeats });
          const rest = all.slice(input.limit);
          data.topPaths = all.slice(0, input.limit);
          data.otherPaths = {
            paths: rest.length,
            orders: rest.reduce((s, r) => s + r.orders, 0),
            revenue: rest.reduce((s, r) => s + r.revenue, 0),
          };
          break;
        }
        case "path_length":
          data.pathLength = pathLengths(js, { collapseRepeats: collapseRepeats });
          if (input.firstTouch?.length) {
            const groups = firstTouchMatchers(input.firstTouch, base.channelLabels, await platformsOf());
            data.pathLengthByFirstTouch = pathLengthByFirstTouch(js, groups, { collapseRepeats });
          }
          if (input.byCustomerType) {
            const isNew = await readOrderTypes(deps, period);
            data.pathLengthByCustomerType = {
              new: pathLengths(
                js.filter((j) => isNew.get(j.orderId) === true),
                { collapseRepeats },
              ),
              returning: pathLengths(
                js.filter((j) => isNew.get(j.orderId) === false),
                { collapseRepeats },
              ),
            };
            data.provenance.sql.push(ORDER_TYPE_SQL);
          }
          break;
        case "time_to_convert": {
          data.timeToConvert = timeToConvert(js);
          if (input.firstTouch?.length) {
            const groups = firstTouchMatchers(input.firstTouch, base.channelLabels, await platformsOf());
            const rows = timeToConvertByFirstTouch(js, groups);
            data.timeToConvert.byFirstTouch = rows.map((r, i) => ({ ...r, kind: groups[i]!.kind }));
          }
          break;
        }
        case "assists":
          data.assists = assistedConversions(js);
          break;
        case "first_last": {
          const all = firstToLastTouch(js);
          const first = input.firstChannel;
          const last = input.lastChannel;
          const startRows = first ? all.rows.filter((r) => r.firstChannel === first) : all.rows;
          const rows = last ? startRows.filter((r) => r.lastChannel === last) : startRows;
          data.firstLast = {
            ...all,
            rows,
            ...(first ? { firstChannel: first } : {}),
            ...(last ? { lastChannel: last } : {}),
            // Crossings of the journeys that began on the first channel, whatever their end.
            endedOnPaid: crossingsInto(startRows, new Set(data.paidChannels)),
            ...(first || last ? { pathShare: pathShare(all, { first, last }) } : {}),
            ...(last && input.earlierChannel
              ? { closedAfter: closedAfter(js, input.earlierChannel, last) }
              : {}),
          };
          break;
        }
      }
      return ok(data);
    });
}
