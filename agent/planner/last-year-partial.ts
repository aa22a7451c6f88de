/**
 * fix17e: "AOV this year compared to last year", "roas this yr vs last yr" when last year's data
 * starts late in it (data from November 1, 2025): the same days of last year hold almost no data
 * (1 of 305), so the answer gave this year's figure alone. For rates and averages, last year is the
 * part of it the data covers, set beside this year with a note that says which part; totals keep
 * the like-for-like baseline (two months against ten would read as a collapse).
 */
import { dayInWords, spanInWords } from "../../lib/months.ts";
import type { Catalog } from "../../semantic/catalog/types.ts";
import { daysBetween } from "../../semantic/query/dates.ts";
import type { Frame } from "./types.ts";

/**
 * "last year", "last yr", "the previous year", "prior year": the calendar year before; "yoy" too
 * (the paraphrase reads "compared with last year" as it), said of this year.
 */
const LAST_YEAR =
  /\b(?:(?:last|previous|prior|past) (?:calendar )?(?:yr|year)|yoy|year over year|year on year)\b/;
/** Words that ask for the same stretch of last year, which the comparison already is. */
const SAME_STRETCH =
  /\b(?:same (?:period|time|days|point|stretch|months?|dates?)|last (?:ytd|year to date)|like for like)\b/;

/** Whether every metric is a rate or an average (a ratio of two sums), not a total. */
function allRates(metrics: readonly string[], catalog: Catalog): boolean {
  return (
    metrics.length > 0 &&
    metrics.every((key) => {
      const m = catalog.metrics.get(key);
      if (!m) return false;
      if (m.unit === "ratio" || m.unit === "percent") return true;
      return m.definition.type === "formula" && m.definition.formula.includes("/");
    })
  );
}

/**
 * This year against the covered part of last year, when the same days of last year are mostly
 * before the data and every metric is a rate or an average.
 * @example withLastYearInData(aovThisYearVsLastYear, "aov this year vs last year", "2025-11-01", catalog).compare?.period // { from: "2025-11-01", to: "2025-12-31", ... }
 */
export function withLastYearInData(
  frame: Frame,
  question: string,
  dataStart: string | undefined,
  catalog: Catalog,
): Frame {
  const c = frame.compare;
  if (!dataStart || !c || frame.intent !== "compare") return frame;
  const year = frame.period.from.slice(0, 4);
  const last = String(Number(year) - 1);
  const yearEnd = `${last}-12-31`;
  // The same days a year before, or the whole of last year named ("vs the previous year", "vs 2025").
  const wholeYear = c.mode === "explicit" && c.period.to === yearEnd;
  if (c.mode !== "previous_year" && !wholeYear) return frame;
  const text = question.toLowerCase();
  if (!(LAST_YEAR.test(text) || text.includes(last)) || SAME_STRETCH.test(text)) return frame;
  if (frame.period.from !== `${year}-01-01` || c.period.from !== `${last}-01-01`) return frame;
  // Only when the data starts inside last year and covers under half of the same days.
  if (dataStart <= c.period.from || dataStart > yearEnd) return frame;
  const covered = c.period.to < dataStart ? 0 : daysBetween(dataStart, c.period.to) + 1;
  const days = daysBetween(c.period.from, c.period.to) + 1;
  if (covered * 2 >= days || !allRates(frame.metrics, catalog)) return frame;
  const part = { from: dataStart, to: yearEnd };
  const note =
    `Data starts ${dayInWords(dataStart)}, so ${last} here is the part the data covers, ` +
    `${spanInWords(part)} (${daysBetween(dataStart, yearEnd) + 1} days), set beside ${year} so far; ` +
    `the same days of ${last} hold only ${covered} day${covered === 1 ? "" : "s"} of data.`;
  return {
    ...frame,
    compare: { mode: "explicit", period: { ...part, label: `${last} (the part with data)` } },
    note,
  };
}
