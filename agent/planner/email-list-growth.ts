/**
 * fix19f: email list growth ("list growth this year", "how many subscribers did we gain", "is our
 * newsletter list shrinking", "how big is our email list"): the data has email sends, opens, clicks
 * and unsubscribes per send, but no list size and no sign-ups, so growth cannot be shown. The part
 * is declined in a note and the nearest is given: email sends and unsubscribes by month over the
 * period asked (sends follow the list's size as mailed; unsubscribes are what it lost).
 */
import type { UnavailablePart } from "./unavailable-part-intent.ts";

const LIST = String.raw`(?:e-?mail|newsletter|mailing|subscriber|subscription|contact|sms|marketing)?\s?lists?`;
const GROW = String.raw`(?:grow|grows|grew|grown|growing|growth|shrink|shrinks|shrank|shrunk|shrinking|get(?:ting)? (?:bigger|smaller)|gotten (?:bigger|smaller)|gain(?:ed|ing)?|built|build(?:ing)?|expand(?:ed|ing)?)`;

/** List size or growth, and subscriber gains, said in words. */
const LIST_GROWTH = new RegExp(
  [
    String.raw`\b${LIST} (?:size|count|growth|health)\b`,
    String.raw`\b(?:size|growth) of (?:our |the |my )?${LIST}\b`,
    String.raw`\b${LIST}\b(?: \w+){0,3}? ${GROW}\b`,
    String.raw`\b${GROW} (?:our |the |my )?${LIST}\b`,
    String.raw`\bhow (?:big|large|long) is (?:our |the |my )?${LIST}\b`,
    String.raw`\b(?:e-?mail |newsletter )?(?:subscriber|subscription|sign ?-?up|signup|opt-?in)s? (?:growth|count|numbers?|base|totals?|over time|trend|by month|per month|gained|added)\b`,
    String.raw`\b(?:new|gained|gain|gaining|added|adding|net new|net) (?:e-?mail |newsletter )?(?:subscribers|sign ?-?ups|signups|opt-?ins)\b`,
    String.raw`\bhow many (?:new (?:e-?mail |newsletter )?(?:subscribers|sign ?-?ups|signups|opt-?ins|contacts)|(?:e-?mail |newsletter )?(?:subscribers|sign ?-?ups|signups|opt-?ins|contacts) (?:do|did|have|has) (?:we|i) (?:have|got|get|gain\w*|add\w*|pick\w* up|sign\w* up))\b`,
    String.raw`\b(?:subscribers?|subs) (?:have |has |did |are |is )?${GROW}\b`,
  ].join("|"),
  "i",
);

/** Words that only frame the ask; what is left names the period. */
const FRAME_WORDS =
  /\b(?:how|many|much|what|whats|what's|is|are|was|were|has|have|had|did|do|does|our|the|my|we|us|it|been|show|me|tell|give|over time|(?:by|per) month|month by month|monthly|and|so far|e-?mail|newsletter|list|lists|subscribers?|subs)\b/gi;

/**
 * The list-growth part of a question, or undefined.
 * @example emailListGrowthPart("list growth this year")?.rest // "email sends and unsubscribes by month this year"
 */
export function emailListGrowthPart(question: string): UnavailablePart | undefined {
  if (!LIST_GROWTH.test(question)) return undefined;
  const others = question
    .replace(new RegExp(LIST_GROWTH.source, "gi"), " ")
    .replace(FRAME_WORDS, " ")
    .replace(/[?!.,;:]+/g, " ");
  return {
    rest: `email sends and unsubscribes by month ${others}`.replace(/\s+/g, " ").trim(),
    note:
      "The data has no email list size and no sign-ups (only sends, opens, clicks and unsubscribes per email), so I can't show how the list grew. " +
      "The nearest is below: email sends by month, which follow the size of the list as mailed, and unsubscribes, which are what the list lost.",
    keepMetrics: ["email_sends", "email_unsubscribes"],
  };
}
