import { formatChange, formatPeriod, formatValue, inSentence } from "./format.ts";
import type { ChangeExplanationAnswerInput } from "./types.ts";

/** Contributors written out in prose; the rest stay in the table. */
export const MAX_CONTRIBUTORS = 3;

/**
 * "Revenue for … was $Y, down 12.3% from $X in …. The biggest movers by channel: Search down
 * $Z (from $A to $B), …" Contributors are ordered by the size of their change.
 */
export function changeExplanationAnswer(input: ChangeExplanationAnswerInput): string {
  const { metric, currency } = input;
  const head =
    `${metric.label} for ${formatPeriod(input.period)} was ${formatValue(input.current, metric, currency)}, ` +
    `${formatChange(input.current, input.previous, metric, currency)} in ${formatPeriod(input.comparisonPeriod)}.`;
  const movers = [...input.contributors]
    .filter((c) => c.change !== 0)
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change))
    .slice(0, MAX_CONTRIBUTORS);
  if (movers.length === 0) return `${head} No ${inSentence(input.dimension.label)} moved.`;
  const lines = movers.map(
    (c) =>
      `- ${c.name}: ${c.change > 0 ? "up" : "down"} ${formatValue(Math.abs(c.change), metric, currency)} ` +
      `(${formatValue(c.current, metric, currency)}, ${formatChange(c.current, c.previous, metric, currency)})`,
  );
  return [head, `The biggest movers by ${inSentence(input.dimension.label)}:`, ...lines].join("\n");
}
