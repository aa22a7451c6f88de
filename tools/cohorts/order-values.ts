/**
 * cohorts with show "order_value": the distribution of single order values in the period (median,
 * quartiles, any percentile), overall and by month, week, new vs returning customer or the order's
 * last-touch channel, computed in core/cohorts/order-value-distribution.ts from the orders table.
 * The other tools report average order value (revenue / orders), a mean; this reads each order.
 */
import { type OrderValueRow, orderValueDistribution } from "../../core/cohorts/order-value-distribution.ts";
import type { OrderValueLevel } from "../../core/cohorts/orders-past-value.ts";
import type { ResolvedTimeRange } from "../../semantic/query/types.ts";
import type { ToolDeps } from "../shared/deps.ts";

/** How orders are grouped for the distribution. */
export const ORDER_VALUE_GROUPINGS = ["none", "month", "week", "customer_type", "channel"] as const;
export type OrderValueGrouping = (typeof ORDER_VALUE_GROUPINGS)[number];

/** What the figures mean, stated in the answer's provenance. */
export const ORDER_VALUE_DEFINITION =
  "Each order's revenue in the period (org time zone), one value per order. Percentiles by linear interpolation between closest ranks (numpy's default, Excel's PERCENTILE.INC): the p-th percentile sits at rank (n - 1) x p / 100 of the sorted values, so the 50th is the median. The mean is revenue / orders (average order value). Weeks start on Monday; a channel is the order's last-touch channel (no touch counts as direct).";

/** The order-value part of a cohorts result. */
export interface OrderValueData {
  groupBy: OrderValueGrouping;
  percentiles: number[];
  /** fix14d: the level on single orders asked ("orders over $200"); rows then carry `past`. */
  level?: OrderValueLevel;
  /** Every order of the period together; null without orders. */
  all: OrderValueRow | null;
  /** Per group, by month or week in date order, else by orders (most first). */
  rows: OrderValueRow[];
}

/** The group key of each order: a month, a Monday, new/returning or the last-touch channel. */
const GROUP_SQL: Record<OrderValueGrouping, string> = {
  none: `'all'`,
  month: `to_char(c.ts AT TIME ZONE $4, 'YYYY-MM')`,
  week: `to_char(date_trunc('week', c.ts AT TIME ZONE $4), 'YYYY-MM-DD')`,
  customer_type: `CASE WHEN c.is_new_customer THEN 'new' ELSE 'returning' END`,
  channel: `COALESCE(lt.channel, 'direct')`,
};

/** The SQL reading one row per order with its group key (identifiers from GROUP_SQL only). */
export function orderValueSql(groupBy: OrderValueGrouping): string {
  const lastTouch =
    groupBy === "channel"
      ? `LEFT JOIN LATERAL (SELECT ar.channel FROM attribution_results ar
    WHERE ar.organization_id = $1 AND ar.model = 'last_touch' AND ar.order_id = c.order_id
    ORDER BY ar.credit DESC, ar.channel LIMIT 1) lt ON true
`
      : "";
  return `SELECT ${GROUP_SQL[groupBy]} AS grp, c.revenue::float8 AS revenue
FROM conversions c
${lastTouch}WHERE c.organization_id = $1 AND c.ts >= ($2::date)::timestamp AT TIME ZONE $4 AND c.ts < ($3::date + 1)::timestamp AT TIME ZONE $4
ORDER BY grp, c.ts, c.order_id`;
}

/**
 * Reads the period's orders and returns their value distribution.
 * @example await readOrderValues(deps, period, "customer_type", [25, 50, 75])
 */
export async function readOrderValues(
  deps: ToolDeps,
  period: ResolvedTimeRange,
  groupBy: OrderValueGrouping,
  ps: readonly number[],
  level?: OrderValueLevel,
): Promise<{ data: OrderValueData; sql: string }> {
  const { organizationId, timeZone } = deps.tenant;
  const sql = orderValueSql(groupBy);
  const rows = await deps.db.query<{ grp: string; revenue: number }>(sql, [
    organizationId,
    period.from,
    period.to,
    timeZone,
  ]);
  const { rows: groups, all } = orderValueDistribution(
    rows.map((r) => ({ group: String(r.grp), revenue: Number(r.revenue) })),
    ps,
    level,
  );
  const dated = groupBy === "month" || groupBy === "week";
  const sorted = dated
    ? groups
    : [...groups].sort((a, b) => b.orders - a.orders || a.group.localeCompare(b.group));
  return {
    data: {
      groupBy,
      percentiles: [...ps],
      ...(level ? { level } : {}),
      all,
      rows: groupBy === "none" ? [] : sorted,
    },
    sql,
  };
}
