/**
 * A calendar day named by month and day ("march 17", "mar 17th", "sep 5 2026"), as an anchor for
 * windows beside it ("the 10 days after march 17"). Without a year it is the latest such day on or
 * before today: questions about windows beside a day are about the past.
 */
import { MONTH_NAMES } from "../../lib/months.ts";

const LOWER = MONTH_NAMES.map((m) => m.toLowerCase());
const MONTH_WORDS = LOWER.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)}|\\.)?`).join("|");
/** "march 17", "mar 17th", "sept 5" (the pattern holds no groups, so callers can wrap it). */
export const CALENDAR_DAY = `(?:${MONTH_WORDS.replace("sep(?:", "sept?(?:")}) \\d{1,2}(?:st|nd|rd|th)?`;

const PARTS = /^([a-z]{3})[a-z.]* (\d{1,2})(?:st|nd|rd|th)?$/;

/**
 * The ISO date of a calendar day's words, or undefined when they name no real day.
 * @example calendarDay("mar 17th", undefined, "2026-11-01") // "2026-03-17"
 */
export function calendarDay(words: string, year: string | undefined, today: string): string | undefined {
  const m = PARTS.exec(words.trim());
  if (!m) return undefined;
  const month = LOWER.findIndex((n) => n.startsWith(m[1]!)) + 1;
  const day = Number(m[2]);
  if (month < 1 || day < 1) return undefined;
  const iso = (y: number) => `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const valid = (d: string) => new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;
  const y = Number(today.slice(0, 4));
  const date = year ? iso(Number(year)) : iso(y) <= today ? iso(y) : iso(y - 1);
  return valid(date) ? date : undefined;
}
