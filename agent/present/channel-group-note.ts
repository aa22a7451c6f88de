import type { MetricResult } from "../../semantic/execute/execute.ts";

/**
 * A split by the channel group (paid / organic / owned / direct) says in one sentence which
 * channels each group holds, so "paid" is read as the channel catalog's paid flag and "organic"
 * is not taken for organic search alone. The receipt carries the same definition.
 */
export function channelGroupNote(result: Pick<MetricResult, "columns" | "provenance">): string {
  const grouped =
    result.columns.some((c) => c.kind === "dimension" && c.key === "channel_group") ||
    result.provenance.filters.some((f) => f.field === "channel_group");
  if (!grouped) return "";
  return "Paid is every channel your channel catalog marks as paid; owned is email and SMS; direct includes unassigned traffic; organic is every other unpaid channel (organic search and social, referral).";
}
