/**
 * fix15c: a dated event asked about by what happened, before and after it ("how did the campaign
 * do after the may 14 blowup", "cpa before vs after the june 3 spike", "before and after oct 5").
 * Read as written, the event word ("blowup") was a catalog search and "after may 14" ran to today
 * with the day itself in it. The event's day is left out and the four weeks after it are set
 * against the four weeks before it, which the answer's note says.
 */
import { dayAsTyped, dayInWords, MONTH_NAMES } from "../../lib/months.ts";

/** Days on each side of the event (fewer when the data ends sooner). */
const WINDOW_DAYS = 28;

/** What a marketer calls a day that went wrong (or a dated change). */
const EVENT =
  "(?:blow ?ups?|blow ?outs?|spikes?|surges?|incidents?|meltdowns?|fiasco|mess|glitch(?:es)?|runaway(?: day| spend)?|overspend(?:ing)?|explosions?|screw ?ups?|disasters?|mishaps?|snafu|incident)";
const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";
const DAY = `(?:${MONTH}\\.? (\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH})`;
const THE = "(?:(?:the|that|our|this) )?";

/** "after the may 14 blowup", "since the 14th of may spike". */
const AFTER_EVENT = new RegExp(`\\b(?:after|since|following|post) ${THE}${DAY} ${EVENT}\\b`, "i");
/** "before and after the may 14 blowup", "before vs after may 14". */
const BEFORE_AND_AFTER = new RegExp(
  `\\bbefore (?:and|vs|versus|or|&) after ${THE}${DAY}(?: ${EVENT})?\\b`,
  "i",
);

const MONTH_INDEX = (name: string) =>
  MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(name.slice(0, 3)));

const shift = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The day a month and day of month name: this year's, or last year's when that is still ahead. */
function dayOf(month: string, day: number, today: string): string | undefined {
  const m = MONTH_INDEX(month.toLowerCase());
  if (m < 0 || day < 1 || day > 31) return undefined;
  const iso = (year: number) => `${year}-${String(m + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const year = Number(today.slice(0, 4));
  return iso(year) <= today ? iso(year) : iso(year - 1);
}

/** The question with the event read as two windows, and the note saying so. */
export interface EventDayReading {
  question: string;
  note?: string | undefined;
}

/**
 * Read a dated event's "after" or "before and after" as the four weeks after it against the four
 * weeks before it.
 * @example readEventDayWindow("how did it do after the may 14 blowup", "2026-11-01").question
 * // "how did it do from may 15 2026 to jun 11 2026 vs apr 16 2026 to may 13 2026" (months in full)
 */
export function readEventDayWindow(question: string, today: string, dataEnd?: string): EventDayReading {
  const m = AFTER_EVENT.exec(question) ?? BEFORE_AND_AFTER.exec(question);
  if (!m) return { question };
  const month = m[1] ?? m[4];
  const dayText = m[2] ?? m[3];
  const day = month && dayText ? dayOf(month, Number(dayText), today) : undefined;
  if (!day) return { question };
  // An event under four weeks before the data's end: as many days each side as there are after it.
  const last = dataEnd && dataEnd < today ? dataEnd : today;
  const days = Math.min(WINDOW_DAYS, Math.round((Date.parse(last) - Date.parse(day)) / 86_400_000));
  if (days < 1) return { question };
  const after = { from: shift(day, 1), to: shift(day, days) };
  const before = { from: shift(day, -days), to: shift(day, -1) };
  const words = `from ${dayAsTyped(after.from)} to ${dayAsTyped(after.to)} vs ${dayAsTyped(before.from)} to ${dayAsTyped(before.to)}`;
  return {
    question: `${question.slice(0, m.index)}${words}${question.slice(m.index + m[0].length)}`,
    note: `Read "${m[0].trim()}" as the ${days} days after ${dayInWords(day)} against the ${days} days before it; the day itself is in neither, so ask for ${dayInWords(day)} on its own for that day's figures.`,
  };
}
