/**
 * fix12b: "how's oregon doing", "how are things looking in texas this quarter", "how is florida
 * trending": a state's health, not a level. Answered with revenue, orders and new customers for
 * the state against the period before, so the answer says which way each moved; the level alone
 * ("$2,157 in revenue") does not say how it is doing.
 */

/** "how's doing", "how are things looking", "how is trending", once the state's name is taken out. */
const HOW_DOING =
  /\bhow(?:'s|’s| is| are| has| have)?\s+(?:(?:things|sales|business|it|we|our customers)\s+)?(?:been\s+)?(?:doing|going|performing|trending|looking|shaping up|holding up|faring)\b(?:\s+(?:lately|recently|overall|these days))?/i;

/**
 * The question to plan for a state's health, or undefined when the words ask for something else.
 * @example stateHealthQuestion("how's doing") // "revenue, orders and new customers vs previous period"
 */
export function stateHealthQuestion(rest: string): string | undefined {
  const m = HOW_DOING.exec(rest);
  if (!m) return undefined;
  const around = `${rest.slice(0, m.index)} ${rest.slice(m.index + m[0].length)}`.replace(/[?!.,]/g, " ");
  const compared = /\b(?:vs|versus|compared|against|than)\b/i.test(around);
  return `revenue, orders and new customers ${around.trim()}${compared ? "" : " vs previous period"}`
    .replace(/\s+/g, " ")
    .trim();
}
