/**
 * Comparing a metric's actual value with the organization's target for it (#12 item 8). Pure: the
 * target rows and the actual come from the caller; the period is the answer's resolved date range.
 */

/** Whether the target is a ceiling (CPA, CAC) or a floor (ROAS, revenue). */
export type TargetDirection = "at_most" | "at_least";
/** The period a target is meant for; "none" for ratios, which do not add up over time. */
export type TargetPeriod = "none" | "day" | "week" | "month" | "quarter";

/** One target as stored: a metric, an optional filter, a value and a direction. */
export type MetricTarget = {
  id: number;
  metric: string;
  /** "channel", "platform" or "campaign"; null for the metric over everything. */
  filterDimension: string | null;
  filterValue: string | null;
  target: number;
  direction: TargetDirection;
  period: TargetPeriod;
};

/** The outcome of holding one actual value against one target. */
export interface TargetCheck {
  targetId: number;
  metric: string;
  filterDimension: string | null;
  filterValue: string | null;
  target: number;
  direction: TargetDirection;
  period: TargetPeriod;
  actual: number | null;
  /** True when met, false when missed, null when not comparable (no value, or another period length). */
  met: boolean | null;
  /** |actual - target|: by how much it was met or missed (null when not comparable). */
  gap: number | null;
  /** Why it was not compared, in words ("the target is per month, and this period is not one month"). */
  notComparable?: string;
}

/**
 * The target that applies to a metric under the query's filters: the one whose filter equals the
 * query's single-value filter on that dimension, else the overall one (only when the query has no
 * filter, since a channel's CPA is not held against the overall CPA target).
 * @example applicableTarget(targets, "cpa", [{ field: "channel", values: ["paid_social"] }])
 */
export function applicableTarget(
  targets: readonly MetricTarget[],
  metric: string,
  filters: readonly { field: string; op?: string; values: readonly unknown[] }[],
): MetricTarget | undefined {
  const own = targets.filter((t) => t.metric === metric);
  const single = filters.filter((f) => (f.op ?? "in") === "in" && f.values.length === 1);
  for (const f of single) {
    const hit = own.find((t) => t.filterDimension === f.field && t.filterValue === String(f.values[0]));
    if (hit && filters.length === 1) return hit;
  }
  return filters.length ? undefined : own.find((t) => t.filterDimension === null);
}

const DAY_MS = 86_400_000;

/** Inclusive days between two ISO dates. */
function daysIn(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** Whether from..to is exactly one calendar month (months: 1) or quarter (months: 3). */
function wholeMonths(from: string, to: string, months: 1 | 3): boolean {
  const [y, m, d] = from.split("-").map(Number) as [number, number, number];
  if (d !== 1 || (months === 3 && (m - 1) % 3 !== 0)) return false;
  const end = new Date(Date.UTC(y, m - 1 + months, 0)).toISOString().slice(0, 10);
  return end === to;
}

/** Why a period cannot be held against a target meant for another period length, or undefined. */
export function periodMismatch(period: TargetPeriod, from: string, to: string): string | undefined {
  const days = daysIn(from, to);
  // No figures in the reason: it goes into answers, whose every number must be grounded.
  const fits =
    period === "none" ||
    (period === "day" && days === 1) ||
    (period === "week" && days === 7) ||
    (period === "month" && wholeMonths(from, to, 1)) ||
    (period === "quarter" && wholeMonths(from, to, 3));
  return fits ? undefined : `the target is per ${period}, and this period is not one ${period}`;
}

/**
 * Hold an actual value against a target over the period from..to.
 * @example checkTarget({ ...cpaTarget, target: 50, direction: "at_most" }, 47.1, "2026-10-01", "2026-10-31")
 * // { met: true, gap: 2.9, ... }
 */
export function checkTarget(t: MetricTarget, actual: number | null, from: string, to: string): TargetCheck {
  const base = {
    targetId: t.id,
    metric: t.metric,
    filterDimension: t.filterDimension,
    filterValue: t.filterValue,
    target: t.target,
    direction: t.direction,
    period: t.period,
    actual,
  };
  const mismatch = periodMismatch(t.period, from, to);
  if (actual === null || mismatch)
    return { ...base, met: null, gap: null, notComparable: mismatch ?? "there is no value for this period" };
  const met = t.direction === "at_most" ? actual <= t.target : actual >= t.target;
  // Rounded to the stored precision so the figure shown is the difference of the two shown.
  const gap = Math.round(Math.abs(actual - t.target) * 1e6) / 1e6;
  return { ...base, met, gap };
}
