/**
 * fix20c: a backtest of the month-ahead run rate: each full month projected at the daily pace of
 * the full month before it (what the run rate would have said on the last day of that month),
 * against what the month then brought. It answers "forecast vs actual for october, how far off
 * were we" and gives a projection its range ("how sure are you"): the spread of actual over
 * projected across the months checked, applied to the days still to come. Pure.
 */

/** One full month of the metric. */
export interface MonthTotal {
  from: string;
  to: string;
  days: number;
  total: number;
}

/** One month projected from the month before, against its actual. */
export interface BacktestMonth {
  from: string;
  to: string;
  /** The month whose daily pace made the projection. */
  paceFrom: string;
  paceTo: string;
  /** The pace month's total / its days x this month's days. */
  projected: number;
  actual: number;
  /** projected - actual: positive when the run rate said too much. */
  error: number;
  /** error / actual x 100 (null when the month had none). */
  errorPct: number | null;
  /** actual / projected (null when nothing was projected). */
  ratio: number | null;
}

/** Every month checked, and how far off the run rate was. */
export interface RunRateBacktest {
  months: BacktestMonth[];
  /** Mean of |errorPct| over the months with one. */
  meanAbsErrorPct: number | null;
  /** The smallest and largest actual / projected over the months checked. */
  lowRatio: number | null;
  highRatio: number | null;
}

const cents = (x: number) => Math.round(x * 100) / 100;
const ratio4 = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * @example runRateBacktest([{ from: "2026-09-01", to: "2026-09-30", days: 30, total: 3000 }, { from: "2026-10-01", to: "2026-10-31", days: 31, total: 2790 }])
 * // months: [{ from: "2026-10-01", ..., projected: 3100, actual: 2790, error: 310, errorPct: 11.11, ratio: 0.9 }], meanAbsErrorPct: 11.11, lowRatio: 0.9, highRatio: 0.9
 */
export function runRateBacktest(months: readonly MonthTotal[]): RunRateBacktest {
  const out: BacktestMonth[] = [];
  for (let i = 1; i < months.length; i++) {
    const pace = months[i - 1]!;
    const m = months[i]!;
    if (pace.days <= 0 || m.days <= 0) continue;
    const projected = (pace.total / pace.days) * m.days;
    const error = projected - m.total;
    out.push({
      from: m.from,
      to: m.to,
      paceFrom: pace.from,
      paceTo: pace.to,
      projected: cents(projected),
      actual: cents(m.total),
      error: cents(error),
      errorPct: m.total !== 0 ? cents((error / m.total) * 100) : null,
      ratio: projected !== 0 ? ratio4(m.total / projected) : null,
    });
  }
  const pcts = out.flatMap((m) => (m.errorPct === null ? [] : [Math.abs(m.errorPct)]));
  const ratios = out.flatMap((m) => (m.ratio === null ? [] : [m.ratio]));
  return {
    months: out,
    meanAbsErrorPct: pcts.length ? cents(pcts.reduce((a, b) => a + b, 0) / pcts.length) : null,
    lowRatio: ratios.length ? Math.min(...ratios) : null,
    highRatio: ratios.length ? Math.max(...ratios) : null,
  };
}

/**
 * A projection's range from the backtest: the actual so far plus the days still to come at the
 * smallest and the largest actual / projected seen (null without a ratio).
 * @example backtestRange({ actual: 0, remainingProjected: 30000 }, { lowRatio: 0.8, highRatio: 1.25 }) // { low: 24000, high: 37500 }
 */
export function backtestRange(
  p: { actual: number; remainingProjected: number },
  b: Pick<RunRateBacktest, "lowRatio" | "highRatio">,
): { low: number; high: number } | null {
  if (b.lowRatio === null || b.highRatio === null) return null;
  return {
    low: cents(p.actual + p.remainingProjected * b.lowRatio),
    high: cents(p.actual + p.remainingProjected * b.highRatio),
  };
}
