/**
 * Calendar arithmetic on plain dates ("YYYY-MM-DD"), with no time zone and no clock. Weeks start
 * on Monday (ISO 8601).
 */

const DAY_MS = 86_400_000;

function toUtc(d: string): Date {
  return new Date(`${d}T00:00:00Z`);
}
function fromUtc(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = toUtc(s);
  return !Number.isNaN(d.getTime()) && fromUtc(d) === s;
}

/** @example addDays("2024-03-01", -1) // "2024-02-29" */
export function addDays(d: string, n: number): string {
  return fromUtc(new Date(toUtc(d).getTime() + n * DAY_MS));
}

/** Days from `a` to `b` (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / DAY_MS);
}

/** Last day of the month containing `d`. */
export function endOfMonth(d: string): string {
  const x = toUtc(d);
  return fromUtc(new Date(Date.UTC(x.getUTCFullYear(), x.getUTCMonth() + 1, 0)));
}

/** Shift by whole months, clamping the day to the target month's length. @example addMonths("2024-03-31", -1) // "2024-02-29" */
export function addMonths(d: string, n: number): string {
  const x = toUtc(d);
  const first = new Date(Date.UTC(x.getUTCFullYear(), x.getUTCMonth() + n, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return fromUtc(
    new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(x.getUTCDate(), last))),
  );
}

/** Monday of the ISO week containing `d`. @example startOfWeek("2024-03-10") // "2024-03-04" (a Sunday's Monday) */
export function startOfWeek(d: string): string {
  const dow = (toUtc(d).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(d, -dow);
}

/** First day of the month. */
export function startOfMonth(d: string): string {
  return `${d.slice(0, 8)}01`;
}

/** First day of the calendar quarter. */
export function startOfQuarter(d: string): string {
  const m = Number(d.slice(5, 7));
  const q = Math.floor((m - 1) / 3) * 3 + 1;
  return `${d.slice(0, 4)}-${String(q).padStart(2, "0")}-01`;
}

/** First day of the year. */
export function startOfYear(d: string): string {
  return `${d.slice(0, 4)}-01-01`;
}

/** Whole months spanned from the first of `from`'s month to `to`'s month, inclusive. */
export function monthsSpanned(from: string, to: string): number {
  const y = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return y * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
}

// Building an Intl.DateTimeFormat costs far more than using one (the planner and the tools ask for
// "today" many times per question), so one formatter per time zone is kept. An unknown zone
// throws a RangeError here as before and is not cached.
const dayFormatters = new Map<string, Intl.DateTimeFormat>();
function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = dayFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormatters.set(timeZone, f);
  }
  return f;
}

/**
 * The calendar date at instant `now` in `timeZone` (throws RangeError for an unknown zone).
 * @example localDate(new Date("2024-03-10T03:00:00Z"), "America/New_York") // "2024-03-09"
 */
export function localDate(now: Date, timeZone: string): string {
  const parts = dayFormatter(timeZone).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}
