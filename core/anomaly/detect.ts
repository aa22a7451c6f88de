/**
 * Anomaly detection on one daily metric series (overall, or one dimension member's).
 *
 * Days: each day is compared with a weekday-seasonal robust baseline of the weeks before it (see
 * baseline.ts) and, by default, also with the same baseline of the weeks after it where the series
 * has them: a day is flagged only when it stands out from both in the same direction (the smaller
 * robust z-score counts), so a lasting level shift (a new season, a new budget) is not reported as
 * a string of one-day anomalies while a one-day outage or spike still is.
 *
 * Scale: series whose values are all positive are scored on the log scale (marketing series are
 * multiplicative: losing 90% of a day is log(0.1) = -2.3, far more unusual than gaining 90%, and a
 * relative z-score would call both the same); others on the relative or absolute scale. Counts are
 * scored on the variance-stabilizing sqrt scale (Poisson noise has sd 1 there, so a day with 3
 * orders instead of 1 is not "5 sigma"), small counts by the normal-equivalent of their
 * negative-binomial tail probability (count-tail.ts); amounts that are zero on many days (revenue
 * of a sparse channel) like counts of their mean positive day. Ratio metrics are scored on
 * numerator / denominator of each day's sums (log scale), with the Poisson floor of the numerator.
 *
 * Sustained shifts: a window of `shiftWindowDays` consecutive days is scored as a whole against
 * the baseline of the weeks before the window (z = sum of the days' z / sqrt(days), one day per
 * weekday so the baseline errors are independent); overlapping flagged windows are reported as
 * one anomaly of kind "shift" over their span. By default only ratio series get it: volumes shift
 * with demand and budget seasons, rates (conversion rate, CPC) should not.
 *
 * Known events (calendar days such as Black Friday) are not scored and never enter a baseline;
 * known change points (campaign starts and ends) bound every baseline.
 */
import { AppError } from "../../lib/errors.ts";
import { dateFromDayNumber, dayNumber } from "../stats/dates.ts";
import { parseInput } from "../stats/parse-input.ts";
import { type DayBaseline, dayBaseline } from "./baseline.ts";
import { countTailZ } from "./count-tail.ts";
import {
  type AnomalyOptions,
  anomalyOptionsSchema,
  type DailyRatio,
  type DailyValue,
  dailySeriesSchema,
} from "./schemas.ts";

/** A flagged day, or a flagged span of days (kind "shift"). */
export interface Anomaly {
  /** The day, or the first day of a shift's span. */
  date: string;
  /** Last day: `date` for a day, the span's end for a shift. */
  to: string;
  kind: "day" | "shift";
  /** The day's value; for a shift, the mean of its days' values (ratio metrics: the span's ratio of sums). */
  value: number;
  /** Baseline value (for a shift, the mean over its days). */
  expected: number;
  /** Band of values that would not have been flagged: expected -/+ threshold * sigma (on the log scale for log-scored series). */
  lower: number;
  upper: number;
  /** Robust z-score (log scale for positive series), 2 decimals; a shift's is its window z. */
  score: number;
  direction: "up" | "down";
  /** low: |score| < 1.5 x threshold; medium: < 2.5 x threshold; high: above. */
  severity: "low" | "medium" | "high";
  /** The day's (or span's summed) numerator and denominator, for ratio metrics. */
  numerator?: number;
  denominator?: number;
}

/** Result of detectAnomalies. */
export interface AnomalyReport {
  anomalies: Anomaly[];
  /** Days in the reported range that had enough history to be scored. */
  evaluatedDays: number;
  /** Days in the range not scored (too little history since a change point, a zero denominator, a known event). */
  skippedDays: number;
  /** Days in the range inside a known event (part of skippedDays). */
  eventDays: number;
  /** First date in the range with enough history, or null if none had. */
  firstEvaluableDate: string | null;
  /** Whether the Poisson floor was applied. */
  countAware: boolean;
  /**
   * Scale the series was scored on: "sqrt" for counts and sparse amounts (Anscombe's 2 sqrt(x + 3/8),
   * Poisson noise has sd 1 there), "log" for positive values and ratios, else "linear".
   */
  scale: "sqrt" | "log" | "linear";
  /** Whether the sustained-shift test ran. */
  shiftTest: boolean;
  options: AnomalyOptions;
}

interface Point {
  value: number;
  numerator?: number;
  denominator?: number;
}

/** Share of zero days above which a non-negative amount series is scored as a sum of a few events. */
const SPARSE_ZERO_SHARE = 0.1;

/** Below this expected count the exact count tail is used; above it the sqrt scale is close to normal. */
const SMALL_COUNT = 30;

/** Sampling error (in variance units) of the pooled noise estimate on the sqrt scale, where Poisson noise has variance 1. */
const MAD_VARIANCE_SE = 0.18;

/** Each day's z is clipped to +/- this in the shift test (robust to a single outlying day). */
const SHIFT_CLIP = 2.5;

/** Days the leading (following weeks) baseline needs before it is used. */
const MIN_LEADING_WEEKS = 1;

/**
 * Flag anomalous days and shifts of `series`. `series` is either [{date, value}] or, for a ratio
 * metric, [{date, numerator, denominator}]; `options` is untrusted (query string) input.
 * Throws AppError("core.invalid_input") naming the field on bad input.
 * @example
 * detectAnomalies(daily, { from: "2024-03-01", to: "2024-03-31" }).anomalies;
 * // [{ date: "2024-03-12", to: "2024-03-12", kind: "day", value: 40, expected: 118, lower: 61.2, upper: 174.8, score: -5.51, direction: "down", severity: "low" }]
 */
export function detectAnomalies(
  series: readonly DailyValue[] | readonly DailyRatio[],
  options: unknown = {},
): AnomalyReport {
  const opts = parseInput(anomalyOptionsSchema, options);
  const rows = parseInput(dailySeriesSchema, series);
  const points = new Map<number, Point>();
  let allWhole = true;
  let isRatio = false;
  for (const row of rows) {
    const day = dayNumber(row.date);
    if (points.has(day)) throw new AppError("core.invalid_input", `series: duplicate date ${row.date}`);
    if ("value" in row) {
      points.set(day, { value: row.value });
      allWhole &&= Number.isInteger(row.value) && row.value >= 0;
    } else {
      isRatio = true;
      // A day without denominator has no rate; it is neither scored nor part of any baseline.
      if (row.denominator === 0) continue;
      points.set(day, {
        value: row.numerator / row.denominator,
        numerator: row.numerator,
        denominator: row.denominator,
      });
      allWhole &&= Number.isInteger(row.numerator) && row.numerator >= 0;
    }
  }
  const countAware = opts.valueKind === "count" || (opts.valueKind === "auto" && allWhole && rows.length > 0);
  const nonNegative = [...points.values()].every((p) => p.value >= 0);
  // Non-negative amounts that are zero on many days (revenue of a channel with an order every few
  // days) are sums of a few orders: scored like counts (sqrt scale) in units of the mean positive
  // day, a compound-Poisson approximation. Otherwise positive series are scored on the log scale,
  // the odd zero day (an outage) at half the smallest positive day (half an event for ratio
  // numerators).
  const positives = [...points.values()].map((p) => p.value).filter((v) => v > 0);
  const zeroShare = points.size ? 1 - positives.length / points.size : 0;
  const amountOffset = positives.length ? Math.min(...positives) / 2 : 0;
  const unit = countAware || !positives.length ? 1 : positives.reduce((a, b) => a + b, 0) / positives.length;
  const scale: AnomalyReport["scale"] =
    nonNegative && !isRatio && (countAware || zeroShare > SPARSE_ZERO_SHARE)
      ? "sqrt"
      : points.size > 0 && nonNegative && positives.length > 0
        ? "log"
        : "linear";
  const toScale = (p: Point) =>
    scale === "sqrt"
      ? 2 * Math.sqrt(p.value / unit + 3 / 8)
      : scale === "linear"
        ? p.value
        : p.denominator === undefined
          ? Math.log(p.value + (p.value > 0 ? 0 : amountOffset))
          : countAware
            ? Math.log((p.numerator! + (p.numerator! > 0 ? 0 : 0.5)) / p.denominator)
            : Math.log(Math.max(p.value, amountOffset));
  /** Back from the scored scale to values. */
  const fromScale = (x: number) =>
    scale === "sqrt"
      ? unit * Math.max(0, (Math.max(0, x) / 2) ** 2 - 3 / 8)
      : scale === "log"
        ? Math.exp(x)
        : x;
  const eventDays = new Set<number>();
  for (const e of opts.events) {
    for (let d = dayNumber(e.from); d <= dayNumber(e.to); d++) eventDays.add(d);
  }
  const values = new Map<number, number>();
  for (const [d, p] of points) {
    if (!eventDays.has(d)) values.set(d, toScale(p));
  }
  const changes = [...new Set(opts.changePoints.map(dayNumber))].sort((a, b) => a - b);
  /** Bounds of the regime `day` is in: from the last change point on or before it to the day before the next. */
  const regime = (day: number) => {
    let lo = Number.NEGATIVE_INFINITY;
    let hi = Number.POSITIVE_INFINITY;
    for (const c of changes) {
      if (c <= day) lo = c;
      else {
        hi = c - 1;
        break;
      }
    }
    return { lo, hi };
  };
  const days = rows.map((r) => dayNumber(r.date)).sort((a, b) => a - b);
  const from = opts.from ? dayNumber(opts.from) : (days[0] ?? 0);
  const to = opts.to ? dayNumber(opts.to) : (days[days.length - 1] ?? -1);
  const shiftTest = opts.shifts === "all" || (opts.shifts === "ratio" && isRatio);
  const report: AnomalyReport = {
    anomalies: [],
    evaluatedDays: 0,
    skippedDays: 0,
    eventDays: 0,
    firstEvaluableDate: null,
    countAware,
    scale,
    shiftTest,
    options: opts,
  };
  const score = (day: number, point: Point, base: DayBaseline) => {
    const sigma = noiseFloor(base.sigma, base.expected, point, countAware, scale);
    const raw = toScale(point);
    if (scale === "sqrt" && countAware && fromScale(base.expected) < SMALL_COUNT) {
      // Counts: the negative-binomial tail of the day's count, overdispersion phi from the noise
      // on the sqrt scale (Var 2 sqrt(X) = 1 + phi mu for a negative binomial).
      // The mean count (a sparse count's median is 0; the mean is the efficient estimator of a
      // Poisson mean): E[X] ~ (E[T] / 2)^2 - 3/8 for T = 2 sqrt(X + 3/8).
      const mu = fromScale(base.sameWeekdayMean);
      // sigma includes the uncertainty of the median (factor 1 + pi / 2n on the variance): take it
      // out to get one day's noise, count only overdispersion beyond the sampling error of the
      // pooled MAD (about 0.18 in variance for 13 weeks of differences; 3 standard errors), then add the
      // uncertainty of the mean of n days (1 / n) as extra variance.
      const n = base.sameWeekdayCount;
      const m = Math.max(mu, 1e-6);
      const overdispersion =
        Math.max(0, (sigma * sigma) / (1 + Math.PI / (2 * n)) - 1 - 3 * MAD_VARIANCE_SE) / m;
      const phi = ((m + overdispersion * m * m) * (1 + 1 / n) - m) / (m * m);
      return { z: countTailZ(point.value, mu, phi), sigma, base, day };
    }
    return { z: (raw - base.expected) / sigma, sigma, base, day };
  };
  const threshold = opts.threshold;
  /** Days that were scored (the shift test's windows use only these). */
  const scored: number[] = [];
  for (const day of days) {
    if (day < from || day > to) continue;
    const point = points.get(day);
    if (eventDays.has(day)) {
      report.skippedDays += 1;
      report.eventDays += 1;
      continue;
    }
    const { lo, hi } = regime(day);
    const base = point
      ? dayBaseline(values, day, opts.trailingWeeks, opts.minHistoryWeeks, {
          direction: -1,
          lo,
          absolute: scale !== "linear",
        })
      : null;
    if (!point || !base) {
      report.skippedDays += 1;
      continue;
    }
    report.evaluatedDays += 1;
    report.firstEvaluableDate ??= dateFromDayNumber(day);
    scored.push(day);
    let s = score(day, point, base);
    if (Math.abs(s.z) < threshold) continue;
    if (opts.reference === "both") {
      const lead = dayBaseline(
        values,
        day,
        opts.trailingWeeks,
        Math.min(MIN_LEADING_WEEKS, opts.minHistoryWeeks),
        {
          direction: 1,
          hi,
          absolute: scale !== "linear",
        },
      );
      if (lead) {
        const after = score(day, point, lead);
        // Not unusual against the weeks after it (or unusual the other way): the day belongs to a
        // new level. A reference of fewer than minHistoryWeeks weeks is uncertain: it vetoes only
        // when the day is plainly consistent with it (|z| below half the threshold).
        const weak = lead.sameWeekdayCount < opts.minHistoryWeeks;
        if (Math.sign(after.z) !== Math.sign(s.z) || Math.abs(after.z) < (weak ? threshold / 2 : threshold))
          continue;
        if (!weak && Math.abs(after.z) < Math.abs(s.z)) s = after;
      }
    }
    report.anomalies.push(flag(day, point, s.z, s.base.expected, s.sigma));
  }
  if (shiftTest) report.anomalies.push(...shifts());
  report.anomalies.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return report;

  function flag(day: number, point: Point, z: number, expected: number, sigma: number): Anomaly {
    const band = threshold * sigma;
    const a = Math.abs(z);
    const date = dateFromDayNumber(day);
    return {
      date,
      to: date,
      kind: "day",
      value: point.value,
      expected: fromScale(expected),
      lower:
        scale !== "linear"
          ? fromScale(expected - band)
          : nonNegative
            ? Math.max(0, expected - band)
            : expected - band,
      upper: fromScale(expected + band),
      score: Math.round(z * 100) / 100,
      direction: z > 0 ? "up" : "down",
      severity: a < 1.5 * threshold ? "low" : a < 2.5 * threshold ? "medium" : "high",
      ...(point.denominator === undefined
        ? {}
        : { numerator: point.numerator, denominator: point.denominator }),
    };
  }

  /** Windows of shiftWindowDays days whose mean z against the baseline before the window is extreme, merged into spans. */
  function shifts(): Anomaly[] {
    const w = opts.shiftWindowDays;
    const isScored = new Set(scored);
    type Win = {
      start: number;
      end: number;
      z: number;
      days: { day: number; expected: number; sigma: number }[];
    };
    const flagged: Win[] = [];
    for (let end = from + w - 1; end <= to; end++) {
      const start = end - w + 1;
      const inWindow: Win["days"] = [];
      let sum = 0;
      for (let day = start; day <= end; day++) {
        if (!isScored.has(day)) continue;
        const point = points.get(day)!;
        const { lo } = regime(day);
        const base = dayBaseline(values, day, opts.trailingWeeks, opts.minHistoryWeeks, {
          direction: -1,
          lo,
          hi: start - 1,
          absolute: scale !== "linear",
        });
        if (!base) continue;
        const s = score(day, point, base);
        // Clipped (Huber): one extreme day is a day anomaly, not a shift of the whole window.
        sum += Math.max(-SHIFT_CLIP, Math.min(SHIFT_CLIP, s.z));
        inWindow.push({ day, expected: base.expected, sigma: s.sigma });
      }
      // Most of the window must be scored (known events and missing days may take a few).
      if (inWindow.length < Math.ceil((2 * w) / 3)) continue;
      const z = sum / Math.sqrt(inWindow.length);
      if (Math.abs(z) >= threshold) flagged.push({ start, end, z, days: inWindow });
    }
    const spans: Win[] = [];
    for (const f of flagged) {
      const last = spans[spans.length - 1];
      if (last && f.start <= last.end + 1 && Math.sign(f.z) === Math.sign(last.z)) {
        last.end = f.end;
        if (Math.abs(f.z) > Math.abs(last.z)) last.z = f.z;
        for (const d of f.days) if (!last.days.some((x) => x.day === d.day)) last.days.push(d);
      } else spans.push({ ...f, days: [...f.days] });
    }
    return spans.map((span) => {
      const ps = span.days.map((d) => points.get(d.day)!);
      const n = ps.length;
      // Ratio metrics: the span's ratio of sums; others: the mean day.
      const value = isRatio
        ? ps.reduce((a, p) => a + p.numerator!, 0) / ps.reduce((a, p) => a + p.denominator!, 0)
        : ps.reduce((a, p) => a + p.value, 0) / n;
      const meanLevel = span.days.reduce((a, d) => a + d.expected, 0) / n;
      const meanSigma = span.days.reduce((a, d) => a + d.sigma, 0) / n / Math.sqrt(Math.min(n, w));
      const band = threshold * meanSigma;
      const a = Math.abs(span.z);
      const num = ps.every((p) => p.numerator !== undefined)
        ? {
            numerator: ps.reduce((x, p) => x + p.numerator!, 0),
            denominator: ps.reduce((x, p) => x + p.denominator!, 0),
          }
        : {};
      return {
        date: dateFromDayNumber(span.start),
        to: dateFromDayNumber(span.end),
        kind: "shift" as const,
        value,
        expected: fromScale(meanLevel),
        lower:
          scale !== "linear"
            ? fromScale(meanLevel - band)
            : nonNegative
              ? Math.max(0, meanLevel - band)
              : meanLevel - band,
        upper: fromScale(meanLevel + band),
        score: Math.round(span.z * 100) / 100,
        direction: span.z > 0 ? ("up" as const) : ("down" as const),
        severity:
          a < 1.5 * threshold
            ? ("low" as const)
            : a < 2.5 * threshold
              ? ("medium" as const)
              : ("high" as const),
        ...num,
      };
    });
  }
}

/**
 * Apply the Poisson floor for counts and a tiny absolute floor so a flat history cannot divide by
 * 0. `expected` is on the scored scale.
 */
function noiseFloor(
  sigma: number,
  expected: number,
  point: Point,
  countAware: boolean,
  scale: AnomalyReport["scale"],
): number {
  let s = sigma;
  const logScale = scale === "log";
  const mean = logScale ? Math.exp(expected) : expected;
  if (scale === "sqrt") s = Math.max(s, 1);
  else if (countAware) {
    // Poisson: a count with mean mu has sd sqrt(mu) (sd 1 / sqrt(mu) of its log); a rate of counts
    // over a fixed denominator has sd sqrt(rate / denominator). At least one event's worth, so an
    // empty history still has a scale.
    const poisson =
      point.denominator === undefined
        ? logScale
          ? 1 / Math.sqrt(Math.max(mean, 1))
          : Math.sqrt(Math.max(mean, 1))
        : logScale
          ? 1 / Math.sqrt(Math.max(mean * point.denominator, 1))
          : Math.sqrt(Math.max(mean, 1 / point.denominator) / point.denominator);
    s = Math.max(s, poisson);
  }
  return Math.max(s, 1e-9 * Math.max(1, Math.abs(expected)));
}
