/**
 * The calendar of named days marketers anchor periods on: retail days ("Black Friday", "Cyber
 * Monday") and US public holidays ("Labor Day", "the 4th of July"), as date ranges in a given year.
 * time-extra.ts turns them into periods ("since Labor Day", "Black Friday week").
 */
import { addDays, endOfMonth, startOfWeek } from "../../semantic/query/dates.ts";

const pad = (n: number) => String(n).padStart(2, "0");

/** The n-th weekday (0 = Sunday) of a month, as an ISO date. */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  const day = 1 + ((weekday - first + 7) % 7) + 7 * (n - 1);
  return `${year}-${pad(month + 1)}-${pad(day)}`;
}

/** The last given weekday (0 = Sunday) of a month, as an ISO date. */
function lastWeekday(year: number, month: number, weekday: number): string {
  const end = endOfMonth(`${year}-${pad(month + 1)}-01`);
  const back = (new Date(`${end}T00:00:00Z`).getUTCDay() - weekday + 7) % 7;
  return addDays(end, -back);
}

const oneDay = (d: string) => ({ from: d, to: d });

/** Ways of naming Black Friday through Cyber Monday as one span (normalized text). */
const BFCM_NAMES = [
  "bf / cm",
  "bf cm",
  "bf and cm",
  ...["/", "and", "to", "through", "thru", "till", "until", "plus", "or"].map(
    (joint) => `black friday ${joint} cyber monday`,
  ),
  "black friday cyber monday",
  "cyber weekend",
  "bf weekend",
];

/** Retail days marketers name, as a date range in a given year. */
export const HOLIDAYS: Record<string, (y: number) => { from: string; to: string }> = {
  thanksgiving: (y) => ({ from: nthWeekday(y, 10, 4, 4), to: nthWeekday(y, 10, 4, 4) }),
  "black friday": (y) => {
    const d = addDays(nthWeekday(y, 10, 4, 4), 1);
    return { from: d, to: d };
  },
  "cyber monday": (y) => {
    const d = addDays(nthWeekday(y, 10, 4, 4), 4);
    return { from: d, to: d };
  },
  bfcm: (y) => ({ from: addDays(nthWeekday(y, 10, 4, 4), 1), to: addDays(nthWeekday(y, 10, 4, 4), 4) }),
  "cyber week": (y) => ({
    from: addDays(nthWeekday(y, 10, 4, 4), 1),
    to: addDays(nthWeekday(y, 10, 4, 4), 4),
  }),
  // fix7d: Black Friday through Cyber Monday said as one span ("black friday / cyber monday",
  // "bf/cm", "black friday to cyber monday"): the four days, never Black Friday alone.
  ...Object.fromEntries(
    BFCM_NAMES.map((name) => [
      name,
      (y: number) => ({ from: addDays(nthWeekday(y, 10, 4, 4), 1), to: addDays(nthWeekday(y, 10, 4, 4), 4) }),
    ]),
  ),
  // "Cyber five": Thanksgiving through Cyber Monday.
  "cyber five": (y) => ({ from: nthWeekday(y, 10, 4, 4), to: addDays(nthWeekday(y, 10, 4, 4), 4) }),
  "cyber 5": (y) => ({ from: nthWeekday(y, 10, 4, 4), to: addDays(nthWeekday(y, 10, 4, 4), 4) }),
  "christmas eve": (y) => ({ from: `${y}-12-24`, to: `${y}-12-24` }),
  "christmas day": (y) => ({ from: `${y}-12-25`, to: `${y}-12-25` }),
  christmas: (y) => ({ from: `${y}-12-25`, to: `${y}-12-25` }),
  "new year eve": (y) => ({ from: `${y}-12-31`, to: `${y}-12-31` }),
  "new years eve": (y) => ({ from: `${y}-12-31`, to: `${y}-12-31` }),
  "valentine day": (y) => ({ from: `${y}-02-14`, to: `${y}-02-14` }),
  "valentines day": (y) => ({ from: `${y}-02-14`, to: `${y}-02-14` }),
  halloween: (y) => ({ from: `${y}-10-31`, to: `${y}-10-31` }),
  // US public holidays that anchor promotions and "since ..." questions (both spellings of labour).
  "labor day": (y) => oneDay(nthWeekday(y, 8, 1, 1)),
  "labour day": (y) => oneDay(nthWeekday(y, 8, 1, 1)),
  "memorial day": (y) => oneDay(lastWeekday(y, 4, 1)),
  "presidents day": (y) => oneDay(nthWeekday(y, 1, 1, 3)),
  "mlk day": (y) => oneDay(nthWeekday(y, 0, 1, 3)),
  "independence day": (y) => oneDay(`${y}-07-04`),
  "fourth of july": (y) => oneDay(`${y}-07-04`),
  "4th of july": (y) => oneDay(`${y}-07-04`),
  "mothers day": (y) => oneDay(nthWeekday(y, 4, 0, 2)),
  "fathers day": (y) => oneDay(nthWeekday(y, 5, 0, 3)),
  "new years day": (y) => oneDay(`${y}-01-01`),
  "new year day": (y) => oneDay(`${y}-01-01`),
  "boxing day": (y) => oneDay(`${y}-12-26`),
};
export const HOLIDAY_PATTERN = Object.keys(HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  .join("|");

/** A holiday's date range in the year named, or the most recent one that has started. */
export function holidayRange(
  name: string,
  year: string | undefined,
  today: string,
): { from: string; to: string } {
  const make = HOLIDAYS[name]!;
  if (year) return make(Number(year));
  const y = Number(today.slice(0, 4));
  return make(y).from <= today ? make(y) : make(y - 1);
}

/**
 * A holiday's weekend: Saturday through a Monday holiday ("Labor Day weekend"), a Friday
 * holiday through Sunday ("Black Friday weekend"), otherwise the weekend of its week.
 */
export function holidayWeekend(day: string): { from: string; to: string } {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  if (weekday === 1) return { from: addDays(day, -2), to: day };
  if (weekday === 5) return { from: day, to: addDays(day, 2) };
  const saturday = addDays(startOfWeek(day), 5);
  return { from: saturday, to: addDays(saturday, 1) };
}
