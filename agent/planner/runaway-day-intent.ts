/**
 * fix8b: a known runaway day asked about by what it was, not its date ("what did the tiktok spend
 * spike in march cost", "how much did the day pmax went haywire in june set us back"): the
 * anomaly scan of the named campaign or channel over the period finds the day, with its spend
 * against the normal for that day (the excess) and its revenue and orders against theirs (what
 * the excess brought). A month's spend total answered a different question.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { campaignPeriod, frameFor } from "./frame.ts";
import type { ParsedQuestion } from "./parse.ts";
import { settlePeriods } from "./period-settle.ts";
import type { Frame } from "./types.ts";

/** A spend spike named as an event: "the runaway day", "the spend spike", "the day X blew out". */
const RUNAWAY =
  /\b(?:runaway|run-away|run away|spend(?:ing)? (?:spike|surge|blowout|blow-out|explosion)|overspend(?:ing)? (?:day|spike|incident)|(?:spike|blowout|blow-out|splurge) day)\b|\bday (?:\w+ ){0,4}(?:ran away|went haywire|blew (?:out|up|through)|overspent|spiked|went crazy)\b/;

/**
 * fix21d: the spike said as a verb or after its measure ("why did advantage+ spend spike in may",
 * "the surge in spend on tiktok"): the same event.
 */
const SPIKED =
  /\b(?:spend(?:ing)?|spent) (?:spiked|surged|blew (?:up|out)|exploded|went (?:haywire|crazy|nuts|through the roof))\b|\b(?:spike|surge|blowout|blow-out|explosion) in (?:ad |the |our )?(?:spend|spending)\b/;
/**
 * fix21d: a named spike asked about as an event ("what happened with the spend spike", "tell me
 * about the runaway spend", "explain that surge", "why did it spike"): the day itself, found in the
 * daily spend, with its size against the usual day, never the month against the month before.
 */
const ABOUT_EVENT =
  /\b(?:what (?:happened|went (?:on|wrong)|was (?:it|that|going on)|caused|drove|s the story)|what s (?:the story|up with|going on)|why|tell me (?:about|more)|walk me through|talk me through|explain|break down|details?|dig into|look into|deep dive|postmortem|post mortem)\b/;

/** What the day cost or did: "was there a spike" alone is the plain spend scan. */
const COST =
  /\b(?:cost|costs|set (?:us|me) back|wast\w*|lose|lost|burn\w*|damage|how much|impact|excess|extra spend|bring|brought|return\w*|worth)\b/;

/** Scanned together: the excess spend, and what it brought in revenue and orders. */
const RUNAWAY_METRICS = ["spend", "revenue", "orders"];

/**
 * Whether the question asks what a runaway spend day cost, in a past period or with none
 * (leftB: "what did that runaway day cost us" names no month: the whole history is searched).
 */
export function asksRunawayDay(p: ParsedQuestion): boolean {
  const period = p.time.period;
  const past = !period || period.from <= p.today;
  const spike = RUNAWAY.test(p.text) || SPIKED.test(p.text);
  return Boolean(
    past && ((spike && (COST.test(p.text) || ABOUT_EVENT.test(p.text))) || asksOneDaySpike(p.text)),
  );
}

/**
 * fix13c: spend blown out on one day, asked whether it happened ("did meta overspend on any single
 * day", "was there a day tiktok spent way more than usual", "any one-day spend blowouts on google"):
 * the scan finds the day, its campaign and its spend against the normal day. Read as spend past
 * break-even (the profitability tool), it answered a different question. A daily budget named
 * ("overspent its daily budget") is pacing, and comes first in the registry.
 */
const ONE_DAY = String.raw`(?:(?:any|a|one|single|particular|specific|some|certain|which|what) (?:single |one |particular |specific |given )?days?|one-day|single-day|(?:in )?a day|days? (?:where|when|on which))`;
const OVER = String.raw`(?:overspen[dt]\w*|over-?spen[dt]\w*|spen[dt] (?:way |far |much )?(?:too much|more than (?:usual|normal|it should)|over)|blow(?:n|ed)? (?:out|through)|blew (?:out|through|up)|spik(?:e|ed|es|ing)|splurg\w*|ran away|went (?:haywire|crazy|nuts)|(?:spend|spending) (?:spike|surge|blowout|jump))`;
const ONE_DAY_SPIKE = new RegExp(
  String.raw`\b${OVER}\b.{0,40}\b${ONE_DAY}\b|\b${ONE_DAY}\b.{0,40}\b${OVER}\b`,
);
const DAILY_BUDGET = /\bdaily (?:budgets?|caps?)\b|\bbudgets?\b/;

function asksOneDaySpike(text: string): boolean {
  return ONE_DAY_SPIKE.test(text) && !DAILY_BUDGET.test(text);
}

/**
 * The anomaly scan over the period, for what the question names, with the day's drivers. With no
 * period the scan covers the last 12 months of data: the day is the one asked about wherever it
 * fell, and a 30-day default would miss it.
 */
export function runawayDayFrame(p: ParsedQuestion, catalog: Catalog, question: string): Frame {
  const frame = frameFor("anomalies", p, catalog);
  const period = p.time.period
    ? frame.period
    : { ...campaignPeriod(p.today, p.dataEnd), label: "all the data (the last 12 months)" };
  return settlePeriods({ ...frame, period, metrics: RUNAWAY_METRICS }, p, question);
}
