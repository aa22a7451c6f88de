import { formatNumber, formatPeriod, formatValue, inSentence, joinList } from "./format.ts";
import type { AttributionAnswerInput } from "./types.ts";

/** Channels written out in prose; the rest stay in the table and chart. */
export const MAX_ATTRIBUTION_ROWS = 5;

/**
 * "Under the linear model, revenue for … is credited to Search $X (45.2%), Social $Y (30.1%) and …"
 * Rows are written largest credit first; shares are the tool's own shares (0..1) of all credit,
 * and rows without a share (a filtered subset, whose shares would be of the subset) show none.
 */
export function attributionAnswer(input: AttributionAnswerInput): string {
  const { metric, currency } = input;
  const head = `Under the ${input.model} attribution model, ${inSentence(metric.label)} for ${formatPeriod(input.period)}`;
  // "conversions … are credited", "revenue … is credited".
  const plural = /s$/.test(metric.label.trim());
  if (input.rows.length === 0) return `${head} ${plural ? "have" : "has"} no credited conversions.`;
  const rows = [...input.rows]
    .sort((a, b) => b.credit - a.credit)
    .slice(0, input.maxRows ?? MAX_ATTRIBUTION_ROWS);
  const parts = rows.map(
    (r) =>
      `${r.name} ${formatValue(r.credit, metric, currency)}` +
      (r.share === undefined ? "" : ` (${formatNumber(r.share * 100, 1)}%)`),
  );
  const noun = `${input.level ?? "channel"}s`;
  const more = input.rows.length > rows.length ? ` The remaining ${noun} are in the table.` : "";
  return `${head} ${plural ? "are" : "is"} credited to ${joinList(parts)}.${more}`;
}
