/**
 * The question's words rewritten, in order, before anything is read from them. Each rewrite turns
 * one kind of marketer phrasing into the words a later reader understands; the order matters where
 * one rewrite produces words another reads:
 * - misspelt words no vocabulary reader corrects ("hw did we do") come first;
 * - the whole-ask rewrites come next (a growth race, a data health check, a list of test
 *   results), because they replace the ask with a scan or a series the rest then reads;
 * - period typos are corrected before metric paraphrases, so "yesturday" is not read as a metric;
 * - metric paraphrases ("typical order size") before period shorthand ("7 day roas"), which reads
 *   the catalog words the paraphrases leave.
 * Readers that take something out of the text (thresholds, a stated target, incidents) are not
 * rewrites and stay in parse.ts, where what they take is kept.
 */
import { scaleInDigits } from "./asked-ratio.ts";
import { readGrowthRace } from "./growth-race.ts";
import { rewritePhrases } from "./paraphrase.ts";
import { readDataQuality, readTestResults } from "./scan-asks.ts";
import { rewriteTimeShorthand } from "./time-shorthand.ts";
import { correctTimeTypos } from "./time-typos.ts";
import { rewritePeriodPhrases } from "./time-windows.ts";
import { fixWordTypos } from "./word-typos.ts";

/** The rewrites in the order they run. */
export const TEXT_REWRITES: readonly ((text: string) => string)[] = [
  // fix18f: misspelt non-vocabulary words ("hw", "dubled", "add2cart") before anything reads them.
  fixWordTypos,
  readGrowthRace,
  readDataQuality,
  readTestResults,
  correctTimeTypos,
  rewriteTimeShorthand,
  scaleInDigits,
  rewritePhrases,
  rewritePeriodPhrases,
];

/**
 * A normalized question with every rewrite applied in order.
 * @example applyTextRewrites("whats the typical order size last 7 days") // "whats average order value last 7 days"
 */
export function applyTextRewrites(text: string): string {
  return TEXT_REWRITES.reduce((t, rewrite) => rewrite(t), text);
}
