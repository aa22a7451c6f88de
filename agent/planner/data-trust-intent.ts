/**
 * fix21b: whether a stretch of data can be trusted ("is the data for march 17 usable", "can I rely
 * on march's numbers", "should I leave that day out of my trend", "any gaps in our data", "bad
 * days I should exclude"). Before, such a question had no metric and was declined as outside the
 * assistant's help, although the data shows the days tracking was lost
 * (core/anomaly/tracking-loss-days.ts, in the planner's context). The answer names those days
 * first, says what they undercount and what to do (leave them out of trends or mark them), then
 * scans orders and sessions around them so the shortfall is shown against the normal days.
 */
import { dayInWords } from "../../lib/months.ts";
import type { Catalog } from "../../semantic/catalog/types.ts";
import { addDays } from "../../semantic/query/dates.ts";
import { campaignPeriod, frameFor } from "./frame.ts";
import { normalize } from "./normalize.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { Frame } from "./types.ts";

/**
 * Data said to be (un)usable, (un)trustworthy, broken or incomplete. "Accurate", "right" and "ok"
 * are left to the talk about an answer just given ("are these numbers right", answer-talk-intent.ts).
 */
const TRUST_WORDS = String.raw`(?:usable|useable|unusable|reliable|unreliable|trustworthy|trustable|untrustworthy|valid|invalid|legit|complete|incomplete|corrupt(?:ed)?|broken|bad|clean|safe to use|good enough to use)`;
const DATA_NOUNS = String.raw`(?:data|tracking|stats)`;
/** A period said by month, quarter or day ("march", "q1", "3/17", "the 17th"). */
const PERIOD_WORDS = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|q[1-4]|\d{1,2}(?:st|nd|rd|th)?|\d{1,2}/\d{1,2})`;

const ASKS = new RegExp(
  [
    // "is the march 17 data usable", "are october's numbers reliable", "is that day's data ok"
    String.raw`\b${DATA_NOUNS}\b(?: \S+){0,3} (?:is|are|was|were|look|looks|looked|seem|seems|seemed)?\s?(?:still |really |actually |even )?${TRUST_WORDS}\b`,
    String.raw`\b(?:is|are|was|were)\b(?: \S+){0,4} ${DATA_NOUNS} (?:still |really |actually |even )?${TRUST_WORDS}\b`,
    // "can I trust march", "should we rely on the q1 numbers"
    String.raw`\b(?:trust|rely on|depend on)\b(?: \S+){0,4} (?:${DATA_NOUNS}|${PERIOD_WORDS})\b`,
    // "should I exclude it from trends", "drop mar 17 from the weekly chart"
    String.raw`\b(?:exclude|excluding|drop|cut|leave|remove|leave out|leave it out|take out|filter out|ignore|skip|throw out|strip out|omit)\b.{0,60}\b(?:from|of|in|out of)\b(?: \S+){0,3} (?:trends?|trend ?lines?|analysis|analyses|reports?|reporting|charts?|graphs?|baselines?|averages?|dashboards?|models?|forecasts?)\b`,
    // "days with bad data I should exclude": bad data said with what to do about it (a plain
    // "any data gaps" or "missing data" is the anomaly scan's, anomalies-intent).
    String.raw`\b(?:bad|broken|missing|incomplete|corrupt(?:ed)?|dirty|partial|wrong) (?:data|tracking)\b.{0,40}\b(?:exclude|drop|cut|ignore|leave out|remove|skip|filter out|throw out)\b`,
  ].join("|"),
);

/** A cost or loss asked of an incident is the incident-cost scan's (incident-cost-intent.ts). */
const COST = /\b(?:cost|costs|lose|lost|losing|how (?:many|much)|set (?:us|me) back|impact\w*)\b/;

/** Days of normal data on each side of a lost day, for the shortfall to stand apart from. */
const CONTEXT_DAYS = 14;

/**
 * Whether the question asks if (part of) the data can be trusted or used. The words as typed are
 * read too: the paraphrases turn "data quality issues" into an anomaly scan and "drop" into "cut".
 * @example asksDataTrust(p("is the march 17 data usable"), "is the march 17 data usable") // true
 */
export function asksDataTrust(p: ParsedQuestion, question: string): boolean {
  const typed = normalize(question);
  return (ASKS.test(p.text) || ASKS.test(typed)) && !COST.test(p.text) && !COST.test(typed);
}

/** The days tracking was lost inside the period asked (all of them when none was asked). */
function lostDaysAsked(p: ParsedQuestion, lossDays: readonly string[]): string[] {
  const period = p.time.period;
  return lossDays.filter((d) => !period || (d >= period.from && d <= period.to));
}

/**
 * What the answer says first: the lost days (in the period asked, or the data's when none of them
 * falls there), what they undercount, and what to do with them.
 * @example dataTrustNote(p("is the march 17 data usable"), ["2026-03-17"])
 * // "March 17, 2026 is a day tracking was lost: ..."
 */
export function dataTrustNote(p: ParsedQuestion, lossDays: readonly string[]): string {
  const inside = lostDaysAsked(p, lossDays);
  const advice =
    "Leave it out of trends and averages (or mark it on the chart); ad spend, clicks and impressions that day come from the ad platforms and are fine to use.";
  const what = (days: readonly string[]) =>
    `${days.map(dayInWords).join(" and ")} ${days.length > 1 ? "are days" : "is a day"} tracking was lost: sessions and orders (so revenue and conversion rate too) fell far below normal while ad spend held, so ${days.length > 1 ? "those days undercount" : "that day undercounts"}.`;
  if (inside.length)
    return `${what(inside)} ${advice} Below: orders and sessions around it against the normal days.`;
  const period = p.time.period;
  const asked = period ? `${dayInWords(period.from)} to ${dayInWords(period.to)}` : "the period asked";
  if (lossDays.length)
    return `I found no day of lost tracking from ${asked}: its days can be used as they are (the scan below shows any day far from normal). The one gap in your data: ${what(lossDays)} ${advice}`;
  return "I found no day in your data where tracking was lost (sessions and orders far below normal while ad spend held). Below: the scan of orders and sessions for days far from normal.";
}

/**
 * The scan of orders and sessions for losses, around the lost days asked (each with two weeks
 * either side), or over the period asked (all the data when none) when no lost day falls there.
 */
export function dataTrustFrame(p: ParsedQuestion, catalog: Catalog, lossDays: readonly string[]): Frame {
  const frame = frameFor("anomalies", p, catalog);
  const all = campaignPeriod(p.today, p.dataEnd);
  const days = lostDaysAsked(p, lossDays);
  // "is our june data reliable": no lost day in June, so June itself is scanned.
  const around = (days.length ? days : p.time.period ? [] : lossDays).slice().sort();
  const clamp = (d: string) => (d < all.from ? all.from : d > all.to ? all.to : d);
  const period = around.length
    ? {
        from: clamp(addDays(around[0]!, -CONTEXT_DAYS)),
        to: clamp(addDays(around.at(-1)!, CONTEXT_DAYS)),
        label: `${dayInWords(around[0]!)} with two weeks either side`,
      }
    : (p.time.period ?? { ...all, label: "all the data (the last 12 months)" });
  return { ...frame, period, metrics: ["orders", "sessions"], anomalyFocus: "loss" };
}
