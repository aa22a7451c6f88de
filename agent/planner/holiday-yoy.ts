/**
 * The same holiday a year apart: "this Black Friday vs last", "BFCM this year vs last", "Cyber
 * Monday vs last year", "Christmas week year over year". Retail holidays move (Black Friday is the
 * day after US Thanksgiving: November 28, 2025 but November 29, 2024), so the baseline is the
 * holiday as it fell the year before (its day, week or weekend), not the same dates shifted by a
 * year. When this year's holiday is still ahead the comparison runs anyway: the answer says there
 * is no data for it yet and gives last year's figures (agent/present/analysis.ts).
 */
import { addDays, startOfWeek } from "../../semantic/query/dates.ts";
import type { ParsedQuestion } from "./parse.ts";
import { HOLIDAY_PATTERN, HOLIDAYS, holidayWeekend } from "./time-holidays.ts";
import type { Period } from "./types.ts";

const NAMED = new RegExp(`\\b(${HOLIDAY_PATTERN})\\b`);
/** Words that ask for this year against last year without naming the baseline's dates. */
const YEAR_OVER_YEAR =
  /\b(?:yoy|y o y|year over year|year on year|vs (?:the )?year before|this year (?:vs|versus|compared to|compared with|against|and) last|(?:vs|versus|compared to|compared with|against|than|over) (?:the same (?:day|days|week|weekend|period|time) )?(?:last year|a year ago|the year before|the previous year|previous year|last year s|last years|last))\b/;

type Range = { from: string; to: string };
/** The shapes a holiday period takes: the day(s), the week containing it, its weekend. */
const SHAPES: ReadonlyArray<(day: Range) => Range> = [
  (d) => d,
  (d) => ({ from: startOfWeek(d.from), to: addDays(startOfWeek(d.from), 6) }),
  (d) => holidayWeekend(d.from),
  (d) => ({ from: addDays(startOfWeek(d.from), -7), to: addDays(startOfWeek(d.to), 13) }),
];

const same = (a: Range, b: Range) => a.from === b.from && a.to === b.to;

/** The year a range covers whole ("2025": January 1 to December 31), else undefined. */
function wholeYear(r: Range | undefined): number | undefined {
  if (!r) return undefined;
  const y = r.from.slice(0, 4);
  return r.from === `${y}-01-01` && r.to === `${y}-12-31` ? Number(y) : undefined;
}

/** The holiday's year and shape that produce `period`, if any. */
function matchHoliday(name: string, period: Range): { year: number; shape: (d: Range) => Range } | undefined {
  const make = HOLIDAYS[name]!;
  const y = Number(period.from.slice(0, 4));
  for (const year of [y, y + 1]) {
    const shape = SHAPES.find((s) => same(s(make(year)), period));
    if (shape) return { year, shape };
  }
  return undefined;
}

/**
 * Set the baseline of a holiday question to the same holiday the year before (in place) and say
 * whether the question compares a holiday with itself a year earlier.
 * @example sameHolidayLastYear(parse("black friday vs last year")) // true; compare = November 29, 2024
 */
export function sameHolidayLastYear(p: ParsedQuestion): boolean {
  const named = NAMED.exec(p.text);
  const period = p.time.period;
  if (!named || !period) return false;
  const name = named[1]!;
  const found = matchHoliday(name, period);
  if (!found) return false;
  const before = found.shape(HOLIDAYS[name]!(found.year - 1));
  const compare = p.time.compare;
  // fix21d: "black friday 2024 vs 2025", "was black friday 2025 better than 2024's": a bare year as
  // the baseline is the same holiday as it fell that year, not the whole calendar year.
  const year = compare?.mode === "explicit" ? wholeYear(compare.period) : undefined;
  if (year !== undefined && year !== found.year) {
    p.time.compare = {
      mode: "explicit",
      period: { ...found.shape(HOLIDAYS[name]!(year)), label: `${name} ${year}` },
    };
    return true;
  }
  // "this Black Friday vs last Black Friday": both were read from the holiday's name already.
  if (compare?.mode === "explicit") return compare.period !== undefined && same(compare.period, before);
  if (compare?.mode !== "previous_year" && !YEAR_OVER_YEAR.test(p.text)) return false;
  const label: Period["label"] = `${name} ${found.year - 1}`;
  // Explicit dates: "previous_year" would shift the period by a calendar year, not move the holiday.
  p.time.compare = { mode: "explicit", period: { ...before, label } };
  p.unknownWords = p.unknownWords.filter((w) => !/^(?:last|year|yoy)$/.test(w));
  return true;
}
