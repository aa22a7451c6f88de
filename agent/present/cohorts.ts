/**
 * cohorts results as answers: per cohort (first-touch channel, by label, or first-order month)
 * customers, repeat-purchase rate and LTV at the chosen horizon, with LTV:CAC by channel, and the
 * table of every horizon. Horizons no customer has reached read "not enough history", never 0.
 * Every figure in the text is a value of the tool's data (or its percentage), so the verifier
 * grounds it.
 */
import type { CohortRow } from "../../core/cohorts/cohorts.ts";
import type { PaybackRow } from "../../core/cohorts/payback.ts";
import type { CohortsData } from "../../tools/cohorts/execute.ts";
import { formatCurrency, formatNumber, formatPeriod, ordersThroughNote } from "../answer/index.ts";
import { presentRetention } from "./cohort-retention.ts";
import { presentLifecycle } from "./lifecycle-counts.ts";
import { presentOrderFrequency } from "./order-frequency.ts";
import { presentOrderValues } from "./order-values.ts";
import { presentRepeatGap } from "./repeat-gap.ts";
import type { Presentation, PresentContext } from "./types.ts";
import { presentWindowVsOthers } from "./window-vs-others.ts";

const SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

const pct = (r: number) => `${formatNumber(r * 100, 1)}%`;

function ltvAt(row: CohortRow, days: number) {
  return row.horizons.find((h) => h.days === days);
}

/** The payback lines: overall at the blended CAC, then per channel with ad spend. */
function paybackLines(d: CohortsData, ctx: PresentContext): string[] {
  const p = d.payback;
  if (!p) return [];
  const money = (v: number) => formatCurrency(v, ctx.currency);
  const name = (c: string) => d.channelLabels[c] ?? c;
  const one = (r: PaybackRow) => {
    const paid = r.steps.find((s) => s.days === r.paybackDays);
    if (r.paybackDays !== null && paid?.grossProfitPerCustomer != null)
      return `CAC ${money(r.cac)} is paid back within ${formatNumber(r.paybackDays, 0)} days of the first order (gross profit per customer ${money(paid.grossProfitPerCustomer)} by then)`;
    if (!r.longestObserved) return `CAC ${money(r.cac)}; no customer has enough history yet to say`;
    return `CAC ${money(r.cac)} is not paid back within ${formatNumber(r.longestObserved.days, 0)} days, the longest horizon observed (gross profit per customer ${money(r.longestObserved.grossProfitPerCustomer as number)}, ${money(r.shortfall as number)} short)`;
  };
  const margin = p.grossMarginIsDefault
    ? `Gross margin ${formatNumber(p.grossMarginPercent, 0)}% (the default, as your organization has not set its own (PATCH /api/v1/organization)).`
    : `Gross margin ${formatNumber(p.grossMarginPercent, 0)}% (your organization's).`;
  return [
    "CAC payback: when a customer's gross profit (revenue per customer since the first order x gross margin) covers what it cost to acquire them (ad spend over new customers), read at 30, 60, 90, 180 and 365 days.",
    p.overall
      ? `- All customers (blended: all ad spend over all new customers, organic ones included): ${one(p.overall)}.`
      : "- All customers: no ad spend in the period, so no CAC.",
    ...p.byChannel.map((r) => `- first touch ${name(r.cohort)}: ${one(r)}.`),
    margin,
  ];
}

/** Below this many customers observed at the horizon, a group's LTV is called a small sample. */
const SMALL_SAMPLE = 100;

/**
 * fix18c: "which channel brings the highest LTV": the group with the highest LTV at the horizon
 * named, with its customer count and the lowest for the spread; "" when fewer than two groups
 * have it.
 */
function ltvLeader(d: CohortsData, name: (c: string) => string, money: (v: number) => string): string {
  const valued = d.rows
    .map((r) => ({ r, h: ltvAt(r, d.ltvDays) }))
    .filter((x) => x.h?.revenuePerCustomer != null && x.h.customers > 0)
    .sort(
      (a, b) => b.h!.revenuePerCustomer! - a.h!.revenuePerCustomer! || (a.r.cohort < b.r.cohort ? -1 : 1),
    );
  if (valued.length < 2) return "";
  const top = valued[0]!;
  const low = valued[valued.length - 1]!;
  const n = top.h!.customers;
  const small =
    n < SMALL_SAMPLE
      ? `, but on only ${formatNumber(n, 0)} customers observed that long, so treat the lead as rough`
      : ` (${formatNumber(n, 0)} customers observed that long)`;
  return `Highest ${d.ltvDays}-day LTV by first-touch channel: ${name(top.r.cohort)} at ${money(top.h!.revenuePerCustomer!)}${small}; the lowest is ${name(low.r.cohort)} at ${money(low.h!.revenuePerCustomer!)} (${formatNumber(low.h!.customers, 0)} customers).`;
}

/**
 * @example presentCohorts(data, { currency: "USD", timeZone: "America/New_York" })
 */
export function presentCohorts(d: CohortsData, ctx: PresentContext): Presentation {
  if (d.windowSplit) return presentWindowVsOthers(d, ctx);
  if (d.retention) return presentRetention(d, ctx);
  if (d.frequency) return presentOrderFrequency(d, ctx);
  if (d.lifecycle) return presentLifecycle(d, ctx);
  if (d.orderValues) return presentOrderValues(d, ctx);
  if (d.repeatGap) return presentRepeatGap(d, ctx);
  const byChannel = d.groupBy === "first_touch_channel";
  const name = (cohort: string) => (byChannel ? (d.channelLabels[cohort] ?? cohort) : cohort);
  const money = (v: number) => formatCurrency(v, ctx.currency);
  const provenance = { tool: "cohorts", groupBy: d.groupBy, ltvDays: d.ltvDays, ...d.provenance };
  if (d.total.customers === 0)
    return {
      text: `No customer placed a first order ${formatPeriod(d.period)}, so there is no cohort to show.`,
      data: { columns: [], rows: [] },
      provenance,
    };
  const t = ltvAt(d.total, d.ltvDays);
  // fix5b: the repeat rate at the horizon (only customers observed that long) leads; the rate
  // "by now" mixes customers followed for a year with ones followed for a week, so it comes second.
  const repeatLine =
    t && t.repeatRate !== null
      ? `${pct(t.repeatRate)} ordered again within ${d.ltvDays} days of their first order (over the ${formatNumber(t.customers, 0)} customers observed that long); ${pct(d.total.repeatRate)} have ordered again by now (any time up to the data end).`
      : `${pct(d.total.repeatRate)} have ordered again by now (repeat-purchase rate); none has ${d.ltvDays} days of history yet, so there is no ${d.ltvDays}-day repeat rate.`;
  const headline =
    t && t.revenuePerCustomer !== null
      ? `${d.ltvDays}-day LTV (revenue per customer in the first ${d.ltvDays} days, over the ${formatNumber(t.customers, 0)} customers observed that long): ${money(t.revenuePerCustomer)}.`
      : `No customer acquired ${formatPeriod(d.period)} has ${d.ltvDays} days of history yet, so there is no ${d.ltvDays}-day LTV.`;
  const cac = new Map((d.ltvToCac ?? []).map((r) => [r.channel, r]));
  const lines = d.rows.map((r) => {
    const h = ltvAt(r, d.ltvDays);
    const ltv =
      h?.revenuePerCustomer == null
        ? `${d.ltvDays}-day LTV: not enough history`
        : `${d.ltvDays}-day LTV ${money(h.revenuePerCustomer)}`;
    const c = cac.get(r.cohort);
    const ratio =
      c?.cac == null
        ? byChannel
          ? "; no ad spend, so no CAC"
          : ""
        : `; CAC ${money(c.cac)}${c.ltvToCac === null ? "" : `, LTV:CAC ${formatNumber(c.ltvToCac, 2)}`}`;
    const within =
      h?.repeatRate == null
        ? `${pct(r.repeatRate)} came back for a second order by now (none observed ${d.ltvDays} days yet)`
        : `${pct(h.repeatRate)} came back within ${d.ltvDays} days (${pct(r.repeatRate)} by now)`;
    return `- ${name(r.cohort)}: ${formatNumber(r.customers, 0)} customers, ${within}; ${ltv}${ratio}`;
  });
  // Ranked at the horizon where every row has it (the same follow-up for each), else by now.
  const atHorizon = d.rows.every((r) => ltvAt(r, d.ltvDays)?.repeatRate != null);
  const rateOf = (r: CohortRow) => (atHorizon ? (ltvAt(r, d.ltvDays)?.repeatRate as number) : r.repeatRate);
  const best = [...d.rows]
    .filter((r) => r.customers >= 1)
    .sort((a, b) => rateOf(b) - rateOf(a) || (a.cohort < b.cohort ? -1 : 1))[0];
  // fix15b: LTV:CAC asked: the channels with ad spend ranked by it, after who was left out.
  const ranked = [...(d.ltvToCac ?? [])]
    .filter((c) => c.ltvToCac !== null)
    .sort((a, b) => (b.ltvToCac as number) - (a.ltvToCac as number) || (a.channel < b.channel ? -1 : 1));
  const cacLine =
    d.cacFocus && byChannel && ranked.length
      ? `LTV:CAC at ${d.ltvDays} days by first-touch channel, highest first: ${ranked.map((c) => `${name(c.channel)} ${formatNumber(c.ltvToCac as number, 2)}`).join(", ")}.`
      : "";
  const ltvTop = byChannel ? ltvLeader(d, name, money) : "";
  const asksValue = /\b(?:ltv|clv|lifetime|value|valuable|worth)\b/i.test(ctx.question ?? "");
  const leftOut = d.excludedChannels?.length
    ? `Left out as asked: customers whose first touch was ${d.excludedChannels.map(name).join(" or ")} (every figure below is without them).`
    : "";
  const text = [
    leftOut,
    asksValue ? ltvTop : "",
    ...paybackLines(d, ctx),
    `Customer cohorts: ${formatNumber(d.total.customers, 0)} customers placed their first order ${formatPeriod(d.period)}; ${repeatLine} ${headline}`,
    cacLine,
    `${byChannel ? "By first-touch channel" : "By first-order month"}:`,
    ...lines,
    byChannel && best
      ? `Customers first reached through ${name(best.cohort)} come back most often (${pct(rateOf(best))}${atHorizon ? ` within ${d.ltvDays} days` : ""}).`
      : "",
    asksValue ? "" : ltvTop,
    "LTV and the repeat rate at a horizon count only customers whose first order is at least that many days before the data end; the table has every horizon.",
    ordersThroughNote(d.provenance.dataFreshness.ordersThrough),
  ]
    .filter(Boolean)
    .join("\n");
  const horizonCols = d.horizons.map((h) => ({
    key: `ltv_${h}d`,
    label: `LTV ${h} days`,
    unit: "currency",
  }));
  const rows = d.rows.map((r) => ({
    cohort: name(r.cohort),
    customers: r.customers,
    repeat_rate: r.repeatRate,
    [`repeat_${d.ltvDays}d`]: ltvAt(r, d.ltvDays)?.repeatRate ?? null,
    ...Object.fromEntries(r.horizons.map((h) => [`ltv_${h.days}d`, h.revenuePerCustomer])),
    ...(byChannel
      ? { cac: cac.get(r.cohort)?.cac ?? null, ltv_to_cac: cac.get(r.cohort)?.ltvToCac ?? null }
      : {}),
  }));
  // fix9a: a question about customers coming back charts the repeat rate, not LTV.
  // fix15b: LTV:CAC asked by channel charts LTV:CAC.
  const cacChart = !!d.cacFocus && byChannel;
  const chartField = cacChart ? "ltv_to_cac" : d.repeatFocus ? `repeat_${d.ltvDays}d` : `ltv_${d.ltvDays}d`;
  const chartLabel = cacChart
    ? `LTV:CAC (${d.ltvDays} days)`
    : d.repeatFocus
      ? `Repeat rate within ${d.ltvDays} days`
      : `${d.ltvDays}-day LTV`;
  return {
    text,
    data: {
      columns: [
        { key: "cohort", label: byChannel ? "First-touch channel" : "First-order month" },
        { key: "customers", label: "Customers", unit: "count" },
        { key: "repeat_rate", label: "Repeat-purchase rate (by now)", unit: "percent" },
        { key: `repeat_${d.ltvDays}d`, label: `Repeat within ${d.ltvDays} days`, unit: "percent" },
        ...horizonCols,
        ...(byChannel
          ? [
              { key: "cac", label: "CAC", unit: "currency" },
              { key: "ltv_to_cac", label: `LTV:CAC (${d.ltvDays} days)`, unit: "ratio" },
            ]
          : []),
      ],
      rows,
    },
    chart: {
      $schema: SCHEMA,
      title: `${chartLabel} by ${byChannel ? "first-touch channel" : "first-order month"}`,
      description: `${chartLabel} by cohort`,
      width: "container",
      data: { values: rows.filter((r) => r[chartField as keyof typeof r] !== null) },
      mark: { type: "bar", tooltip: true },
      encoding: {
        x: {
          field: "cohort",
          type: "nominal",
          title: byChannel ? "First-touch channel" : "Month",
          sort: null,
        },
        y: {
          field: chartField,
          type: "quantitative",
          title: cacChart
            ? `LTV:CAC ${d.ltvDays} days`
            : d.repeatFocus
              ? `Repeat within ${d.ltvDays} days`
              : `LTV ${d.ltvDays} days`,
        },
      },
    },
    provenance,
  };
}
