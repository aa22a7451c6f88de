/**
 * left16b: "median order value by month", "p25/p75 basket size for first-time vs repeat buyers",
 * "what's the 90th percentile order in q3", "how are order values spread": statistics of single
 * orders, answered by the cohorts tool's order-value distribution (show "order_value", computed in
 * core/cohorts/order-value-distribution.ts), not by average order value, which is a mean. The
 * question is read raw: normalizing rewrites "median" (to "average", or "media"). Statistics of
 * anything else (median CPA, median time on site) are not computed and keep the honest note of
 * unsupported-statistic.ts.
 */

import type { OrderValueLevel } from "../../core/cohorts/orders-past-value.ts";
import { campaignPeriod } from "./frame.ts";
import { readOrderValueLevel } from "./order-value-level.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { Frame } from "./types.ts";

/** What an order-value distribution question asks. */
export interface OrderValueAsk {
  percentiles: number[];
  orderValueBy: "none" | "month" | "week" | "customer_type" | "channel";
  /** fix14d: a level on single orders ("orders over $200"), read by order-value-level.ts. */
  level?: OrderValueLevel | undefined;
}

/** A statistic of a distribution named. */
const STATISTIC =
  /\b(?:median|medians|percentiles?|quartiles?|quantiles?|interquartile|iqr|p\d{1,2}|\d{1,2}(?:st|nd|rd|th) (?:pct|percentile|%ile))\b/;

/** The spread of order values asked without a statistic: "distribution of order values". */
const SPREAD =
  /\b(?:distribution|spread|histogram|range) of (?:our |the )?(?:order (?:values?|sizes?|amounts?|totals?)|basket (?:sizes?|values?)|cart (?:sizes?|values?)|aov)\b|\b(?:order (?:value|size|amount)|basket size|aov) (?:distribution|spread|histogram)\b|\border (?:values?|sizes?|amounts?) (?:are |is )?(?:distributed|spread)\b/;

/** Single orders' value, as a marketer names it. */
const ORDER_VALUE =
  /\b(?:order (?:values?|sizes?|amounts?|totals?|revenue)|aov|basket (?:sizes?|values?)|cart (?:sizes?|values?)|ticket size|(?:revenue|spend|sales) per (?:order|purchase|transaction)|orders? (?:is|are|was|were) worth|purchase (?:values?|amounts?)|transaction (?:values?|sizes?))\b/;

/** New against returning customers, however named. */
const CUSTOMER_TYPE =
  /\b(?:new|first[- ]time|first order|fresh)\b.{0,25}\b(?:returning|repeat|existing|loyal|old)\b|\b(?:returning|repeat|existing)\b.{0,25}\b(?:new|first[- ]time)\b/;

/** Metrics the question may name alongside order value (it names one thing: the order). */
const ORDER_METRICS = new Set(["average_order_value", "revenue", "orders"]);

/** The percentiles named: p25, 25th percentile, median, quartiles; with the median for context. */
export function askedPercentiles(raw: string): number[] {
  const found = new Set<number>();
  for (const m of raw.matchAll(/\bp(\d{1,2})\b/g)) found.add(Number(m[1]));
  for (const m of raw.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)?(?: |-)?(?:pct|percentile|%ile|centile)s?\b/g))
    found.add(Number(m[1]));
  // "the 25th and 75th percentiles": a list of ordinals before one "percentile".
  if (/\bpercentiles?\b/.test(raw))
    for (const m of raw.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)\b/g)) found.add(Number(m[1]));
  if (/\b(?:quartiles?|interquartile|iqr)\b/.test(raw)) for (const p of [25, 50, 75]) found.add(p);
  if (/\bmedians?\b/.test(raw)) found.add(50);
  if (found.size === 0) for (const p of [10, 25, 50, 75, 90]) found.add(p);
  found.add(50);
  return [...found]
    .filter((p) => p >= 0 && p <= 100)
    .sort((a, b) => a - b)
    .slice(0, 9);
}

/**
 * @example readOrderValueDistribution("median order value by month", p) // { percentiles: [50], orderValueBy: "month" }
 * @example readOrderValueDistribution("median cpa by channel", p) // undefined (not computed)
 */
export function readOrderValueDistribution(question: string, p: ParsedQuestion): OrderValueAsk | undefined {
  const raw = question.toLowerCase().replace(/[’']/g, "'");
  const statistic = STATISTIC.test(raw);
  const level = readOrderValueLevel(raw);
  if (!level) {
    if (!statistic && !SPREAD.test(raw)) return undefined;
    if (!ORDER_VALUE.test(raw) && !p.metrics.includes("average_order_value")) return undefined;
  }
  if (p.metrics.some((m) => !ORDER_METRICS.has(m))) return undefined;
  // Only whole-store orders are read: a campaign, platform or region filter is not (the note stays).
  if (p.dims.filters.some((f) => f.field !== "customer_type")) return undefined;
  const dims = p.dims.dimensions.filter((d) => d !== "date");
  if (dims.some((d) => d !== "customer_type" && d !== "channel")) return undefined;
  const grain = p.trend.trend ? p.trend.grain : undefined;
  if (grain && grain !== "month" && grain !== "week") return undefined;
  const orderValueBy =
    dims.includes("customer_type") || p.dims.filters.length || CUSTOMER_TYPE.test(raw)
      ? "customer_type"
      : dims.includes("channel")
        ? "channel"
        : (grain ?? "none");
  // A level asked alone gives the quartiles beside its count, for the spread around it.
  const percentiles = level && !statistic ? [25, 50, 75] : askedPercentiles(raw);
  return { percentiles, orderValueBy, ...(level ? { level } : {}) };
}

/** The frame: the question's period, else the last 12 months of data. */
export function orderValueFrame(frame: Frame, p: ParsedQuestion, ask: OrderValueAsk): Frame {
  const period = p.time.period
    ? frame.period
    : { ...campaignPeriod(p.today, p.dataEnd), label: "last 12 months (default for order values)" };
  return {
    ...frame,
    period,
    cohort: {
      groupBy: "first_order_month",
      show: "order_value",
      orderValueBy: ask.orderValueBy,
      percentiles: ask.percentiles,
      ...(ask.level ? { orderValueLevel: ask.level } : {}),
    },
  };
}
