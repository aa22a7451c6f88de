/**
 * How far the user lets each channel move from its current spend in a budget split. recommend_budget
 * keeps every channel within 30% of current spend unless told otherwise, which a marketer asking
 * for the best split "if I could move money freely" did not ask for.
 */

import { MAX_CHANGE_PERCENT } from "../../tools/recommend-budget/definition.ts";

/** "if I could move money freely", "no limits", "ignore the current split", "from scratch". */
const FREE =
  /\b(?:(?:move|shift|put|spend|allocate) (?:the )?(?:money|budget|spend|funds)? ?(?:around )?freely|without (?:any )?(?:limits?|constraints?|caps?|bounds?|restrictions?|guardrails?)|(?:no|with no) (?:limits?|constraints?|caps?|bounds?|restrictions?|guardrails?)|unconstrained|unbounded|ignor\w* (?:the |our |my )?(?:current|existing|today s|todays) (?:split|spend|allocation|mix|budgets?)|from scratch|zero based|clean slate|blank slate)\b/;

const PCT = String.raw`(\d+(?:\.\d+)?)\s*(?:%|percent|pct)`;
/** A cap per channel: "no channel more than 20%", "within 20% of current spend", "20% max per channel". */
const CAPS = [
  new RegExp(
    String.raw`\b(?:no|any|each|every|a|one|single) (?:single )?(?:channel|platform|line)s?\b[^.?!]{0,40}?(?:more than|over|beyond|above|by more than|at most|up to|within)\s+${PCT}`,
  ),
  new RegExp(
    String.raw`\b(?:within|at most|up to|max(?:imum)?(?: of)?|no more than)\s+${PCT}\s+(?:per (?:channel|platform)|for (?:each|every) (?:channel|platform)|of (?:its |their |each (?:channel|platform) s )?current|from (?:its |their )?current)`,
  ),
  new RegExp(
    String.raw`\b${PCT}\s+(?:max(?:imum)?|cap|limit)\s+(?:per|on each|for each|on every|for every)\s+(?:channel|platform)`,
  ),
];

/**
 * The per-channel bound the question sets, in percent of current spend, or undefined for the default.
 * @example changeLimit("best split if i could move money freely") // 1000
 * @example changeLimit("split 50k but no channel should move more than 10%") // 10
 */
export function changeLimit(text: string): number | undefined {
  if (FREE.test(text)) return MAX_CHANGE_PERCENT;
  for (const cap of CAPS) {
    const m = cap.exec(text);
    if (m) return Math.min(MAX_CHANGE_PERCENT, Number(m[1]));
  }
  return undefined;
}
