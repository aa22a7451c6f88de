import {
  type CohortCustomer,
  type CohortRow,
  cohortTable,
  LTV_HORIZONS,
  type LtvToCac,
  ltvToCac,
} from "../../core/cohorts/cohorts.ts";
import type { OrderValueLevel } from "../../core/cohorts/orders-past-value.ts";
import { cacPayback, type PaybackRow } from "../../core/cohorts/payback.ts";
import { type RepeatGapRow, repeatGaps } from "../../core/cohorts/repeat-gap.ts";
import { monthlyRetention, type RetentionRow } from "../../core/cohorts/retention.ts";
import { type WindowVsOthers, windowVsOthers } from "../../core/cohorts/window-vs-others.ts";
import { DEFAULT_GROSS_MARGIN } from "../../core/recommend/profit.ts";
import { readGrossMargin } from "../../db/repositories/recommendations.ts";
import { resolveTimeRange } from "../../semantic/query/time-range.ts";
import type { ResolvedTimeRange } from "../../semantic/query/types.ts";
import { ok, type ToolResult } from "../result.ts";
import type { ToolDeps } from "../shared/deps.ts";
import { runTool } from "../shared/run-tool.ts";
import { cohortsInput } from "./definition.ts";
import { FREQUENCY_DEFINITION, FREQUENCY_SQL, type FrequencyData, readOrderFrequency } from "./frequency.ts";
import {
  LAPSED_DEFINITION,
  LIFECYCLE_SQL,
  type LifecycleData,
  readLifecycle,
  SECOND_ORDER_DEFINITION,
} from "./lifecycle.ts";
import { ORDER_VALUE_DEFINITION, type OrderValueData, readOrderValues } from "./order-values.ts";

/** What the figures mean, stated in every answer's provenance. */
export const COHORT_DEFINITIONS = {
  cohort:
    "Customers whose first order is in the period, grouped by the channel of the first touch before that order (attribution's first-touch model: touches in the lookback window; no touch counts as direct) or by the month of the first order.",
  ltv: "Cumulative revenue per customer N days after the first order (orders placed less than N days after it, first order included), over the customers whose first order is at least N days before the data end.",
  repeatRate: "Share of customers with a second order (by the data end, or within N days at a horizon).",
  cac: "A channel's ad spend in the period divided by the new customers it first touched in the period.",
  ltvToCac: "LTV at the chosen horizon divided by CAC.",
} as const;

/** What a retention cell means. */
export const RETENTION_DEFINITION =
  "Month N retention: the share of a first-order-month cohort's customers with an order in the Nth calendar month after the first order's month (org time zone); months after the data's last full month are not observed yet.";

/** What the first-to-second order gap means. */
export const REPEAT_GAP_DEFINITION =
  "Days from a customer's first order to their second (exact timestamps), over the customers of the cohort who have placed a second order by the data end; customers who have not ordered again are not counted (their gap is not known yet).";

/** The last month fully covered by data ending on `through` (YYYY-MM-DD). */
export function lastObservedMonth(through: string | null): string | undefined {
  if (!through) return undefined;
  const [y, m, d] = through.split("-").map(Number);
  const lastDay = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
  if (d === lastDay) return through.slice(0, 7);
  return m === 1 ? `${y! - 1}-12` : `${y}-${String(m! - 1).padStart(2, "0")}`;
}

export interface CohortsData {
  period: ResolvedTimeRange;
  groupBy: "first_touch_channel" | "first_order_month";
  ltvDays: number;
  horizons: readonly number[];
  /** Every cohort customer together. */
  total: CohortRow;
  rows: CohortRow[];
  /** Monthly retention by first-order month, when asked (`show: "retention"`). */
  retention?: RetentionRow[];
  /** By first-touch channel only. */
  ltvToCac?: LtvToCac[];
  /** How often customers ordered in the period, when asked (`show: "frequency"`; rows are then empty). */
  frequency?: FrequencyData;
  /** The distribution of single order values, when asked (`show: "order_value"`; rows are then empty). */
  orderValues?: OrderValueData;
  /** fix13d: second orders in the period or lapsed customers, when asked (rows are then empty). */
  lifecycle?: LifecycleData;
  /** fix9a: the repeat-purchase rate is what was asked (`show: "repeat"`): the chart shows it, not LTV. */
  repeatFocus?: boolean;
  /** fix15b: LTV:CAC was asked (`show: "ltv_to_cac"`): the chart shows it, not LTV. */
  cacFocus?: boolean;
  /** fix20f: a window's customers against the period's other customers, when asked (`window`). */
  windowSplit?: WindowVsOthers;
  /** fix15b: first-touch channels whose customers were left out (`excludeChannels`). */
  excludedChannels?: string[];
  /** Days between the first and second order, when asked (`show: "repeat_gap"`). */
  repeatGap?: { overall: RepeatGapRow; rows: RepeatGapRow[] };
  /** CAC payback, when asked (`show: "payback"`), at the organization's gross margin. */
  payback?: {
    grossMargin: number;
    grossMarginPercent: number;
    grossMarginIsDefault: boolean;
    overall: PaybackRow | null;
    byChannel: PaybackRow[];
  };
  channelLabels: Record<string, string>;
  provenance: {
    definitions: typeof COHORT_DEFINITIONS & {
      retention?: string;
      frequency?: string;
      repeatGap?: string;
      orderValue?: string;
      lifecycle?: string;
    };
    timeRange: ResolvedTimeRange;
    lookbackDays: number;
    dataFreshness: { ordersThrough: string | null };
    sql: string[];
  };
}

const COHORT_SQL = `WITH firsts AS (
  SELECT c.customer_id, min(c.ts) AS first_ts FROM conversions c WHERE c.organization_id = $1 GROUP BY c.customer_id
), cohort AS (
  SELECT f.customer_id, f.first_ts FROM firsts f
  WHERE f.first_ts >= ($2::date)::timestamp AT TIME ZONE $4 AND f.first_ts < ($3::date + 1)::timestamp AT TIME ZONE $4
), first_orders AS (
  SELECT DISTINCT ON (k.customer_id) k.customer_id, c.order_id
  FROM cohort k JOIN conversions c ON c.organization_id = $1 AND c.customer_id = k.customer_id AND c.ts = k.first_ts
  ORDER BY k.customer_id, c.order_id
), first_touch AS (
  SELECT DISTINCT ON (fo.customer_id) fo.customer_id, ar.channel
  FROM first_orders fo JOIN attribution_results ar
    ON ar.organization_id = $1 AND ar.model = 'first_touch' AND ar.order_id = fo.order_id
  ORDER BY fo.customer_id, ar.credit DESC, ar.channel
)
SELECT c.customer_id::float8 AS customer_id, (extract(epoch FROM c.ts) * 1000)::float8 AS ts, c.revenue::float8 AS revenue,
  to_char(k.first_ts AT TIME ZONE $4, 'YYYY-MM') AS month, COALESCE(ft.channel, 'direct') AS channel,
  to_char(c.ts AT TIME ZONE $4, 'YYYY-MM') AS order_month, to_char(k.first_ts AT TIME ZONE $4, 'YYYY-MM-DD') AS first_day
FROM cohort k
JOIN conversions c ON c.organization_id = $1 AND c.customer_id = k.customer_id
LEFT JOIN first_touch ft ON ft.customer_id = k.customer_id
ORDER BY c.customer_id, c.ts, c.order_id`;
const SPEND_SQL = `SELECT a.channel, sum(a.spend)::float8 AS spend FROM ad_spend_daily a
WHERE a.organization_id = $1 AND a.date BETWEEN $2 AND $3 GROUP BY a.channel`;
const END_SQL = `SELECT ((max(c.ts) AT TIME ZONE $2)::date)::text AS through,
  (extract(epoch FROM (((max(c.ts) AT TIME ZONE $2)::date + 1)::timestamp AT TIME ZONE $2)) * 1000)::float8 AS end_ms
FROM conversions c WHERE c.organization_id = $1`;
const LABELS_SQL = `SELECT ch.key, ch.label FROM channels ch WHERE ch.organization_id = $1`;

/** Channel key -> label for the organization. */
async function readChannelLabels(deps: ToolDeps): Promise<Record<string, string>> {
  const labels = await deps.db.query<{ key: string; label: string }>(LABELS_SQL, [
    deps.tenant.organizationId,
  ]);
  return Object.fromEntries(labels.map((l) => [l.key, l.label]));
}

const EMPTY_ROW: CohortRow = {
  cohort: "all",
  customers: 0,
  orders: 0,
  revenue: 0,
  repeatCustomers: 0,
  repeatRate: 0,
  horizons: [],
};

/**
 * A cohorts result that carries one side figure (frequency or order values) and no cohort rows:
 * the empty cohort part and the provenance both share, with that figure's definition and SQL.
 */
async function sideResult(
  deps: ToolDeps,
  period: ResolvedTimeRange,
  side: Pick<CohortsData, "frequency" | "orderValues" | "lifecycle" | "channelLabels">,
  definition: Record<string, string>,
  sql: string,
): Promise<CohortsData> {
  const [end] = await deps.db.query<{ through: string | null }>(END_SQL, [
    deps.tenant.organizationId,
    deps.tenant.timeZone,
  ]);
  return {
    period,
    groupBy: "first_order_month",
    ltvDays: 90,
    horizons: [],
    total: EMPTY_ROW,
    rows: [],
    ...side,
    provenance: {
      definitions: { ...COHORT_DEFINITIONS, ...definition },
      timeRange: period,
      lookbackDays: deps.tenant.attributionLookbackDays,
      dataFreshness: { ordersThrough: end?.through ?? null },
      sql: [sql, END_SQL],
    },
  };
}

/** The cohorts result of show "frequency": the order-frequency figures, no cohort rows. */
async function frequencyResult(
  deps: ToolDeps,
  period: ResolvedTimeRange,
  minOrders: number,
): Promise<CohortsData> {
  const frequency = await readOrderFrequency(deps, period, minOrders);
  return sideResult(
    deps,
    period,
    { frequency, channelLabels: {} },
    { frequency: FREQUENCY_DEFINITION },
    FREQUENCY_SQL,
  );
}

/** The cohorts result of show "order_value": the order-value distribution, no cohort rows. */
async function orderValueResult(
  deps: ToolDeps,
  period: ResolvedTimeRange,
  groupBy: OrderValueData["groupBy"],
  ps: readonly number[],
  level?: OrderValueLevel,
): Promise<CohortsData> {
  const read = await readOrderValues(deps, period, groupBy, ps, level);
  const channelLabels = groupBy === "channel" ? await readChannelLabels(deps) : {};
  return sideResult(
    deps,
    period,
    { orderValues: read.data, channelLabels },
    { orderValue: ORDER_VALUE_DEFINITION },
    read.sql,
  );
}

/** The cohorts result of show "second_order" or "lapsed": one lifecycle count, no cohort rows. */
async function lifecycleResult(
  deps: ToolDeps,
  period: ResolvedTimeRange,
  kind: "second_order" | "lapsed",
  lapsedDays: number,
): Promise<CohortsData> {
  const [end] = await deps.db.query<{ through: string | null }>(END_SQL, [
    deps.tenant.organizationId,
    deps.tenant.timeZone,
  ]);
  const lifecycle = await readLifecycle(deps, period, kind, lapsedDays, end?.through ?? null);
  const definition = kind === "second_order" ? SECOND_ORDER_DEFINITION : LAPSED_DEFINITION;
  return sideResult(deps, period, { lifecycle, channelLabels: {} }, { lifecycle: definition }, LIFECYCLE_SQL);
}

/**
 * cohorts: reads the orders of the customers acquired in the period with their first-touch
 * channel, and computes cohort rows and LTV:CAC in core/cohorts. The model only picks the period,
 * the grouping and the horizon.
 */
export function createCohorts(deps: ToolDeps) {
  return (args: unknown): Promise<ToolResult<CohortsData>> =>
    runTool(cohortsInput, args, async (input) => {
      const { organizationId, timeZone, attributionLookbackDays } = deps.tenant;
      const period = resolveTimeRange(input.period, deps.now, timeZone);
      if (input.show === "frequency") return ok(await frequencyResult(deps, period, input.minOrders));
      if (input.show === "second_order" || input.show === "lapsed")
        return ok(await lifecycleResult(deps, period, input.show, input.lapsedDays));
      if (input.show === "order_value")
        return ok(
          await orderValueResult(deps, period, input.orderValueBy, input.percentiles, input.orderValueLevel),
        );
      const all = await deps.db.query<{
        customer_id: number;
        ts: number;
        revenue: number;
        month: string;
        channel: string;
        order_month: string;
        first_day: string;
      }>(COHORT_SQL, [organizationId, period.from, period.to, timeZone]);
      // fix15b: "without affiliate": those first-touch channels' customers leave every figure.
      const excluded = new Set(input.excludeChannels);
      const rows = excluded.size ? all.filter((r) => !excluded.has(r.channel)) : all;
      const [end] = await deps.db.query<{ through: string | null; end_ms: number | null }>(END_SQL, [
        organizationId,
        timeZone,
      ]);
      const labels = await deps.db.query<{ key: string; label: string }>(LABELS_SQL, [organizationId]);
      const retention = input.show === "retention";
      const payback = input.show === "payback";
      const cacFocus = input.show === "ltv_to_cac";
      const split = input.window ? resolveTimeRange(input.window, deps.now, timeZone) : undefined;
      const byChannel =
        !split && (payback || cacFocus || (!retention && input.groupBy === "first_touch_channel"));
      const firstDays = new Map<number, string>();
      const customers: CohortCustomer[] = [];
      for (const r of rows) {
        const id = Number(r.customer_id);
        let last = customers[customers.length - 1];
        if (!last || last.customerId !== id) {
          last = { customerId: id, cohort: byChannel ? r.channel : r.month, orders: [] };
          customers.push(last);
          firstDays.set(id, r.first_day);
        }
        last.orders.push({ ts: Number(r.ts), revenue: Number(r.revenue) });
      }
      const dataEnd = Number(end?.end_ms ?? 0);
      const table = cohortTable(customers, dataEnd, LTV_HORIZONS);
      const [total] = cohortTable(
        customers.map((c) => ({ ...c, cohort: "all" })),
        dataEnd,
        LTV_HORIZONS,
      );
      const data: CohortsData = {
        period,
        groupBy: byChannel ? "first_touch_channel" : "first_order_month",
        ltvDays: input.ltvDays,
        horizons: LTV_HORIZONS,
        total: total ?? EMPTY_ROW,
        rows: byChannel
          ? [...table].sort((a, b) => b.customers - a.customers || (a.cohort < b.cohort ? -1 : 1))
          : table,
        channelLabels: Object.fromEntries(labels.map((l) => [l.key, l.label])),
        provenance: {
          definitions: COHORT_DEFINITIONS,
          timeRange: period,
          lookbackDays: attributionLookbackDays,
          dataFreshness: { ordersThrough: end?.through ?? null },
          sql: byChannel ? [COHORT_SQL, SPEND_SQL, END_SQL] : [COHORT_SQL, END_SQL],
        },
      };
      if (retention) {
        const months = new Map<number, string[]>();
        for (const r of rows) {
          const id = Number(r.customer_id);
          months.set(id, [...(months.get(id) ?? []), r.order_month]);
        }
        const lastMonth = lastObservedMonth(end?.through ?? null);
        data.retention = lastMonth
          ? monthlyRetention(
              customers.map((c) => ({ cohort: c.cohort, orderMonths: months.get(c.customerId) ?? [] })),
              lastMonth,
            )
          : [];
        data.provenance.definitions = { ...COHORT_DEFINITIONS, retention: RETENTION_DEFINITION };
      }
      if (split)
        data.windowSplit = windowVsOthers(
          customers.map((c) => ({ ...c, firstDay: firstDays.get(c.customerId) ?? "" })),
          split.from,
          split.to,
          dataEnd,
          LTV_HORIZONS,
          input.ltvDays,
        );
      if (input.show === "repeat") data.repeatFocus = true;
      if (cacFocus) data.cacFocus = true;
      if (excluded.size) data.excludedChannels = [...excluded];
      if (input.show === "repeat_gap") {
        data.repeatGap = repeatGaps(customers);
        data.provenance.definitions = { ...COHORT_DEFINITIONS, repeatGap: REPEAT_GAP_DEFINITION };
      }
      if (byChannel) {
        const spend = await deps.db.query<{ channel: string; spend: number }>(SPEND_SQL, [
          organizationId,
          period.from,
          period.to,
        ]);
        data.ltvToCac = ltvToCac(
          data.rows,
          Object.fromEntries(spend.map((s) => [s.channel, Number(s.spend)])),
          input.ltvDays,
        );
        if (payback) {
          const grossMargin = await readGrossMargin(deps.db, organizationId);
          data.payback = {
            grossMargin,
            grossMarginPercent: grossMargin * 100,
            grossMarginIsDefault: Math.abs(grossMargin - DEFAULT_GROSS_MARGIN) < 1e-12,
            ...cacPayback(data.total, data.rows, data.ltvToCac, grossMargin),
          };
        }
      }
      return ok(data);
    });
}
