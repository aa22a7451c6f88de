/**
 * Dimension values as a marketer reads them: "Paid Search", "Meta Ads", not `paid_search` or
 * `meta_ads`. The labels come from the organization's own channels and platforms (the planner's
 * dimension values); a value without a label is shown as stored.
 */
import { CHANNEL_GROUP_LABELS } from "../../semantic/catalog/channel-groups.ts";
import { REGION_LABELS } from "../../semantic/catalog/us-states.ts";
import type { MetricResult } from "../../semantic/execute/execute.ts";

/** Display labels by dimension, then by stored value. */
export type ValueLabels = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * leftC: the customer type's stored values are keys too ("returning's share of orders" read as a
 * key); shown as the customers they stand for.
 */
export const CUSTOMER_TYPE_LABELS: Readonly<Record<string, string>> = {
  new: "New customers",
  returning: "Returning customers",
};

/** The words a question names each customer type by ("repeat buyers" are the returning ones). */
export const CUSTOMER_TYPE_WORDS: Readonly<Record<string, readonly string[]>> = {
  new: ["new", "first time", "first-time"],
  returning: ["returning", "repeat", "existing"],
};

/** Dimensions whose stored values are keys rather than names. */
const KEYED = ["channel", "platform", "channel_group"] as const;

/**
 * The labels of channel and platform values.
 * @example valueLabelsOf([{ dimension: "channel", value: "paid_search", label: "Paid Search", aliases: [] }])
 * // { channel: { paid_search: "Paid Search" } }
 */
export function valueLabelsOf(
  values: readonly { dimension: string; value: string; label: string }[],
): ValueLabels {
  // The channel group's values are fixed keys (paid, organic, owned, direct), not the organization's;
  // regions are US state codes ("CA" reads "California"); customer types are "new" and "returning".
  const out: Record<string, Record<string, string>> = {
    channel_group: { ...CHANNEL_GROUP_LABELS },
    region: { ...REGION_LABELS },
    customer_type: { ...CUSTOMER_TYPE_LABELS },
  };
  for (const v of values) {
    // A campaign's name by its id, for a filter that leaves it out (filter-note.ts); kept apart
    // from the campaign column, whose rows carry their own names.
    if (v.dimension === "campaign") {
      out.campaign_name ??= {};
      out.campaign_name[v.value] = v.label;
    }
    if (!(KEYED as readonly string[]).includes(v.dimension)) continue;
    out[v.dimension] ??= {};
    out[v.dimension]![v.value] = v.label;
  }
  return out;
}

/**
 * The result with its channel and platform values replaced by their labels (rows keep their
 * order, so the comparison's rows, parallel by index, still line up).
 */
export function labelResult(result: MetricResult, labels: ValueLabels | undefined): MetricResult {
  if (!labels) return result;
  const dims = result.columns
    .filter((c) => c.kind === "dimension" && labels[c.key])
    .map((c) => [c.key, labels[c.key]!] as const);
  if (dims.length === 0) return result;
  const rows = result.rows.map((r) => {
    const copy = { ...r };
    for (const [key, names] of dims) {
      const v = copy[key];
      if (typeof v === "string" && names[v]) copy[key] = names[v];
    }
    return copy;
  });
  return { ...result, rows };
}
