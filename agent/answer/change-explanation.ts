import { formatChange, formatPeriod, formatValue, inSentence } from "./format.ts";
import type { ChangeExplanationAnswerInput } from "./types.ts";

/** Contributors written out in prose; the rest stay in the table. */
export const MAX_CONTRIBUTORS = 3;

/**
 * "Revenue for … was $Y, down 12.3% from $X in …. The biggest movers by channel: Search down
 * $Z (from $A to $B), …" Contributors are ordered by the size of their change. A member with no
 * value of its own (null: a rate without inputs) shows "n/a", and for ratios why it still moved.
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
  const lines = movers.map((c) => {
    const moved = `- ${c.name}: ${c.change > 0 ? "up" : "down"} ${formatValue(Math.abs(c.change), metric, currency)}`;
    if (c.current !== null && c.previous !== null)
      return `${moved} (${formatValue(c.current, metric, currency)}, ${formatChange(c.current, c.previous, metric, currency)})`;
    // No value of its own in a period: its contribution is a shift in the mix, not a change of value.
    const shown = (v: number | null) => (v === null ? "n/a" : formatValue(v, metric, currency));
    const values =
      c.current === null && c.previous === null
        ? "n/a in both periods"
        : `${shown(c.current)}, compared with ${shown(c.previous)}`;
    const why = input.mixOf ? `; its share of ${input.mixOf} changed` : "";
    return `${moved} (${values}${why})`;
  });
  return [head, `The biggest movers by ${inSentence(input.dimension.label)}:`, ...lines].join("\n");
}
