/**
 * fix14b: "what share of paid clicks never become sessions", "click to session loss by channel":
 * the ad platforms' clicks against the site's sessions for the paid channels, by channel, with the
 * gap as a share of clicks (present/click-session-gap.ts). Read as "clicks vs sessions by paid
 * channel"; a worry about stripped tags beside it is context (direct-share.ts).
 */
import { TAG_WORRY } from "./direct-share.ts";

const CLICKS = String.raw`(?:paid |ad |ads |our )*clicks`;
const ARRIVE = String.raw`(?:show(?:ing)? up|arrive|arriving|land|landing|turn(?:ing)? up|become|becoming|register(?:ing)?|appear(?:ing)?|make it|get recorded|are recorded|count(?:ed)?|turn(?:ing)? into|convert(?:ing)? (?:in)?to)`;
/** Clicks that do not arrive as sessions, or the gap / loss / drop between the two. */
const GAP = new RegExp(
  String.raw`\b(?:${CLICKS} (?:that |which )?(?:dont|don t|do not|never|did not|didnt|don't|fail to|failing to|aren t|are not|not) ${ARRIVE}(?: as| in(?:to)?)? (?:a )?sessions?` +
    String.raw`|${CLICKS} (?:to|vs|versus|and|against) sessions? (?:gap|loss|drop ?off|leak(?:age)?|discrepancy|mismatch|difference)` +
    String.raw`|(?:gap|loss|drop ?off|leak(?:age)?|discrepancy|mismatch|difference) between ${CLICKS} and sessions?` +
    String.raw`|click to session (?:gap|loss|drop ?off|rate|ratio|leak(?:age)?|discrepancy|match rate))\b`,
);

/** Whether a (normalized or original) question asks the gap between paid clicks and sessions. */
export function asksClickSessionGap(question: string): boolean {
  return GAP.test(question.toLowerCase().replace(/[’']/g, " ").replace(/-/g, " "));
}

/**
 * The question as paid clicks against sessions by channel when it asks the gap; unchanged otherwise.
 * @example rewriteClickSessionGap("what percent of paid clicks dont show up as sessions") // "clicks vs sessions by paid channel"
 */
export function rewriteClickSessionGap(text: string): string {
  const m = GAP.exec(text);
  if (!m) return text;
  // "what % of", "how many": the ask is the gap itself, not a share of a breakdown or a count.
  const before = text
    .slice(0, m.index)
    .replace(/\b(?:what|how much|how many|which|show me|tell me)\b.*$/, "");
  const after = text
    .slice(m.index + m[0].length)
    .replace(/\b(?:by|per|for each|each) (?:paid )?channels?\b/, "");
  return `${before} clicks vs sessions by paid channel ${after}`
    .replace(TAG_WORRY, " ")
    .replace(/\s+/g, " ")
    .trim();
}
