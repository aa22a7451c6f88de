/**
 * "How current is the data", "up to what date is it loaded", "when did the numbers last refresh"
 * (fix7c): a question about the data itself, not a metric. Without this it fell through to the
 * catalog search and was declined as off topic, though the last day of data is known. The answer
 * states that day (the planner context's `dataEnd`, the last day with ad spend) and shows the last
 * seven days of spend, orders and sessions by day, so each source's own last day can be seen.
 */
import { dayInWords } from "../../lib/months.ts";

/** Words that ask how recent the data is. */
const FRESHNESS =
  /\b(?:(?:how|is the|is our|is my|are the|are our) (?:fresh|recent|current|up to date|stale|old|lagged|behind)\b(?: is| are)? (?:the |our |my |this )?(?:data|numbers|figures|stats|reporting|dashboard)|(?:data|numbers|figures|stats|reporting) (?:freshness|latency|lag|recency)|(?:when|what time|how long ago) (?:was|were|did|is|are|does|do) (?:the |our |my |this )?(?:data|numbers|figures|stats|reporting|dashboard)s? (?:last |most recently )?(?:updated|refreshed|loaded|synced|imported|pulled|run|update|refresh|load|sync|import|get updated|get refreshed)|(?:when|what time) (?:was|did) (?:the |our )?(?:last|latest|most recent) (?:data )?(?:load|refresh|sync|update|import)|(?:up )?(?:to|through|until|till) (?:what|which) (?:date|day) (?:is|are|does|do) (?:the |our |my )?(?:data|numbers|figures|stats)|(?:what|which) (?:is|was) the (?:last|latest|most recent|newest) (?:date|day) (?:of|in|with) (?:the |our )?data|(?:how far|through when|up to when) (?:does|do|is|are) (?:the |our )?(?:data|numbers|figures)(?: go| run| loaded| available)?|(?:is|are) (?:the |our )?(?:data|numbers|figures) (?:up to date|current|fresh|stale|live|real ?time))\b/;

/**
 * Whether the question asks how recent the data is.
 * @example asksDataFreshness("how up to date is the data") // true
 */
export function asksDataFreshness(text: string): boolean {
  return FRESHNESS.test(text);
}

/** The question planned for the recent days of every source. */
export const RECENT_DAYS_QUESTION = "spend, orders and sessions by day for the last 7 days";

/**
 * The sentence the answer leads with: the last day of data when known.
 * @example freshnessNote("2026-10-31") // "Your data runs through October 31, 2026 ..."
 */
export function freshnessNote(dataEnd: string | undefined): string {
  if (!dataEnd)
    return "I can't see the load time itself; the newest day in your data is the last date below, with spend, orders and sessions for each recent day.";
  const day = dayInWords(dataEnd);
  return `Your data runs through ${day} (the last day with ad spend); nothing later has been loaded yet. Below: spend, orders and sessions for each of the last 7 days, so you can see each source is complete up to that day.`;
}
