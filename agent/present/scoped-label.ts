/**
 * A metric's label narrowed to the one channel or platform its figures are for ("Email revenue",
 * "Google Ads spend") (fix8d). An explanation's first line reading "Revenue for October ..." when
 * only email's revenue was explained reads as the whole business's figure.
 */
import { z } from "zod";
import type { ValueLabels } from "./value-labels.ts";

/** A provenance filter, as the tools record it; anything else leaves the label as it is. */
const OneValueFilter = z.object({
  field: z.enum(["channel", "platform"]),
  op: z.literal("in"),
  values: z.array(z.union([z.string(), z.number()])).length(1),
});

/**
 * The label with the single channel or platform filter's name in front, or the label unchanged.
 * @example scopedLabel("Revenue", [{ field: "channel", op: "in", values: ["email"] }], { channel: { email: "Email" } }) // "Email revenue"
 * @example scopedLabel("Ad spend", [{ field: "platform", op: "in", values: ["google_ads"] }], { platform: { google_ads: "Google Ads" } }) // "Google Ads spend"
 */
export function scopedLabel(label: string, filters: readonly unknown[], labels?: ValueLabels): string {
  if (filters.length !== 1) return label;
  const f = OneValueFilter.safeParse(filters[0]);
  if (!f.success) return label;
  const value = String(f.data.values[0]);
  const name = labels?.[f.data.field]?.[value] ?? value.replace(/_/g, " ");
  // "Ad spend" on one platform is that platform's spend: "Google Ads spend", not "Google Ads ad spend".
  const measure = label.replace(/^ad\s+/i, "");
  // An acronym ("ROAS", "CAC") keeps its case; a word is lowercased after the name.
  const rest = /^[A-Z]{2,}\b/.test(measure) ? measure : measure.charAt(0).toLowerCase() + measure.slice(1);
  return `${name} ${rest}`;
}
