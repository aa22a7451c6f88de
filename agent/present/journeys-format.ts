/** Shared wording and chart helpers of the journeys answers (journeys.ts, journeys-first-last.ts). */
import { NO_TOUCH_PATH, PATH_SEPARATOR } from "../../core/journeys/paths.ts";
import type { JourneysData } from "../../tools/journeys/execute.ts";
import { formatCurrency, formatNumber, formatPeriod } from "../answer/index.ts";
import type { PresentContext } from "./types.ts";

const SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

/** "3 orders", "1 order". */
export function orders(n: number): string {
  return `${formatNumber(n, 0)} ${n === 1 ? "order" : "orders"}`;
}

export function pct(share: number): string {
  return `${formatNumber(share * 100, 1)}%`;
}

export function days(d: number): string {
  return `${formatNumber(d, 1)} days`;
}

/** A bar chart of one category against one count, in the order given (ranked or ordinal). */
export function barSpec(opts: {
  title: string;
  rows: Record<string, string | number | null>[];
  category: { field: string; title: string };
  value: { field: string; title: string };
  horizontal: boolean;
}): Record<string, unknown> {
  const category = {
    field: opts.category.field,
    type: "nominal",
    title: opts.category.title,
    sort: null,
    axis: { labelLimit: 320 },
  };
  const value = {
    field: opts.value.field,
    type: "quantitative",
    title: opts.value.title,
    axis: { format: ",.0f" },
  };
  return {
    $schema: SCHEMA,
    title: opts.title,
    description: opts.title,
    width: "container",
    data: { values: opts.rows },
    mark: { type: "bar", tooltip: true },
    encoding: opts.horizontal ? { y: category, x: value } : { x: category, y: value },
  };
}

/** Path label with channel labels: "Paid Social > Email > Direct". */
export function labelPath(channels: readonly string[], labels: Record<string, string>): string {
  return channels.length === 0 ? NO_TOUCH_PATH : channels.map((c) => labels[c] ?? c).join(PATH_SEPARATOR);
}

export function scopeLine(d: JourneysData, ctx: PresentContext): string {
  const how = d.collapseRepeats ? "repeated touches of one channel counted once" : "every touch counted";
  // fix13d: a scope to new (or returning) customers is said with the orders it left out.
  const who = d.customerScope
    ? ` by ${d.customerScope.type === "new" ? "new customers (their first purchase)" : "returning customers"}, of the ${orders(d.customerScope.allOrders)} placed in the period`
    : "";
  return `${orders(d.orders)} (${formatCurrency(d.revenue, ctx.currency)}) placed ${d.period ? formatPeriod(d.period) : ""}${who}; journeys are the touches in the ${formatNumber(d.lookbackDays, 0)}-day lookback before each order, ${how}.`;
}

export function provenanceOf(d: JourneysData): Record<string, unknown> {
  return { tool: "journeys", analysis: d.analysis, ...d.provenance };
}
