/**
 * fix14e: the verdict on a why that presumes a rank ("why is display our best roas channel",
 * agent/planner/rank-premise-intent.ts): whether the member named is first among the ranked
 * members over the period, said before what moved its figure. When it is not, the member that is
 * first and the named member's place are said, so the explanation that follows is not read as the
 * reasons for a rank it does not hold.
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { formatPeriod, formatValue, inSentence } from "../answer/format.ts";
import { spec } from "./metric-spec.ts";
import type { ValueLabels } from "./value-labels.ts";

interface Result {
  name: string;
  args: Record<string, unknown>;
  result: { ok: boolean; data?: unknown };
}

interface Filter {
  field?: unknown;
  op?: unknown;
  values?: unknown;
}

const ORDINALS = ["1st", "2nd", "3rd"];
const ordinal = (n: number) => ORDINALS[n - 1] ?? `${n}th`;

/** The member the why is about: the one-value filter of the calls after the ranking. */
function namedMember(results: readonly Result[], field: string): string | undefined {
  for (const r of results.slice(1)) {
    const filters = (r.args.filters as Filter[] | undefined) ?? [];
    const f = filters.find((x) => x.field === field && x.op === "in" && Array.isArray(x.values));
    const values = f?.values as unknown[] | undefined;
    if (values?.length === 1) return String(values[0]);
  }
  return undefined;
}

/**
 * The verdict line, or undefined when the ranking or the member cannot be read.
 * @example rankPremiseVerdict(results, "USD", labels) // "Display is not your top channel by ROAS ..."
 */
export function rankPremiseVerdict(
  results: readonly Result[],
  currency: string,
  labels: ValueLabels | undefined,
): string | undefined {
  // The planner puts the ranking first (rank-premise-intent.ts).
  const ranking = results[0];
  if (ranking?.name !== "query_metrics" || !ranking.result.ok || !Array.isArray(ranking.args.orderBy))
    return undefined;
  const field = String((ranking.args.dimensions as unknown[] | undefined)?.[0] ?? "");
  const metric = String((ranking.args.metrics as unknown[] | undefined)?.[0] ?? "");
  const member = namedMember(results, field);
  const data = ranking.result.data as MetricResult;
  if (!member || !field || !metric) return undefined;
  const desc = (ranking.args.orderBy as { direction?: string }[])[0]?.direction !== "asc";
  const rows = data.rows
    .filter((row) => typeof row[metric] === "number" && Number.isFinite(row[metric] as number))
    .sort((a, b) => (desc ? 1 : -1) * ((b[metric] as number) - (a[metric] as number)));
  const at = rows.findIndex((row) => String(row[field]) === member);
  if (!rows.length) return undefined;
  const nameOf = (row: Record<string, unknown>) => {
    const v = String(row[field]);
    return field === "campaign" ? String(row.campaign_name ?? v) : (labels?.[field]?.[v] ?? v);
  };
  const def = data.columns.find((c) => c.key === metric);
  const label = def?.label ?? metric;
  const unit = spec(metric, label, def?.unit ?? "count", def?.format);
  const value = (row: Record<string, unknown>) => formatValue(row[metric] as number, unit, currency);
  const period = formatPeriod(data.provenance.timeRange);
  const kind = field === "campaign" ? "campaigns" : `${field}s`;
  const sense = desc ? "highest" : "lowest";
  const named = labels?.[field]?.[member] ?? member;
  if (at < 0)
    return `${named} has no ${inSentence(label)} over ${period} to rank, so it is not your top ${field} by it: ${nameOf(rows[0]!)} is, at ${value(rows[0]!)}.`;
  const mine = rows[at]!;
  if (at === 0) {
    const next = rows[1];
    return `Yes: ${nameOf(mine)} has the ${sense} ${inSentence(label)} of the ${rows.length} ${kind} over ${period}, at ${value(mine)}${next ? ` (next: ${nameOf(next)} at ${value(next)})` : ""}. What moved it follows.`;
  }
  const top = rows[0]!;
  return `${nameOf(mine)} is not your top ${field} by ${inSentence(label)} over ${period}: ${nameOf(top)} is, at ${value(top)}; ${nameOf(mine)} ranks ${ordinal(at + 1)} of ${rows.length} at ${value(mine)}. Below, what moved ${nameOf(mine)}'s figure.`;
}
