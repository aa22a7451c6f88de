/**
 * fix11a: "put that in a table with the % difference", "each channel's gap between the two models
 * in percent": after two models side by side, one line per member with both credits and the
 * second model's difference from the first in percent (the few-member gap sentences of
 * attribution-gap.ts stop at three members). The percentages are pair derivations of the tool's
 * own credits (agent/verify/ground-numbers.ts).
 */
import type { AttributionToolData } from "../../tools/attribution/execute.ts";
import { formatNumber, formatValue } from "../answer/format.ts";

/** A table, or the difference asked in percent. */
const ASKS_TABLE_GAP =
  /\b(?:table|tabular|grid)\b.*\b(?:differ\w*|diff|gap|change|delta|vs|versus)\b|\b(?:differ\w*|diff|gap|change|delta)\b.*(?:%|\bpercent\w*|\bpct\b)|(?:%|\bpercent\w*|\bpct\b) (?:differ\w*|diff|gap|change|delta)\b/i;

type Row = AttributionToolData["models"][number]["rows"][number];

const PROPER: Readonly<Record<string, string>> = {
  markov: "Markov",
  shapley: "Shapley",
  w_shaped: "W-shaped",
};
const modelName = (m: string) => PROPER[m] ?? m.replaceAll("_", " ");

/** Whether the question asks for the two models' difference per member as a table or in percent. */
export function asksGapTable(question: string | undefined): boolean {
  return !!question && ASKS_TABLE_GAP.test(question);
}

/**
 * "Paid Search: first touch $1,200.00, last touch $1,500.00 (+25.0%)." per member in both models,
 * led by a line naming the base; empty unless exactly two models ran and the question asks it.
 */
export function modelGapTable(
  d: AttributionToolData,
  question: string | undefined,
  name: (row: Row) => string,
  currency: string,
): string[] {
  if (d.models.length !== 2 || !asksGapTable(question)) return [];
  const [a, b] = d.models as [AttributionToolData["models"][number], AttributionToolData["models"][number]];
  const other = new Map(b.rows.map((r) => [name(r), r.credit]));
  const money = (v: number) =>
    d.metric === "revenue"
      ? formatValue(v, { unit: "currency", format: "currency" }, currency)
      : formatValue(v, { unit: "count", format: "decimal" }, currency);
  const lines = a.rows
    .filter((r) => other.has(name(r)))
    .map((r) => {
      const second = other.get(name(r))!;
      const pct =
        r.credit > 0
          ? ` (${second >= r.credit ? "+" : "-"}${formatNumber((Math.abs(second - r.credit) / r.credit) * 100, 1)}%)`
          : " (no credit under the first, so no percentage)";
      return `${name(r)}: ${modelName(a.model)} ${money(r.credit)}, ${modelName(b.model)} ${money(second)}${pct}.`;
    });
  if (!lines.length) return [];
  return [
    `Per ${d.level}, ${modelName(b.model)} against ${modelName(a.model)} (difference as a % of ${modelName(a.model)}):`,
    ...lines,
  ];
}
