/**
 * fix21c: a saving asked of the whole budget ("save 5k a month on ads, where from?", "free up 8k
 * per month", "cut 10% of spend", "a 3k saving on paid", "budget is getting cut by $10k"): the
 * budget split at current spend less that amount (or percent), so the answer names the spend whose
 * next dollar returns least and what the cut costs in revenue and profit. Read as nothing, the
 * amount was taken as the whole budget ("trim 3k" split $3,000) or the ask went to the catalog.
 */

const AMOUNT = String.raw`(?:[$€£]\s?\d+(?:\.\d+)?\s*(?:k|m|mm|thousand|million|grand)?|\d+(?:\.\d+)?\s*(?:k|m|mm|thousand|million|grand|dollars?|usd|bucks|euros?|eur|pounds?|gbp)\b)`;
const PERCENT = String.raw`\d+(?:\.\d+)?\s*(?:%|(?:percent|pct)\b)`;
const VERB = String.raw`(?:sav(?:e|es|ed|ing)|cut(?:s|ting)?|trim(?:s|med|ming)?|shav(?:e|es|ed|ing)|free(?:s|d|ing)? up|fre(?:e|es|ed|eing) up|tak(?:e|es|ing)|took|pull(?:s|ed|ing)?|find|finding|slash(?:es|ed|ing)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|knock(?:s|ed|ing)?|strip(?:s|ped|ping)?|squeez(?:e|es|ed|ing))`;
/** What the saving is taken from: spend in general, never a metric ("cut cpa by 10%"). */
const SCOPE = String.raw`(?:marketing|ads|advertising|ad spend|media|paid media|paid|spend|spending|budgets?|costs?|outlay)`;
const FILLER = String.raw`(?:(?:our|the|my|total|overall|marketing|ad|media|monthly|paid)\s+)*`;

/** "save $5k", "cut costs by 4 grand", "take 15% out of", "trim 3k off": a verb, then the amount. */
const VERB_AMOUNT = new RegExp(
  String.raw`\b${VERB}\s+(?:${FILLER}${SCOPE}\s+)?(?:by\s+)?(?:out\s+|off\s+|another\s+|about\s+|around\s+|roughly\s+)?(${AMOUNT}|${PERCENT})(?!\s*(?:more|extra|of (?:revenue|sales|orders|profit)))`,
);
/** "savings of 3k", "a 5k cut", "a $2000 reduction": the saving said as a noun. */
const NOUN_AMOUNT = new RegExp(
  String.raw`\b(?:savings?|cuts?|reductions?)\s+(?:of\s+)?(?:about\s+|around\s+)?(${AMOUNT}|${PERCENT})|\b(${AMOUNT}|${PERCENT})\s+(?:(?:a|per|each)\s+(?:month|week|quarter)\s+|monthly\s+)?(?:in\s+)?(?:savings?|cuts?|reductions?)\b`,
);
/** "the budget is getting cut by $10k", "spend gets reduced 8k": the budget as the one cut. */
const PASSIVE = new RegExp(
  String.raw`\b${FILLER}(?:budgets?|spend|costs?)\s+(?:(?:is|are|gets|got|was|were|will be|would be|has been|have been)\s+)?(?:(?:getting|being)\s+)?(?:cut|reduced|trimmed|slashed|lowered)\s+(?:by\s+)?(${AMOUNT}|${PERCENT})`,
);
const HAS_SCOPE = new RegExp(String.raw`\b${SCOPE}\b`);
/** A report or a metric target, never a saving: "how much did we save", "cut cac by 10%". */
const NOT_A_CUT =
  /\b(?:did we|have we|has it|we saved|saved us|would it save|how much (?:would|could|did|can) (?:we|it|that|this) save)\b|\b(?:cpa|cac|cpc|cpm|cost per|bounce|churn|unsubscribe)/;

/** A saving asked of the whole budget: the amount as a negative extra, or a percent as a negative change. */
export type BudgetCut = { extraBudget: number } | { totalBudgetChangePercent: number };

function amountOf(raw: string): number | undefined {
  const m = /(\d+(?:\.\d+)?)\s*(k|m|mm|thousand|million|grand)?/.exec(raw);
  if (!m) return undefined;
  const unit = m[2] ?? "";
  const scale = unit === "k" || unit === "thousand" || unit === "grand" ? 1000 : unit ? 1_000_000 : 1;
  return Number(m[1]) * scale;
}

/**
 * Read a saving asked of the whole budget.
 * @example readBudgetCut("we need to free up 8k per month from ads") // { extraBudget: -8000 }
 * @example readBudgetCut("cut 10% of spend where from") // { totalBudgetChangePercent: -10 }
 */
export function readBudgetCut(text: string): BudgetCut | undefined {
  if (!HAS_SCOPE.test(text) || NOT_A_CUT.test(text)) return undefined;
  const m = VERB_AMOUNT.exec(text) ?? PASSIVE.exec(text) ?? NOUN_AMOUNT.exec(text);
  const said = m?.[1] ?? m?.[2];
  if (!said) return undefined;
  const pct = new RegExp(`^${PERCENT}$`).test(said.trim());
  const value = pct ? Number(/\d+(?:\.\d+)?/.exec(said)![0]) : amountOf(said);
  if (!value || (pct && value >= 100)) return undefined;
  return pct ? { totalBudgetChangePercent: -value } : { extraBudget: -value };
}
