/**
 * Explicit rules for the period phrases marketers use most: relative units, rolling windows,
 * to-date ranges, quarters, months and years. Free-form calendar dates ("since June 1") are left
 * to chrono-node in time.ts. Every rule resolves against `today`, the org-local date.
 */
import {
  addDays,
  addMonths,
  endOfMonth,
  startOfMonth,
  startOfQuarter,
  startOfWeek,
  startOfYear,
} from "../../semantic/query/dates.ts";
import { countPattern, countValue, NUMBER_WORDS } from "./number-words.ts";
import type { Period } from "./types.ts";

/** Whether a bare month or quarter means the most recent one that started, or the next one not over. */
export type Direction = "past" | "future";

type Unit = "day" | "week" | "month" | "quarter" | "year";

const MONTHS = [
  ["january", "jan"],
  ["february", "feb"],
  ["march", "mar"],
  ["april", "apr"],
  ["may"],
  ["june", "jun"],
  ["july", "jul"],
  ["august", "aug"],
  ["september", "sept", "sep"],
  ["october", "oct"],
  ["november", "nov"],
  ["december", "dec"],
] as const;

/** Month names and abbreviations as one regex alternation (longest first). */
export const MONTH_PATTERN = MONTHS.flat()
  .slice()
  .sort((a, b) => b.length - a.length)
  .join("|");

/** A count in a period phrase: digits or a number word ("last three weeks"). */
export const COUNT_PATTERN = countPattern();
/** "a" counts as one only before a unit ("a week ago"); slices of a period need a real count. */
const NUMBER_OR_A: Record<string, number> = { a: 1, ...NUMBER_WORDS };
const NUMBER = countPattern(3, NUMBER_OR_A);

/** Month index (0-11) of a month name or abbreviation. */
export function monthIndex(name: string): number {
  return MONTHS.findIndex((names) => (names as readonly string[]).includes(name));
}

function toNumber(word: string): number {
  return countValue(word, NUMBER_OR_A) ?? 1;
}

const clip = (to: string, today: string) => (to > today ? today : to);

/** The whole calendar unit containing `d`. */
function unitRange(d: string, unit: Unit): { from: string; to: string } {
  switch (unit) {
    case "day":
      return { from: d, to: d };
    case "week":
      return { from: startOfWeek(d), to: addDays(startOfWeek(d), 6) };
    case "month":
      return { from: startOfMonth(d), to: endOfMonth(d) };
    case "quarter":
      return { from: startOfQuarter(d), to: endOfMonth(addMonths(startOfQuarter(d), 2)) };
    case "year":
      return { from: startOfYear(d), to: `${d.slice(0, 4)}-12-31` };
  }
}

/**
 * The calendar unit `n` steps from the one containing `today` (n = -1: last, 0: this, 1: next).
 * @example shiftedUnit("2026-11-01", "week", -1) // { from: "2026-10-19", to: "2026-10-25" }
 */
export function shiftedUnit(today: string, unit: Unit, n: number): { from: string; to: string } {
  const base = unitRange(today, unit).from;
  const months = { month: 1, quarter: 3, year: 12 } as const;
  if (unit === "day") return unitRange(addDays(today, n), unit);
  if (unit === "week") return unitRange(addDays(base, 7 * n), unit);
  return unitRange(addMonths(base, months[unit] * n), unit);
}

/** A month (0-11) of an explicit year, or the most recent started / next unfinished one. */
export function monthPeriod(month: number, year: number | undefined, today: string, dir: Direction): Period {
  const ty = Number(today.slice(0, 4));
  const tm = Number(today.slice(5, 7)) - 1;
  const y = year ?? (dir === "past" ? (month <= tm ? ty : ty - 1) : month >= tm ? ty : ty + 1);
  const from = `${y}-${String(month + 1).padStart(2, "0")}-01`;
  const to = endOfMonth(from);
  return {
    from,
    to: dir === "past" ? clip(to, today) : to,
    unit: to <= today || dir === "future" ? "month" : undefined,
    label: "",
  };
}

export function quarterPeriod(q: number, year: number | undefined, today: string, dir: Direction): Period {
  const ty = Number(today.slice(0, 4));
  const tq = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const y = year ?? (dir === "past" ? (q <= tq ? ty : ty - 1) : q >= tq ? ty : ty + 1);
  const from = `${y}-${String((q - 1) * 3 + 1).padStart(2, "0")}-01`;
  const to = endOfMonth(addMonths(from, 2));
  return {
    from,
    to: dir === "past" ? clip(to, today) : to,
    unit: to <= today || dir === "future" ? "quarter" : undefined,
    label: "",
  };
}

/** One rule: a regex (no `g` flag) and how a match resolves. */
export interface TimeRule {
  re: RegExp;
  /** `dataEnd` is the organization's last day of data, when the caller knows it. */
  resolve: (m: RegExpExecArray, today: string, dir: Direction, dataEnd?: string) => Period | undefined;
}

/** "third quarter", "4th quarter": the quarter an ordinal names. */
export const ORDINAL_Q: Readonly<Record<string, number>> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
};
const UNIT = "(day|week|month|quarter|year)";
const yearOf = (s: string | undefined) => (s ? Number(s) : undefined);
const period = (r: { from: string; to: string }, unit?: Unit): Period => ({ ...r, unit, label: "" });

/** Ordered rules: longer, more specific phrases first. */
export const TIME_RULES: readonly TimeRule[] = [
  // "the last 2 full months", "last three complete weeks", "previous full quarter": whole calendar
  // units before the current one (a rolling "last 2 weeks" counts days back from today instead).
  {
    re: new RegExp(
      `\\b(?:in |over |during |for )?(?:the )?(?:last|past|previous|prior|trailing)(?: (${NUMBER}))? (?:full|complete|completed|whole|entire|calendar) ${UNIT}s?\\b`,
    ),
    resolve: (m, t) => {
      const n = m[1] ? toNumber(m[1]) : 1;
      const u = m[2] as Unit;
      const range = { from: shiftedUnit(t, u, -n).from, to: shiftedUnit(t, u, -1).to };
      return period(range, n === 1 ? u : undefined);
    },
  },
  {
    re: new RegExp(
      `\\b(?:in |over |during |for )?(?:the )?(?:last|past|previous|prior|trailing) (${NUMBER}) (full |complete |whole |entire )?${UNIT}s?\\b`,
    ),
    resolve: (m, today) => {
      const n = toNumber(m[1]!);
      const unit = m[3] as Unit;
      // "the last 2 full weeks": whole Monday-Sunday weeks before this one.
      if (unit === "week" && m[2]) {
        const monday = startOfWeek(today);
        return period({ from: addDays(monday, -7 * n), to: addDays(monday, -1) });
      }
      if (unit === "day" || unit === "week") {
        const days = unit === "day" ? n : 7 * n;
        return period({ from: addDays(today, -days), to: addDays(today, -1) });
      }
      const months = unit === "month" ? n : unit === "quarter" ? 3 * n : 12 * n;
      const thisMonth = startOfMonth(today);
      return period({ from: addMonths(thisMonth, -months), to: addDays(thisMonth, -1) });
    },
  },
  { re: /\bthe day before yesterday\b/, resolve: (_m, t) => period(unitRange(addDays(t, -2), "day"), "day") },
  {
    re: new RegExp(`\\b(?:so far )?(?:this|current|the current) ${UNIT}(?: so far| to date)?\\b`),
    resolve: (m, t) => {
      const u = m[1] as Unit;
      const r = unitRange(t, u);
      return period({ from: r.from, to: clip(r.to, t) }, r.to <= t ? u : undefined);
    },
  },
  {
    re: new RegExp(`\\b(?:the )?(last|past|previous|prior|next|coming|upcoming) ${UNIT}\\b`),
    resolve: (m, t) => {
      const u = m[2] as Unit;
      const forward = ["next", "coming", "upcoming"].includes(m[1]!);
      if (m[1] === "past" && u !== "day") {
        const days = { week: 7, month: 30, quarter: 90, year: 365 }[u];
        return period({ from: addDays(t, -days), to: addDays(t, -1) });
      }
      return period(shiftedUnit(t, u, forward ? 1 : -1), u);
    },
  },
  { re: /\byesterday\b/, resolve: (_m, t) => period(unitRange(addDays(t, -1), "day"), "day") },
  { re: /\btoday\b/, resolve: (_m, t) => period(unitRange(t, "day"), "day") },
  { re: /\btomorrow\b/, resolve: (_m, t) => period(unitRange(addDays(t, 1), "day"), "day") },
  { re: /\b(?:ytd|year to date)\b/, resolve: (_m, t) => period({ from: startOfYear(t), to: t }) },
  { re: /\b(?:mtd|month to date)\b/, resolve: (_m, t) => period({ from: startOfMonth(t), to: t }) },
  { re: /\b(?:qtd|quarter to date)\b/, resolve: (_m, t) => period({ from: startOfQuarter(t), to: t }) },
  { re: /\b(?:wtd|week to date)\b/, resolve: (_m, t) => period({ from: startOfWeek(t), to: t }) },
  {
    // "since the start of the quarter", "since the year began": the to-date range of that unit.
    re: /\b(?:(?:since|from) (?:the )?(?:start|beginning) of (?:the |this )?(year|month|quarter|week)|since (?:the |this )?(year|month|quarter|week) (?:began|started|start))\b/,
    resolve: (m, t) => {
      const start = { year: startOfYear, month: startOfMonth, quarter: startOfQuarter, week: startOfWeek };
      return period({ from: start[(m[1] ?? m[2]) as keyof typeof start](t), to: t });
    },
  },
  // "since the 1st": since the first of this month.
  {
    re: /\bsince the (?:1st|first)\b(?! (?:of|week|half|quarter|day|month|time))/,
    resolve: (_m, t) => period({ from: startOfMonth(t), to: t }),
  },
  // "since the 14th": since that day of this month, or of last month when it is still to come.
  {
    re: /\b(?:since|from) the ([12]?\d|3[01])(?:st|nd|rd|th)\b(?! (?:of|week|half|quarter|day|month|time|order|touch|purchase))/,
    resolve: (m, t) => {
      // The day in a month, or that month's last day when it is shorter ("the 31st" of September).
      const dayIn = (monthStart: string) => {
        const day = `${monthStart.slice(0, 8)}${String(Number(m[1])).padStart(2, "0")}`;
        return day > endOfMonth(monthStart) ? endOfMonth(monthStart) : day;
      };
      const thisMonth = dayIn(startOfMonth(t));
      return period({ from: thisMonth <= t ? thisMonth : dayIn(addMonths(startOfMonth(t), -1)), to: t });
    },
  },
  {
    re: /\b(?:in |during |for )?(?:the )?q([1-4])(?:\s+(?:of\s+)?(?:fy)?(20\d\d))?\b/,
    resolve: (m, t, dir) => quarterPeriod(Number(m[1]), yearOf(m[2]), t, dir),
  },
  // "q three", "quarter 3", "q 2" (dictated or typed out): the quarter its number names. Not
  // "last quarter two campaigns": a unit word before "quarter" makes it a relative quarter.
  {
    re: /(?<!\b(?:last|this|next|previous|prior|past|per|each|every|a) )\b(?:in |during |for )?(?:the )?(?:q|quarter) ?(one|two|three|four|[1-4])(?:\s+(?:of\s+)?(?:fy)?(20\d\d))?\b/,
    resolve: (m, t, dir) =>
      quarterPeriod({ one: 1, two: 2, three: 3, four: 4 }[m[1]!] ?? Number(m[1]), yearOf(m[2]), t, dir),
  },
  {
    re: /\b(?:in |during |for )?(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?:\s+(?:of\s+)?(20\d\d))?\b/,
    resolve: (m, t, dir) => quarterPeriod(ORDINAL_Q[m[1]!]!, yearOf(m[2]), t, dir),
  },
  {
    // "may" alone is too often a verb: require a preposition before it or a year after it.
    re: new RegExp(
      `\\b(?:(?:in|during|for|of|last|this|next) )?(?:the month of )?(${MONTH_PATTERN})(?:\\s+(20\\d\\d))?\\b(?!\\s+\\d)`,
    ),
    resolve: (m, t, dir) => {
      const name = m[1]!;
      const lead = m[0].slice(0, m[0].indexOf(name)).trim();
      const before = /(\w+)\s*$/.exec(m.input.slice(0, m.index))?.[1] ?? "";
      const dateWord = /^(since|from|until|through|thru|till|vs|versus|to|and|than|between|or|against)$/.test(
        before,
      );
      // "may-jul", "may to aug": a month name right after it makes it the start of a span.
      const after = m.input.slice(m.index + m[0].length);
      const spanStart = new RegExp(`^\\s*(?:-|–|to|through|thru)?\\s*(?:${MONTH_PATTERN})\\b`).test(after);
      // "mar-may", "feb to may": a month name right before it makes it the end of a span.
      // Without a joiner ("march may", the dash normalized away) only where a verb can't follow.
      const joined = new RegExp(`\\b(?:${MONTH_PATTERN})\\s*(?:-|–|to|through|thru)\\s*$`);
      const bare = new RegExp(`\\b(?:${MONTH_PATTERN})\\s+$`);
      const textBefore = m.input.slice(0, m.index);
      const closes = /^\s*(?:$|[,;?.!]|(?:vs|versus|compared|against|and|or|by|for|relative)\b)/.test(after);
      const spanEnd = joined.test(textBefore) || (bare.test(textBefore) && closes);
      if (name === "may" && !lead && !m[2] && !dateWord && !spanStart && !spanEnd) return undefined;
      // "5 October" is a day, left to chrono.
      if (
        /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$/.test(
          m.input.slice(0, m.index) + m[0].slice(0, m[0].indexOf(name)),
        )
      )
        return undefined;
      const explicitLast = lead.startsWith("last");
      const explicitNext = lead.startsWith("next");
      const p = monthPeriod(monthIndex(name), yearOf(m[2]), t, explicitNext ? "future" : dir);
      if (explicitLast && p.from === startOfMonth(t))
        return monthPeriod(monthIndex(name), Number(t.slice(0, 4)) - 1, t, "past");
      return p;
    },
  },
  {
    // fix16b: a month written as a year and month number ("month = '2026-09'", "2026/09"), as
    // SQL and spreadsheets write it; a full date ("2026-09-14") is left to chrono.
    re: /(?<![\d/.-])(20\d\d)[-/](0?[1-9]|1[0-2])(?![\d/.-]|\s*\d)/,
    resolve: (m, t, dir) => monthPeriod(Number(m[2]) - 1, Number(m[1]), t, dir),
  },
  {
    // A named calendar year is the whole year, as an analyst reads "in 2026" (data simply ends today).
    // Not an amount ("$2000") and not the year of a day ("feb 29 2024"), which chrono reads whole.
    // A number next to a currency word or symbol is money ("shift 2000 EUR", "€2000", "2000k").
    re: /\b(?:in |during |for )?(?:calendar |fiscal |fy)?(?<![$€£\d.,/]|[$€£]\s|\d\s|\d(?:st|nd|rd|th)\s)(20\d\d)\b(?!-)(?!\s*(?:k|m|mm|thousand|million|grand|dollars?|usd|bucks|eur|euros?|pounds?|gbp|%|percent|[$€£])(?![a-z]))(\s+(?:so far|to date|until now|up to now|until today))?/,
    resolve: (m, t) => {
      const r = unitRange(`${m[1]}-01-01`, "year");
      return m[2] ? period({ from: r.from, to: clip(r.to, t) }) : period(r, "year");
    },
  },
];
