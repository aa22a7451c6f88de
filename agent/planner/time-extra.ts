/**
 * Period phrases beyond units, months and quarters: half years ("H1 2026", "the second half"),
 * "the week of October 5", retail holidays ("Black Friday 2025"), and a month in the previous
 * year ("October last year"). time.ts tries these before the general rules in time-phrases.ts,
 * because the general rules would otherwise read "2026" or "last year" on their own.
 */
import { MONTH_NAMES } from "../../lib/months.ts";
import { addDays, addMonths, endOfMonth, startOfMonth, startOfWeek } from "../../semantic/query/dates.ts";
import { countValue } from "./number-words.ts";
import { HOLIDAY_PATTERN, HOLIDAYS, holidayRange, holidayWeekend } from "./time-holidays.ts";
import {
  COUNT_PATTERN,
  MONTH_PATTERN,
  monthIndex,
  monthPeriod,
  quarterPeriod,
  type TimeRule,
} from "./time-phrases.ts";
import type { Period } from "./types.ts";

const pad = (n: number) => String(n).padStart(2, "0");
const clip = (to: string, today: string) => (to > today ? today : to);

function halfPeriod(half: 1 | 2, year: number | undefined, today: string, dir: "past" | "future"): Period {
  const ty = Number(today.slice(0, 4));
  const startOf = (y: number) => `${y}-${half === 1 ? "01" : "07"}-01`;
  // Without a year, a half means the most recent one that started (or the next one, when planning).
  const y =
    year ??
    (dir === "past" ? (startOf(ty) <= today ? ty : ty - 1) : endOfHalf(startOf(ty)) >= today ? ty : ty + 1);
  const from = startOf(y);
  const to = endOfHalf(from);
  return { from, to: dir === "past" ? clip(to, today) : to, label: "" };
}

function endOfHalf(from: string): string {
  return endOfMonth(addMonths(from, 5));
}

const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

const COUNT = COUNT_PATTERN;
const countOf = (s: string | undefined) => (s ? (countValue(s) ?? 1) : 1);

/** The container a "first/last N days of ..." phrase slices: a month, a quarter or a year. */
function containerOf(
  month: string | undefined,
  quarter: string | undefined,
  year: string | undefined,
  today: string,
  dir: "past" | "future",
): { from: string; to: string } | undefined {
  if (month) return monthPeriod(monthIndex(month), year ? Number(year) : undefined, today, dir);
  if (quarter) return quarterPeriod(Number(quarter), year ? Number(year) : undefined, today, dir);
  if (year) return { from: `${year}-01-01`, to: `${year}-12-31` };
  return undefined;
}

/** The last day of data: the caller's, or else the end of the last complete month. */
const lastDataDay = (today: string, dataEnd: string | undefined) =>
  dataEnd && dataEnd < today ? dataEnd : addDays(startOfMonth(today), -1);

/**
 * Meteorological seasons of the northern hemisphere (both demo organizations and most of our
 * users' markets); winter Y runs from December Y-1 through February Y.
 */
const SEASONS: Record<string, (y: number) => { from: string; to: string }> = {
  spring: (y) => ({ from: `${y}-03-01`, to: `${y}-05-31` }),
  summer: (y) => ({ from: `${y}-06-01`, to: `${y}-08-31` }),
  fall: (y) => ({ from: `${y}-09-01`, to: `${y}-11-30` }),
  autumn: (y) => ({ from: `${y}-09-01`, to: `${y}-11-30` }),
  winter: (y) => ({ from: `${y - 1}-12-01`, to: endOfMonth(`${y}-02-01`) }),
};

/**
 * "summer 2026": that year's; "last summer": the latest one already over; "this summer" (or
 * none): the latest one that has started, or for plans (`future`) the next one not yet over.
 */
function seasonRange(
  season: string,
  which: string | undefined,
  year: string | undefined,
  today: string,
  dir: "past" | "future",
): { from: string; to: string } {
  const make = SEASONS[season]!;
  if (year) return make(Number(year));
  const y = Number(today.slice(0, 4));
  const candidates = [y - 1, y, y + 1].map(make);
  if (which && /^(?:last|past|previous)$/.test(which)) return candidates.filter((r) => r.to < today).at(-1)!;
  if (dir === "future") return candidates.find((r) => r.to >= today)!;
  return candidates.filter((r) => r.from <= today).at(-1)!;
}

/** Rules time.ts applies before the general ones (longer, more specific phrases). */
export const EXTRA_TIME_RULES: readonly TimeRule[] = [
  {
    // "over the holidays", "the holidays 2025", "holiday season": Black Friday week's Monday through
    // December 31 (not a campaign named "Holiday ...").
    re: /\b(?:in |during |over |for |across |through |throughout )?(?:the )?(?:(this|last|past|previous) )?(?:(?:christmas |xmas )?holidays|(?:christmas |xmas )?holiday (?:season|period|weeks|rush|quarter)|festive (?:season|period)|christmas (?:season|period|rush))(?:\s+(?:of\s+)?(20\d\d)|\s+(last) year)?\b(?!\s+(?:campaigns?|sale|sales|promo|collection)\b)/,
    resolve: (m, t, dir, dataEnd) => {
      const make = (y: number) => ({
        from: startOfWeek(HOLIDAYS["black friday"]!(y).from),
        to: `${y}-12-31`,
      });
      if (m[2]) return { ...make(Number(m[2])), label: "" };
      // "the holiday season last year": that year's season, not a second period to compare with.
      if (m[3]) {
        const r = make(Number(t.slice(0, 4)) - 1);
        return { from: r.from, to: dir === "past" ? clip(r.to, t) : r.to, label: "" };
      }
      // The latest season with data (or, when planning, the next one not yet over).
      const ref = dir === "past" && dataEnd && dataEnd < t ? dataEnd : t;
      const y = Number(ref.slice(0, 4));
      if (dir === "future") return { ...(make(y).to >= t ? make(y) : make(y + 1)), label: "" };
      const latest = make(y).from <= ref ? make(y) : make(y - 1);
      const r =
        m[1] && m[1] !== "this" && latest.to >= t ? make(Number(latest.from.slice(0, 4)) - 1) : latest;
      return { from: r.from, to: clip(r.to, t), label: "" };
    },
  },
  {
    // "early August" (1-10), "late September" (21-end), "mid-August" (11-20; the 15th as one end of
    // "from mid-August to mid-September"), "end of March" / "beginning of May".
    re: new RegExp(
      `\\b(?:in |during |over |for )?(?:the )?(early|mid|middle of|late|end of|the end of|beginning of|start of|the start of)\\s+(${MONTH_PATTERN})(?:\\s+(?:of\\s+)?(20\\d\\d))?\\b`,
    ),
    resolve: (m, t, dir) => {
      const month = monthPeriod(monthIndex(m[2]!), m[3] ? Number(m[3]) : undefined, t, dir);
      const at = (d: number) => `${month.from.slice(0, 8)}${pad(d)}`;
      const end = endOfMonth(month.from);
      const before = m.input.slice(0, m.index);
      const endpoint =
        /\b(?:from|between|since|starting|after|to|until|till|through|thru|and)\s+$/.test(before) ||
        /^\s*(?:to|until|till|through|thru|and)\b/.test(m.input.slice(m.index + m[0].length));
      const which = m[1]!;
      const r = /^(?:early|beginning of|start of|the start of)$/.test(which)
        ? { from: month.from, to: at(10) }
        : /^(?:late|end of|the end of)$/.test(which)
          ? { from: at(21), to: end }
          : endpoint
            ? { from: at(15), to: at(15) }
            : { from: at(11), to: at(20) };
      return { ...r, to: dir === "past" ? clip(r.to, t) : r.to, label: "" };
    },
  },
  {
    // "the last 30 days of the data", "the latest 2 weeks we have": a window ending at the data's end.
    re: new RegExp(
      `\\b(?:in |during |for |over )?(?:the )?(?:last|latest|most recent|final|trailing|newest) (?:(${COUNT}) )?(days?|weeks?|months?) (?:of (?:the |our |your )?(?:data(?:set)?|numbers)|(?:of )?(?:the )?(?:data )?(?:we have|we ve got|we got|you have|available|on record|in the data(?:set)?|of data)|we have data for)\\b`,
    ),
    resolve: (m, t, _dir, dataEnd) => {
      const to = lastDataDay(t, dataEnd);
      const n = countOf(m[1]);
      const unit = m[2]!.replace(/s$/, "");
      if (unit === "month") return { from: addMonths(addDays(to, 1), -n), to, label: "" };
      return { from: addDays(to, -(unit === "week" ? 7 * n : n) + 1), to, label: "" };
    },
  },
  {
    // "the first week of October", "last 2 weeks of September", "first 10 days of Q3".
    re: new RegExp(
      `\\b(?:in |during |for |over )?(?:the )?(first|last|final|opening|closing|past) (?:(${COUNT}) )?(days?|weeks?) (?:of|in) (?:the month of )?(?:(${MONTH_PATTERN})|q([1-4])|(?=20\\d\\d))(?:\\s*(?:of )?(20\\d\\d))?\\b`,
    ),
    resolve: (m, t, dir) => {
      const box = containerOf(m[4], m[5], m[6], t, dir);
      if (!box) return undefined;
      const end = m[5] || m[4] ? (m[4] ? endOfMonth(box.from) : endOfMonth(addMonths(box.from, 2))) : box.to;
      const days = (m[3]!.startsWith("week") ? 7 : 1) * countOf(m[2]);
      const first = /^(?:first|opening)$/.test(m[1]!);
      const from = first ? box.from : addDays(end, -days + 1);
      const to = first ? addDays(box.from, days - 1) : end;
      // "the last 90 days of October": a window ending with the month, even if it starts before it.
      return { from, to: clip(to, t), label: "" };
    },
  },
  {
    // "Labor Day weekend", "over the Memorial Day long weekend": the weekend the holiday belongs to.
    re: new RegExp(
      `\\b(?:on |during |over |for |at )?(?:the )?(${HOLIDAY_PATTERN})(?:\\s+(20\\d\\d))? (?:long )?weekend(?:\\s+(?:of\\s+)?(20\\d\\d))?\\b`,
    ),
    // fix7d: a span already ("BFCM weekend", "black friday / cyber monday weekend") is its own weekend.
    resolve: (m, t) => {
      const r = holidayRange(m[1]!, m[2] ?? m[3], t);
      return { ...(r.from === r.to ? holidayWeekend(r.from) : r), label: "" };
    },
  },
  {
    // "the week of Black Friday 2025", "Black Friday week": the Monday-Sunday week containing it.
    re: new RegExp(
      `\\b(?:in |during |for |over )?(?:the )?(?:week (?:of|around|containing|with|including) (?:the )?(${HOLIDAY_PATTERN})(?:\\s+(20\\d\\d))?|(${HOLIDAY_PATTERN})(?:\\s+(20\\d\\d))? week(?:\\s+(?:of\\s+)?(20\\d\\d))?)\\b`,
    ),
    resolve: (m, t) => {
      const r = holidayRange((m[1] ?? m[3])!, m[2] ?? m[4] ?? m[5], t);
      const from = startOfWeek(r.from);
      return { from, to: addDays(from, 6), unit: "week", label: "" };
    },
  },
  {
    // "around Black Friday 2025", "the weeks surrounding Cyber Monday": the week before to the week after.
    re: new RegExp(
      `\\b(?:in |during |for |over )?(?:the )?(?:(?:days|weeks|period|time) )?(?:around|surrounding|near|either side of) (?:the )?(${HOLIDAY_PATTERN})(?:\\s+(20\\d\\d))?\\b`,
    ),
    resolve: (m, t) => {
      const r = holidayRange(m[1]!, m[2], t);
      const from = addDays(startOfWeek(r.from), -7);
      return { from, to: addDays(startOfWeek(r.to), 13), label: "" };
    },
  },
  {
    re: new RegExp(
      `\\b(?:in |during |for |of )?(?:the )?(${MONTH_PATTERN}) (?:of )?(last year|the previous year|the year before|a year ago|the prior year|previous year|prior year)\\b`,
    ),
    resolve: (m, t) => monthPeriod(monthIndex(m[1]!), Number(t.slice(0, 4)) - 1, t, "past"),
  },
  {
    re: /\b(?:in |during |for |over )?(?:the )?(?:(first|second|1st|2nd) half|h([12]))(?! of (?:the )?(?:month|week|quarter|[a-z]+ber|jan\w*|feb\w*|march|april|may|june|july|august))(?:\s+(?:of\s+)?(?:the\s+)?(?:year\s+)?(?:fy\s?)?(20\d\d))?\b/,
    resolve: (m, t, dir) => {
      const which = m[2] ?? m[1]!;
      const half = /^(?:1|first|1st)$/.test(which) ? 1 : 2;
      return halfPeriod(half, m[3] ? Number(m[3]) : undefined, t, dir);
    },
  },
  {
    // "the week of October 5" (Monday-Sunday) and "the weekend of October 10" (Saturday-Sunday).
    re: new RegExp(
      `\\b(?:in |during |for |on |over )?(?:the )?(week|weekend) (?:of|around|starting|beginning|commencing|starting on|beginning on) (?:(${MONTH_PATTERN}) ${DAY}|${DAY} (?:of )?(${MONTH_PATTERN})|(\\d{1,2})\\/(\\d{1,2})(?:\\/((?:20)?\\d\\d))?)(?:\\s+(20\\d\\d))?\\b(?!\\/)`,
    ),
    resolve: (m, t, dir) => {
      // para21: "the week of 9/7", "week starting 7/13/2026": a month and day in numbers (US order).
      const month = m[6] !== undefined ? Number(m[6]) - 1 : monthIndex((m[2] ?? m[5])!);
      if (month < 0 || month > 11) return undefined;
      const day = Number(m[3] ?? m[4] ?? m[7]);
      const short = m[8];
      const stated = short
        ? Number(short.length === 2 ? `20${short}` : short)
        : m[9]
          ? Number(m[9])
          : undefined;
      const base = monthPeriod(month, stated, t, dir).from;
      const date = `${base.slice(0, 8)}${pad(day)}`;
      if (day < 1 || date > endOfMonth(base)) return undefined;
      if (m[1] === "weekend") {
        const saturday = addDays(startOfWeek(date), 5);
        return { from: saturday, to: addDays(saturday, 1), label: "" };
      }
      const from = startOfWeek(date);
      return { from, to: addDays(from, 6), unit: "week", label: "" };
    },
  },
  {
    // "last weekend" (the latest Saturday-Sunday already over), "this weekend" (the current week's).
    re: /\b(?:on |over |during |for |at )?(?:the )?(last|past|previous|this) weekend\b/,
    resolve: (m, t, dir) => {
      const monday = startOfWeek(t);
      const from = m[1] === "this" ? addDays(monday, 5) : addDays(monday, -2);
      const to = addDays(from, 1);
      return { from, to: dir === "past" ? clip(to, t) : to, label: "" };
    },
  },
  {
    // "this summer", "last winter", "summer 2026", "in the spring of 2026" (not "Summer26" or "summer
    // sale"). "fall" counts only with a determiner or a year: "did orders fall" is a verb.
    re: /\b(?:in |during |over |for |of |across )?(?:the )?(?:(?:(this|last|past|previous|next|coming) )?(spring|summer|autumn|winter)|(?:(this|last|past|previous|next|coming|the) )(fall)|(fall)(?=\s+(?:of\s+)?20\d\d))(?:\s+(?:of\s+)?(20\d\d))?\b(?!\s+(?:sale|sales|campaigns?|collection|promo))/,
    resolve: (m, t, dir) => {
      const which = m[1] ?? (m[3] === "the" ? undefined : m[3]);
      const season = (m[2] ?? m[4] ?? m[5])!;
      const direction = which && /^(?:next|coming)$/.test(which) ? "future" : dir;
      const r = seasonRange(season, which, m[6], t, direction);
      return { from: r.from, to: direction === "past" ? clip(r.to, t) : r.to, label: "" };
    },
  },
  {
    // "this Black Friday" is this year's, even before it comes; "next" the next one; "last" and
    // "previous" the latest one that has started ("this vs last Black Friday" is two years).
    re: new RegExp(
      `\\b(?:on |during |over |for |at )?(this|this year|next|last|previous|last year)(?: s)? (${HOLIDAY_PATTERN})\\b(?!\\s+(?:20\\d\\d|weekend|week)\\b)`,
    ),
    resolve: (m, t) => {
      const make = HOLIDAYS[m[2]!]!;
      const y = Number(t.slice(0, 4));
      if (m[1]!.startsWith("this")) return { ...make(y), label: "" };
      if (m[1] === "next") return { ...(make(y).from > t ? make(y) : make(y + 1)), label: "" };
      if (m[1] === "last year") return { ...make(y - 1), label: "" };
      const started = make(y).from <= t ? make(y) : make(y - 1);
      return { ...started, label: "" };
    },
  },
  {
    re: new RegExp(
      // "labor day email" is that day's email campaign, but "since labor day email revenue" is
      // email revenue since that day: after an anchor word the holiday is always a date.
      `\\b(?:on |during |over |for |at )?(${HOLIDAY_PATTERN})(?:\\s+(20\\d\\d))?\\b(?:(?<=\\b(?:since|after|from|until|till|through|thru|before) (?:the )?(?:${HOLIDAY_PATTERN})(?:\\s+20\\d\\d)?)|(?!\\s+(?:20\\d\\d\\s+)?(?:campaigns?|search|social|display|email|ads?|sale campaign)\\b))`,
    ),
    resolve: (m, t) => {
      const make = HOLIDAYS[m[1]!]!;
      if (m[2]) return { ...make(Number(m[2])), label: "" };
      // Without a year: the most recent one that has started.
      const y = Number(t.slice(0, 4));
      const r = make(y).from <= t ? make(y) : make(y - 1);
      return { ...r, label: "" };
    },
  },
];

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
function daysIn(month: number, year: number | undefined): number {
  if (month === 1) return year === undefined || leap(year) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month]!;
}

/** The earliest year any organization's marketing data can plausibly start. */
const FIRST_DATA_YEAR = 2000;
const YEAR_CONTEXT =
  /(?:\b(?:in|during|for|of|since|from|to|until|through|between|and|year|fy|q[1-4]|h[12]|half|quarter)|(?:MONTHS))\s+$/;

/**
 * Why a date the question names cannot be answered: a day or month that does not exist
 * ("February 30th", "2026-13-01"), a year before any data, or a year that has not happened yet.
 * @param planning budget questions may name next year; data questions may not.
 * @example invalidDate("revenue on february 30th", "2026-11-01", false) // "that date does not exist, since February is shorter."
 */
export function invalidDate(text: string, today: string, planning: boolean): string | undefined {
  for (const m of text.matchAll(/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // Messages carry no digits: every number in an answer must come from data.
    if (mo < 1 || mo > 12) return "that date does not exist, since a year has only twelve months.";
    if (d < 1 || d > daysIn(mo - 1, y))
      return `that date does not exist, since ${MONTH_NAMES[mo - 1]} is shorter.`;
  }
  const dayMonth = new RegExp(
    `\\b(?:(${MONTH_PATTERN}) (\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH_PATTERN}))\\b(?!\\s*(?:k|%|\\d))(?:\\s+(\\d{4}))?`,
    "g",
  );
  for (const m of text.matchAll(dayMonth)) {
    const month = monthIndex((m[1] ?? m[4])!);
    const day = Number(m[2] ?? m[3]);
    if (day < 1 || day > daysIn(month, m[5] ? Number(m[5]) : undefined))
      return `that date does not exist, since ${MONTH_NAMES[month]} is shorter.`;
  }
  const thisYear = Number(today.slice(0, 4));
  const context = new RegExp(YEAR_CONTEXT.source.replace("MONTHS", MONTH_PATTERN));
  for (const m of text.matchAll(
    /(?<![$€£\d.,-]|[$€£]\s)\b(1\d{3}|2\d{3})\b(?!-|\s*(?:k|m|mm|thousand|million|grand|%|percent|dollars?|usd|eur|euros?|bucks|pounds?|gbp)\b|\s*[$€£])/g,
  )) {
    if (!context.test(text.slice(0, m.index))) continue;
    const y = Number(m[1]);
    if (y < FIRST_DATA_YEAR) return "that year is long before any marketing data was recorded.";
    if (y > thisYear + (planning ? 1 : 0))
      return "that year is still in the future, so there is no data for it yet.";
  }
  return undefined;
}
