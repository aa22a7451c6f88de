/**
 * leftC: honest CPA, as honest-roas.ts does for ROAS. "CPA" or "attributed CPA" with no channel,
 * platform or campaign was answered as all ad spend over every order (organic and direct included)
 * or over every channel's credited orders: a blended figure far below any paid channel's own CPA.
 * Overall, CPA is paid CPA (ad spend over the orders the attribution model credits to paid
 * channels, the catalog's `paid_cpa`), with the blended cost per order (`cpa`) beside it, which the
 * answer names as blended. Per channel, platform or campaign the member's own CPA stays.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import type { Frame, Intent } from "./types.ts";

/** Intents answered by query_metrics, where a second metric is one more column. */
const QUERY_INTENTS: ReadonlySet<Intent> = new Set(["query", "trend"]);
const ASKED = new Set(["cpa", "attributed_cpa"]);
/**
 * Asks that keep the blended figure alone: "blended cpa" names it, and a CPA target is set and
 * checked on the catalog's `cpa` (targets.ts), so its check stays on that figure.
 */
const BLENDED_ASKED = /\b(?:blended|target|targets|goal|goals|kpi)\b/;

/**
 * The frame with paid CPA first and the blended cost per order beside it, when the question asks
 * for CPA over everything.
 * @example withPaidCpa({ intent: "query", metrics: ["attributed_cpa"], dimensions: [], filters: [], ... }, catalog, ["attributed_cpa"], "attributed cpa").metrics // ["paid_cpa", "cpa"]
 */
export function withPaidCpa(frame: Frame, catalog: Catalog, named: readonly string[], text: string): Frame {
  // Only CPA the user asked for: headline sets choose their own metrics.
  if (!named.some((m) => ASKED.has(m)) || !catalog.metrics.has("paid_cpa")) return frame;
  if (!QUERY_INTENTS.has(frame.intent) || frame.metrics.includes("paid_cpa")) return frame;
  if (BLENDED_ASKED.test(text) || frame.statedTargets?.length) return frame;
  // Over everything only: a member's own CPA stays, and a split paid CPA cannot take (customer
  // type, state) keeps the answer it had.
  if (frame.dimensions.some((d) => d !== "date") || frame.filters.length) return frame;
  const at = frame.metrics.findIndex((m) => ASKED.has(m));
  if (at < 0) return frame;
  const rest = frame.metrics.filter((m, i) => i !== at && m !== "cpa" && m !== "attributed_cpa");
  return { ...frame, metrics: [...rest.slice(0, at), "paid_cpa", "cpa", ...rest.slice(at)] };
}
