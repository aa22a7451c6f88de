/**
 * fix18e: growth asked over a period whose own baseline lies mostly before the data ("revenue and
 * customer growth YTD", "how fast did orders grow this year", with data from November 2025). Set
 * against the period before, the answer showed the totals and said the change could not be
 * given: no growth at all. Growth is then read inside the period, month by month, whose answer
 * states the first month against the latest; one line says why.
 */
import { spanInWords } from "../../lib/months.ts";
import { daysBetween } from "../../semantic/query/dates.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { Frame } from "./types.ts";

/** Growth asked: "growth", "grow", "growing", "grew", "how fast", "growth rate". */
const GROWTH = /\b(?:growth|grow|grows|growing|grew|grown|how fast|scal(?:e|ed|ing) up)\b/;

/** Days the period must span for months to show a course (two whole months at least). */
const MIN_DAYS = 59;

/**
 * The frame as a monthly series over its own period, when growth is asked against a baseline the
 * data mostly does not cover; otherwise the frame unchanged.
 * @example growthByMonth(ytdCompareFrame, parsed, "revenue growth ytd").grain // "month"
 */
export function growthByMonth(frame: Frame, p: ParsedQuestion, question: string): Frame {
  const c = frame.compare;
  if (frame.intent !== "compare" || c?.mode !== "previous_period" || !p.dataStart) return frame;
  if (!GROWTH.test(question.toLowerCase()) || frame.dimensions.length) return frame;
  const baseDays = daysBetween(c.period.from, c.period.to) + 1;
  const covered = c.period.to < p.dataStart ? 0 : daysBetween(p.dataStart, c.period.to) + 1;
  if (covered * 2 >= baseDays || daysBetween(frame.period.from, frame.period.to) + 1 < MIN_DAYS) return frame;
  const start = spanInWords({ from: p.dataStart, to: p.dataStart });
  // A month of the period with no data yet ("YTD" on November 1) would read as a fall to nothing.
  const to = p.dataEnd && p.dataEnd < frame.period.to ? p.dataEnd : frame.period.to;
  return {
    ...frame,
    period: { ...frame.period, to },
    intent: "trend",
    compare: undefined,
    dimensions: ["date"],
    grain: "month",
    note: `The data starts ${start}, so the period before this one is mostly missing: growth is shown month by month inside it instead.`,
  };
}
