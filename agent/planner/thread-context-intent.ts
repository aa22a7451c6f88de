/**
 * Follow-ups that point at something in the previous answer without naming it, which read alone
 * mean nothing ("why is one so much worse?", "dig into the biggest one"):
 * - after rows set side by side (two campaigns, channels by CPA): the same rows with the parts
 *   their figures are made of (cost per click, click-through, orders, order value), so the worse
 *   row's weak part shows against the better one;
 * - after an anomaly scan: the same scan again, asked for its biggest finding in detail (fix8f:
 *   the biggest is what the scan found, a rate break or a flagged day, not the period's largest
 *   mover against the period before, which answered a different question).
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { inCatalog } from "./frame.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { Frame, Plan } from "./types.ts";

/**
 * "why is one so much worse", "what makes the other one lag", "why the gap", "what explains the
 * difference"; para20: "why is #1 doing so poorly", "what's wrong with the worst one".
 */
const WHY_ONE =
  /\b(?:why|how come|what(?: is|'s)? (?:making|causing|driving|behind|wrong with)|whats wrong with|what explains|what makes|explain)\b.*\b(?:one|ones|other|worse|better|lag\w*|behind|gap|difference|so (?:bad|good|high|low|much|poor|weak)|(?:so )?(?:poorly|badly)|underperform\w*|outperform\w*)\b/;
/**
 * fix8a: a bare "why?" after rows were ranked or broken down ("how come?", "what's behind that?",
 * "why those?"): why the rows shown rank where they do, so the same reading as "why is one worse".
 */
const BARE_WHY =
  /^(?:(?:ok|okay|hm+|and|but|so|huh)\s+)?(?:why|how come|why is that|why so|why (?:those|these|them|they|that|it)|what(?: is|'s)? (?:behind|driving|causing) (?:that|this|it|them|those|these)|what explains (?:that|this|it|them|those|these)|what'?s the reason|reasons?)(?:\s+(?:though|then|exactly))?$/;
/** "dig into the biggest one", "drill into that", "tell me more about the largest", "look deeper". */
const DIG =
  /\b(?:dig|drill|deep dive|zoom|look (?:deeper|closer|into)|tell me more|more (?:on|about)|explain|unpack|break down)\b.*\b(?:biggest|largest|top|worst|main|first|that|it|this|one|them)\b|^(?:dig|drill) (?:in|deeper|into it)$/;

/**
 * fix16f: "why", "y?", "what caused that", "why did it happen", "whats going on there" after an
 * anomaly scan: why the scan's biggest finding happened, which is that finding in detail (what moved
 * and what held while it lasted), not a refusal.
 */
const WHY_FINDING =
  /^(?:(?:ok|okay|hm+|and|but|so|huh|interesting|wow|hmm)\s+)?(?:why|y|whyy+|how come|what(?: is|'s|s)? (?:the )?(?:reason|cause|causes|explanation)|what (?:caused|causes|drove|explains) (?:that|this|it|them|those|these|the (?:drop|dip|spike|break|jump|change)s?)|why did (?:that|this|it|they) (?:happen|drop|dip|spike|break|fall|jump)|what happened(?: there)?|what(?:'s| is|s) (?:going on|behind|driving|causing) (?:there|that|this|it)?|any (?:idea|clue)s? why|do (?:we|you) know why|cause|reason|explain(?: (?:that|this|it))?)\b[^.]*$/;

/** The parts a cost or return per row is made of, as the catalog names them. */
export const PARTS = ["spend", "cpc", "ctr", "clicks", "orders", "average_order_value", "revenue"];

/** The sentence each answer leads with (plan notes, shown before the figures). */
export const CONTEXT_NOTES: Record<ContextFollowUp["kind"], string[]> = {
  dig: ["Digging into the biggest thing that scan found."],
  why_finding: [
    "Why: the biggest thing that scan found, in detail: what moved and what held while it lasted. The data shows where it happened, not an outside cause (a site or tracking change would need checking there).",
  ],
  why_one: [
    "The same rows side by side on what their figures are made of (cost per click, click-through rate, orders and order value), so the weaker one's weak part shows.",
  ],
};

/** What a context follow-up asks for. */
export type ContextFollowUp =
  | { kind: "why_one"; prev: Frame }
  | { kind: "dig"; prev: Frame }
  | { kind: "why_finding"; prev: Frame };

/** Whether the question names nothing of its own (no metric, breakdown, filter or period). */
function pointsBack(p: ParsedQuestion): boolean {
  return !p.metrics.length && !p.dims.dimensions.length && !p.dims.filters.length && !p.time.period;
}

/**
 * The follow-up, or undefined when the question is not one of these (see the file comment).
 * @example readContextFollowUp(parse("why is one so much worse?"), twoCampaigns)?.kind // "why_one"
 */
export function readContextFollowUp(
  p: ParsedQuestion,
  previous: Plan | undefined,
): ContextFollowUp | undefined {
  if (previous?.kind !== "tool_calls" || !pointsBack(p)) return undefined;
  const prev = previous.frame;
  if (prev.intent === "anomalies" && DIG.test(p.text)) return { kind: "dig", prev };
  if (prev.intent === "anomalies" && WHY_FINDING.test(p.text.trim())) return { kind: "why_finding", prev };
  const rows = prev.dimensions.some((d) => d !== "date");
  if (
    rows &&
    (prev.intent === "query" || prev.intent === "rank") &&
    (WHY_ONE.test(p.text) || BARE_WHY.test(p.text))
  )
    return { kind: "why_one", prev };
  return undefined;
}

/**
 * The frame that answers it.
 * @example contextFollowUpFrame({ kind: "dig", prev }, catalog).anomalyFocus // "biggest"
 */
export function contextFollowUpFrame(f: ContextFollowUp, catalog: Catalog): Frame {
  const { prev } = f;
  if (f.kind === "dig" || f.kind === "why_finding") return { ...prev, anomalyFocus: "biggest" };
  const needed = [...prev.dimensions, ...prev.filters.map((x) => x.field)];
  const splits = (k: string) =>
    needed.every((d) => catalog.metrics.get(k)?.supportedDimensions.includes(d) ?? false);
  const parts = inCatalog(PARTS, catalog).filter(splits);
  return {
    ...prev,
    intent: "query",
    metrics: [...new Set([...prev.metrics, ...parts])],
    // fix8a: a short ranking ("worst 3") keeps its order with the other rows after it, so the
    // ranked rows' parts read against the rest.
    order: prev.limit && prev.limit < 10 ? prev.order : undefined,
    limit: prev.limit && prev.limit < 10 ? undefined : prev.limit,
  };
}
