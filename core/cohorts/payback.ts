/**
 * CAC payback: how long after the first order a customer's gross profit (revenue per customer x
 * gross margin, cumulative) covers what it cost to acquire them. Read at the cohort horizons
 * (30/60/90/180/365 days), so payback is "within N days" at the first horizon that covers CAC,
 * or "not within the longest horizon observed" with how far short it falls there. Without this a
 * payback question got CAC alone, which says nothing about when it is earned back.
 */
import type { CohortRow, LtvToCac } from "./cohorts.ts";

/** Gross profit per customer at one horizon. */
export interface PaybackStep {
  days: number;
  /** Cumulative revenue per customer x gross margin; null when no customer is observed that long. */
  grossProfitPerCustomer: number | null;
}

/** One cohort's payback against its CAC. */
export interface PaybackRow {
  cohort: string;
  cac: number;
  steps: PaybackStep[];
  /** The first horizon whose gross profit per customer covers CAC; null when none observed does. */
  paybackDays: number | null;
  /** The longest horizon with customers observed, and its gross profit per customer. */
  longestObserved: PaybackStep | null;
  /** CAC minus gross profit per customer at the longest observed horizon (when not paid back). */
  shortfall: number | null;
}

/**
 * Payback of one cohort row at a CAC and gross margin.
 * @example paybackOf(row, 40, 0.5).paybackDays // 90 when half the 90-day LTV first reaches $40
 */
export function paybackOf(row: CohortRow, cac: number, grossMargin: number): PaybackRow {
  const steps = row.horizons.map((h) => ({
    days: h.days,
    grossProfitPerCustomer: h.revenuePerCustomer === null ? null : h.revenuePerCustomer * grossMargin,
  }));
  const observed = steps.filter((s) => s.grossProfitPerCustomer !== null);
  const paid = observed.find((s) => (s.grossProfitPerCustomer as number) >= cac);
  const longest = observed[observed.length - 1] ?? null;
  return {
    cohort: row.cohort,
    cac,
    steps,
    paybackDays: paid ? paid.days : null,
    longestObserved: longest,
    shortfall: paid || !longest ? null : cac - (longest.grossProfitPerCustomer as number),
  };
}

/**
 * Payback per first-touch channel with a CAC, and for all customers at the blended CAC (all
 * spend over all new customers).
 * @example cacPayback(total, rows, ltvToCac(rows, spend, 90), 0.5).overall?.paybackDays
 */
export function cacPayback(
  total: CohortRow,
  rows: readonly CohortRow[],
  cacs: readonly LtvToCac[],
  grossMargin: number,
): { overall: PaybackRow | null; byChannel: PaybackRow[] } {
  const spend = cacs.reduce((s, c) => s + c.spend, 0);
  const overall =
    spend > 0 && total.customers > 0 ? paybackOf(total, spend / total.customers, grossMargin) : null;
  const byCohort = new Map(rows.map((r) => [r.cohort, r]));
  const byChannel = cacs.flatMap((c) => {
    const row = byCohort.get(c.channel);
    return c.cac !== null && row ? [paybackOf(row, c.cac, grossMargin)] : [];
  });
  return { overall, byChannel };
}
