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
import { presentClosedAfter } from "./journeys-closed-after.ts";
import { presentFirstLast } from "./journeys-first-last.ts";
import { barSpec, days, labelPath, orders, pct, provenanceOf, scopeLine } from "./journeys-format.ts";
import { localDay, nothingPicked, pickedLead } from "./journeys-picked.ts";
import { lookbackWhatIfLines } from "./lookback-what-if.ts";
import { pathLengthByTypeLines } from "./path-length-by-type.ts";
import type { Presentation, PresentContext } from "./types.ts";

/** Path lengths listed in the text; the table has them all. */
const LISTED_LENGTHS = 8;

function noOrders(d: JourneysData): Presentation | undefined {
  // A first touch that no order began on still answers with the orders it was taken from.
  if (d.orders > 0 || !d.period || (d.firstTouchScope?.allOrders ?? 0) > 0) return undefined;
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
  const scope = d.firstTouchScope;
  // fix8f: the first touch the question named, said first: these are not every order's paths.
  const named = scope?.keys
    .map((k, i) =>
      scope.kinds[i] === "channel" ? (d.channelLabels[k] ?? k) : (ctx.valueLabels?.platform?.[k] ?? k),
    )
    .join(" or ");
  const text = [
    named && scope?.position === "anywhere"
      ? `Top converting paths that include ${named} at any step (first, middle or last touch): ${scopeLine(d, ctx)}`
      : named
        ? `Top converting paths of orders whose journey began on ${named}: ${scopeLine(d, ctx)}`
        : `Top converting paths${d.customerScope ? ` of ${d.customerScope.type === "new" ? "new customers' first purchases" : "returning customers' orders"}` : ""}: ${scopeLine(d, ctx)}`,
    scope ? `That is ${orders(d.orders)} of the ${orders(scope.allOrders)} placed in the period.` : "",
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

/** fix13d: average touches of the journeys that began on each first touch asked, side by side. */
function pathLengthByFirstTouchLines(d: JourneysData, ctx: PresentContext): string[] {
  const rows = d.pathLengthByFirstTouch ?? [];
  const name = (r: (typeof rows)[number]) =>
    r.kind === "channel" ? (d.channelLabels[r.key] ?? r.key) : (ctx.valueLabels?.platform?.[r.key] ?? r.key);
  const lines = rows.map((r) =>
    r.averageTouches === null
      ? `- First touch ${name(r)}: no order began there`
      : `- First touch ${name(r)}: ${formatNumber(r.averageTouches, 1)} touches on average (median ${formatNumber(r.medianTouches ?? 0, 1)}) over ${orders(r.orders)}`,
  );
  const [a, b] = rows;
  const verdict =
    rows.length === 2 &&
    a!.averageTouches !== null &&
    b!.averageTouches !== null &&
    a!.averageTouches !== b!.averageTouches
      ? `Journeys that began on ${name(a!.averageTouches > b!.averageTouches ? a! : b!)} took more touches (${formatNumber(Math.max(a!.averageTouches, b!.averageTouches), 1)} against ${formatNumber(Math.min(a!.averageTouches, b!.averageTouches), 1)}).`
      : "";
  const lead =
    d.customerScope?.type === "new"
      ? "Touches before a first purchase (new customers' orders), by the channel of the journey's first touch:"
      : "By the channel of the journey's first touch:";
  return [lead, ...lines, verdict].filter(Boolean);
}

/**
 * fix21b: "how many orders had no touchpoints at all": the orders with no tracked touch in the
 * lookback, and their share, said first; attribution credits them to Direct.
 */
const NO_TOUCH_ASKED =
  /\b(?:no|zero|0|without(?: a| any)?|never had(?: a| any)?|lack(?:ing|ed|s)?(?: a| any)?|missing(?: a| any)?) (?:single )?(?:recorded |tracked |marketing |known )?(?:touch ?points?|touches)\b|\b(?:untracked|untouched|touchless|orphan(?:ed)?) (?:orders|purchases|conversions|sales)\b/i;

function noTouchLines(s: NonNullable<JourneysData["pathLength"]>, question: string | undefined): string[] {
  if (!question || !NO_TOUCH_ASKED.test(question)) return [];
  const none = s.distribution.find((r) => r.touches === 0);
  return none
    ? [
        `Orders with no tracked touch: ${orders(none.orders)} (${pct(none.share)} of the period's orders). Attribution credits them to Direct.`,
      ]
    : ["Every order in the period had at least one tracked touch."];
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
    ...noTouchLines(s, ctx.question),
    ...(d.pathLengthByFirstTouch ? pathLengthByFirstTouchLines(d, ctx) : []),
    ...(d.pathLengthByCustomerType ? pathLengthByTypeLines(d.pathLengthByCustomerType) : []),
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
    ...lookbackWhatIfLines(d, ctx.question),
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

function presentCustomer(d: JourneysData, ctx: PresentContext): Presentation {
  const none = nothingPicked(d);
  if (none) {
    const end = d.period ? dataEndNote(d.period, d.provenance.dataFreshness.ordersThrough, true) : "";
    return { text: end || none, data: { columns: [], rows: [] }, provenance: provenanceOf(d) };
  }
  const c = d.customer!;
  if (!c.found)
    return {
      text: `I have no touches or orders for customer ${c.customerId}.`,
      data: { columns: [], rows: [] },
      provenance: provenanceOf(d),
    };
  const lines = c.orders.map(
    (o) =>
      `- order ${o.orderId} on ${localDay(o.at, ctx.timeZone)} (${formatCurrency(o.revenue, ctx.currency)}): ${labelPath(o.path === NO_TOUCH_PATH ? [] : o.path.split(PATH_SEPARATOR), d.channelLabels)}${o.daysToConvert === null ? "" : `, ${days(o.daysToConvert)} after its first touch`}`,
  );
  const lead = pickedLead(d, ctx);
  const text = [
    ...(lead ? [lead] : []),
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
      return d.firstLast?.closedAfter ? presentClosedAfter(d, ctx) : presentFirstLast(d, ctx);
  }
}
