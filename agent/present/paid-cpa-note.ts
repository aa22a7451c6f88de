/**
 * leftC: which CPA this is, when the result has paid CPA (agent/planner/honest-cpa.ts): paid CPA
 * over the orders the attribution model credits to paid channels, and the blended cost per order
 * beside it under a name that says it is blended, so neither is taken for the other.
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";

/** How the blended CPA column reads beside paid CPA. */
export const BLENDED_CPA_LABEL = "Blended cost per order";

/**
 * The result with its `cpa` column named as blended when paid CPA is beside it.
 * @example blendedCpaLabelled(result).columns.find((c) => c.key === "cpa")?.label // "Blended cost per order"
 */
export function blendedCpaLabelled(result: MetricResult): MetricResult {
  const keys = new Set(result.columns.map((c) => c.key));
  if (!keys.has("paid_cpa") || !keys.has("cpa")) return result;
  return {
    ...result,
    columns: result.columns.map((c) => (c.key === "cpa" ? { ...c, label: BLENDED_CPA_LABEL } : c)),
  };
}

/**
 * The sentence naming paid CPA's model and what the blended figure counts; "" without paid CPA.
 * @example paidCpaNote(result) // "Paid CPA is ad spend over the orders the last touch attribution model credits to paid channels. ..."
 */
export function paidCpaNote(result: MetricResult): string {
  const keys = new Set(result.columns.map((c) => c.key));
  if (!keys.has("paid_cpa")) return "";
  const figures = [...result.rows.flatMap((r) => Object.values(r)), ...Object.values(result.totals)];
  if (!figures.some((v) => typeof v === "number")) return "";
  const model = result.provenance.attribution?.model?.replace(/_/g, " ");
  const paid = `Paid CPA is ad spend over the orders ${model ? `the ${model} attribution model` : "the organization's default attribution model"} credits to paid channels.`;
  const blended = keys.has("cpa")
    ? ` ${BLENDED_CPA_LABEL} is all ad spend over every order (organic, direct and email included), so it runs lower than paid CPA.`
    : "";
  return `${paid}${blended}`;
}
