/**
 * The order-value distribution answer (cohorts with show "order_value"): the median and the other
 * percentiles asked of single order values, overall and per month, week, new vs returning customer
 * or channel, with the mean (average order value) beside them so the reader sees how far large
 * orders pull it. Every figure is a value of the tool's data, so the verifier grounds it.
 */
import type { OrderValueRow } from "../../core/cohorts/order-value-distribution.ts";
import type { CohortsData } from "../../tools/cohorts/execute.ts";
import type { OrderValueGrouping } from "../../tools/cohorts/order-values.ts";
import {
  formatCurrency,
  formatDate,
  formatNumber,
  formatPeriod,
  ordersThroughNote,
} from "../answer/index.ts";
import { pastValueCells, pastValueColumns, pastValueLines } from "./orders-past-value.ts";
import type { Presentation, PresentContext } from "./types.ts";

const SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

/** "median", "25th percentile", "90th percentile", "0th percentile (minimum)". */
export function percentileName(p: number): string {
  if (p === 50) return "median";
  if (p === 0) return "minimum";
  if (p === 100) return "maximum";
  const n = formatNumber(p, Number.isInteger(p) ? 0 : 1);
  const last = Math.floor(p) % 100;
  const suffix = last >= 11 && last <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" }[last % 10] ?? "th");
  return `${n}${Number.isInteger(p) ? suffix : "th"} percentile`;
}

/** How a group reads in a sentence. */
function groupName(d: CohortsData, group: string): string {
  switch (d.orderValues!.groupBy) {
    case "month":
      return formatDate(`${group}-01`, "month");
    case "week":
      return formatDate(group, "week");
    case "customer_type":
      return group === "new" ? "New customers" : "Returning customers";
    case "channel":
      return d.channelLabels[group] ?? group;
    default:
      return group;
  }
}

/**
 * @example presentOrderValues(data, { currency: "USD", timeZone: "America/New_York" })
 */
export function presentOrderValues(d: CohortsData, ctx: PresentContext): Presentation {
  const v = d.orderValues!;
  const provenance = {
    tool: "cohorts",
    show: "order_value",
    orderValueBy: v.groupBy,
    percentiles: v.percentiles,
    ...(v.level ? { orderValueLevel: v.level } : {}),
    ...d.provenance,
  };
  if (!v.all)
    return {
      text: `No order was placed ${formatPeriod(d.period)}, so there is no order value to describe.`,
      data: { columns: [], rows: [] },
      provenance,
    };
  const money = (x: number) => formatCurrency(x, ctx.currency);
  const stats = (r: OrderValueRow) =>
    `${r.percentiles.map((p) => `${percentileName(p.percentile)} ${money(p.value)}`).join(", ")} (mean ${money(r.mean)}, ${formatNumber(r.orders, 0)} orders)`;
  const asked = v.percentiles.map(percentileName).join(", ");
  const by = {
    none: "",
    month: " by month",
    week: " by week",
    customer_type: " for new vs returning customers",
    channel: " by last-touch channel",
  }[v.groupBy];
  const lead = `Order value${by}, ${formatPeriod(d.period)}: the ${asked} of single orders' revenue, not the average order value.`;
  const lines =
    v.groupBy === "none"
      ? [`- All orders: ${stats(v.all)}`]
      : [
          ...v.rows.map((r) => `- ${groupName(d, r.group)}: ${stats(r)}`),
          `- All orders in the period: ${stats(v.all)}`,
        ];
  const median = v.all.percentiles.find((p) => p.percentile === 50);
  const skew =
    median && v.all.mean > median.value
      ? `The mean (${money(v.all.mean)}) sits above the median (${money(median.value)}): a minority of large orders pulls the average up.`
      : "";
  const method =
    "Method: each order's revenue is one value; percentiles interpolate linearly between the nearest ranks (numpy's default, Excel's PERCENTILE.INC), so the median of an even count is the mean of the two middle orders.";
  const columns = [
    { key: "group", label: v.groupBy === "none" ? "Orders" : groupLabel(v.groupBy) },
    { key: "orders", label: "Orders", unit: "count" },
    ...v.percentiles.map((p) => ({ key: `p${p}`, label: capital(percentileName(p)), unit: ctx.currency })),
    { key: "mean", label: "Mean (average order value)", unit: ctx.currency },
    ...(v.level ? pastValueColumns(v.level, ctx.currency) : []),
  ];
  const tableRows = (v.groupBy === "none" ? [v.all] : [...v.rows, v.all]).map((r) => ({
    group: r.group === "all" ? "All orders" : groupName(d, r.group),
    orders: r.orders,
    ...Object.fromEntries(r.percentiles.map((p) => [`p${p.percentile}`, p.value])),
    mean: r.mean,
    ...pastValueCells(r),
  }));
  const chartValues = (v.groupBy === "none" ? [v.all] : v.rows).flatMap((r) =>
    r.percentiles.map((p) => ({
      group: r.group === "all" ? "All orders" : groupName(d, r.group),
      statistic: percentileName(p.percentile),
      value: p.value,
    })),
  );
  const dated = v.groupBy === "month" || v.groupBy === "week";
  // fix14d: "orders over $200": the count past the level leads; the spread follows for context.
  const past = v.level
    ? pastValueLines(v.all, v.rows, v.level, d.period, ctx.currency, (g) => groupName(d, g))
    : [];
  return {
    text: [...past, lead, ...lines, skew, method, ordersThroughNote(d.provenance.dataFreshness.ordersThrough)]
      .filter(Boolean)
      .join("\n"),
    data: { columns, rows: tableRows },
    chart: {
      $schema: SCHEMA,
      title: `Order value percentiles${by}`,
      description: `${capital(asked)} of order value${by}`,
      width: "container",
      data: { values: chartValues },
      mark: dated ? { type: "line", point: true, tooltip: true } : { type: "bar", tooltip: true },
      encoding: dated
        ? {
            x: { field: "group", type: "ordinal", title: groupLabel(v.groupBy), sort: null },
            y: { field: "value", type: "quantitative", title: `Order value (${ctx.currency})` },
            color: { field: "statistic", type: "nominal", title: "Statistic" },
          }
        : {
            y: { field: "group", type: "nominal", title: groupLabel(v.groupBy), sort: null },
            x: { field: "value", type: "quantitative", title: `Order value (${ctx.currency})` },
            yOffset: { field: "statistic" },
            color: { field: "statistic", type: "nominal", title: "Statistic" },
          },
    },
    provenance,
  };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function groupLabel(g: OrderValueGrouping): string {
  return { none: "Orders", month: "Month", week: "Week", customer_type: "Customer", channel: "Channel" }[g];
}
