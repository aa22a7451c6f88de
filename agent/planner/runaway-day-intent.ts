/**
 * fix8b: a known runaway day asked about by what it was, not its date ("what did the tiktok spend
 * spike in march cost", "how much did the day pmax went haywire in june set us back"): the
 * anomaly scan of the named campaign or channel over the period finds the day, with its spend
 * against the normal for that day (the excess) and its revenue and orders against theirs (what
 * the excess brought). A month's spend total answered a different question.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { frameFor } from "./frame.ts";
import type { ParsedQuestion } from "./parse.ts";
import { settlePeriods } from "./period-settle.ts";
import type { Frame } from "./types.ts";

/** A spend spike named as an event: "the runaway day", "the spend spike", "the day X blew out". */
const RUNAWAY =
  /\b(?:runaway|run-away|run away|spend(?:ing)? (?:spike|surge|blowout|blow-out|explosion)|overspend(?:ing)? (?:day|spike|incident)|(?:spike|blowout|blow-out|splurge) day)\b|\bday (?:\w+ ){0,4}(?:ran away|went haywire|blew (?:out|up|through)|overspent|spiked|went crazy)\b/;

/** What the day cost or did: "was there a spike" or "what happened" is the plain spend scan. */
const COST =
  /\b(?:cost|costs|set (?:us|me) back|wast\w*|lose|lost|burn\w*|damage|how much|impact|excess|extra spend|bring|brought|return\w*|worth)\b/;

/** Scanned together: the excess spend, and what it brought in revenue and orders. */
const RUNAWAY_METRICS = ["spend", "revenue", "orders"];

/** Whether the question asks what a runaway spend day in a past period cost. */
export function asksRunawayDay(p: ParsedQuestion): boolean {
  const period = p.time.period;
  return Boolean(period && period.from <= p.today && RUNAWAY.test(p.text) && COST.test(p.text));
}

/** The anomaly scan over the period, for what the question names, with the day's drivers. */
export function runawayDayFrame(p: ParsedQuestion, catalog: Catalog, question: string): Frame {
  const frame = frameFor("anomalies", p, catalog);
  return settlePeriods({ ...frame, metrics: RUNAWAY_METRICS }, p, question);
}
