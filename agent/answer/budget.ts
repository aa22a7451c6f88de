import { formatChange, formatCurrency, formatPeriod, formatValue, inSentence } from "./format.ts";
import type { BudgetAnswerInput } from "./types.ts";

/**
 * "Proposed split of a $50,000 budget for …:" then one line per channel, largest recommendation
 * first: recommended spend, its change from current spend, and the expected return when known.
 */
export function budgetAnswer(input: BudgetAnswerInput): string {
  const { currency } = input;
  const head = `Proposed split of a ${formatCurrency(input.totalBudget, currency)} budget for ${formatPeriod(input.period)}:`;
  if (input.rows.length === 0) return `${head} no channels to allocate to.`;
  const rows = [...input.rows].sort((a, b) => b.recommended - a.recommended);
  const lines = rows.map((r) => {
    const change =
      r.current === r.recommended
        ? "unchanged"
        : `${formatChange(r.recommended, r.current, { unit: "currency" }, currency)}, ${
            r.recommended > r.current ? "adding" : "cutting"
          } ${formatCurrency(Math.abs(r.recommended - r.current), currency)}`;
    const expected =
      r.expectedReturn !== undefined && input.returnMetric
        ? `; expected ${inSentence(input.returnMetric.label)} ${formatValue(r.expectedReturn, input.returnMetric, currency)}`
        : "";
    return `- ${r.name}: ${formatCurrency(r.recommended, currency)} (${change})${expected}`;
  });
  return [head, ...lines, ...(input.basis ? [input.basis] : [])].join("\n");
}
