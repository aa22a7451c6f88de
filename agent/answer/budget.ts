import {
  formatChange,
  formatCurrency,
  formatNumber,
  formatPeriod,
  formatValue,
  inSentence,
  joinList,
} from "./format.ts";
import type { BudgetAnswerInput } from "./types.ts";

/**
 * "Proposed split of a $50,000 budget for …:" then one line per channel, largest recommendation
 * first: recommended spend, its change from current spend, and the expected return when known.
 * Rows held at the per-channel limit are named with the limit, so the split is not read as the
 * unconstrained optimum.
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
  const pct = input.limit?.maxChangePercent ?? 0;
  // A channel cut to nothing sits at zero, not at a limit above 100% ("moves at most 608% ... stops
  // at that limit" above a 100% cut contradicts itself): such rows are not named as held.
  const moved = (name: string) => {
    const r = input.rows.find((x) => x.name === name);
    return !(r && pct > 100 && r.recommended === 0 && r.current > 0);
  };
  const at = (input.limit?.atLimit ?? []).filter(moved);
  const limit =
    input.limit && at.length > 0
      ? [
          `Limits: each channel moves at most ${formatNumber(pct, Number.isInteger(pct) ? 0 : 1)}% from its current spend; ` +
            `${joinList(at)} ${at.length === 1 ? "stops" : "stop"} at that limit (ask to move money more freely to lift it).`,
        ]
      : [];
  return [head, ...lines, ...limit, ...(input.basis ? [input.basis] : [])].join("\n");
}
