/**
 * A run-rate projection: a period's total if the days without data yet go at the daily pace of a
 * chosen stretch ("if we keep October's pace, what's Q4 revenue": October's actual plus November
 * and December at October's revenue per day). Straight-line by design: it ignores seasonality,
 * which the caller states, and may set the same days a year earlier beside it. Pure.
 */

/** What the projection starts from. */
export interface RunRateInput {
  /** The metric's actual total over the projected period's days that have data. */
  actual: number;
  actualDays: number;
  /** The metric's total over the pace period and its length in days. */
  paceTotal: number;
  paceDays: number;
  /** Days of the projected period after the data ends. */
  remainingDays: number;
}

/** The projection. */
export interface RunRateProjection {
  /** paceTotal / paceDays. */
  dailyPace: number;
  /** dailyPace x remainingDays. */
  remainingProjected: number;
  /** actual + remainingProjected. */
  projectedTotal: number;
  /** Share of the projected total already in the data. */
  actualShare: number | null;
}

const cents = (x: number) => Math.round(x * 100) / 100;

/**
 * @example runRateProjection({ actual: 31000, actualDays: 31, paceTotal: 31000, paceDays: 31, remainingDays: 61 })
 * // { dailyPace: 1000, remainingProjected: 61000, projectedTotal: 92000, actualShare: 0.3370 }
 */
export function runRateProjection(i: RunRateInput): RunRateProjection {
  if (i.paceDays <= 0) throw new RangeError("paceDays must be positive");
  if (i.remainingDays < 0) throw new RangeError("remainingDays must not be negative");
  const dailyPace = i.paceTotal / i.paceDays;
  const remainingProjected = dailyPace * i.remainingDays;
  const projectedTotal = i.actual + remainingProjected;
  return {
    dailyPace: cents(dailyPace),
    remainingProjected: cents(remainingProjected),
    projectedTotal: cents(projectedTotal),
    actualShare: projectedTotal > 0 ? Math.round((i.actual / projectedTotal) * 10_000) / 10_000 : null,
  };
}

/** fix19d: a goal set against the projection ("will we hit $1M by year end"). */
export interface RunRateGoal {
  goal: number;
  /** projectedTotal >= goal. */
  reached: boolean;
  /** goal - projectedTotal: positive when short, negative when over. */
  gap: number;
  /** (goal - actual) / remainingDays: the daily pace the days left would need (null when none are left). */
  neededDailyPace: number | null;
  /** actual + the same remaining days a year earlier, when known: the season's reading beside the line. */
  seasonalTotal: number | null;
  seasonalReached: boolean | null;
}

/**
 * @example runRateGoal(100_000, { actual: 31_000, remainingDays: 61, projectedTotal: 92_000, yearEarlier: 70_000 })
 * // { goal: 100000, reached: false, gap: 8000, neededDailyPace: 1131.15, seasonalTotal: 101000, seasonalReached: true }
 */
export function runRateGoal(
  goal: number,
  i: { actual: number; remainingDays: number; projectedTotal: number; yearEarlier: number | null },
): RunRateGoal {
  if (!(goal > 0)) throw new RangeError("goal must be positive");
  const seasonalTotal = i.yearEarlier === null ? null : cents(i.actual + i.yearEarlier);
  return {
    goal,
    reached: i.projectedTotal >= goal,
    gap: cents(goal - i.projectedTotal),
    neededDailyPace: i.remainingDays > 0 ? cents((goal - i.actual) / i.remainingDays) : null,
    seasonalTotal,
    seasonalReached: seasonalTotal === null ? null : seasonalTotal >= goal,
  };
}
