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
 * fix12b: whether anything is missing, late or broken in the data ("are there gaps in our numbers",
 * "is our data complete", "anything not loaded yet"), and "when was it last refreshed" said with
 * "it" or "everything" for the data: a question about the data, not an anomaly scan of metrics.
 */
const GAPS =
  /\b(?:(?:is|are) (?:any|some|all) (?:of )?(?:the |our |my )?(?:data|numbers|figures|reporting)(?: sources?)? (?:missing|stale|incomplete|late|lagging|behind|out of date|broken)|(?:is|are) (?:the |our |my )?(?:data|numbers|figures|reporting)(?: sources?)? (?:complete|incomplete|missing anything|behind|lagging|out of date|broken)|(?:gaps?|holes?|missing days?|missing dates?) in (?:the |our |my )?(?:data|numbers|figures|reporting)|(?:any|missing|stale|incomplete) (?:data|days of data)(?: anywhere)?\?|(?:data|numbers) (?:completeness|health|quality)|(?:anything|any data|any source) (?:missing|stale|not loaded|late|behind)|(?:when|what time) (?:was|were|did) (?:it|everything|they|this) (?:last |most recently )?(?:get )?(?:updated|refreshed|loaded|synced|imported|update|refresh|load|sync))\b/;

/**
 * Whether the question asks how recent or complete the data is.
 * @example asksDataFreshness("how up to date is the data") // true
 */
export function asksDataFreshness(text: string): boolean {
  return FRESHNESS.test(text) || GAPS.test(text);
}

/** The question planned for the recent days of every source. */
export const RECENT_DAYS_QUESTION = "spend, orders and sessions by day for the last 7 days";

/**
 * The sentence the answer leads with: the last day of data when known.
 * @example freshnessNote("2026-10-31") // "Your data runs through October 31, 2026 ..."
 */
export function freshnessNote(
  dataEnd: string | undefined,
  today?: string,
  lossDays: readonly string[] = [],
): string {
  if (!dataEnd)
    return "I can't see the load time itself; the newest day in your data is the last date below, with spend, orders and sessions for each recent day.";
  const day = dayInWords(dataEnd);
  // fix12b: the days after the last load, and the days tracking was lost, said plainly.
  const after =
    today && today > dataEnd
      ? ` Nothing is loaded after it: today (${dayInWords(today)}) has no data yet.`
      : "";
  const lost = lossDays.length
    ? ` Inside the data, tracking was lost on ${lossDays.map(dayInWords).join(", ")}: sessions and orders fell far below normal while ad spend held, so those days undercount.`
    : " I found no day inside the data where tracking was lost.";
  return `Your data runs through ${day} (the last day with ad spend); I can't see the load job's own timestamp, only the days loaded.${after}${lost} Below: spend, orders and sessions for each of the last 7 days, so you can see each source is complete up to that day.`;
}
