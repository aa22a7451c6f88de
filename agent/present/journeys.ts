/**
 * journeys results as answers: top paths as a ranked list and bar chart, path lengths and time to
 * convert as histograms, assists as a channel table, one customer as a timeline. Every figure in
 * the text is a value of the tool's data (or its share), so the verifier grounds it. Channels read
 * by their labels ("Paid Social"), paths joined by " > ".
 */
import { NO_TOUCH_PATH, PATH_SEPARATOR } from "../../core/journeys/paths.ts";
import type { JourneysData } from "../../tools/journeys/execute.ts";
import { dataEndNote, formatCurrency, formatNumber, formatPeriod } from "../answer/index.ts";
import { firstTouchLines } from "./first-touch-time.ts";
import { pathShareLines } from "./path-share.ts";
import type { Presentation, PresentContext } from "./types.ts";

const SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";
/** Path lengths listed in the text; the table has them all. */
const LISTED_LENGTHS = 8;

/** "3 orders", "1 order". */
function orders(n: number): string {
  return `${formatNumber(n, 0)} ${n === 1 ? "order" : "orders"}`;
}

function pct(share: number): string {
  return `${formatNumber(share * 100, 1)}%`;
}

function days(d: number): string {
  return `${formatNumber(d, 1)} days`;
}

/** A bar chart of one category against one count, in the order given (ranked or ordinal). */
function barSpec(opts: {
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
function labelPath(channels: readonly string[], labels: Record<string, string>): string {
  return channels.length === 0 ? NO_TOUCH_PATH : channels.map((c) => labels[c] ?? c).join(PATH_SEPARATOR);
}

function scopeLine(d: JourneysData, ctx: PresentContext): string {
  const how = d.collapseRepeats ? "repeated touches of one channel counted once" : "every touch counted";
  return `${orders(d.orders)} (${formatCurrency(d.revenue, ctx.currency)}) placed ${d.period ? formatPeriod(d.period) : ""}; journeys are the touches in the ${formatNumber(d.lookbackDays, 0)}-day lookback before each order, ${how}.`;
}

function provenanceOf(d: JourneysData): Record<string, unknown> {
  return { tool: "journeys", analysis: d.analysis, ...d.provenance };
}

function noOrders(d: JourneysData): Presentation | undefined {
  if (d.orders > 0 || !d.period) return undefined;
  const end = dataEndNote(d.period, d.provenance.dataFreshness.ordersThrough, true);
  return {
    text: end || `No orders were placed ${formatPeriod(d.period)}, so there are no journeys to show.`,
    data: { columns: [], rows: [] },
    provenance: provenanceOf(d),
  };
}

function presentTopPaths(d: JourneysData, ctx: PresentContext): Presentation {
  const rows = (d.topPaths ?? []).map((r) => ({
    path: labelPath(r.channels, d.channelLabels),
    touches: r.channels.length,
    orders: r.orders,
    order_share: r.orderShare,
    revenue: r.revenue,
    revenue_share: r.revenueShare,
  }));
  const lines = rows.map(
    (r) =>
      `- ${r.path}: ${orders(r.orders)} (${pct(r.order_share)}), ${formatCurrency(r.revenue, ctx.currency)}`,
  );
  const other =
    d.otherPaths && d.otherPaths.paths > 0
      ? [`${formatNumber(d.otherPaths.paths, 0)} other paths account for ${orders(d.otherPaths.orders)}.`]
      : [];
  const untouched = (d.topPaths ?? []).some((r) => r.channels.length === 0)
    ? [
        `"${NO_TOUCH_PATH}" is an order with no touch in its lookback window; attribution credits those to direct.`,
      ]
    : [];
  const text = [
    `Top converting paths: ${scopeLine(d, ctx)}`,
    ...lines,
    ...other,
    ...untouched,
    dataEndNote(d.period!, d.provenance.dataFreshness.ordersThrough),
  ]
    .filter(Boolean)
    .join("\n");
  return {
    text,
    data: {
      columns: [
        { key: "path", label: "Path" },
        { key: "touches", label: "Touches", unit: "count" },
        { key: "orders", label: "Orders", unit: "count" },
        { key: "order_share", label: "Share of orders", unit: "ratio", format: "percent" },
        { key: "revenue", label: "Revenue", unit: "currency", format: "currency" },
        { key: "revenue_share", label: "Share of revenue", unit: "ratio", format: "percent" },
      ],
      rows,
    },
    chart: barSpec({
      title: `Top converting paths, ${formatPeriod(d.period!)}`,
      rows,
      category: { field: "path", title: "Path" },
      value: { field: "orders", title: "Orders" },
      horizontal: true,
    }),
    provenance: provenanceOf(d),
  };
}

function presentPathLength(d: JourneysData, ctx: PresentContext): Presentation {
  const s = d.pathLength!;
  const rows = s.distribution.map((r) => ({
    touches: r.touches === 0 ? NO_TOUCH_PATH : String(r.touches),
    orders: r.orders,
    share: r.share,
  }));
  const headline =
    s.averageTouches === null
      ? "No order in the period had a tracked touch."
      : `On average an order followed ${formatNumber(s.averageTouches, 1)} touches (median ${formatNumber(s.medianTouches ?? 0, 1)}); ${pct(s.singleTouchShare ?? 0)} of orders with a tracked touch had just one.`;
  const text = [
    `Touches before conversion: ${scopeLine(d, ctx)}`,
    headline,
    ...s.distribution
      .slice(0, LISTED_LENGTHS)
      .map(
        (r) =>
          `- ${r.touches === 0 ? NO_TOUCH_PATH : `${formatNumber(r.touches, 0)} ${r.touches === 1 ? "touch" : "touches"}`}: ${orders(r.orders)} (${pct(r.share)})`,
      ),
    s.distribution.length > LISTED_LENGTHS ? "Longer paths are in the table." : "",
    dataEndNote(d.period!, d.provenance.dataFreshness.ordersThrough),
  ]
    .filter(Boolean)
    .join("\n");
  return {
    text,
    data: {
      columns: [
        { key: "touches", label: "Touches" },
        { key: "orders", label: "Orders", unit: "count" },
        { key: "share", label: "Share of orders", unit: "ratio", format: "percent" },
      ],
      rows,
    },
    chart: barSpec({
      title: `Touches before conversion, ${formatPeriod(d.period!)}`,
      rows,
      category: { field: "touches", title: "Touches before the order" },
      value: { field: "orders", title: "Orders" },
      horizontal: false,
    }),
    provenance: provenanceOf(d),
  };
}

function presentTimeToConvert(d: JourneysData, ctx: PresentContext): Presentation {
  const t = d.timeToConvert!;
  const o = t.overall;
  const headline = o
    ? `Median time from first touch to order: ${days(o.medianDays)} (a quarter convert within ${days(o.p25Days)}, three quarters within ${days(o.p75Days)}, nine in ten within ${days(o.p90Days)}; mean ${days(o.meanDays)}).`
    : "No order in the period had a tracked touch, so there is no time to convert.";
  const byChannel = t.byFirstTouchChannel.map(
    (c) =>
      `- first touch ${d.channelLabels[c.channel] ?? c.channel}: median ${days(c.medianDays)} over ${orders(c.orders)}`,
  );
  const text = [
    ...firstTouchLines(d, ctx),
    `Time to convert: ${scopeLine(d, ctx)}`,
    headline,
    ...(byChannel.length ? ["By first-touch channel:", ...byChannel] : []),
    t.ordersWithoutTouches > 0
      ? `${orders(t.ordersWithoutTouches)} had no tracked touch and are left out.`
      : "",
    dataEndNote(d.period!, d.provenance.dataFreshness.ordersThrough),
  ]
    .filter(Boolean)
    .join("\n");
  const rows = t.byFirstTouchChannel.map((c) => ({
    first_touch_channel: d.channelLabels[c.channel] ?? c.channel,
    orders: c.orders,
    median_days: c.medianDays,
    p25_days: c.p25Days,
    p75_days: c.p75Days,
    p90_days: c.p90Days,
    mean_days: c.meanDays,
  }));
  return {
    text,
    data: {
      columns: [
        { key: "first_touch_channel", label: "First-touch channel" },
        { key: "orders", label: "Orders", unit: "count" },
        { key: "median_days", label: "Median days", unit: "count", format: "decimal" },
        { key: "p25_days", label: "25th percentile (days)", unit: "count", format: "decimal" },
        { key: "p75_days", label: "75th percentile (days)", unit: "count", format: "decimal" },
        { key: "p90_days", label: "90th percentile (days)", unit: "count", format: "decimal" },
        { key: "mean_days", label: "Mean days", unit: "count", format: "decimal" },
      ],
      rows,
    },
    chart: barSpec({
      title: `Days from first touch to order, ${formatPeriod(d.period!)}`,
      rows: t.histogram.map((h) => ({ days: h.label, orders: h.orders, share: h.share })),
      category: { field: "days", title: "Days from first touch" },
      value: { field: "orders", title: "Orders" },
      horizontal: false,
    }),
    provenance: provenanceOf(d),
  };
}

function presentAssists(d: JourneysData, ctx: PresentContext): Presentation {
  const rows = (d.assists ?? []).map((r) => ({
    channel: d.channelLabels[r.channel] ?? r.channel,
    assisted_conversions: r.assistedConversions,
    last_touch_conversions: r.lastTouchConversions,
    assist_ratio: r.assistRatio,
    assisted_revenue: r.assistedRevenue,
    first_touch_conversions: r.firstTouchConversions,
  }));
  const lines = rows.map(
    (r) =>
      `- ${r.channel}: assisted ${orders(r.assisted_conversions)}, closed ${formatNumber(r.last_touch_conversions, 0)} as the last touch${r.assist_ratio === null ? " (never the last touch)" : ` (assist ratio ${formatNumber(r.assist_ratio, 2)})`}`,
  );
  const text = [
    `Assisted conversions: ${scopeLine(d, ctx)}`,
    "A channel assists when it is on the path but not the last touch; an assist ratio above 1 means it opens or nurtures more journeys than it closes.",
    ...lines,
    dataEndNote(d.period!, d.provenance.dataFreshness.ordersThrough),
  ]
    .filter(Boolean)
    .join("\n");
  return {
    text,
    data: {
      columns: [
        { key: "channel", label: "Channel" },
        { key: "assisted_conversions", label: "Assisted conversions", unit: "count" },
        { key: "last_touch_conversions", label: "Last-touch conversions", unit: "count" },
        { key: "assist_ratio", label: "Assist ratio", unit: "ratio", format: "decimal" },
        { key: "assisted_revenue", label: "Assisted revenue", unit: "currency", format: "currency" },
        { key: "first_touch_conversions", label: "First-touch conversions", unit: "count" },
      ],
      rows,
    },
    chart: barSpec({
      title: `Assisted conversions by channel, ${formatPeriod(d.period!)}`,
      rows,
      category: { field: "channel", title: "Channel" },
      value: { field: "assisted_conversions", title: "Assisted conversions" },
      horizontal: true,
    }),
    provenance: provenanceOf(d),
  };
}

/** first_last: where journeys that began on a channel ended, and how many closed on a paid one. */
function presentFirstLast(d: JourneysData, ctx: PresentContext): Presentation {
  const f = d.firstLast!;
  const label = (c: string) => d.channelLabels[c] ?? c;
  const rows = f.rows.map((r) => ({
    first_touch_channel: label(r.firstChannel),
    last_touch_channel: label(r.lastChannel),
    last_touch_paid: d.paidChannels.includes(r.lastChannel) ? "paid" : "unpaid",
    orders: r.orders,
    share_of_first: r.shareOfFirst,
    share_of_all: r.shareOfAll,
    revenue: r.revenue,
  }));
  const paidNames = d.paidChannels.map(label).join(", ");
  const crossing = (c: (typeof f.endedOnPaid)[number]) =>
    `${orders(c.endedInGroup)} of ${formatNumber(c.orders, 0)} (${pct(c.endedInGroupShare)}, ${formatCurrency(c.endedInGroupRevenue, ctx.currency)}) had a paid channel as the last touch`;
  const asked = f.firstChannel ? f.endedOnPaid.find((c) => c.firstChannel === f.firstChannel) : undefined;
  const lines = f.lastChannel
    ? [
        ...pathShareLines(f, label, ctx.currency),
        ...(f.firstChannel
          ? []
          : [
              `Where the journeys that ended with ${label(f.lastChannel)} began:`,
              ...[...f.rows]
                .sort((a, b) => b.orders - a.orders)
                .map(
                  (r) =>
                    `- ${label(r.firstChannel)}: ${orders(r.orders)} (${pct(r.shareOfLast)}), ${formatCurrency(r.revenue, ctx.currency)}`,
                ),
            ]),
      ]
    : f.firstChannel
      ? [
          ...pathShareLines(f, label, ctx.currency),
          asked
            ? `Orders whose journey began with ${label(f.firstChannel)}: ${crossing(asked)}. Their last touch:`
            : `No order in the period had a journey that began with ${label(f.firstChannel)}.`,
          ...rows.map(
            (r) =>
              `- ${r.last_touch_channel}: ${orders(r.orders)} (${pct(r.share_of_first)}), ${formatCurrency(r.revenue, ctx.currency)}`,
          ),
        ]
      : [
          "By first-touch channel, the orders that closed on a paid channel:",
          ...f.endedOnPaid.map((c) => `- first touch ${label(c.firstChannel)}: ${crossing(c)}`),
          "Every first-touch -> last-touch pair is in the table.",
        ];
  const text = [
    `First touch vs last touch: ${scopeLine(d, ctx)}`,
    ...lines,
    paidNames ? `Paid channels: ${paidNames}.` : "",
    f.ordersWithoutTouches > 0
      ? `${orders(f.ordersWithoutTouches)} had no tracked touch and are left out.`
      : "",
    dataEndNote(d.period!, d.provenance.dataFreshness.ordersThrough),
  ]
    .filter(Boolean)
    .join("\n");
  return {
    text,
    data: {
      columns: [
        { key: "first_touch_channel", label: "First-touch channel" },
        { key: "last_touch_channel", label: "Last-touch channel" },
        { key: "last_touch_paid", label: "Last touch paid?" },
        { key: "orders", label: "Orders", unit: "count" },
        {
          key: "share_of_first",
          label: "Share of the first channel's orders",
          unit: "ratio",
          format: "percent",
        },
        {
          key: "share_of_all",
          label: "Share of all converting journeys",
          unit: "ratio",
          format: "percent",
        },
        { key: "revenue", label: "Revenue", unit: "currency", format: "currency" },
      ],
      rows,
    },
    ...(f.firstChannel && !f.lastChannel
      ? {
          chart: barSpec({
            title: `Last touch of journeys that began with ${label(f.firstChannel)}, ${formatPeriod(d.period!)}`,
            rows,
            category: { field: "last_touch_channel", title: "Last-touch channel" },
            value: { field: "orders", title: "Orders" },
            horizontal: true,
          }),
        }
      : {}),
    provenance: provenanceOf(d),
  };
}

function presentCustomer(d: JourneysData, ctx: PresentContext): Presentation {
  const c = d.customer!;
  if (!c.found)
    return {
      text: `I have no touches or orders for customer ${c.customerId}.`,
      data: { columns: [], rows: [] },
      provenance: provenanceOf(d),
    };
  const lines = c.orders.map(
    (o) =>
      `- order ${o.orderId} on ${o.at.slice(0, 10)} (${formatCurrency(o.revenue, ctx.currency)}): ${labelPath(o.path === NO_TOUCH_PATH ? [] : o.path.split(PATH_SEPARATOR), d.channelLabels)}${o.daysToConvert === null ? "" : `, ${days(o.daysToConvert)} after its first touch`}`,
  );
  const text = [
    `Customer ${c.customerId}: ${formatNumber(c.touches.length, 0)} tracked touches and ${orders(c.orders.length)} (${formatCurrency(d.revenue, ctx.currency)}).`,
    ...lines,
  ].join("\n");
  const rows = [
    ...c.touches.map((t) => ({
      at: t.at,
      event: "touch",
      channel: d.channelLabels[t.channel] ?? t.channel,
      detail: t.campaign ?? t.sourceMedium,
      revenue: null as number | null,
    })),
    ...c.orders.map((o) => ({
      at: o.at,
      event: "order",
      channel: null,
      detail: o.orderId,
      revenue: o.revenue,
    })),
  ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.event === "touch" ? -1 : 1));
  return {
    text,
    data: {
      columns: [
        { key: "at", label: "When (UTC)" },
        { key: "event", label: "Event" },
        { key: "channel", label: "Channel" },
        { key: "detail", label: "Campaign, source / medium or order" },
        { key: "revenue", label: "Revenue", unit: "currency", format: "currency" },
      ],
      rows,
    },
    provenance: provenanceOf(d),
  };
}

/** journeys: one presentation per analysis. */
export function presentJourneys(d: JourneysData, ctx: PresentContext): Presentation {
  if (d.analysis === "customer") return presentCustomer(d, ctx);
  const empty = noOrders(d);
  if (empty) return empty;
  switch (d.analysis) {
    case "top_paths":
      return presentTopPaths(d, ctx);
    case "path_length":
      return presentPathLength(d, ctx);
    case "time_to_convert":
      return presentTimeToConvert(d, ctx);
    case "assists":
      return presentAssists(d, ctx);
    case "first_last":
      return presentFirstLast(d, ctx);
  }
}
