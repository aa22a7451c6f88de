/**
 * Honest ROAS: "ROAS" with no channel, platform or campaign is paid-channel ROAS on attributed
 * revenue (the catalog's `roas`), and MER (all tracked revenue over ad spend, the figure once
 * headlined as "ROAS 3.92x") is shown beside it, so neither is mistaken for the other.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import type { Frame, Intent } from "./types.ts";

/**
 * Breakdowns and filters that make the answer per member: ROAS is then that member's own figure
 * (MER has no meaning), and a member's own revenue is already its credit (ad-return.ts).
 */
export const MEMBER_FIELDS: ReadonlySet<string> = new Set([
  "channel",
  "platform",
  "campaign",
  "campaign_objective",
  "source_medium",
  "source",
]);
/** Intents answered by query_metrics, where a second metric is one more column. */
const QUERY_INTENTS: ReadonlySet<Intent> = new Set(["query", "trend"]);

/**
 * The frame with MER after ROAS when the question asks for overall ROAS.
 * @example withMerBesideRoas({ intent: "query", metrics: ["roas"], dimensions: [], filters: [], ... }, catalog, ["roas"]).metrics // ["roas", "mer"]
 */
export function withMerBesideRoas(frame: Frame, catalog: Catalog, named: readonly string[]): Frame {
  // Only ROAS the user asked for: headline sets (an overview) choose their own metrics.
  if (!named.includes("roas")) return frame;
  if (!QUERY_INTENTS.has(frame.intent) || !catalog.metrics.has("mer")) return frame;
  if (!frame.metrics.includes("roas") || frame.metrics.includes("mer")) return frame;
  if (frame.dimensions.some((d) => MEMBER_FIELDS.has(d))) return frame;
  if (frame.filters.some((f) => MEMBER_FIELDS.has(f.field))) return frame;
  const at = frame.metrics.indexOf("roas") + 1;
  return { ...frame, metrics: [...frame.metrics.slice(0, at), "mer", ...frame.metrics.slice(at)] };
}

/**
 * fix8c: "attributed roas", "linear model roas": the catalog's `attributed_roas` divides every
 * channel's credit (organic, direct and email included) by ad spend, so over all channels it is
 * MER by another name, headlined beside per-channel figures far below it. Read it as `roas`: the
 * same figure for any paid channel, platform or campaign (under the model the question names),
 * and paid ROAS overall, with MER beside it as its own line (withMerBesideRoas).
 * @example const p = { metrics: ["attributed_roas", "spend"] }; paidRoasForAttributedRoas(p); p.metrics // ["roas", "spend"]
 */
export function paidRoasForAttributedRoas(p: { metrics: string[] }): void {
  if (!p.metrics.includes("attributed_roas")) return;
  p.metrics = [...new Set(p.metrics.map((m) => (m === "attributed_roas" ? "roas" : m)))];
}

/** fix16a: what new-customer ROAS is made of, and ROAS over every customer to read it against. */
const NC_ROAS_PARTS = ["new_customer_roas", "paid_new_customer_revenue", "spend", "roas"] as const;

/**
 * fix16a: "NC-ROAS for paid social": new-customer ROAS asked alone comes with its parts (the new
 * customers' attributed revenue and the spend) and with ROAS over every customer, so the answer
 * shows what the ratio divides and how far below ROAS it sits.
 * @example withNcRoasParts({ intent: "query", metrics: ["new_customer_roas"], ... }, catalog, ["new_customer_roas"]).metrics // ["new_customer_roas", "paid_new_customer_revenue", "spend", "roas"]
 */
export function withNcRoasParts(frame: Frame, catalog: Catalog, named: readonly string[]): Frame {
  if (named.length !== 1 || named[0] !== "new_customer_roas" || frame.intent !== "query") return frame;
  if (frame.metrics.length !== 1 || frame.metrics[0] !== "new_customer_roas") return frame;
  if (!NC_ROAS_PARTS.every((m) => catalog.metrics.has(m))) return frame;
  return { ...frame, metrics: [...NC_ROAS_PARTS] };
}
