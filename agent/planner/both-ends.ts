/**
 * fix15d: "top 3 and bottom 3 campaigns by roas", "5 best and 5 worst channels on cpa", "top and
 * bottom five by spend": both ends of a ranking of rows, each N long. Before, the ranking kept only
 * the top N and the bottom was dropped. The plan ranks every row (no limit); the answer lists the
 * first N and the last N of that ranking (present/both-ends.ts), so both come from one result.
 */
import { countPattern, countValue } from "./number-words.ts";

const N = `(${countPattern(2)})`;
const HIGH = "(?:top|best|highest|biggest|strongest)";
const LOW = "(?:bottom|worst|lowest|smallest|weakest)";
const JOIN = ",? (?:and|&|\\+|plus|as well as|vs|versus)(?: the| our)?";

/** "top 3 and bottom 3", "3 best and 3 worst", "top and bottom 3", "bottom 5 and top 5". */
const BOTH_ENDS_N = new RegExp(
  [
    `\\b${HIGH} ${N}(?: [a-z]+)?${JOIN} ${LOW}(?: ${N})?\\b`,
    `\\b${LOW} ${N}(?: [a-z]+)?${JOIN} ${HIGH}(?: ${N})?\\b`,
    `\\b${N} ${HIGH}(?: [a-z]+)?${JOIN} (?:${N} )?${LOW}\\b`,
    `\\b${HIGH}${JOIN} ${LOW} ${N}\\b`,
  ].join("|"),
);

/**
 * How many rows each end of the ranking keeps when both ends are asked, or undefined.
 * @example bothEndsCount("top 3 and bottom 3 campaigns by roas") // 3
 */
export function bothEndsCount(text: string): number | undefined {
  const m = BOTH_ENDS_N.exec(text.toLowerCase());
  if (!m) return undefined;
  const word = m.slice(1).find((g) => g !== undefined);
  const n = word ? countValue(word) : undefined;
  return n && n > 0 ? n : undefined;
}
