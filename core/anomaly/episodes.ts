/**
 * Alert episodes: what an on-call marketer wants from an anomaly monitor is one alert when a
 * series goes wrong, silence while it stays wrong, and a new alert only once it has clearly come
 * back and then goes wrong again. Flagged days are grouped into episodes with hysteresis, the way
 * Datadog and Prometheus-style monitors separate an alert threshold from a lower recovery one
 * (Datadog's "recovery threshold" and anomaly "recovery window", PagerDuty's de-duplication key
 * held until the incident resolves):
 *
 * - an episode **starts** on a flagged day (a detector finding, after the minimum change); a
 *   sustained shift only from a window of days inside it that each scored at least the recovery
 *   threshold in its direction (it held throughout, as a Prometheus `for:` clause asks);
 * - it **continues** through every day whose z-score against the weeks before it is still at
 *   least the recovery threshold in the episode's direction (half the alert threshold by default),
 *   and through later flagged days of the same direction, however many quiet-looking days lie
 *   between them: a 14-day drop whose daily scores dip under the alert threshold mid-way is one
 *   episode;
 * - it **recovers** after `recoveryDays` consecutive scored days below the recovery threshold (3
 *   by default: one normal day in the middle of a drop is noise, three in a row are a level back
 *   in its normal band). Unscored days (known events, planned changes, missing data) neither
 *   continue nor recover an episode;
 * - a flagged day of the other direction ends an episode and starts a new one (a spend spike after
 *   a drop is different news).
 *
 * The z-score a recovery is judged by is the day's score against the weeks before it only, which
 * does not change as later data arrives: an evaluation that re-reads the days before the ones it
 * checks sees them as the evaluation of that day did.
 */
import { z } from "zod";
import { dateFromDayNumber, dayNumber, isIsoDate } from "../stats/dates.ts";
import { parseInput } from "../stats/parse-input.ts";
import type { Anomaly } from "./anomaly.ts";
import { detectWithDayScores } from "./detect.ts";
import type { DailyRatio, DailyValue } from "./schemas.ts";

const isoDate = z
  .string()
  .max(10, { error: "expected a YYYY-MM-DD date", abort: true })
  .refine(isIsoDate, { message: "expected a YYYY-MM-DD date" });

/** A span already alerted (from the run table): its days belong to an episode that has been announced. */
export const alertedSpanSchema = z.object({
  from: isoDate,
  to: isoDate,
  direction: z.enum(["up", "down"]),
});

/** A span already alerted. */
export type AlertedSpan = z.output<typeof alertedSpanSchema>;

/** Options of the episode grouping (on top of the detector's options). */
export const episodeOptionsSchema = z.object({
  recoveryThreshold: z.coerce
    .number()
    .positive()
    .max(100)
    .optional()
    .describe("z-score under which a day counts as back to normal (default: half the alert threshold)"),
  recoveryDays: z.coerce
    .number()
    .int()
    .min(1)
    .max(28)
    .default(3)
    .describe("Consecutive normal days that end an episode, e.g. 3"),
  minChange: z.coerce
    .number()
    .min(0)
    .max(100)
    .default(0)
    .describe("Smallest relative change of a finding that may start an episode, e.g. 0.3"),
  shiftsFrom: isoDate
    .optional()
    .describe(
      "Shift findings detectable before this day (their first window ended earlier) are ignored, e.g. the first day a check reads",
    ),
  alerted: z.array(alertedSpanSchema).max(5000).default([]),
});

/** Parsed episode options. */
export type EpisodeOptions = z.output<typeof episodeOptionsSchema>;

/** One episode of a series: its onset (the alert), how long it stayed abnormal, when it recovered. */
export interface AnomalyEpisode {
  /** The onset day: the first day of the finding that started it. */
  date: string;
  /**
   * The day the onset became detectable: `date` for a day finding, the end of a shift's first
   * window (a 7-day drop is seen on its 7th day). A daily check alerts episodes detected on its day.
   */
  detected: string;
  direction: "up" | "down";
  /** The finding that started it; null when it started inside a span alerted before (already announced). */
  onset: Anomaly | null;
  /** Whether its onset was already alerted (it overlaps an alerted span). */
  alerted: boolean;
  /** Last day still abnormal (flagged, or scored at or beyond the recovery threshold). */
  lastAbnormal: string;
  /** First day of the run of normal days that ended it; null while it is still open. */
  recovered: string | null;
}

/** What {@link trackEpisodes} reads: the days, their trailing z-scores, the findings, the alerted spans. */
export interface EpisodeInput {
  from: string;
  to: string;
  /** Date -> z-score against the weeks before the day (scored days only). */
  trailingZ: ReadonlyMap<string, number>;
  /** Findings that may start an episode (already filtered by minimum change). */
  findings: readonly Anomaly[];
  alerted?: readonly AlertedSpan[];
}

const sign = (d: "up" | "down") => (d === "up" ? 1 : -1);

/** The day a finding became detectable: its date, or a shift's first window's last day. */
export function detectedOn(a: Anomaly, shiftWindowDays: number): string {
  if (a.kind === "day") return a.date;
  const end = dateFromDayNumber(dayNumber(a.date) + shiftWindowDays - 1);
  return end < a.to ? end : a.to;
}

/**
 * Group findings into episodes day by day from..to (the state machine of the file comment).
 * @example trackEpisodes({ from, to, trailingZ, findings }, { recoveryThreshold: 2.5, recoveryDays: 3 }).length; // 1
 */
export function trackEpisodes(
  input: EpisodeInput,
  opts: { recoveryThreshold: number; recoveryDays: number; shiftWindowDays?: number },
): AnomalyEpisode[] {
  const windowDays = opts.shiftWindowDays ?? 7;
  const episodes: AnomalyEpisode[] = [];
  const alerted = input.alerted ?? [];
  const startsOn = new Map<string, Anomaly[]>();
  for (const f of input.findings) startsOn.set(f.date, [...(startsOn.get(f.date) ?? []), f]);
  // The first detectable, then the strongest, finding of a day opens (or continues) an episode: a
  // flagged day is news at once, a shift from the same day only a window later.
  for (const list of startsOn.values())
    list.sort(
      (a, b) =>
        detectedOn(a, windowDays).localeCompare(detectedOn(b, windowDays)) ||
        Math.abs(b.score) - Math.abs(a.score),
    );
  let open: AnomalyEpisode | null = null;
  let normalRun = 0;
  let runStart = "";
  const covered = (date: string, dir: "up" | "down") =>
    alerted.some((s) => s.direction === dir && s.from <= date && s.to >= date) ||
    input.findings.some((f) => f.direction === dir && f.date < date && f.to >= date);
  const start = (date: string, dir: "up" | "down", onset: Anomaly | null) => {
    const wasAlerted =
      onset === null || alerted.some((s) => s.direction === dir && s.from <= onset.to && s.to >= onset.date);
    open = {
      date,
      detected: onset ? detectedOn(onset, windowDays) : date,
      direction: dir,
      onset,
      alerted: wasAlerted,
      lastAbnormal: date,
      recovered: null,
    };
    episodes.push(open);
    normalRun = 0;
  };
  const last = dayNumber(input.to);
  for (let n = dayNumber(input.from); n <= last; n++) {
    const date = dateFromDayNumber(n);
    const starts = startsOn.get(date) ?? [];
    const current = open as AnomalyEpisode | null;
    if (current === null) {
      const onset = starts[0];
      if (onset) start(date, onset.direction, onset);
      else {
        // A day inside a span alerted before: the episode was announced by an earlier evaluation.
        const span = alerted.find((s) => s.from <= date && s.to >= date);
        if (span) start(date, span.direction, null);
      }
      continue;
    }
    const reversal = starts.find((f) => f.direction !== current.direction);
    if (reversal && !starts.some((f) => f.direction === current.direction)) {
      current.recovered = date;
      start(date, reversal.direction, reversal);
      continue;
    }
    const z = input.trailingZ.get(date);
    const abnormal =
      starts.length > 0 ||
      covered(date, current.direction) ||
      (z !== undefined && z * sign(current.direction) >= opts.recoveryThreshold);
    if (abnormal) {
      current.lastAbnormal = date;
      normalRun = 0;
      continue;
    }
    if (z === undefined) continue;
    if (normalRun === 0) runStart = date;
    normalRun += 1;
    if (normalRun >= opts.recoveryDays) {
      current.recovered = runStart;
      open = null;
      normalRun = 0;
    }
  }
  return episodes;
}

/**
 * A shift as an episode onset: from the first run of `w` consecutive days inside its span that
 * each scored at least the recovery threshold in its direction against the weeks before them
 * (Prometheus' `for:` clause: a condition that must hold throughout), or undefined when no such
 * run exists. A window's z sums clipped day scores, so a week whose days each look ordinary but
 * lean one way (a season turning) can reach the threshold; a real sustained break (a broken
 * landing page) is abnormal every day. The onset keeps the span's numbers and starts at the run.
 */
function sustainedOnset(
  a: Anomaly,
  trailingZ: ReadonlyMap<string, number>,
  threshold: number,
  w: number,
): Anomaly | undefined {
  let run = 0;
  const last = dayNumber(a.to);
  for (let n = dayNumber(a.date); n <= last; n++) {
    const z = trailingZ.get(dateFromDayNumber(n));
    run = z !== undefined && z * sign(a.direction) >= threshold ? run + 1 : 0;
    if (run === w) return { ...a, date: dateFromDayNumber(n - w + 1) };
  }
  return undefined;
}

/**
 * The detector's findings on `series` grouped into alert episodes. A shift finding opens an
 * episode only where it held on every day of a window (sustainedOnset()). `options` are the detector's
 * (detectAnomalies), `episodeOptions` the grouping's; both untrusted. Throws
 * AppError("core.invalid_input") naming the field on bad input.
 * @example
 * anomalyEpisodes(daily, { from: "2026-08-01", threshold: 5 }, { minChange: 0.3 }).episodes;
 * // [{ date: "2026-08-10", direction: "down", onset: {...}, alerted: false, lastAbnormal: "2026-08-23", recovered: "2026-08-24" }]
 */
export function anomalyEpisodes(
  series: readonly DailyValue[] | readonly DailyRatio[],
  options: unknown = {},
  episodeOptions: unknown = {},
): { episodes: AnomalyEpisode[]; trailingZ: Map<string, number>; findings: Anomaly[] } {
  const eo = parseInput(episodeOptionsSchema, episodeOptions);
  const { report, trailingZ } = detectWithDayScores(series, options);
  const recoveryThreshold = eo.recoveryThreshold ?? report.options.threshold / 2;
  const w = report.options.shiftWindowDays;
  const findings = report.anomalies
    .map((a) => (a.kind === "day" ? a : sustainedOnset(a, trailingZ, recoveryThreshold, w)))
    .filter(
      (a): a is Anomaly =>
        a !== undefined &&
        (a.kind === "day" || eo.shiftsFrom === undefined || detectedOn(a, w) >= eo.shiftsFrom) &&
        (a.expected === 0 || Math.abs(a.value / a.expected - 1) >= eo.minChange),
    );
  const dates = [...trailingZ.keys(), ...findings.map((f) => f.date)].sort();
  const from = report.options.from ?? dates[0];
  const to = report.options.to ?? dates[dates.length - 1];
  if (from === undefined || to === undefined) return { episodes: [], trailingZ, findings };
  const episodes = trackEpisodes(
    { from, to, trailingZ, findings, alerted: eo.alerted },
    {
      recoveryThreshold,
      recoveryDays: eo.recoveryDays,
      shiftWindowDays: report.options.shiftWindowDays,
    },
  );
  return { episodes, trailingZ, findings };
}
