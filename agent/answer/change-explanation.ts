import { formatChange, formatPeriod, formatValue, inSentence, joinList } from "./format.ts";
import type { ChangeExplanationAnswerInput } from "./types.ts";

/** Contributors written out in prose; the rest stay in the table. */
export const MAX_CONTRIBUTORS = 3;

/** "channel" -> "Channels", "country" -> "Countries". */
function plural(label: string): string {
  const word = label.charAt(0).toUpperCase() + label.slice(1);
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  return /s$/i.test(word) ? word : `${word}s`;
}

/**
 * "Channels without ad spend (organic_search and direct) moved the blended return on ad spend by
 * +0.29x through mix." for each group whose summed contribution shows as more than zero.
 */
function withoutRateLines(input: ChangeExplanationAnswerInput): string[] {
  const { metric, currency } = input;
  return (input.withoutRate ?? []).flatMap((g) => {
    const size = formatValue(Math.abs(g.change), metric, currency);
    if (g.names.length === 0 || size === formatValue(0, metric, currency)) return [];
    const lacking = g.lacking ? `without ${g.lacking}` : "without a rate in either period";
    return [
      `${plural(input.dimension.label)} ${lacking} (${joinList(g.names)}) moved the blended ` +
        `${inSentence(metric.label)} by ${g.change > 0 ? "+" : "-"}${size} through mix.`,
    ];
  });
}

/**
 * "Revenue for … was $Y, down 12.3% from $X in …. The biggest movers by channel: Search down
 * $Z (from $A to $B), …" Contributors are ordered by the size of their change. A member with no
 * value of its own in one period shows "n/a" there, and for ratios why it still moved. Members
 * with no value in either period (a channel without spend behind ROAS) are no movers: their mix
 * effect is summed in one line when the input carries it (`withoutRate`).
 */
export function changeExplanationAnswer(input: ChangeExplanationAnswerInput): string {
  const { metric, currency } = input;
  const head =
    `${metric.label} for ${formatPeriod(input.period)} was ${formatValue(input.current, metric, currency)}, ` +
    `${formatChange(input.current, input.previous, metric, currency)} in ${formatPeriod(input.comparisonPeriod)}.`;
  const movers = [...input.contributors]
    .filter((c) => c.change !== 0 && (c.current !== null || c.previous !== null))
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change))
    .slice(0, MAX_CONTRIBUTORS);
  const mix = withoutRateLines(input);
  if (movers.length === 0)
    return [`${head} No ${inSentence(input.dimension.label)} moved.`, ...mix].join("\n");
  // A sum's member moves the total by its own change; a ratio's member moves the blended figure by a
  // contribution that can differ in sign from its own change (CAC up in a channel whose share fell).
  const blended = metric.additive === false;
  const lines = movers.map((c) => {
    const size = formatValue(Math.abs(c.change), metric, currency);
    const moved = blended
      ? `- ${c.name}: ${c.change > 0 ? "+" : "-"}${size} on the blended figure`
      : `- ${c.name}: ${c.change > 0 ? "up" : "down"} ${size}`;
    const own = blended ? "its own " : "";
    if (c.current !== null && c.previous !== null)
      return `${moved} (${own}${formatValue(c.current, metric, currency)}, ${formatChange(c.current, c.previous, metric, currency)})`;
    // No value of its own in a period: its contribution is a shift in the mix, not a change of value.
    const shown = (v: number | null) => (v === null ? "n/a" : formatValue(v, metric, currency));
    const why = input.mixOf ? `; its share of ${input.mixOf} changed` : "";
    return `${moved} (${shown(c.current)}, compared with ${shown(c.previous)}${why})`;
  });
  return [head, `The biggest movers by ${inSentence(input.dimension.label)}:`, ...lines, ...mix].join("\n");
}
