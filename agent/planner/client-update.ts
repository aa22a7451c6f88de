/**
 * fix8a: an update written for someone ("a client update for september: spend, revenue, ROAS and
 * the biggest movers", "recap for my boss with the top movers") is the overview of its period: the
 * headline figures against the period before and the biggest movers. Read as a metric question it
 * listed the figures alone, with neither the comparison nor the movers it asked for.
 */
import type { ParsedQuestion } from "./parse.ts";

/** "client update", "update for my boss", "a recap to send the team". */
const FOR_SOMEONE =
  /\b(?:client|boss|stakeholder|exec|executive|leadership|team|cmo|ceo|cfo|board|account|agency|partner)s?'? (?:update|recap|summary|report|readout|email|note|write ?up)\b|\b(?:update|recap|summary|report|readout|write ?up|email|note)\b.{0,20}\b(?:for|to) (?:the |my |our |a )?(?:client|boss|stakeholders?|execs?|executives?|leadership|team|cmo|ceo|cfo|board|manager)\b/;
/**
 * "top movers", "what moved most", "biggest changes", "winners and losers"; fix9e: "3 highlights",
 * "anything worth calling out": the movers are the highlights an update calls out.
 */
const MOVERS =
  /\b(?:top|biggest|largest|main|key) (?:movers?|changes|swings|shifts|gainers?|decliners?)\b|\bmovers\b|\bwhat (?:moved|changed) (?:the )?most\b|\bwinners and losers\b|\b(?:highlights?|call ?outs?|standouts?|notable (?:changes|things|moves))\b|\b(?:worth|to) (?:calling|call|pointing|point) out\b|\bworth (?:flagging|noting|mentioning)\b/;
/** The headline figures the overview itself reports. */
const HEADLINE = new Set([
  "spend",
  "revenue",
  "roas",
  "mer",
  "orders",
  "cac",
  "cpa",
  "profit",
  "new_customers",
]);

/** Whether the question asks for an update for someone with the movers, naming only headline figures. */
export function asksClientUpdate(p: ParsedQuestion): boolean {
  return (
    FOR_SOMEONE.test(p.text) &&
    MOVERS.test(p.text) &&
    p.metrics.every((m) => HEADLINE.has(m)) &&
    p.dims.filters.length === 0 &&
    p.models.length === 0
  );
}
