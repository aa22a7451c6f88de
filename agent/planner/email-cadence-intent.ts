/**
 * fix19f: whether to send more (or fewer) emails: "send more emails?", "should we email more
 * often", "is it worth upping the newsletter cadence", "would more sends help". Read as a price
 * check, the data's answer is how each send has paid as the sends rose and fell, and what the list
 * paid for them: month by month, the sends, revenue per send and the unsubscribe rate (with email
 * revenue behind them). Email sending costs are not in the data, and the note says how to read it.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { frameFor, monthlySeriesPeriod } from "./frame.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { Frame } from "./types.ts";

const EMAILS = String.raw`(?:e-?mails?|newsletters?|sends|blasts?|promos?|promo e-?mails?|campaigns?|mailings?)`;
const MORE = String.raw`(?:more|fewer|less|extra|additional|another|a second|a third)`;

/** Sending more or fewer emails, or a cadence changed, said in words. */
const CADENCE = new RegExp(
  [
    // "send more emails", "sending fewer newsletters", "should we send more", "mail more often"
    String.raw`\b(?:send|sending|e-?mail|e-?mailing|mail|mailing|blast|blasting)(?: out)? (?:(?:them|people|the list|our list|subscribers|customers) )?${MORE}(?: ${EMAILS}| often| frequently| regularly)?\b(?! (?:revenue|orders|sales|money|traffic|clicks|than)\b)`,
    // "more emails", "extra sends per week" with an ask of whether
    String.raw`\b(?:should|would|could|can|will|worth|do|does|is it|are)\b.{0,40}\b${MORE} ${EMAILS}\b`,
    // "email frequency", "newsletter cadence", "send volume"
    String.raw`\b(?:up|upping|raise|raising|increase|increasing|bump|bumping|boost|boosting|double|doubling|cut|cutting|reduce|reducing|lower|lowering|change|changing|more|higher|less|lower)\b.{0,20}\b(?:e-?mail|newsletter|send|sending|mailing) (?:frequency|cadence|volume|rhythm|schedule)\b`,
    String.raw`\b(?:e-?mail|newsletter|send|sending|mailing) (?:frequency|cadence)\b.{0,30}\b(?:up|higher|increase\w*|more|double\w*|raise\w*|too (?:low|high)|right|enough|optimal|ideal|best)\b`,
  ].join("|"),
);

/** A question about what was done, not what to do. */
const PAST_FACT =
  /\b(?:did|have|has|had|were|was) (?:we|i|they|you|there)\b|\bwe (?:sent|mailed|emailed)\b|\bthan (?:in |last |the )/;
const ADVICE = /\b(?:should|worth|would|could|recommend|advise|need to|ought)\b/;

/** Metrics that judge more sends: the volume, what each send earned, and what the list paid. */
const CADENCE_METRICS = [
  "email_sends",
  "email_revenue_per_send",
  "email_unsubscribe_rate",
  "email_revenue",
] as const;

/** What the answer reads, and what the data lacks. */
export const EMAIL_CADENCE_NOTE =
  "Whether more sends would pay shows in two trends: revenue per send holding up in the months with more sends (each extra send still earns), and the unsubscribe rate (unsubscribes per send) not climbing with them (the list is not being worn out). Below, month by month: sends, revenue per send, unsubscribe rate and email revenue. Email sending costs are not in the data, so the return on an extra send can't be priced.";

/**
 * Whether the question asks whether to send more or fewer emails.
 * @example asksEmailCadence("send more emails?") // true
 * @example asksEmailCadence("which email sent the most revenue") // false
 */
export function asksEmailCadence(text: string): boolean {
  // "did we send more emails in october than september" asks what happened: the sends compared.
  if (PAST_FACT.test(text) && !ADVICE.test(text)) return false;
  return CADENCE.test(text);
}

/** The monthly series of sends, revenue per send and unsubscribe rate, over the period named or the last twelve months of data. */
export function emailCadenceFrame(p: ParsedQuestion, catalog: Catalog): Frame {
  const base = frameFor("trend", p, catalog);
  const period = p.time.period ? base.period : monthlySeriesPeriod(p.today, p.dataEnd);
  return {
    ...base,
    intent: "trend",
    metrics: CADENCE_METRICS.filter((m) => catalog.metrics.has(m)),
    dimensions: ["date"],
    filters: base.filters.filter((f) => f.field === "email_campaign"),
    grain: p.trend.grain === "week" ? "week" : "month",
    period,
    compare: undefined,
  };
}
