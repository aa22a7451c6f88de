/**
 * fix14d: the answer to "how many orders over $200 last month": the count of single orders past
 * the level asked, with their share of all orders and of revenue, overall and per group, leading
 * the order-value answer (whose percentiles then give the spread for context). Every figure is a
 * value of the tool's data (counts, revenue, shares as ratios), so the verifier grounds it.
 */
import type { OrderValueRow } from "../../core/cohorts/order-value-distribution.ts";
import type { OrderValueLevel } from "../../core/cohorts/orders-past-value.ts";
import { formatCurrency, formatNumber, formatPeriod } from "../answer/index.ts";

const WORDS: Record<OrderValueLevel["op"], string> = {
  gt: "over",
  gte: "of at least",
  lt: "under",
  lte: "of at most",
};

/** "orders over $200.00", "orders of at most $50.00". */
export function levelWords(level: OrderValueLevel, currency: string): string {
  return `orders ${WORDS[level.op]} ${formatCurrency(level.value, currency)}`;
}

const pct = (share: number) => `${formatNumber(share * 100, 1)}%`;

/** "15 of 317 orders (4.7%), $3,456.00 of revenue (11.1%)". */
function counted(r: OrderValueRow, currency: string): string {
  const p = r.past!;
  return `${formatNumber(p.orders, 0)} of ${formatNumber(r.orders, 0)} orders (${pct(p.orderShare)}), ${formatCurrency(p.revenue, currency)} of revenue (${pct(p.revenueShare)})`;
}

/**
 * The lines answering the level, first: the period's count, then one line per group when grouped.
 * @example pastValueLines(all, [], level, period, "USD", (g) => g) // ["Orders over $200.00, October 1–31, 2026: 15 of 317 orders (4.7%), ..."]
 */
export function pastValueLines(
  all: OrderValueRow,
  rows: readonly OrderValueRow[],
  level: OrderValueLevel,
  period: Parameters<typeof formatPeriod>[0],
  currency: string,
  groupName: (group: string) => string,
): string[] {
  const head = levelWords(level, currency);
  const lead = `${head.charAt(0).toUpperCase()}${head.slice(1)}, ${formatPeriod(period)}: ${counted(all, currency)}. Each order's own value is read, not the average order value.`;
  const none = all.past!.orders === 0 ? ["None of the period's orders is past that level."] : [];
  return [
    lead,
    ...none,
    ...rows.filter((r) => r.past).map((r) => `- ${groupName(r.group)}: ${counted(r, currency)}`),
  ];
}

/** The table columns of the level: the orders past it and their shares. */
export function pastValueColumns(level: OrderValueLevel, currency: string) {
  const head = levelWords(level, currency);
  return [
    { key: "past_orders", label: head.charAt(0).toUpperCase() + head.slice(1), unit: "count" },
    { key: "past_order_share", label: `Share of orders (${head})`, unit: "percent" },
    { key: "past_revenue", label: `Revenue (${head})`, unit: currency },
  ];
}

/** One table row's cells for the level. */
export function pastValueCells(r: OrderValueRow): Record<string, number> {
  if (!r.past) return {};
  return { past_orders: r.past.orders, past_order_share: r.past.orderShare, past_revenue: r.past.revenue };
}
