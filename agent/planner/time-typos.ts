/**
 * Typo tolerance for period words ("yesturday", "tusday", "octber"). The lexicon's typo matcher
 * (typos.ts) only knows metric and dimension words, and a period word the time parser cannot read
 * is worse than a missing one: the question silently falls back to the default period and gets a
 * confident answer about different days. Only long words (six letters or more) one edit or one
 * neighbour swap away from exactly one period word are corrected; plurals ("mondays") are words.
 */
import { editDistance } from "../../semantic/catalog/suggest.ts";

const PERIOD_WORDS = [
  "yesterday",
  "tomorrow",
  "weekend",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "january",
  "february",
  "august",
  "september",
  "october",
  "november",
  "december",
  "quarter",
  "previous",
] as const;

const KNOWN = new Set<string>(PERIOD_WORDS.flatMap((w) => [w, `${w}s`]));

/**
 * The period word a misspelled word stands for, if exactly one is one edit away.
 * @example periodWordFor("yesturday") // "yesterday"
 */
export function periodWordFor(word: string): string | undefined {
  if (word.length < 6 || KNOWN.has(word) || !/^[a-z]+$/.test(word)) return undefined;
  const hits = PERIOD_WORDS.filter(
    (w) => Math.abs(w.length - word.length) <= 1 && editDistance(word, w) === 1,
  );
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * A normalized question with its misspelled period words corrected.
 * @example correctTimeTypos("reveneu by chanel yesturday") // "reveneu by chanel yesterday"
 */
export function correctTimeTypos(text: string): string {
  return text.replace(/[a-z]{6,}/g, (w) => periodWordFor(w) ?? w);
}
