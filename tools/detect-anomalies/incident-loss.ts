/**
 * leftD: what an incident cost, for "how many orders did the broken page / the outage cost us"
 * (focus 'loss'): the scan's biggest shortfall in orders, from a run of days whose conversion rate
 * broke below the rate of the other days scanned (lost = (rate outside - rate inside) x the
 * window's sessions) or from a day whose orders fell below their normal (lost = normal - actual),
 * whichever lost more. Revenue lost is those orders at the average order value of the same
 * series in the window. Both are estimates against what the other days would have given.
 */
import { runMetricQuery } from "../../db/analytics/deps.ts";
import type { Filter } from "../../semantic/query/types.ts";
import type { ToolDeps } from "../shared/deps.ts";
import type { DetectAnomaliesData } from "./execute.ts";

/** The shortfall found, and how it was estimated. */
export interface IncidentLoss {
  kind: "rate_break" | "day";
  from: string;
  to: string;
  /** The channel (or other member) the shortfall is in; null for the whole store. */
  dimension: string | null;
  member: string | null;
  /** Orders the window had, and the orders the rate (or the normal day) outside it would have given. */
  actualOrders: number;
  expectedOrders: number;
  /** expected - actual, rounded to whole orders. */
  lostOrders: number;
  /** The series' average order value in the window, and lost orders x it (null when no order). */
  averageOrderValue: number | null;
  lostRevenue: number | null;
  /** For a rate break: the conversion rate inside the window and on the other days scanned. */
  rateInside?: number;
  rateOutside?: number;
  /** "around": rateOutside is the days either side of the window, not every other day scanned. */
  comparedWith?: "around";
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The biggest shortfall in orders among the scan's findings, or undefined when none lost orders. */
export async function incidentLoss(
  deps: ToolDeps,
  metrics: DetectAnomaliesData["metrics"],
  filters: Filter[],
): Promise<IncidentLoss | undefined> {
  type Candidate = Omit<IncidentLoss, "averageOrderValue" | "lostRevenue" | "lostOrders"> & { lost: number };
  const candidates: Candidate[] = [];
  for (const m of metrics) {
    // A conversion rate's numerator is orders: its break's excess is orders gained or lost.
    if (m.metric === "conversion_rate")
      for (const b of m.rateBreaks ?? [])
        if (b.excess < 0)
          candidates.push({
            kind: "rate_break",
            from: b.from,
            to: b.to,
            dimension: b.dimension,
            member: b.member,
            actualOrders: 0,
            expectedOrders: 0,
            lost: -b.excess,
            rateInside: b.rateInside,
            rateOutside: b.rateOutside,
            ...(b.comparedWith ? { comparedWith: b.comparedWith } : {}),
          });
    if (m.metric === "orders")
      for (const s of m.series)
        for (const a of s.anomalies)
          if (a.value < a.expected)
            candidates.push({
              kind: "day",
              from: a.date,
              to: a.date,
              dimension: s.member === null ? null : "channel",
              member: s.member,
              actualOrders: a.value,
              expectedOrders: round2(a.expected),
              lost: a.expected - a.value,
            });
  }
  const top = candidates.sort((a, b) => b.lost - a.lost)[0];
  if (!top) return undefined;
  const scope =
    top.member !== null && top.dimension
      ? [...filters, { field: top.dimension, op: "in" as const, values: [top.member] }]
      : filters;
  const read = await runMetricQuery(deps, {
    metrics: ["orders", "revenue"],
    dimensions: [],
    filters: scope,
    timeRange: { from: top.from, to: top.to },
  });
  const orders = Number(read.rows[0]?.orders ?? 0);
  const revenue = Number(read.rows[0]?.revenue ?? 0);
  const aov = orders > 0 ? round2(revenue / orders) : null;
  const lostOrders = Math.round(top.lost);
  const { lost: _lost, ...rest } = top;
  return {
    ...rest,
    ...(top.kind === "rate_break" ? { actualOrders: orders, expectedOrders: orders + lostOrders } : {}),
    lostOrders,
    averageOrderValue: aov,
    lostRevenue: aov === null ? null : round2(lostOrders * aov),
  };
}
