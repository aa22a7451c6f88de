/**
 * fix17c: "did paid social stop working?", "why has the brand search campaign stopped converting",
 * "tiktok isn't working anymore": a verdict on something's performance over time. Read as a
 * marginal-return question ("stop working" as in "at what spend does it stop working"), the answer
 * was every channel's budget curve, which said nothing about the thing named. The answer is its
 * weekly series of revenue, orders and (for paid things) spend and ROAS over the named period or
 * the last twelve weeks, whose reading states the direction. Placed after the overview, the scope
 * checks decline a platform the data lacks ("our youtube ads") and name the nearest.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { creativeFatigueFrame } from "./creative-fatigue-intent.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { Frame, FrameFilter } from "./types.ts";

/** Working no more, said many ways: "stopped working", "isn't converting anymore", "tanked". */
const STOPPED =
  /\b(?:stop(?:ped|s)?|quit|quitting|ceased?|cease[ds]) (?:working|converting|performing|delivering|selling|bringing in (?:sales|orders|revenue|customers)|driving (?:sales|orders|revenue|results))\b|\b(?:not|no longer|isn t|aren t|isnt|arent|doesn t|don t|doesnt|dont) (?:\w+ )?(?:working|converting|performing|deliver(?:ing)?|work|convert|perform)\b(?= (?:any ?more|now|lately|these days|like (?:it|they) used to|the way (?:it|they) used to))|\b(?:no longer|not) (?:working|converting|performing)\b|\b(?:died|dying|dead|tanked|tanking|went dark|dried up|drying up|gone quiet|went quiet)\b/;

/** Something that is not ad performance: tracking, a page, a report, the assistant. */
const NOT_PERFORMANCE =
  /\b(?:tracking|pixel|tag|tags|link|links|landing page|page|site|website|checkout|dashboard|report|reports|export|integration|api|login|you|this|the bot|connector|sync|feed|alert|alerts|schedule|email delivery|unsubscribe link)\b/;

/** A spend level asked ("at what spend does search stop working"): the marginal return. */
const SPEND_LEVEL =
  /\b(?:at what|how much (?:more )?(?:can|could|should)|before it|past|beyond|above|spend level|budget level|scale|scaling|saturat\w*|diminishing|if we (?:spend|add|raise|double))\b/;

/** Metrics for a paid subject; an unpaid one (email, organic) has no spend. */
const PAID_METRICS = ["revenue", "orders", "spend", "roas"] as const;
const UNPAID_METRICS = ["revenue", "orders"] as const;
const UNPAID_CHANNELS = new Set(["email", "organic_search", "referral", "direct"]);

/**
 * Whether the question asks whether something stopped working (not a spend level).
 * @example asksStoppedWorking("did paid social stop working?") // true
 * @example asksStoppedWorking("at what spend does search stop working") // false
 */
export function asksStoppedWorking(text: string): boolean {
  return STOPPED.test(text) && !NOT_PERFORMANCE.test(text) && !SPEND_LEVEL.test(text);
}

const LIST_FIELDS = new Set(["channel", "platform", "campaign", "campaign_objective"]);

/**
 * The weekly series of what the question names (or the previous answer's subject when it names
 * none), over the named period or the last twelve weeks of data.
 */
export function stoppedWorkingFrame(p: ParsedQuestion, catalog: Catalog, previous?: Frame): Frame {
  const own = p.dims.filters.filter((f) => LIST_FIELDS.has(f.field));
  const filters: FrameFilter[] = own.length
    ? p.dims.filters
    : (previous?.filters.filter((f) => LIST_FIELDS.has(f.field)) ?? p.dims.filters);
  const unpaid = filters.some(
    (f) => f.field === "channel" && f.op === "in" && f.values.every((v) => UNPAID_CHANNELS.has(String(v))),
  );
  const named = p.metrics.filter((m) => catalog.metrics.has(m));
  const metrics = named.length
    ? named
    : (unpaid ? UNPAID_METRICS : PAID_METRICS).filter((m) => catalog.metrics.has(m));
  return { ...creativeFatigueFrame(p, catalog), metrics, filters };
}
