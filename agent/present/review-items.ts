/**
 * left16d: the wins and concerns a review can name, read from a brief's sections, each one line
 * with its figure and a size in dollars to rank by (agent/present/review.ts picks and orders them).
 * - channels whose attributed revenue rose (win) or fell (concern) against the period before;
 * - a paid channel whose ROAS rose on its spend (win), or that beat break-even (win);
 * - paid media as a whole below break-even ROAS at the gross margin (concern; sized by the gross
 *   profit short of break-even, so a big shortfall outranks a small revenue dip);
 * - conversion-rate breaks per channel (a broken landing page: concern; sized by the orders lost
 *   at the period's average order value) and the day anomalies the brief rated medium or high
 *   (runaway spend, a tracking outage);
 * - the headline KPIs that moved, as fillers (size 0) when the channels give too few.
 * Every figure printed is a field of the brief (briefs/review-section.ts works them out).
 */
import type { Brief } from "../../briefs/build-brief.ts";
import type { KpiRow } from "../../briefs/kpis.ts";
import { currencySymbol, formatCurrency, formatDate, formatNumber, formatPeriod } from "../answer/format.ts";

/** One candidate line of a review. */
export interface ReviewItem {
  side: "win" | "concern";
  /** Dollars it is worth, to rank by (0 for the KPI fillers). */
  size: number;
  /** At most one line per key and side (a channel's revenue and its ROAS are one story). */
  key: string;
  /** The line, short form and full form. */
  short: string;
  full: string;
}

const pct = (x: number) => `${formatNumber(Math.abs(x) * 100, 1)}%`;
const times = (x: number) => `${formatNumber(x, 2)}x`;
const upDown = (x: number) => (x >= 0 ? "up" : "down");

/** A revenue change smaller than this share of the period's revenue is not worth a line. */
const MIN_SHARE = 0.005;
/** A ROAS gain smaller than this (relative) is noise, not a win. */
const MIN_ROAS_GAIN = 0.05;

function channelItems(b: Brief, money: (x: number) => string): ReviewItem[] {
  const r = b.sections.review;
  if (!r) return [];
  const total = b.sections.kpis.sums.current?.revenue ?? 0;
  const floor = total * MIN_SHARE;
  const prev = formatPeriod(b.period.previous);
  const out: ReviewItem[] = [];
  for (const c of r.channels) {
    if (Math.abs(c.revenueChange) >= floor && c.previousRevenue > 0) {
      const side = c.revenueChange > 0 ? "win" : "concern";
      const pctText = c.revenuePctChange === null ? "" : ` (${pct(c.revenuePctChange)})`;
      const head = `${c.label} revenue ${upDown(c.revenueChange)} ${money(Math.abs(c.revenueChange))}${pctText}`;
      const roas =
        c.roas !== null && c.previousRoas !== null
          ? `, ROAS ${times(c.roas)} from ${times(c.previousRoas)}`
          : "";
      out.push({
        side,
        size: Math.abs(c.revenueChange),
        key: c.member,
        short: `${head}.`,
        full: `${head} to ${money(c.revenue)} against ${prev}${roas}.`,
      });
    }
    if (c.roas !== null && c.previousRoas !== null && c.roas > c.previousRoas * (1 + MIN_ROAS_GAIN)) {
      const gained = c.spend * (c.roas - c.previousRoas);
      out.push({
        side: "win",
        size: gained,
        key: c.member,
        short: `${c.label} ROAS up to ${times(c.roas)} from ${times(c.previousRoas)}.`,
        full: `${c.label} ROAS up to ${times(c.roas)} from ${times(c.previousRoas)} on ${money(c.spend)} of spend.`,
      });
    }
    if (c.breakEvenShortfall !== null && c.breakEvenShortfall < 0 && c.roas !== null)
      out.push({
        side: "win",
        size: -c.breakEvenShortfall * r.grossMargin,
        key: c.member,
        short: `${c.label} beat break-even: ROAS ${times(c.roas)} vs ${times(r.breakEvenRoas)}.`,
        full: `${c.label} beat break-even: ROAS ${times(c.roas)} on ${money(c.spend)} of spend, above ${times(r.breakEvenRoas)} at a ${formatNumber(r.grossMargin * 100, 0)}% gross margin.`,
      });
  }
  // Paid media below break-even: one line, furthest below named.
  const below = r.channels
    .filter((c) => c.breakEvenShortfall !== null && c.breakEvenShortfall > 0 && c.roas !== null)
    .sort((a, b2) => (b2.breakEvenShortfall ?? 0) - (a.breakEvenShortfall ?? 0));
  const paid = b.sections.kpis.rows.find((k) => k.key === "paid_roas")?.current ?? null;
  if (below.length && paid !== null && paid < r.breakEvenRoas) {
    const named = below
      .slice(0, 2)
      .map((c) => `${c.label} ${times(c.roas ?? 0)} on ${money(c.spend)}`)
      .join(", ");
    const model = r.attributionModel.replace(/_/g, " ");
    out.push({
      side: "concern",
      size: below.reduce((a, c) => a + (c.breakEvenShortfall ?? 0), 0) * r.grossMargin,
      key: "break-even",
      short: `Paid ROAS ${times(paid)} (${model}), below the ${times(r.breakEvenRoas)} break-even.`,
      full: `Paid ROAS ${times(paid)} (${model} attribution), below the ${times(r.breakEvenRoas)} break-even at a ${formatNumber(r.grossMargin * 100, 0)}% gross margin; furthest below: ${named}.`,
    });
  }
  return out;
}

function breakItems(b: Brief, money: (x: number) => string): ReviewItem[] {
  const rate = (x: number) => `${formatNumber(x * 100, x < 0.01 ? 2 : 1)}%`;
  return (b.sections.review?.rateBreaks ?? []).map((k) => {
    const when = `${formatPeriod(k)} (${k.days} days)`;
    const head = `${k.label} conversion rate ${k.relativeChange < 0 ? "broke down" : "jumped"} to ${rate(k.rateInside)} from ${rate(k.rateOutside)}, ${when}`;
    const cost =
      k.revenue !== 0
        ? `, about ${formatNumber(Math.abs(k.orders), 0)} orders (${money(Math.abs(k.revenue))}) ${k.orders < 0 ? "lost" : "gained"}`
        : "";
    const back = k.recovered ? "; it came back after" : "; not back by the end of the period";
    return {
      side: k.relativeChange < 0 ? "concern" : "win",
      size: Math.abs(k.revenue),
      key: `break:${k.member ?? "all"}`,
      short: `${head}${cost}.`,
      full: `${head}${cost}${back}.`,
    };
  });
}

function anomalyItems(b: Brief, money: (x: number) => string): ReviewItem[] {
  const aov = b.sections.review?.averageOrderValue ?? 0;
  return b.sections.anomalies.items
    .filter((a) => a.severity !== "low")
    .map((a) => {
      const gap = Math.abs(a.value - a.expected);
      const value = (x: number) => (a.unit === "currency" ? money(x) : formatNumber(x, 0));
      const bad = a.metric === "spend" ? a.direction === "up" : a.direction === "down";
      const line = `${a.metricLabel} for ${a.seriesLabel} on ${formatDate(a.date)}: ${value(a.value)} against an expected ${value(a.expected)}.`;
      return {
        side: bad ? ("concern" as const) : ("win" as const),
        size: a.unit === "currency" ? gap : gap * aov,
        key: `anomaly:${a.metric}:${a.date}`,
        short: line,
        full: line,
      };
    });
}

/** KPIs that moved, as fillers: better is a win (CAC down), worse a concern. */
function kpiItems(b: Brief, money: (x: number) => string): ReviewItem[] {
  const better = (k: KpiRow, d: number) => (k.key === "cac" ? d < 0 : k.key === "spend" ? undefined : d > 0);
  return b.sections.kpis.rows.flatMap((k): ReviewItem[] => {
    const d = k.changeVsPrevious;
    if (d === null || k.current === null || k.previous === null || Math.abs(d) < 0.005) return [];
    const good = better(k, d);
    if (good === undefined) return [];
    const v = (x: number) =>
      k.unit === "currency" ? money(x) : k.unit === "ratio" ? times(x) : formatNumber(x, 0);
    const line = `${k.label} ${upDown(d)} ${pct(d)} to ${v(k.current)} from ${v(k.previous)}.`;
    return [{ side: good ? "win" : "concern", size: 0, key: `kpi:${k.key}`, short: line, full: line }];
  });
}

/** Whole dollars from $100 up ("$1,791", not "$1,791.03"): a review reads at a glance. */
export function reviewMoney(x: number, currency: string): string {
  const abs = Math.abs(x);
  if (abs < 100 || abs >= 1e6) return formatCurrency(x, currency);
  return `${x < 0 ? "-" : ""}${currencySymbol(currency)}${formatNumber(abs, 0)}`;
}

/** Every candidate of the brief, unranked. */
export function reviewItems(b: Brief): ReviewItem[] {
  const money = (x: number) => reviewMoney(x, b.organization.currency);
  return [
    ...breakItems(b, money),
    ...channelItems(b, money),
    ...anomalyItems(b, money),
    ...kpiItems(b, money),
  ];
}
