/**
 * Last checks on a data question's periods, so it is never answered for a different question:
 * - a comparison whose baseline came out the same as its period ("this October vs last October"
 *   both read as October 2026) takes the previous occurrence instead (a year earlier; a week
 *   earlier for a weekday), so a period is never compared with itself;
 * - "vs the same day last week" compares with the same weekday seven days earlier, not with the
 *   whole of last week;
 * - a current period with no data yet ("MTD", "this month vs last" on the 1st, before any load)
 *   is answered for the latest complete unit the data covers (and its baseline moves with it),
 *   with one line that says so, instead of a bare "No data for November 1".
 * - a period to date ("this quarter", "Q4 so far", "MTD") set against a whole earlier unit ("vs Q3",
 *   "vs last month") is compared with the same days of that unit, so a third of a quarter is not
 *   "down 66%" against a whole one; one line says which days.
 * - fix18f: a period wholly before the data starts ("october 2025" with data from November 2025)
 *   is said to be before the data, and the same days a year later are answered instead when the
 *   data holds them (else every day of data), so no $0 reads as a real figure.
 * A baseline before the data starts is said so by the comparison's answer (agent/present/analysis.ts).
 */

import { dayInWords, MONTH_NAMES, spanInWords } from "../../lib/months.ts";
import { addDays, addMonths, daysBetween } from "../../semantic/query/dates.ts";
import { growthByMonth } from "./growth-by-month.ts";
import type { ParsedQuestion } from "./parse.ts";
import { baselineOf } from "./time.ts";
import { shiftedUnit } from "./time-phrases.ts";
import { SAME_DAY_LAST_WEEK } from "./time-windows.ts";
import type { Frame, Intent, Period } from "./types.ts";

type Unit = "day" | "week" | "month" | "quarter" | "year";

/** Intents that report on one period of existing data (budget plans look ahead, on purpose). */
const REPORTING: ReadonlySet<Intent> = new Set(["query", "rank", "trend", "compare", "explain"]);

/** "October 2026" for a whole month, "October 19, 2026 to October 25, 2026" otherwise. */
function describe(p: { from: string; to: string }, unit?: Unit): string {
  if (unit === "month") return `${MONTH_NAMES[Number(p.from.slice(5, 7)) - 1]} ${p.from.slice(0, 4)}`;
  return spanInWords(p);
}

/** The calendar unit a current-period label names ("this month", "MTD", "today"). */
function unitOf(p: Period): Unit | undefined {
  const l = p.label;
  if (/\b(?:months?|mtd)\b/.test(l)) return "month";
  if (/\b(?:weeks?|wtd)\b/.test(l)) return "week";
  if (/\b(?:quarters?|qtd)\b/.test(l)) return "quarter";
  if (/\b(?:years?|ytd)\b/.test(l)) return "year";
  if (/\btoday\b/.test(l)) return "day";
  return p.unit;
}

/** The latest whole `unit` ending on or before `dataEnd`. */
function latestComplete(unit: Unit, dataEnd: string): { from: string; to: string } {
  const own = shiftedUnit(dataEnd, unit, 0);
  return own.to === dataEnd ? own : shiftedUnit(dataEnd, unit, -1);
}

function sameRange(a: { from: string; to: string }, b: { from: string; to: string }): boolean {
  return a.from === b.from && a.to === b.to;
}

/** "this October vs last October": the baseline is the previous occurrence, never the period itself. */
function distinctBaseline(frame: Frame): Frame {
  const c = frame.compare;
  if (!c || !sameRange(c.period, frame.period)) return frame;
  // A weekday recurs every week; a month, quarter, season or holiday every year.
  if (frame.period.from === frame.period.to && frame.period.unit === "day") {
    const from = addDays(frame.period.from, -7);
    return {
      ...frame,
      compare: { mode: "explicit", period: { from, to: from, unit: "day", label: "a week earlier" } },
    };
  }
  return { ...frame, compare: { mode: "previous_year", period: baselineOf(frame.period, "previous_year") } };
}

/** "vs the same day last week": the same days, seven days earlier. */
function weekEarlier(frame: Frame, question: string): Frame {
  if (!frame.compare || !SAME_DAY_LAST_WEEK.test(question)) return frame;
  if (daysBetween(frame.period.from, frame.period.to) >= 7) return frame;
  const period: Period = {
    from: addDays(frame.period.from, -7),
    to: addDays(frame.period.to, -7),
    unit: frame.period.unit,
    label: "same day last week",
  };
  return {
    ...frame,
    intent: frame.intent === "explain" ? "explain" : "compare",
    compare: { mode: "explicit", period },
  };
}

/**
 * A current period that holds no data yet: the latest complete unit instead, its baseline moved
 * with it, and the note that says so. Also used by budget pacing (campaigns-intent.ts, fix7c).
 */
export function latestWithData(frame: Frame, p: ParsedQuestion): Frame {
  const end = p.dataEnd;
  const asked = frame.period;
  if (!end || asked.from <= end || asked.from > p.today) return frame;
  const unit = unitOf(asked);
  if (!unit) return frame;
  const range = latestComplete(unit, end);
  const period: Period = { ...range, unit, label: `latest complete ${unit}` };
  let compare = frame.compare;
  if (compare) {
    const mode = compare.mode === "previous_year" ? "previous_year" : "previous_period";
    // "this month vs last month" on the 1st: last month is now the period, so the one before it;
    // a baseline named outright and still earlier ("vs September 2025") stays.
    if (!(compare.mode === "explicit" && compare.period.to < period.from))
      compare = { mode, period: baselineOf(period, mode) };
  }
  const whole = shiftedUnit(asked.from, unit, 0);
  const askedText =
    unit === "month"
      ? describe(whole, unit)
      : unit === "day"
        ? dayInWords(asked.from)
        : `The ${unit} from ${dayInWords(whole.from)}`;
  const baseline = compare ? `, compared with ${describe(compare.period, unit)}` : "";
  const note =
    `${askedText} has no data yet (data runs through ${dayInWords(end)}), so this is ` +
    `${describe(period, unit)}, the latest complete ${unit}${baseline}.`;
  return { ...frame, period, compare, note };
}

/**
 * fix15f: "this november vs last november" before any of this November's data: the year-ago period
 * is answered on its own, with a note that the asked one has no data yet and the nearest that has.
 * Moved to the latest complete month (as `latestWithData` does) it set October against last
 * November, a different comparison; left as asked it answered "no data" and not last year's figures.
 */
function yearAgoAlone(frame: Frame, p: ParsedQuestion): Frame {
  const c = frame.compare;
  const end = p.dataEnd;
  const asked = frame.period;
  if (!c || !end || asked.from <= end || asked.from > p.today) return frame;
  // The asked period's unit ("this month"), else the unit the baseline is whole ("last november").
  const unit = [unitOf(asked), ...(["month", "quarter", "year"] as const)].find(
    (u): u is "month" | "quarter" | "year" =>
      (u === "month" || u === "quarter" || u === "year") &&
      (u === unitOf(asked) || sameRange(shiftedUnit(c.period.from, u, 0), c.period)),
  );
  if (!unit) return frame;
  const whole = shiftedUnit(asked.from, unit, 0);
  // Only the same unit a year before ("last november", "the same month last year").
  const yearAgo = shiftedUnit(whole.from, unit, unit === "year" ? -1 : unit === "quarter" ? -4 : -12);
  if (c.period.from !== yearAgo.from || yearAgo.to > end) return frame;
  if (p.dataStart && yearAgo.from < p.dataStart) return frame;
  const named = (x: { from: string; to: string }) => describe(x, unit === "month" ? unit : undefined);
  const nearest = latestComplete(unit, end);
  const note =
    `${named(whole)} has no data yet (data runs through ${dayInWords(end)}), so there is nothing to set ` +
    `against ${named(yearAgo)}: here it is on its own. The nearest ${unit} with data is ${named(nearest)}; ` +
    `ask for it against ${named(yearAgo)} to see the two side by side.`;
  const intent = frame.intent === "compare" ? "query" : frame.intent;
  return { ...frame, intent, period: { ...yearAgo, unit, label: named(yearAgo) }, compare: undefined, note };
}

/** "Q4 so far vs Q3": the baseline cut to the days of the period that have data (see the file comment). */
function sameDaysBaseline(frame: Frame, p: ParsedQuestion): Frame {
  const c = frame.compare;
  // Without the data's last day there is no telling which days hold data: the comparison stays.
  if (!c || frame.note || !p.dataEnd) return frame;
  // The unit from the period's words ("this quarter", "MTD"), else from the whole unit the baseline
  // is ("October vs September", "Q4 so far vs Q3").
  const unit =
    unitOf(frame.period) ??
    (["week", "month", "quarter", "year"] as const).find((u) =>
      sameRange(shiftedUnit(c.period.from, u, 0), c.period),
    );
  if (!unit || unit === "day") return frame;
  const whole = shiftedUnit(frame.period.from, unit, 0);
  const end = p.dataEnd < frame.period.to ? p.dataEnd : frame.period.to;
  // Only a period that starts its unit, runs to the data's edge and stops short of the unit's end.
  if (whole.from !== frame.period.from || end >= whole.to || end < frame.period.from) return frame;
  if (frame.period.to < p.dataEnd) return frame;
  // lead23: "revenue growth this quarter" names no baseline: the previous period of a unit to date
  // is the unit before it (the same days of it, below), not the months its span touches shifted
  // back (Oct 1 – Nov 1 was set against Aug 1 – Sep 1).
  const toDate = c.mode === "previous_period" && unitOf(frame.period) === unit;
  const base = toDate ? shiftedUnit(frame.period.from, unit, -1) : shiftedUnit(c.period.from, unit, 0);
  if (!toDate && (!sameRange(base, c.period) || c.period.to >= frame.period.from)) return frame;
  const to = addDays(base.from, daysBetween(frame.period.from, end));
  // A baseline wholly before the data ("2026 vs 2025" with data from November 2025) has no like
  // for like: the comparison stays as asked, and its answer says the days differ. One the planner
  // chose (toDate) is still the like-for-like days, and the answer says the data starts later.
  if (to >= base.to) return frame;
  if (p.dataStart && to < p.dataStart) return toDate ? unitTrend(frame, unit, end, p.dataStart) : frame;
  const period: Period = { ...frame.period, to: end };
  const compare = {
    mode: "explicit" as const,
    period: { ...c.period, from: base.from, to, label: `the same days of the earlier ${unit}` },
  };
  const days = daysBetween(period.from, period.to) + 1;
  const note = `The ${days} days with data so far (${describe(period)}) are compared with the same ${days} days of the earlier ${unit} (${describe(compare.period)}), so the totals are like for like.`;
  return { ...frame, period, compare, note };
}

/** The same days `years` later ("october 2025" -> "october 2026"), month ends kept whole. */
function yearsLater(p: { from: string; to: string }, years: number): { from: string; to: string } {
  const to = addMonths(p.to, 12 * years);
  // A whole month's last day (Feb 28 -> Feb 29) stays its month's last day.
  const monthEnd = addDays(p.to, 1).slice(8, 10) === "01";
  return {
    from: addMonths(p.from, 12 * years),
    to: monthEnd ? addDays(addMonths(addDays(p.to, 1), 12 * years), -1) : to,
  };
}

/**
 * fix18f: a period that ends before the data starts: the same days a year (or two) later when the
 * data holds them whole, else every day of data, with the note that says the asked days are before
 * the data. A comparison whose baseline is before the data too is answered alone.
 */
function beforeData(frame: Frame, p: ParsedQuestion): Frame {
  const start = p.dataStart;
  // Without the data's last day (a test, before any load), yesterday.
  const end = p.dataEnd ?? addDays(p.today, -1);
  const asked = frame.period;
  const base = frame.compare?.period;
  if (!start || asked.to >= start) return frame;
  // A comparison the frame does not carry (the overview's "BF 2024 vs BF 2025") is its own to settle.
  if (!base && p.time.compare) return frame;
  // A baseline with data ("october 2025 vs october 2026") is the comparison's answer to settle.
  if (base && base.to >= start) return frame;
  const years = [1, 2, 3].find((n) => {
    const r = yearsLater(asked, n);
    // fix21d: the baseline moved too stays inside the data (never a day after its end).
    const b = base && yearsLater(base, n);
    return r.from >= start && r.to <= end && (!b || (b.from >= start && b.to <= end));
  });
  const later = years ? yearsLater(asked, years) : undefined;
  const period: Period = later
    ? { ...later, unit: asked.unit, label: named(later, asked.unit) }
    : { from: start, to: end, label: "every day of data" };
  const compare =
    base && years && frame.compare
      ? {
          ...frame.compare,
          mode: "explicit" as const,
          period: { ...base, ...yearsLater(base, years), label: named(yearsLater(base, years), base.unit) },
        }
      : undefined;
  const askedText = named(asked, asked.unit) + (base ? ` and ${named(base, base.unit)}` : "");
  const instead = later
    ? `here ${compare ? "are the same periods" : `is ${named(later, asked.unit)}`} a year${years === 1 ? "" : ` or more`} later instead`
    : `here is every day of data instead (${spanInWords({ from: start, to: end })})`;
  const note =
    `Your data starts ${dayInWords(start)}, so there is no data for ${askedText}: ${instead}. ` +
    `The first month with data is ${describe(shiftedUnit(start, "month", 0), "month")}.`;
  const intent = frame.intent === "compare" && !compare ? "query" : frame.intent;
  return { ...frame, intent, period, compare, note };
}

/** "October 2025", "Q3 2025", "2024", else the days in words. */
function named(p: { from: string; to: string }, unit?: Unit): string {
  const whole = (u: Unit) => sameRange(shiftedUnit(p.from, u, 0), p);
  if (unit === "year" || whole("year")) return p.from.slice(0, 4);
  if (unit === "quarter" || whole("quarter"))
    return `Q${Math.floor(Number(p.from.slice(5, 7)) / 3) + 1} ${p.from.slice(0, 4)}`;
  return describe(p, unit === "month" || whole("month") ? "month" : undefined);
}

/**
 * lead23: "revenue growth this year" when the same days a year earlier are all before the data:
 * there is no figure to grow from, so the growth the data can show is the unit's own, month by
 * month (week by week within a quarter or month), and one line says why.
 */
function unitTrend(frame: Frame, unit: Unit, end: string, dataStart: string): Frame {
  const grain = unit === "year" ? "month" : unit === "quarter" || unit === "month" ? "week" : "day";
  const period: Period = { ...frame.period, to: end };
  const note = `The same days a ${unit} earlier are before the data starts (${dayInWords(dataStart)}), so there is no earlier figure to measure growth from; here is how it moved ${grain} by ${grain} over ${describe(period)} instead.`;
  return {
    ...frame,
    intent: "trend",
    dimensions: ["date", ...frame.dimensions.filter((d) => d !== "date")],
    grain,
    period,
    compare: undefined,
    note,
  };
}

/**
 * Settle a data question's periods against themselves and the data (see the file comment).
 * @example settlePeriods(frameOf("mer mtd"), parsed, "mer mtd").period // October 2026 when data ends Oct 31
 */
export function settlePeriods(frame: Frame, p: ParsedQuestion, question: string): Frame {
  const clean: Frame = { ...frame, note: undefined };
  if (!REPORTING.has(clean.intent)) return clean;
  const early = beforeData(clean, p);
  if (early !== clean) return early;
  // fix18e: growth against a baseline the data mostly lacks: month by month inside the period.
  const based = growthByMonth(distinctBaseline(weekEarlier(clean, normalizeLite(question))), p, question);
  const alone = yearAgoAlone(based, p);
  if (alone !== based) return alone;
  return sameDaysBaseline(latestWithData(based, p), p);
}

/** Lower case and single spaces: enough for the "same day last week" test. */
function normalizeLite(q: string): string {
  return q
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
