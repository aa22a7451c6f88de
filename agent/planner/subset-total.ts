/**
 * fix14d: "how much did those spend combined", "what's their total revenue", "add up their orders"
 * after a list of rows ("which campaigns were above $50 cpa in october"): the same rows (same
 * breakdown, period, filters and the threshold that chose them) with the asked figure, whose
 * column sum the answer states (metric-table.ts). Without it the turn was read alone: every
 * campaign's spend over a default period, a different question.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { readStatedThreshold } from "../present/threshold-note.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { Frame, MetricFloor, Plan } from "./types.ts";

/** The rows of the previous answer, referred back to. */
const THOSE = /\b(?:those|these|them|they|their|the ones|that list|this list|that group|the listed)\b/;
/** One figure over them all. */
const TOGETHER =
  /\b(?:combined|in total|total|totals|together|altogether|all together|between them|summed|sum|add(?:ed)? up|adds up|collectively|in aggregate|aggregate)\b/;
const ROW_INTENTS = new Set(["query", "rank"]);

/** The threshold the previous question stated on its lead metric, as a floor on the rows. */
export function statedFloor(
  question: string | undefined,
  metric: string | undefined,
): MetricFloor | undefined {
  if (!question || !metric) return undefined;
  const t = readStatedThreshold(question);
  return t && !t.percent ? { field: metric, op: t.op, value: t.value } : undefined;
}

/**
 * The previous rows with the asked figure, or undefined when the turn is not about their total.
 * @example subsetTotal(parse("how much did those spend combined"), cpaByCampaignPlan, "which campaigns were above $50 cpa", catalog)?.floors // [{ field: "cpa", op: "gt", value: 50 }]
 */
export function subsetTotal(
  p: ParsedQuestion,
  previous: Plan | undefined,
  previousQuestion: string | undefined,
  catalog: Catalog,
): Frame | undefined {
  if (previous?.kind !== "tool_calls") return undefined;
  const prev = previous.frame;
  if (!prev || !ROW_INTENTS.has(prev.intent)) return undefined;
  const dims = prev.dimensions.filter((d) => d !== "date");
  if (!dims.length || dims.length !== prev.dimensions.length) return undefined;
  if (!THOSE.test(p.text) || !TOGETHER.test(p.text)) return undefined;
  if (p.time.period || p.time.compare || p.dims.dimensions.length || p.dims.filters.length) return undefined;
  // Only figures that add up across rows have a combined value.
  const asked = p.metrics.filter((m) => {
    const d = catalog.metrics.get(m)?.definition;
    return d?.type === "aggregate" && (d.aggregation === "sum" || d.aggregation === "count");
  });
  if (!asked.length || asked.length !== p.metrics.length) return undefined;
  const floors = prev.floors?.length
    ? prev.floors
    : [statedFloor(previousQuestion, prev.metrics[0])].filter((f) => f !== undefined);
  const metrics = [...new Set([...asked, ...prev.metrics])];
  return { ...prev, intent: "query", metrics, floors };
}
