/**
 * fix19b: "what are the 3 things I should flag", "anything worth calling out?", "key takeaways"
 * after an answer over a period (a week's headline numbers, a month's overview, a breakdown): the
 * members that moved most against the period before, largest change either way first, over the
 * previous answer's period and split (by channel when it had none). Read alone it was declined as
 * off topic, though the answer before gave it its subject and period. With no answer before, a
 * period named in the question stands in ("what should I flag from last week").
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { inCatalog } from "./frame.ts";
import type { ParsedQuestion } from "./parse.ts";
import { baselineOf } from "./time.ts";
import type { Frame } from "./types.ts";

/** Asks for the things worth raising from an answer (normalized text). */
export const FLAG_ASK =
  /\b(?:(?:things?|items?|points?|anything|something|what|stuff|issues?)\b.{0,30}\b(?:flag|flagging|call out|calling out|highlight|point out|raise|bring up|worry about|watch out for|be worried about)|(?:key|main|top|big|biggest) (?:takeaways?|highlights?|call ?outs?|flags?)|takeaways?|worth (?:flagging|calling out|raising|a flag))\b/;

/** "what stands out", "anything jump out?": after an answer, its movers; alone, the anomaly scan's. */
export const STANDS_OUT =
  /\b(?:what|anything|something) (?:stands?|jumps?|sticks?|standing|jumping|sticking) out\b/;

/** Measures the movers are read on when the answer before showed the headline figures. */
const HEADLINE = ["revenue", "spend", "orders"];

/** Splits worth ranking movers by; a date series or a state split falls back to channels. */
const MOVER_SPLITS: ReadonlySet<string> = new Set(["channel", "platform", "campaign", "channel_group"]);

/** Said first: what the flags are and how they were picked (no figures). */
export const FLAG_NOTE =
  "The things to flag: the rows below whose figures moved most against the period before, largest change either way first (the top three lead).";

/** Whether the question asks what to flag, with an answer before or a period of its own to read it from. */
export function asksWhatToFlag(p: ParsedQuestion, previous: Frame | undefined): boolean {
  if (!FLAG_ASK.test(p.text) && !(previous && STANDS_OUT.test(p.text))) return false;
  if (p.signals.budget || p.signals.define) return false;
  // "Q3 spend, revenue, MER and new customers vs Q2, plus a one-line takeaway": figures listed
  // first are the ask; the takeaway is a line about them, not the movers instead of them.
  if (!previous && p.metrics.length >= 2) return false;
  return previous !== undefined || p.time.period !== undefined;
}

/**
 * The comparison the flags are read from: the previous answer's period (or the one named) against
 * the one before, split as the answer before was (by channel when it was not split).
 * @example flagFrame(parse("what are the 3 things I should flag"), lastWeekOverview, catalog).intent // "compare"
 */
export function flagFrame(p: ParsedQuestion, previous: Frame | undefined, catalog: Catalog): Frame {
  const period = p.time.period ?? previous!.period;
  const sameAsBefore =
    previous !== undefined && previous.period.from === period.from && previous.period.to === period.to;
  const baseline =
    sameAsBefore && previous.compare ? previous.compare.period : baselineOf(period, "previous_period");
  const split = previous?.dimensions.find((d) => MOVER_SPLITS.has(d)) ?? p.dims.dimensions[0] ?? "channel";
  const asked = p.metrics.length ? p.metrics : (previous?.metrics ?? []);
  // Many headline figures (an overview) read best as revenue, spend and orders; one or two keep theirs.
  const metrics = inCatalog(asked.length && asked.length <= 2 ? asked : HEADLINE, catalog);
  return {
    intent: "compare",
    metrics,
    dimensions: [MOVER_SPLITS.has(split) ? split : "channel"],
    filters: (previous?.filters ?? []).filter((f) => f.field !== "region"),
    period,
    compare: { mode: "explicit", period: baseline },
  };
}
