/**
 * left16d: the review section of a brief, for "what worked and what didn't", "wins and concerns",
 * "a client update": the candidates a review judges, each with its figures worked out here so the
 * presenter only picks, ranks and phrases them (agent/present/review.ts).
 * - every channel's spend and attributed revenue in the period and the one before, its revenue
 *   change and, for a paid channel, its ROAS on both sides against the break-even ROAS at the
 *   organization's gross margin (the revenue it fell short of break-even by);
 * - the conversion-rate breaks per channel (a broken landing page that halves a channel's rate for
 *   two weeks moves no single day far enough for the day scan), with the orders and the revenue at
 *   the period's average order value they cost or gained.
 */
import { breakEvenRoas } from "../core/recommend/profit.ts";
import { readGrossMargin } from "../db/repositories/recommendations.ts";
import { executeMetricQuery } from "../semantic/execute/execute.ts";
import type { DateRange } from "../semantic/query/types.ts";
import { createDetectAnomalies } from "../tools/detect-anomalies/execute.ts";
import type { ToolDeps } from "../tools/shared/deps.ts";

/** One channel on both sides of the review. */
export interface ReviewChannel {
  member: string;
  label: string;
  spend: number;
  previousSpend: number;
  revenue: number;
  previousRevenue: number;
  revenueChange: number;
  /** revenueChange / previousRevenue; null when there was none before. */
  revenuePctChange: number | null;
  /** Attributed revenue / spend; null for a channel without spend. */
  roas: number | null;
  previousRoas: number | null;
  /** Break-even revenue (spend x break-even ROAS) minus the revenue: > 0 is below break-even. */
  breakEvenShortfall: number | null;
}

/** A run of days where a channel's conversion rate broke from its level. */
export interface ReviewRateBreak {
  member: string | null;
  label: string;
  from: string;
  to: string;
  days: number;
  rateInside: number;
  rateOutside: number;
  relativeChange: number;
  recovered: boolean;
  /** Orders gained (> 0) or lost (< 0) against the rate outside the window. */
  orders: number;
  /** Those orders at the period's average order value. */
  revenue: number;
}

/** The review section. */
export interface ReviewSection {
  attributionModel: string;
  grossMargin: number;
  breakEvenRoas: number;
  averageOrderValue: number | null;
  channels: ReviewChannel[];
  rateBreaks: ReviewRateBreak[];
}

const num = (v: unknown) => Number(v ?? 0);

async function channelSums(deps: ToolDeps, range: DateRange) {
  const exec = {
    catalog: deps.catalog,
    run: (sql: string, p: readonly unknown[]) => deps.db.query(sql, p),
    now: deps.now,
  };
  const r = await executeMetricQuery(
    exec,
    { metrics: ["spend", "attributed_revenue"], dimensions: ["channel"], timeRange: range },
    deps.tenant,
  );
  return new Map(
    r.rows.map((row) => [
      String(row.channel),
      { spend: num(row.spend), revenue: num(row.attributed_revenue) },
    ]),
  );
}

/**
 * The review section of a period against the one before.
 * @example (await reviewSection(deps, { current, previous, orders: 317, revenue: 31101 }, labels)).channels[0]
 */
export async function reviewSection(
  deps: ToolDeps,
  opts: { current: DateRange; previous: DateRange; orders: number; revenue: number },
  label: (member: string | null) => string,
): Promise<{ section: ReviewSection; provenance: Record<string, unknown>; notes: string[] }> {
  const grossMargin = await readGrossMargin(deps.db, deps.tenant.organizationId);
  const breakEven = breakEvenRoas(grossMargin);
  const [now, before] = [await channelSums(deps, opts.current), await channelSums(deps, opts.previous)];
  const members = [...new Set([...now.keys(), ...before.keys()])];
  const channels = members.map((member): ReviewChannel => {
    const c = now.get(member) ?? { spend: 0, revenue: 0 };
    const p = before.get(member) ?? { spend: 0, revenue: 0 };
    const change = c.revenue - p.revenue;
    return {
      member,
      label: label(member),
      spend: c.spend,
      previousSpend: p.spend,
      revenue: c.revenue,
      previousRevenue: p.revenue,
      revenueChange: change,
      revenuePctChange: p.revenue > 0 ? change / p.revenue : null,
      roas: c.spend > 0 ? c.revenue / c.spend : null,
      previousRoas: p.spend > 0 ? p.revenue / p.spend : null,
      breakEvenShortfall: c.spend > 0 ? c.spend * breakEven - c.revenue : null,
    };
  });
  const aov = opts.orders > 0 ? opts.revenue / opts.orders : null;
  const notes: string[] = [];
  const rateBreaks: ReviewRateBreak[] = [];
  const scan = await createDetectAnomalies(deps)({
    metrics: ["conversion_rate"],
    period: opts.current,
    dimension: "channel",
  });
  if (scan.ok) {
    for (const m of scan.data.metrics)
      for (const b of m.rateBreaks ?? [])
        rateBreaks.push({
          member: b.member,
          label: b.member ? label(b.member) : "All channels",
          from: b.from,
          to: b.to,
          days: b.days,
          rateInside: b.rateInside,
          rateOutside: b.rateOutside,
          relativeChange: b.relativeChange,
          recovered: b.recovered,
          orders: b.excess,
          revenue: aov === null ? 0 : b.excess * aov,
        });
  } else notes.push(`Review rate breaks: ${scan.error.message}`);
  return {
    section: {
      attributionModel: deps.tenant.defaultAttributionModel,
      grossMargin,
      breakEvenRoas: breakEven,
      averageOrderValue: aov,
      channels,
      rateBreaks,
    },
    provenance: {
      section: "review",
      source:
        "semantic layer (query_metrics): spend and attributed_revenue by channel for the period and the one before; detect_anomalies: conversion_rate by channel (rate breaks)",
      ranges: { current: opts.current, previous: opts.previous },
      attributionModel: deps.tenant.defaultAttributionModel,
      grossMargin,
      definitions: {
        roas: "attributed revenue / spend of the channel",
        breakEvenRoas: "1 / gross margin",
        breakEvenShortfall: "spend x break-even ROAS - attributed revenue",
      },
    },
    notes,
  };
}
