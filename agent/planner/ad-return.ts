/**
 * "What did the ad spend bring in": spend asked together with what it returned. Total revenue
 * (organic, direct and email included) is not what the ads brought in, so the frame asks for the
 * revenue the attribution model credits to paid channels, ROAS on it, and MER beside them (the
 * blended figure, named as such), instead of spend next to all revenue.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { MEMBER_FIELDS } from "./honest-roas.ts";
import { asksShare } from "./share.ts";
import type { Frame, Intent } from "./types.ts";

const QUERY_INTENTS: ReadonlySet<Intent> = new Set(["query", "trend", "compare"]);

/** Revenue referred back to the spend: "what did it / that / the ads bring in", "what we got for it". */
const RETURN_OF_SPEND =
  /\b(?:what|how\s+much(?:\s+(?:revenue|sales|money))?)\s+(?:did|does|do|has|have|had)\s+(?:it|that|they|those|this|these|the\s+(?:ads?|spend|money|campaigns?)|our\s+(?:ads|campaigns)|all\s+(?:that|of\s+it))\s+(?:bring|brought|return|returned|generate|generated|drive|drove|driven|produce|produced|earn|earned|make|made|deliver|delivered|yield|yielded|get\s+us|got\s+us)\b|\bwhat(?:'d|\s+did|\s+do)?\s+we\s+(?:get|got)\s+(?:back\s+)?(?:for|from|out\s+of)\s+(?:it|that|them|(?:the|our|all\s+(?:the|that|our))\s+(?:(?:ad|ads|advertising|media|paid)\s+)?(?:money|spend|spending|budget|ads|advertising|campaigns))\b|\bwhat\s+(?:it|that|they)\s+(?:brought|returned|generated|drove|produced|delivered|got\s+us)\b|\b(?:what|how\s+much)(?:'d|\s+did|\s+do|\s+have|\s+has)?\s+(?:we\s+(?:get|got|gotten|make|made|earn|earned)|came|come|comes|has\s+come)\s+back\b(?!\s+(?:to|on|in)\b)|\b(?:return|payback|pay\s*back)\s+(?:on|from|of)\s+(?:it|that|this|those|them)\b|\b(?:revenue|sales|money)\s+(?:\w+\s+){0,3}?(?:from|out\s+of|off)\s+(?:it|that|this|those|them)\b/;

/** Ad spend named as such (not a spend of email effort or of customers). */
const AD_SPEND = /\b(?:ads?|advertising|ad\s+spend|paid|media|campaigns?|marketing)\b/;

/**
 * The frame with paid attributed revenue, ROAS and MER in place of total revenue, when the
 * question asks for ad spend and what it brought in.
 * @example withAdReturn({ intent: "query", metrics: ["spend", "revenue"], ... }, catalog, "how much did we spend on ads and what did it bring in").metrics // ["spend", "paid_attributed_revenue", "roas", "mer"]
 */
export function withAdReturn(frame: Frame, catalog: Catalog, question: string): Frame {
  const q = question.toLowerCase();
  if (!QUERY_INTENTS.has(frame.intent) || !frame.metrics.includes("spend")) return frame;
  const member = frame.filters.some((f) => MEMBER_FIELDS.has(f.field));
  // A named channel or platform is ad spend already ("how much did tiktok spend and what'd we get").
  if (!RETURN_OF_SPEND.test(q) || !(member || AD_SPEND.test(q))) return frame;
  // fix17f: "what did we get back from our ad spend in july" names only spend; what it returned is
  // the revenue beside it.
  if (!frame.metrics.includes("revenue")) frame = { ...frame, metrics: [...frame.metrics, "revenue"] };
  if (frame.dimensions.some((d) => MEMBER_FIELDS.has(d))) return frame;
  // One channel or platform ("what did tiktok's spend get us"): its attributed revenue and orders
  // are already its own credit; ROAS and CPA on them say what the money returned.
  if (member) {
    const own = ["revenue", "orders", "roas", "cpa"].filter((m) => catalog.metrics.has(m));
    return { ...frame, metrics: [...new Set(frame.metrics.flatMap((m) => (m === "revenue" ? own : m)))] };
  }
  const wanted = ["paid_attributed_revenue", "roas", "mer"];
  if (!wanted.every((m) => catalog.metrics.has(m))) return frame;
  const metrics = frame.metrics.flatMap((m) => (m === "revenue" ? wanted : m));
  return { ...frame, metrics: [...new Set(metrics)] };
}

/**
 * fix17f: "and what did that bring in" after "how much did we spend on ads in september": the
 * return of the spend just shown (paid attributed revenue, ROAS, MER), not the store's total
 * revenue. The previous turn's frame names the spend (and any channel or platform it was of).
 * @example adReturnFollowUp(merged, { ...prev, metrics: ["spend"] }, catalog, "and what did that bring in").metrics // ["spend", "paid_attributed_revenue", "roas", "mer"]
 */
export function adReturnFollowUp(frame: Frame, prev: Frame, catalog: Catalog, text: string): Frame {
  if (!asksReturnOfSpend(text, prev)) return frame;
  const own = new Set(["spend", "revenue", "roas", "mer", "paid_attributed_revenue"]);
  const metrics = ["spend", "revenue", ...frame.metrics.filter((m) => !own.has(m))];
  return withAdReturn({ ...frame, metrics }, catalog, `ad spend ${text}`);
}

/** Whether a turn asks what the spend just shown returned ("what did it bring in", "what'd we get for it"). */
export function asksReturnOfSpend(text: string, prev: Frame | undefined): boolean {
  // fix21a: "and what % of revenue comes from it" after a share of spend asks the same member's
  // share of revenue, not what the spend brought in.
  const q = text.toLowerCase();
  return prev?.metrics.includes("spend") === true && RETURN_OF_SPEND.test(q) && !asksShare(q);
}
