/**
 * fix14b: "top 10 states by revenue and what % is outside those": a ranking with the share of
 * everything below the top N asked beside it. The query's total covers every row, so the rest is the
 * total less the top N. By state the planner keeps 'other' (states not recorded by name) and one row
 * more; the answer lists the top N named states and the rest, 'other' included, as one row.
 */
import { NUMBER_WORDS } from "../planner/number-words.ts";

/** Words asking for what lies outside a top N. */
const REST =
  /\b(?:outside (?:of )?(?:those|these|them|that|the top|it)|the rest\b|everything else|everywhere else|anywhere else|elsewhere\b|everyone else|everybody else|(?:all )?the others\b|all other\b|(?:the )?remaining (?:share|part|states|ones|customers|revenue|orders)|not in the top|beyond (?:those|these|the top)|below the top|long tail|tail end)/i;

/** "top 10", "top ten", "biggest 5": the N of a ranking as asked. */
const TOP_N =
  /\b(?:top|biggest|largest|leading|best|highest|which|what)\s+(\d{1,2}|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\b/i;

/**
 * The N of a "top N and the rest" ask, or undefined when the question asks no rest or names no N.
 * @example restAsked("top 10 states by revenue and what % is outside those") // 10
 */
export function restAsked(question: string): number | undefined {
  if (!REST.test(question)) return undefined;
  const n = TOP_N.exec(question)?.[1]?.toLowerCase();
  if (!n) return undefined;
  const value = NUMBER_WORDS[n] ?? Number(n);
  return value > 0 ? value : undefined;
}

/** Short follow-ups that re-ask the same ranking for another measure ("same for revenue"). */
const SAME_AGAIN =
  /^(?:(?:and |now )?(?:the )?same (?:for|with|but|on|by)|(?:and |now |ok )?(?:what about|how about|and|now) (?:for |by )?)\b/i;

/**
 * The question a ranking's presenter reads: a short "same for revenue" after a "top N and the rest"
 * ask carries that ask, so the rest is given again for the new measure.
 * @example restQuestion("same for revenue", ["top 10 states by orders and the rest"]) // "top 10 states by orders and the rest same for revenue"
 */
export function restQuestion(question: string, earlier: readonly string[]): string {
  const before = earlier.at(-1);
  if (restAsked(question) !== undefined || !before || restAsked(before) === undefined) return question;
  return SAME_AGAIN.test(question.trim()) && question.split(/\s+/).length <= 6
    ? `${before} ${question}`
    : question;
}
