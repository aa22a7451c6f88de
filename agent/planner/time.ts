/**
 * Time expressions: find every period a question names, resolve it to org-local dates, and detect
 * comparisons ("this week vs last week", "October vs September", "vs same period last year").
 * Explicit rules (time-phrases.ts) handle units, quarters, months and to-date ranges; chrono-node
 * handles free-form calendar dates such as "since June 1" or "from March 3 to April 10".
 */
import * as chrono from "chrono-node";
import { addDays, addMonths, daysBetween, localDate } from "../../semantic/query/dates.ts";
import { comparisonRange } from "../../semantic/query/time-range.ts";
import { consume } from "./normalize.ts";
import { allTimeMention } from "./time-all-time.ts";
import {
  FOLLOWING_UNIT,
  HOLIDAY_RELATIVE_RULES,
  mirroredBaseline,
  NAMED_DAY_NEXT,
} from "./time-around-holiday.ts";
import { currentForBaseline, normalBaseline } from "./time-baseline.ts";
import { EXTRA_TIME_RULES, invalidDate } from "./time-extra.ts";
import { monthSpan, oneSideOfComparison, preferSpelledSpan } from "./time-month-span.ts";
import { type Direction, shiftedUnit, TIME_RULES } from "./time-phrases.ts";
import { SEASON_CODE_RULES } from "./time-season-codes.ts";
import { severalPeriods, severalStretches, unitOf } from "./time-several.ts";
import { WEEKDAY_RULES } from "./time-weekdays.ts";
import { yearQualified } from "./time-year.ts";
import type { CompareMode, Period } from "./types.ts";

/** A period found in the text, with where it was. */
export interface TimeMention {
  period: Period;
  start: number;
  end: number;
}

/** Everything time-related in a question. */
export interface TimeParse {
  /** The period asked about (first mention), if any. */
  period?: Period | undefined;
  /** The baseline, when the question compares. */
  compare?: { mode: CompareMode; period?: Period | undefined } | undefined;
  /** A comparison word that implies a unit ("MoM", "week over week") when no period was named. */
  impliedUnit?: "day" | "week" | "month" | "quarter" | "year" | undefined;
  /**
   * "week over week in October": the named period holds several of the implied unit, so the
   * question asks for a series at that grain rather than one period against the one before.
   */
  seriesGrain?: "day" | "week" | "month" | "quarter" | undefined;
  /**
   * lead22: three or more stretches of different lengths named side by side ("black friday, cyber
   * monday and christmas", "the bf25, holiday25 and summer26 windows"), in date order: each is
   * answered over its own dates (period-groups.ts); `period` is the first of them.
   */
  windows?: Period[] | undefined;
  /** The text with time phrases masked. */
  rest: string;
  /** Why a named date cannot be answered (it does not exist, predates any data, or is in the future). */
  invalid?: string | undefined;
}

/**
 * "vs the same period last month", "same days of the previous month": the named period one month
 * earlier, day for day (October 1-20 against September 1-20), so a month to date is compared like
 * for like rather than with the whole of last month.
 */
const SAME_DAYS_LAST_MONTH =
  /\b(?:(?:vs|versus|compared (?:to|with)|against|relative to|than|over)\s+)?(?:the\s+)?same (?:period|time|days?|point|stretch|dates)(?: of| in)? (?:last|the previous|previous|prior|a) month\b|\bsame (?:days?|period|point) a month (?:ago|earlier|before)\b/;

/** A period one month earlier, day for day (the end clamped to the shorter month). */
function monthEarlier(p: Period): Period {
  return {
    from: addMonths(p.from, -1),
    to: addMonths(p.to, -1),
    unit: p.unit,
    label: "same days last month",
  };
}

const SAME_LENGTH_BEFORE =
  /\b(?:(?:vs|versus|compared (?:to|with)|against|relative to|than)\s+)?(?:the\s+|an?\s+)?(?:same|equal|equivalent|matching|identical)\s+(?:number of days|no of days|# of days|amount of time|length of time|length|stretch|span|period of time|window|number of weeks)\s+(?:before|prior|earlier|preceding|just before)(?:\s+(?:it|that|then|this|them))?\b/;

const RELATIVE_COMPARE: ReadonlyArray<{ re: RegExp; mode: CompareMode; unit?: TimeParse["impliedUnit"] }> = [
  {
    re: /\b(?:(?:vs|versus|compared (?:to|with)|against|relative to|than|over)\s+)?(?:the\s+)?(?:same (?:period|time|days?|week|month|quarter) (?:last|a|the previous|previous|prior) year|this time last year|a year (?:ago|earlier|before))\b/,
    mode: "previous_year",
  },
  {
    re: /\b(?:vs|versus|compared (?:to|with)|against|relative to)\s+(?:the\s+)?(?:last|previous|prior) year\b/,
    mode: "previous_year",
  },
  // "ytd vs last ytd", "against last year's ytd", "vs the prior year to date": the same span a year before.
  {
    re: /\b(?:(?:vs|versus|compared (?:to|with)|against|relative to)\s+)?(?:the\s+)?(?:last|previous|prior)(?: year s?)? (?:ytd|year to date)\b|\b(?:vs|versus|compared (?:to|with)|against|relative to)\s+(?:the\s+)?(?:ytd|year to date) (?:last|previous|prior) year\b/,
    mode: "previous_year",
  },
  { re: /\b(?:yoy|year over year|year on year)\b/, mode: "previous_year", unit: "year" },
  { re: /\b(?:mom|month over month|month on month)\b/, mode: "previous_period", unit: "month" },
  { re: /\b(?:wow|week over week|week on week)\b/, mode: "previous_period", unit: "week" },
  { re: /\b(?:dod|day over day)\b/, mode: "previous_period", unit: "day" },
  { re: /\b(?:qoq|quarter over quarter|quarter on quarter)\b/, mode: "previous_period", unit: "quarter" },
  {
    // Not "the week before labor day": a window beside a named day (time-around-holiday.ts).
    re: new RegExp(
      `\\b(?:(?:vs|versus|compared (?:to|with)|against|relative to|than|from)\\s+)?the\\s+(?:day|week|month|quarter|year|period) before\\b(?!${NAMED_DAY_NEXT})`,
    ),
    mode: "previous_period",
  },
  {
    re: /\b(?:vs|versus|compared (?:to|with)|against|relative to|than)\s+(?:the\s+)?(?:previous|prior|preceding|last) period\b/,
    mode: "previous_period",
  },
  {
    re: /\b(?:vs|versus|compared (?:to|with)|against|relative to)\s+(?:the\s+)?(?:previous|prior|preceding)\s+(?:day|week|month|quarter|year)\b/,
    mode: "previous_period",
  },
  { re: /\b(?:the\s+)?(?:previous|prior|preceding) period\b/, mode: "previous_period" },
  // "since labor day vs the same number of days before it", "against an equal stretch before that":
  // a window of the same length just before the period.
  { re: SAME_LENGTH_BEFORE, mode: "previous_period" },
];

/**
 * fix14f: "vs the same number of days before labor day": the anchor named after the phrase is where
 * the period starts, not a day of its own. With another period named ("since labor day") it is
 * dropped; alone (a follow-up: "and all channels vs the same number of days before labor day") it
 * is the period from the anchor to today, as "since labor day" would be. Without this the anchor
 * day was the period and the day before it the baseline.
 */
function sinceAnchor(mentions: TimeMention[], phraseEnd: number | undefined, today: string): TimeMention[] {
  if (phraseEnd === undefined) return mentions;
  const anchor = mentions.find((m) => m.start >= phraseEnd && m.start <= phraseEnd + 5);
  if (!anchor) return mentions;
  const others = mentions.filter((m) => m !== anchor);
  if (others.length) return others;
  const label = `since ${anchor.period.label.replace(/^(?:on|the)\s+/, "")}`;
  return [{ ...anchor, period: { from: anchor.period.from, to: today, label } }];
}

/** The org-local calendar date at `now`. */
export function todayIn(now: Date, timeZone: string): string {
  return localDate(now, timeZone);
}

/**
 * The baseline for a period: the previous calendar unit (or same-length window), or a year earlier.
 * @example baselineOf({ from: "2026-10-01", to: "2026-10-31", label: "" }, "previous_period") // Sep 1..30
 */
export function baselineOf(p: Period, mode: Exclude<CompareMode, "explicit">): Period {
  // A week or a run of days is set against the same number of days just before it, even when it
  // starts on the 1st: "the week after Black Friday (Dec 1-7) vs the week before" is Nov 24-30,
  // not Nov 1-7 (the same days a month earlier, which is how a month to date is compared).
  const byDays = mode === "previous_period" && (p.unit === "week" || p.unit === "day");
  const len = daysBetween(p.from, p.to) + 1;
  const r = byDays
    ? { from: addDays(p.from, -len), to: addDays(p.to, -len) }
    : comparisonRange({ from: p.from, to: p.to }, mode);
  const label = mode === "previous_year" ? "same period last year" : "previous period";
  return { ...r, unit: p.unit, label };
}

/** The most recent complete unit before today, for "MoM"-style questions that name no period. */
export function lastCompleteUnit(unit: NonNullable<TimeParse["impliedUnit"]>, today: string): Period {
  return { ...shiftedUnit(today, unit, -1), unit, label: `last ${unit}` };
}

function ruleMentions(
  text: string,
  today: string,
  dir: Direction,
  dataEnd?: string,
): { mentions: TimeMention[]; rest: string } {
  const mentions: TimeMention[] = [];
  let rest = text;
  for (const rule of [
    ...SEASON_CODE_RULES,
    ...HOLIDAY_RELATIVE_RULES,
    ...EXTRA_TIME_RULES,
    ...WEEKDAY_RULES,
    ...TIME_RULES,
  ]) {
    const re = new RegExp(rule.re.source, "g");
    for (const m of rest.matchAll(re)) {
      const exec = Object.assign([...m], { index: m.index, input: rest }) as unknown as RegExpExecArray;
      const period = rule.resolve(exec, today, dir, dataEnd);
      if (!period) continue;
      const span = { start: m.index, end: m.index + m[0].length };
      mentions.push({ period: { ...period, label: m[0].trim() }, ...span });
    }
    for (const mention of mentions) rest = consume(rest, mention);
  }
  return { mentions, rest };
}

function iso(c: chrono.ParsedComponents): string {
  const pad = (n: number | null) => String(n ?? 1).padStart(2, "0");
  return `${c.get("year")}-${pad(c.get("month"))}-${pad(c.get("day"))}`;
}

/** Calendar dates chrono finds (month and day both stated); weekday-only hits like "Black Friday" are ignored. */
function chronoMentions(text: string, today: string): { mentions: TimeMention[]; rest: string } {
  const ref = new Date(`${today}T12:00:00`);
  const mentions: TimeMention[] = [];
  let rest = text;
  const yearBack = (d: string, certain: boolean) => (!certain && d > today ? addMonths(d, -12) : d);
  for (const r of chrono.parse(text.replace(/\|/g, " "), ref, { forwardDate: false })) {
    if (!(r.start.isCertain("month") && r.start.isCertain("day"))) continue;
    // "now show it by campaign": chrono reads "now" as a date; it is a discourse word here.
    if (/^(?:now|right now|just now)$/i.test(r.text.trim())) continue;
    // fix14f: "paused display for a week in june": chrono reads "for a week" as a week from now;
    // it is how long something lasted, never a date.
    if (
      /^for (?:a|an|one|two|three|four|a couple of|a few|\d+) (?:days?|weeks?|months?)$/i.test(r.text.trim())
    )
      continue;
    // fix19d: "how long until they come back for a second order": a second, a minute or an hour is
    // never a period here (the data is daily).
    if (
      /^(?:for |in |within |after )?(?:a|an|one|\d+) (?:seconds?|secs?|minutes?|mins?|hours?|hrs?|moments?)$/i.test(
        r.text.trim(),
      )
    )
      continue;
    const from = yearBack(iso(r.start), r.start.isCertain("year"));
    const to = r.end ? yearBack(iso(r.end), r.end.isCertain("year")) : from;
    const before = text.slice(0, r.index);
    const since = /\b(?:since|from|after|starting)\s+(?:the\s+)?$/.test(before) && !r.end;
    const span = { start: r.index, end: r.index + r.text.length };
    const [lo, hi] = [from, to].sort() as [string, string];
    const period: Period = since
      ? { from, to: today, label: `since ${r.text}` }
      : { from: lo, to: hi, unit: lo === hi ? "day" : undefined, label: r.text };
    mentions.push({ period, ...span });
    rest = consume(rest, span);
  }
  return { mentions, rest };
}

/** Words that make "from September to October" a comparison of two periods, not one range. */
const CHANGE_WORDS =
  /\b(?:compare|compared|comparing|comparison|change|changed|changes|changing|drove|drive|driven|drives|grow|grew|growth|increase|increased|decrease|decreased|differ|difference|go up|go down|went up|went down|rise|rose|fall|fell|drop|dropped|shift|shifted|move|moved|evolve|evolved)\b/;

/**
 * para22: "grew the most q2 to q3", "growth q2 -> q3": two periods of one unit joined by "to" or an
 * arrow (no "from") are a step from the first to the second, the later one read against the earlier
 * (a reader upstream may already have taken the change word out: growth-race.ts). "compare X to Y"
 * keeps the order typed (para19), and "from X to Y" without a change word stays a span.
 */
const STEP_BETWEEN = /^\s*(?:to|->|=>|→|>)\s*$/;

/** Same calendar unit (both months, both quarters...): the halves of a comparison. */
const sameUnit = (a: Period, b: Period) => a.unit !== undefined && a.unit === b.unit && a.unit !== "day";

/** A part of a month as the time phrases label it ("late sept", "early oct", "mid june"). */
const PART_OF_MONTH =
  /^(?:(?:in|during|over|for) )?(?:the )?(?:early|mid|middle of|late|end of|the end of|beginning of|start of|the start of)\s/;

/**
 * "late sept / early oct", "mid june to early july": two parts of months written as one stretch
 * of days (a slash, "into", or, when the question does not ask about a change, "to" or a dash).
 */
function partOfMonthSpan(text: string, a: TimeMention, b: TimeMention, between: string): boolean {
  if (!PART_OF_MONTH.test(a.period.label) || !PART_OF_MONTH.test(b.period.label)) return false;
  if (a.period.to >= b.period.from) return false;
  if (/^\s*(?:\/|into)\s*$/.test(between)) return true;
  return /^\s*(?:to|-|–)\s*$/.test(between) && !CHANGE_WORDS.test(text);
}

/**
 * fix16b: three or more months or quarters in a list ("march june and september", "jan vs apr vs
 * jul") are each a period of their own, never two spans of neighbours ("march to june").
 */
function periodList(text: string, sorted: TimeMention[]): boolean {
  if (sorted.length < 3) return false;
  const unit = unitOf(sorted[0]!);
  if ((unit !== "month" && unit !== "quarter") || sorted.some((m) => unitOf(m) !== unit)) return false;
  return sorted.every((m, i) => {
    const next = sorted[i + 1];
    if (!next) return true;
    const between = text.slice(m.end, next.start);
    return between.replace(/\b(?:and|vs|v|versus|or|against|then)\b|[,&.;:]/g, "").trim() === "";
  });
}

/**
 * Merge "since <month>" / "from <period> to <period>" pairs into one open or closed range; in a
 * question about change, "from September to October" is two periods instead (the later one first,
 * so it becomes the period and the earlier one the baseline).
 */
function joinRanges(
  text: string,
  mentions: TimeMention[],
  today: string,
  qualified: string = text,
): TimeMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  if (periodList(qualified, sorted)) return sorted;
  const out: TimeMention[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i]!;
    const next = sorted[i + 1];
    // Mentions sit on the text with relative years written out (same length, other words).
    const before = qualified.slice(0, m.start);
    const between = next ? qualified.slice(m.end, next.start) : "";
    const fromTo =
      next &&
      ((/\b(?:from|between)\s+['"]?$/.test(before) &&
        /^['"]?\s*(?:to|and|through|until|till|-)\s*['"]?$/.test(between)) ||
        /^\s*(?:through|thru|until|till)\s*$/.test(between));
    // Spans are read on the text with relative years written out ("nov 2025 dec"), where they sit.
    const months = next ? monthSpan(qualified, m, next) : undefined;
    if (next && !fromTo && partOfMonthSpan(text, m, next, between)) {
      out.push({
        period: {
          from: m.period.from,
          to: next.period.to,
          label: `${m.period.label} to ${next.period.label}`,
        },
        start: m.start,
        end: next.end,
      });
      i++;
    } else if (months && !fromTo) {
      out.push(months);
      i++;
    } else if (
      next &&
      ((fromTo && CHANGE_WORDS.test(text)) ||
        (STEP_BETWEEN.test(between) &&
          !/\b(?:from|between)\s+['"]?$/.test(before) &&
          !/\bcompar/.test(text))) &&
      sameUnit(m.period, next.period) &&
      !oneSideOfComparison(qualified, m, next)
    ) {
      const [earlier, later] = m.period.from <= next.period.from ? [m, next] : [next, m];
      out.push(later, earlier);
      i++;
    } else if (next && fromTo && monthSpan(qualified, m, next, true)) {
      out.push(monthSpan(qualified, m, next, true)!);
      i++;
    } else if (next && fromTo) {
      out.push({
        period: {
          from: m.period.from,
          to: next.period.to,
          label: `${m.period.label} to ${next.period.label}`,
        },
        start: m.start,
        end: next.end,
      });
      i++;
    } else if (/\b(?:since|starting|after)\s+$/.test(before) && m.period.to !== today) {
      out.push({ ...m, period: { from: m.period.from, to: today, label: `since ${m.period.label}` } });
    } else {
      out.push(m);
    }
  }
  const span = out.find((m) => m.period.label.includes(" to ") && !mentions.includes(m));
  return span ? preferSpelledSpan(text, out, span) : out;
}

/**
 * Two periods named side by side ("September and October", "sept vs oct", "q2 against q3") are
 * read forward in time: the later one is the period and the earlier one the baseline, as in
 * every other comparison ("October vs September"), so "which step got worse" and every change
 * reads from the earlier period to the later one.
 */
function symmetricPair(text: string, mentions: TimeMention[]): TimeMention[] {
  const [a, b] = mentions;
  if (!a || !b || !SIDE_BY_SIDE.test(text.slice(a.end, b.start))) return mentions;
  return a.period.from < b.period.from ? [b, a, ...mentions.slice(2)] : mentions;
}

/** The words between two periods set side by side. */
const SIDE_BY_SIDE = /^\s*(?:and|&|vs|v|versus|or|against|compared (?:to|with))\s*(?:in\s+|for\s+|to\s+)?$/;

/**
 * Two periods that overlap are one window named twice, never a comparison of a window with itself:
 * the same words twice ("ytd revenue vs ytd spend") are that window; a year around a narrower
 * window ("holiday season last year") only says which year it is; two names of nearly the same
 * dates ("bfcm 2025, thanksgiving thru cyber monday") are the span of both. Relative periods set
 * against each other on purpose ("this week vs last 4 weeks", "this september vs last september",
 * moved a year apart later) stay a comparison.
 */
function overlapping(mentions: TimeMention[]): TimeMention[] {
  const [a, b] = mentions;
  if (!a || !b || a.period.from > b.period.to || b.period.from > a.period.to) return mentions;
  // A third mention was never read beside two (only the first two are): it stays unread.
  const merged = (period: Period) => [{ ...a, period }];
  if (a.period.label === b.period.label) return merged(a.period);
  const within = (x: Period, y: Period) => x.from >= y.from && x.to <= y.to;
  if (a.period.unit === "year" && within(b.period, a.period)) return merged(b.period);
  if (b.period.unit === "year" && within(a.period, b.period)) return merged(a.period);
  if (RELATIVE.test(a.period.label) || RELATIVE.test(b.period.label)) return mentions;
  if (within(a.period, b.period)) return merged(b.period);
  if (within(b.period, a.period)) return merged(a.period);
  const from = a.period.from < b.period.from ? a.period.from : b.period.from;
  const to = a.period.to > b.period.to ? a.period.to : b.period.to;
  return merged({ from, to, label: `${a.period.label}, ${b.period.label}` });
}

/** Labels of periods counted from today, which a question sets against each other on purpose. */
const RELATIVE = /\b(?:this|last|past|previous|prior|next|trailing|rolling)\b/;

/** About how many whole units of `unit` a period holds. */
function unitsIn(p: Period, unit: "day" | "week" | "month" | "quarter"): number {
  const days = daysBetween(p.from, p.to) + 1;
  return Math.floor(days / { day: 1, week: 7, month: 28, quarter: 89 }[unit]);
}

/**
 * Find the periods in a normalized question.
 * @param dir "future" for planning questions (a bare "December" is the next December).
 * @param dataEnd the organization's last day of data, when known ("the last 30 days of the data").
 * @param dataStart its first day of data, when known ("all time", "since we started").
 * @example extractTime("revenue last month", "2026-11-01").period // { from: "2026-10-01", to: "2026-10-31", ... }
 */
export function extractTime(
  text: string,
  today: string,
  dir: Direction = "past",
  dataEnd?: string,
  dataStart?: string,
): TimeParse {
  let rest = yearQualified(text, today);
  const qualified = rest;
  let compareMode: CompareMode | undefined;
  let impliedUnit: TimeParse["impliedUnit"];
  const sameDays = SAME_DAYS_LAST_MONTH.exec(rest);
  if (sameDays) rest = consume(rest, { start: sameDays.index, end: sameDays.index + sameDays[0].length });
  // fix14f: where "the same number of days before" ends, an anchor may follow ("... before labor day").
  let sameLengthEnd: number | undefined;
  for (const rc of RELATIVE_COMPARE) {
    const m = rc.re.exec(rest);
    if (!m) continue;
    compareMode ??= rc.mode;
    impliedUnit ??= rc.unit;
    if (rc.re === SAME_LENGTH_BEFORE) sameLengthEnd = m.index + m[0].length;
    rest = consume(rest, { start: m.index, end: m.index + m[0].length });
  }
  const following = FOLLOWING_UNIT.exec(rest);
  if (following) rest = consume(rest, { start: following.index, end: following.index + following[0].length });
  const ruled = ruleMentions(rest, today, dir, dataEnd);
  const chronoFound = chronoMentions(ruled.rest, today);
  const mentions = sinceAnchor(
    joinRanges(text, [...ruled.mentions, ...chronoFound.mentions], today, qualified),
    sameLengthEnd,
    today,
  );
  rest = chronoFound.rest;
  const invalid = invalidDate(text, today, dir === "future");
  if (invalid) return { rest, invalid };
  // "all time", "since we started": the whole data range, only when no other period is named.
  const whole = mentions.length === 0 && !compareMode && !sameDays;
  const all = whole ? allTimeMention(rest, today, dataEnd, dataStart) : undefined;
  if (all) return { period: all.period, impliedUnit, rest: all.rest };
  const several = severalPeriods(mentions);
  if (several && !compareMode && !sameDays) return { ...several, impliedUnit, rest };
  const stretches = compareMode || sameDays ? undefined : severalStretches(mentions, qualified);
  if (stretches) return { period: stretches[0], windows: stretches, impliedUnit, rest };
  const [first, second] = symmetricPair(text, overlapping(mentions));
  if (sameDays && first)
    return {
      period: first.period,
      compare: { mode: "explicit", period: monthEarlier(first.period) },
      impliedUnit,
      rest,
    };
  if (sameDays) compareMode = "previous_period";
  if (following && first && !second) {
    const unit = following[1] as "day" | "week" | "month" | "quarter" | "year";
    const next = { ...shiftedUnit(first.period.to, unit, 1), unit, label: following[0].trim() };
    return { period: first.period, compare: { mode: "explicit", period: next }, impliedUnit, rest };
  }
  if (first && second) {
    return { period: first.period, compare: { mode: "explicit", period: second.period }, impliedUnit, rest };
  }
  const normal = first && !compareMode ? normalBaseline(text, first.period, today, dataEnd) : undefined;
  if (first && normal)
    return { period: first.period, compare: { mode: "explicit", period: normal }, impliedUnit, rest };
  const current =
    first && !compareMode ? currentForBaseline(text, first.start, first.period, today) : undefined;
  if (first && current)
    return { period: current, compare: { mode: "explicit", period: first.period }, impliedUnit, rest };
  const series =
    impliedUnit && impliedUnit !== "year" && compareMode === "previous_period" ? impliedUnit : undefined;
  if (series && first && unitsIn(first.period, series) >= 2) {
    return { period: first.period, seriesGrain: series, impliedUnit, rest };
  }
  const mirrored = first && compareMode === "previous_period" ? mirroredBaseline(text, today) : undefined;
  if (first && mirrored)
    return { period: first.period, compare: { mode: "explicit", period: mirrored }, impliedUnit, rest };
  if (compareMode && compareMode !== "explicit") {
    // "since Labor Day vs the same number of days before": a period running past the data's last
    // day is compared for the days it has, so the baseline is not a day longer than what it meets.
    const basis =
      first &&
      dataEnd &&
      first.period.from <= dataEnd &&
      first.period.to > dataEnd &&
      compareMode === "previous_period"
        ? { ...first.period, to: dataEnd }
        : first?.period;
    const compare = { mode: compareMode, period: basis ? baselineOf(basis, compareMode) : undefined };
    return { period: basis, compare, impliedUnit, rest };
  }
  return { period: first?.period, impliedUnit, rest };
}
