/**
 * fix20c: the run rate checked on the data (project_run_rate with `backtest`). For a period that
 * has ended ("forecast vs actual for october, how far off were we"): no forecast is stored, so the
 * method is checked: the period projected from the month before's pace against its actual, with
 * the error in money and percent. For a projection ("how sure are you" after one): its range, from
 * how far off the same method was on every full month of the data, with that method said.
 * Every figure is a value of the tool's data.
 */
import type { ProjectRunRateData } from "../../tools/project-run-rate/execute.ts";
import { formatDate, formatNumber, formatPeriod } from "../answer/index.ts";

/** Months listed one per line; the rest stay in the table. */
const MAX_MONTH_LINES = 12;

/**
 * The backtest's lines (empty without one): the ended period's outcome, or the projection's range,
 * then each month checked.
 * @example backtestLines(data, (x) => `$${x}`, "revenue") // ["Forecast vs actual for October 1–31, 2026: ...", ...]
 */
export function backtestLines(d: ProjectRunRateData, fmt: (x: number) => string, label: string): string[] {
  const b = d.backtest;
  if (!b) return [];
  const check = b.check;
  const months = check.months.slice(-MAX_MONTH_LINES).map((m) => {
    const pct =
      m.errorPct === null
        ? ""
        : ` (${formatNumber(Math.abs(m.errorPct), 1)}% ${m.error > 0 ? "too high" : "too low"})`;
    return `- ${formatDate(m.from, "month")} at ${formatDate(m.paceFrom, "month")}'s pace: projected ${fmt(m.projected)}, actual ${fmt(m.actual)}, off by ${fmt(Math.abs(m.error))}${pct}.`;
  });
  const average =
    check.meanAbsErrorPct === null
      ? ""
      : `Checked the same way on the ${formatNumber(check.months.length, 0)} full months the data allows, the month-ahead run rate was off by ${formatNumber(check.meanAbsErrorPct, 1)}% on average (either way):`;
  const o = b.outcome;
  if (o) {
    const off =
      o.errorPct === null
        ? ""
        : ` (${formatNumber(Math.abs(o.errorPct), 1)}% ${o.error > 0 ? "above" : "below"} the actual)`;
    return [
      `Forecast vs actual for ${formatPeriod(d.period)}: I keep no forecast made at the time, so this checks the run-rate method on it. Projected from ${formatPeriod(d.pace)} (${fmt(d.pace.total)}, ${fmt(d.projection.dailyPace)} a day), ${label} would have come to ${fmt(d.projection.projectedTotal)}; the actual was ${fmt(o.actual)}, so the run rate was off by ${fmt(Math.abs(o.error))}${off}.`,
      average,
      ...(average ? months : []),
    ].filter(Boolean);
  }
  const r = b.range;
  const range =
    r && check.lowRatio !== null && check.highRatio !== null
      ? `Range: ${fmt(r.low)} to ${fmt(r.high)}. Method: the days still to come at the lowest and highest actual-to-projected ratio (${formatNumber(check.lowRatio, 2)} to ${formatNumber(check.highRatio, 2)}) seen when each full month of the data was projected at the month before's pace. It is a spread of past misses, not a statistical interval; a season the data holds only once (Black Friday, the holidays) can fall outside it.`
      : "There are too few full months in the data to check how far off the run rate runs, so there is no range to give.";
  return [range, average, ...(average ? months : [])].filter(Boolean);
}
