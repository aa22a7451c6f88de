/**
 * A fiscal year start said in the question itself: "fiscal q3 numbers (our fiscal year starts feb
 * 1)", "fy begins in april, what was fiscal h1 revenue". No fiscal year is set up for the
 * organization, so without this the calendar quarter was answered and the stated start ignored.
 * The clause is taken out, each fiscal period is rewritten to its dates ("from aug 1 2026 to oct
 * 31 2026", words the time rules read), and a note says how it was read.
 *
 * Fiscal years are named by where they start: with a February start, fiscal Q3 is August to
 * October. Without a year, a fiscal quarter or half is the latest one that has started.
 */
import { dayInWords, MONTH_NAMES } from "../../lib/months.ts";
import { addDays, addMonths } from "../../semantic/query/dates.ts";

const LOWER = MONTH_NAMES.map((m) => m.toLowerCase());
const MONTH = `(${LOWER.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)})?`).join("|")})\\.?`;
const STATED = new RegExp(
  `[,;(-]?\\s*\\(?\\b(?:(?:our|my|the|a|with|w/)\\s+)?(?:fiscal year|fiscal yr|fy|financial year)\\s+(?:that\\s+)?(?:starts|begins|starting|beginning|runs from|running from|kicks off|starts on|begins on|starts in|begins in|is)\\s+(?:on\\s+|in\\s+|from\\s+)?${MONTH}(?:\\s+(?:1|1st|first))?\\b\\)?`,
);
const PERIOD =
  /\b(?:(?:for|in|during|over|of) (?:the )?)?(?:(?:fiscal|fy|financial)(?: year)? ?(q[1-4]|h[12]|ytd|year to date)\b|(this|last|previous|current) (?:fiscal|financial) year(?:'s|s)?)/g;

const words = (iso: string) =>
  `${LOWER[Number(iso.slice(5, 7)) - 1]!.slice(0, 3)} ${Number(iso.slice(8, 10))} ${iso.slice(0, 4)}`;

/** "for fiscal q3" -> "fiscal Q3", as the note names it. */
const named = (typed: string) =>
  typed
    .trim()
    .replace(/^(?:for|in|during|over|of) (?:the )?/, "")
    .replace(/'s$/, "")
    .replace(/\b([qh])([1-4])\b/, (_m, a: string, b: string) => `${a.toUpperCase()}${b}`);

/** The first day of the fiscal year holding `day`, for a year starting in `startMonth` (1-12). */
function fiscalYearStart(day: string, startMonth: number): string {
  const y = Number(day.slice(0, 4));
  const start = `${y}-${String(startMonth).padStart(2, "0")}-01`;
  return start <= day ? start : addMonths(start, -12);
}

/** A fiscal period's dates: the latest that has started by `today`. */
function fiscalPeriod(kind: string, startMonth: number, today: string): { from: string; to: string } {
  const fy = fiscalYearStart(today, startMonth);
  if (kind === "ytd" || kind === "year to date" || kind === "this" || kind === "current")
    return { from: fy, to: kind === "this" || kind === "current" ? addDays(addMonths(fy, 12), -1) : today };
  if (kind === "last" || kind === "previous") return { from: addMonths(fy, -12), to: addDays(fy, -1) };
  const months = kind.startsWith("q") ? 3 : 6;
  const index = Number(kind.slice(1)) - 1;
  let from = addMonths(fy, index * months);
  if (from > today) from = addMonths(from, -12);
  return { from, to: addDays(addMonths(from, months), -1) };
}

/**
 * The question with a stated fiscal year start taken out and its fiscal periods dated.
 * @example readStatedFiscalYear("fiscal q3 revenue (our fiscal year starts feb 1)", "2026-11-01").question // "revenue from aug 1 2026 to oct 31 2026"
 */
export function readStatedFiscalYear(question: string, today: string): { question: string; notes: string[] } {
  // "fiscal quarter 3", "fiscal half 1": the quarter or half spelled out, read as "fiscal q3".
  const lower = question
    .toLowerCase()
    .replace(
      /\b(fiscal|fy|financial)( year)? (quarter|half) ([1-4])\b/g,
      (_m, f: string, y = "", k: string, n: string) => `${f}${y} ${k[0]}${n}`,
    );
  const stated = STATED.exec(lower);
  if (!stated) return { question, notes: [] };
  const startMonth = LOWER.findIndex((m) => m.startsWith(stated[1]!.slice(0, 3))) + 1;
  const without = `${lower.slice(0, stated.index)} ${lower.slice(stated.index + stated[0].length)}`;
  const notes: string[] = [];
  const dated = without.replace(PERIOD, (typed: string, part?: string, which?: string) => {
    const p = fiscalPeriod((part ?? which)!, startMonth, today);
    notes.push(
      `Your fiscal year starts ${MONTH_NAMES[startMonth - 1]} 1 (as you said), so ${named(typed)} is ${dayInWords(p.from)} – ${dayInWords(p.to)}.`,
    );
    return `from ${words(p.from)} to ${words(p.to)}`;
  });
  if (!notes.length) return { question, notes: [] };
  return { question: dated.replace(/\s+/g, " ").trim(), notes };
}
