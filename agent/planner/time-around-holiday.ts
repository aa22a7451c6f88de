/**
 * Windows set relative to a named day: "the week after Black Friday", "the 2 weeks before Cyber
 * Monday", "the 10 days following Labor Day", and "BF week" (Black Friday's own week). These are
 * past periods when the day has happened: without these rules "the week after" read as a week from
 * today (a forecast) and "Black Friday vs ..." as "since Black Friday".
 *
 * Weeks are calendar weeks (Monday to Sunday) beside the day's own week, so "the week after Black
 * Friday vs Black Friday week" sets two whole weeks side by side; days are counted from the day.
 */
import { addDays, startOfWeek } from "../../semantic/query/dates.ts";
import { countValue } from "./number-words.ts";
import { CALENDAR_DAY, calendarDay } from "./time-calendar-day.ts";
import { HOLIDAY_PATTERN, holidayRange } from "./time-holidays.ts";
import { COUNT_PATTERN, type TimeRule } from "./time-phrases.ts";

/** "bf" is Black Friday only beside "week" or "day" here: elsewhere it names the BF25 campaigns. */
const DAY_NAME = `${HOLIDAY_PATTERN}|bf|${CALENDAR_DAY}`;
/** A named day right after a word ("before labor day", "after mar 17"): that day is an anchor, not "the week before". */
export const NAMED_DAY_NEXT = `\\s+(?:the\\s+)?(?:${DAY_NAME})\\b`;
const holidayOf = (name: string) => (name === "bf" ? "black friday" : name);

/** A named day's range: a holiday, or a calendar day ("march 17", "mar 17th 2026"). */
function namedDay(
  name: string,
  year: string | undefined,
  today: string,
): { from: string; to: string } | undefined {
  const day = calendarDay(name, year, today);
  if (day) return { from: day, to: day };
  return HOLIDAY_PATTERN_RE.test(name) || name === "bf"
    ? holidayRange(holidayOf(name), year, today)
    : undefined;
}

const HOLIDAY_PATTERN_RE = new RegExp(`^(?:${HOLIDAY_PATTERN})$`);
const AFTER_WORDS = "after|following|post";
const BEFORE_WORDS = "before|prior to|leading up to|leading into|ahead of|preceding|pre";

/** The `n` calendar weeks, or `n` days, just after (or just before) a day range. */
function beside(range: { from: string; to: string }, n: number, unit: "day" | "week", after: boolean) {
  if (unit === "day") {
    return after
      ? { from: addDays(range.to, 1), to: addDays(range.to, n) }
      : { from: addDays(range.from, -n), to: addDays(range.from, -1) };
  }
  const weekStart = startOfWeek(after ? range.to : range.from);
  return after
    ? { from: addDays(weekStart, 7), to: addDays(weekStart, 7 * n + 6) }
    : { from: addDays(weekStart, -7 * n), to: addDays(weekStart, -1) };
}

/** "the week after Black Friday", "the 10 days before mar 17": count, unit, after?, day, year. */
const BESIDE_DAY = new RegExp(
  `\\b(?:in |during |for |over )?(?:the )?(?:(${COUNT_PATTERN}|a) )?(days?|weeks?) (?:(${AFTER_WORDS})|${BEFORE_WORDS}) (?:the )?(${DAY_NAME})(?:\\s+(20\\d\\d))?\\b(?!\\s+(?:campaigns?|sale campaign)\\b)`,
);

/** "... vs the 10 days before", "compared with the week prior": a baseline beside the same day. */
const MIRROR = new RegExp(
  `\\b(?:vs|versus|compared? (?:to|with)|against|and|with)\\s+(?:the\\s+)?(?:(${COUNT_PATTERN}|a)\\s+)?(days?|weeks?)\\s+(?:${BEFORE_WORDS}|prior|earlier)(?:\\s+(?:it|that|then|this))?\\b(?!${"\\s+(?:the\\s+)?(?:" + DAY_NAME + ")\\b"})|\\b(?:vs|versus|compared? (?:to|with)|against)\\s+(?:the\\s+)?(?:previous|prior|preceding) period\\b`,
);

/**
 * "the 10 days after the outage vs the 10 days before": the baseline is the same stretch just
 * before the named day, so the day itself sits between the two windows (a baseline of the stretch
 * just before the first window would hold the day, the outage, and skew it).
 * @example mirroredBaseline("orders the 10 days after mar 17 vs the 10 days before", "2026-11-01") // Mar 7-16
 */
export function mirroredBaseline(
  text: string,
  today: string,
): { from: string; to: string; label: string } | undefined {
  const anchor = BESIDE_DAY.exec(text);
  if (!anchor?.[3]) return undefined;
  const mirror = MIRROR.exec(text.slice(anchor.index + anchor[0].length));
  if (!mirror) return undefined;
  // "vs the previous period" is how "vs the 10 days before" reads after time-windows.ts: the same count.
  const n = mirror[1] ? anchorCount(mirror[1]) : anchorCount(anchor[1]);
  if (!n || n > 52) return undefined;
  const unit = (mirror[2] ?? anchor[2]!).startsWith("week") ? "week" : "day";
  const day = namedDay(anchor[4]!, anchor[5], today);
  if (!day) return undefined;
  const plural = n === 1 ? unit : `${n} ${unit}s`;
  return { ...beside(day, n, unit, false), label: `the ${plural} before ${anchor[4]}` };
}

/** The count before "days after X" ("the 10 days after"), 1 when none is written ("the week after"). */
function anchorCount(word: string | undefined): number | undefined {
  return word && word !== "a" ? countValue(word) : 1;
}

export const HOLIDAY_RELATIVE_RULES: readonly TimeRule[] = [
  {
    // "the week after Black Friday", "the 2 weeks before Cyber Monday 2025", "10 days following Labor Day".
    re: BESIDE_DAY,
    resolve: (m, today) => {
      const n = m[1] && m[1] !== "a" ? countValue(m[1]) : 1;
      if (!n || n > 52) return undefined;
      const unit = m[2]!.startsWith("week") ? "week" : "day";
      const day = namedDay(m[4]!, m[5], today);
      if (!day) return undefined;
      const period = beside(day, n, unit, m[3] !== undefined);
      return { ...period, ...(n === 1 && unit === "week" ? { unit: "week" as const } : {}), label: "" };
    },
  },
  {
    // "BF week", "bf week 2025": the Monday-Sunday week containing Black Friday.
    re: /\b(?:in |during |for |over )?(?:the )?bf(?:\s+(20\d\d))? week(?:\s+(?:of\s+)?(20\d\d))?\b/,
    resolve: (m, today) => {
      const from = startOfWeek(holidayRange("black friday", m[1] ?? m[2], today).from);
      return { from, to: addDays(from, 6), unit: "week", label: "" };
    },
  },
];

/**
 * "bf week vs the week after", "September compared with the month following it": a baseline named
 * only as the unit after the period (a unit after a named day is a rule above). time.ts sets it
 * as the comparison; without it "the week after" read as a week from today, a forecast.
 */
export const FOLLOWING_UNIT = new RegExp(
  `\\b(?:vs|versus|compared? (?:to|with)|against|and|with) (?:the )?(day|week|month|quarter|year) (?:after|following)(?: (?:it|that|this|then))?\\b(?!\\s+(?:the\\s+)?(?:${DAY_NAME})\\b)`,
);
