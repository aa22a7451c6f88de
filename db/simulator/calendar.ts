/**
 * The simulated year and local-time arithmetic. Days are indexed 0..DAYS-1 from FIRST_DAY; a
 * "local date" is a calendar date in the organization's time zone, and instants are UTC
 * milliseconds derived from local date + local time with the zone's real offset (DST included),
 * read from Intl.DateTimeFormat so no date library is needed.
 */

/** Last day of simulated data (inclusive), the `data_through` of every seed. */
export const DATA_THROUGH = "2026-10-31";
/** First simulated day: one year before DATA_THROUGH. */
export const FIRST_DAY = "2025-11-01";
const DAY_MS = 86_400_000;
const FIRST_MS = Date.parse(`${FIRST_DAY}T00:00:00Z`);
/** Number of simulated days. */
export const DAYS = Math.round((Date.parse(`${DATA_THROUGH}T00:00:00Z`) - FIRST_MS) / DAY_MS) + 1;

/**
 * The calendar date (YYYY-MM-DD) of a day index.
 * @example dateOfDay(0) // => "2025-11-01"
 */
export function dateOfDay(day: number): string {
  return new Date(FIRST_MS + day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The day index of a calendar date (may be outside 0..DAYS-1).
 * @example dayOfDate("2025-11-28") // => 27
 */
export function dayOfDate(date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - FIRST_MS) / DAY_MS);
}

/** Weekday of a day index: 0 = Sunday ... 6 = Saturday. */
export function weekdayOfDay(day: number): number {
  return new Date(FIRST_MS + day * DAY_MS).getUTCDay();
}

/** Month (1-12) of a day index. */
export function monthOfDay(day: number): number {
  return new Date(FIRST_MS + day * DAY_MS).getUTCMonth() + 1;
}

/** Offset of `tz` from UTC in minutes at the instant `utcMs` (e.g. -240 for New York in summer). */
export function zoneOffsetMinutes(formatter: Intl.DateTimeFormat, utcMs: number): number {
  const parts: Record<string, number> = {};
  for (const p of formatter.formatToParts(new Date(utcMs))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  const asUtc = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour! % 24,
    parts.minute!,
    parts.second!,
  );
  return Math.round((asUtc - (utcMs - (utcMs % 1000))) / 60_000);
}

/**
 * Converts local (day, second of day) in one time zone to UTC milliseconds. Offsets are cached per
 * day; only the two DST-transition days per year need an exact per-instant lookup.
 */
export class ZoneClock {
  private readonly formatter: Intl.DateTimeFormat;
  private readonly startOffset: Int32Array;
  private readonly endOffset: Int32Array;
  /** For DST-transition days: the first local second using endOffset. */
  private readonly switchSecond: Int32Array;

  constructor(readonly timeZone: string) {
    this.formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    this.startOffset = new Int32Array(DAYS + 2);
    this.endOffset = new Int32Array(DAYS + 2);
    this.switchSecond = new Int32Array(DAYS + 2);
    for (let d = -1; d <= DAYS; d++) {
      const dayMs = FIRST_MS + d * DAY_MS;
      const start = this.exactOffset(dayMs);
      const end = this.exactOffset(dayMs + DAY_MS - 1000);
      this.startOffset[d + 1] = start;
      this.endOffset[d + 1] = end;
      if (start === end) continue;
      // Binary search the wall-clock second where the offset changes (2 days a year).
      let lo = 0;
      let hi = 86_399;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.exactOffset(dayMs + mid * 1000) === start) lo = mid + 1;
        else hi = mid;
      }
      this.switchSecond[d + 1] = lo;
    }
  }

  /** UTC milliseconds of local `day` at `secondOfDay` (0..86399). */
  toUtcMs(day: number, secondOfDay: number): number {
    const localMs = FIRST_MS + day * DAY_MS + secondOfDay * 1000;
    const i = Math.min(Math.max(day + 1, 0), DAYS + 1);
    const offset = secondOfDay < this.switchSecond[i]! ? this.startOffset[i]! : this.endOffset[i]!;
    return localMs - offset * 60_000;
  }

  /** UTC instant of local midnight starting `day`. */
  dayStartUtcMs(day: number): number {
    return this.toUtcMs(day, 0);
  }

  /** The zone offset that applies to a wall-clock time (two-pass guess, as DST-aware libraries do). */
  private exactOffset(localMs: number): number {
    const first = zoneOffsetMinutes(this.formatter, localMs);
    return zoneOffsetMinutes(this.formatter, localMs - first * 60_000);
  }
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, "0"));
const isoDayCache = new Map<number, string>();

/**
 * UTC ISO-8601 text of an instant with whole seconds, like Date.prototype.toISOString but several
 * times faster (the date part is cached per day), because every touchpoint needs one.
 * @example isoUtc(Date.UTC(2026, 9, 31, 14, 3, 0)) // => "2026-10-31T14:03:00.000Z"
 */
export function isoUtc(ms: number): string {
  const dayNumber = Math.floor(ms / DAY_MS);
  let day = isoDayCache.get(dayNumber);
  if (day === undefined) {
    day = new Date(dayNumber * DAY_MS).toISOString().slice(0, 11);
    isoDayCache.set(dayNumber, day);
  }
  const secs = Math.floor((ms - dayNumber * DAY_MS) / 1000);
  const millis = ms % 1000;
  if (millis !== 0) return new Date(ms).toISOString();
  return `${day}${TWO_DIGITS[(secs / 3600) | 0]}:${TWO_DIGITS[((secs % 3600) / 60) | 0]}:${TWO_DIGITS[secs % 60]}.000Z`;
}
