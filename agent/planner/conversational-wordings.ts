/**
 * fix14a: conversational wordings around an ask, rewritten to the words the planner reads (as
 * para18-phrasings.ts does for other kinds). Each, unread, answered a different question:
 * - "total across everything", "all in, across the board": the total, read as a breakdown called
 *   "everything" (a clarification instead of the figures);
 * - "people keep saying mer", "everyone talks about blended roas": hearsay words, where "people"
 *   was read as the users metric;
 * - typos of the words a definition is asked with ("diffrence betwen"), which left the definition
 *   unread.
 * Applied to the normalized question; a question none of them fits is left as asked.
 */
import { normalize } from "./normalize.ts";
import type { Rewrite } from "./para16-phrasings-asks.ts";

const REWRITES: Rewrite[] = [
  // fix18d: "compared to what?", "vs what", "growing relative to when?": the basis of the last
  // answer asked, which is the same figures against the period before.
  [
    /^(?:(?:ok|okay|sorry|wait|hm+|and|but|so)\s+)*(?:(?:growing|going up|up|down|better|worse|higher|lower|declining|shrinking)\s+)?(?:compared|relative|vs|versus|against|in comparison)(?:\s+(?:to|with))?\s+(?:what|when|which period|what period)(?:\s+exactly)?\s*\??$/g,
    "compare with the previous period",
  ],
  [
    /^(?:what s|what is|whats) (?:the|your) (?:baseline|comparison|benchmark)(?: (?:here|there))?\s*\??$/g,
    "compare with the previous period",
  ],
  // Typos of the words a definition is asked with.
  [/\b(?:diffrence|diference|differnce|difrence|diffrance|differance|diffence)\b/g, "difference"],
  [/\b(?:betwen|beetween|bewteen|betweeen|btwn)(?= (?:a|an|the|our|[a-z]+ (?:and|vs|or)))/g, "between"],
  [/\b(?:defintion|definiton|defnition)\b/g, "definition"],
  // "total across everything", "summed across the board", "all in": one total, no breakdown.
  [
    /\b(?:(?:in )?total|summed|sum|combined|overall)? ?(?:(?:across|over) (?:everything|the (?:whole )?board|all of it|it all)|for everything)\b/g,
    " total ",
  ],
  [/\b(?:everything|all of it|it all) (?:combined|together|summed|added up|in)\b/g, " total "],
  // fix15c: "our seasonal low", "when is the slow season", "seasonal peak": the months of the
  // year in revenue order (read as a metric, "seasonal low" was a catalog search).
  [
    /\b(?:(?:which|what|when) (?:(?:month|months|time of (?:the )?year|part of the year|season) )?(?:is|are|was|were) )?(?:our |the )?(?:seasonal (?:low|dip|trough|slump|lull|bottom)s?|(?:low|slow) season)(?: (?:month|months|period))?\b/g,
    " revenue by month over the last 12 months lowest first ",
  ],
  [
    /\b(?:(?:which|what|when) (?:(?:month|months|time of (?:the )?year|part of the year|season) )?(?:is|are|was|were) )?(?:our |the )?(?:seasonal (?:high|peak|top)s?|(?:peak|high|busy) season)(?: (?:month|months|period))?\b/g,
    " revenue by month over the last 12 months highest first ",
  ],
  // "people keep saying", "everyone talks about", "folks mention": hearsay, not the users metric.
  [
    /\b(?:people|everyone|everybody|folks|the team|colleagues|coworkers|my boss)(?: here)? (?:keep|keeps|kept|always|are always|were|are|is)? ?(?:saying|say|says|said|talking about|talk about|talks about|mention|mentions|mentioning|mentioned|throwing around|throw around|bringing up|bring up)\b/g,
    "i keep hearing",
  ],
];

/**
 * The question in the planner's own wording when one of these fits; otherwise as asked.
 * @example rewriteConversationalWordings("impr + cpm lm, total across everything") // "impr cpm lm total"
 */
export function rewriteConversationalWordings(question: string): string {
  // An e-mail address or a URL (an alert's or a schedule's destination) must reach its reader as typed.
  if (/@|https?:\/\//i.test(question)) return question;
  const text = normalize(question);
  let out = text;
  for (const [re, to] of REWRITES) out = out.replace(re, to as string);
  out = out.replace(/\s+/g, " ").trim();
  return out === text ? question : out;
}
