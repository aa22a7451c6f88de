import type { MetricResult } from "../../semantic/execute/execute.ts";

/** How a dimension's empty member reads in the sentence saying it was left out. */
const NONE_LABELS: Record<string, string> = {
  campaign: "revenue and orders with no campaign (organic, direct and untagged traffic)",
  email_campaign: "results with no email campaign",
};

/**
 * The sentence saying a breakdown left out its "(none)" row (the planner adds `field != null` to
 * rankings and campaign breakdowns so no-campaign revenue does not lead them, #12): a reader must
 * know the rows do not add up to the total, and how to get the row back.
 * @example noneExcludedNote(result) // "Left out: revenue and orders with no campaign (...). Ask ..."
 */
export function noneExcludedNote(result: Pick<MetricResult, "provenance">): string {
  const fields = result.provenance.filters
    .filter((f) => f.op === "neq" && (f as { value?: unknown }).value === null)
    .map((f) => f.field);
  const parts = fields.map((f) => NONE_LABELS[f] ?? `rows with no ${f.replace(/_/g, " ")}`);
  if (!parts.length) return "";
  const hint = fields.includes("campaign") ? ' Ask for it "including no campaign" to see that row.' : "";
  return `Left out: ${parts.join("; ")}.${hint}`;
}
