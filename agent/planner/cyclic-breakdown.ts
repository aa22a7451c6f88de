/**
 * Breakdowns by a part of the week or of the day: "revenue by day of week", "weekends vs weekdays",
 * "how do mondays compare to fridays", "what time of day do people buy", "orders by hour". They are
 * read before the period and the trend, which would otherwise take "by day" for a daily series or
 * a weekday name for a date, and the words are masked there.
 */

/** A weekday breakdown; not "every weekday" or "each weekday" (a schedule), not "the same weekday" (a date). */
const DAY_OF_WEEK =
  /(?<!\b(?:every|each|same|a|one) )\b(?:days? of (?:the )?week|week ?days? (?:vs|versus|or|and|against|compared (?:to|with)) (?:the )?weekends?|weekends? (?:vs|versus|or|and|against|compared (?:to|with)) (?:the )?week ?days?|week ?days?|(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b/;

/** An hour-of-day breakdown. */
const HOUR_OF_DAY =
  /\b(?:times? of (?:the )?day|during the day|hours? of (?:the )?day|hourly|by hour|per hour|each hour|which hour|what hour|what time (?:of day )?do|dayparts?|dayparting)\b/;

/** The breakdown a question asks by part of the week or day, and its text with those words masked. */
export function cyclicBreakdown(text: string): { dimension?: "day_of_week" | "hour_of_day"; masked: string } {
  for (const [dimension, re] of [
    ["hour_of_day", HOUR_OF_DAY],
    ["day_of_week", DAY_OF_WEEK],
  ] as const) {
    if (!re.test(text)) continue;
    // "by day of week": the "by" goes too, or the trend reader would take "by" + the next word.
    // leftA: every mention goes ("which weekday is best? opens by day of week"): one left behind
    // read "by day" as a daily series beside the weekday breakdown.
    const masked = text
      .replace(
        new RegExp(`(?:\\b(?:by|per|for each|each|across|split by|broken down by)\\s+)?${re.source}`, "g"),
        (m) => " ".repeat(m.length),
      )
      .replace(/\s+/g, " ");
    return { dimension, masked };
  }
  return { masked: text };
}

/** Words that make "people" or "customers" mean orders in a time-of-day question ("when do people buy"). */
const PURCHASE =
  /\b(?:buy|buys|bought|buying|purchases?|purchasing|orders?|ordering|checkouts?|check out|sales?|sell|sells|convert|converts|conversions?|shop|shopping)\b/;

/**
 * The metrics of an hour-of-day question: only order-based metrics carry a time of day. "What time
 * of day do people buy" names people (users, which are daily) but asks about purchases: orders.
 * Metrics that cannot be broken down by hour are kept when nothing replaces them, so the check
 * stage can say why (`hourUnsupported`).
 */
export function hourOfDayMetrics(
  metrics: readonly string[],
  text: string,
  supports: (metric: string) => boolean,
): string[] {
  const kept = metrics.filter(supports);
  if (kept.length) return kept;
  return !metrics.length || PURCHASE.test(text) ? ["orders"] : [...metrics];
}

/** The decline for an hour-of-day breakdown of metrics recorded per day (ad spend, sessions, email). */
export function hourUnsupportedMessage(labels: readonly string[]): string {
  return `Only orders carry the time they were placed; ${labels.join(", ")} ${labels.length > 1 ? "are" : "is"} recorded per day, so I can't break ${labels.length > 1 ? "them" : "it"} down by hour of day. I can show orders, revenue or average order value by hour of day, or ${labels.join(", ")} by day of week.`;
}
