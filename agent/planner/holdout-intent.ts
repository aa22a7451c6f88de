/**
 * A recorded holdout asked about by name, without its dates ("did pausing display for the test
 * week show anything", "what did total orders do in the affiliate holdout"): the planned changes
 * know the week, so the campaigns tool's 'holdout' finds it and reads the store's totals that week
 * against the comparable weeks around it (tools/campaigns/holdout.ts). A period, when given,
 * narrows which holdout. A follow-up naming another channel ("and the tiktok one?") asks the same
 * of that channel's holdout. Asking how to run or plan a holdout is not this (incrementality).
 */
import { type CampaignsAsk, namesBudgetChange } from "./campaigns-intent.ts";
import { readSideDays } from "./holdout-sides.ts";
import { asksIncrementality } from "./incrementality-intent.ts";
import type { ParsedQuestion } from "./parse.ts";
import { PAUSED } from "./pause-history-intent.ts";
import type { Frame, FrameFilter } from "./types.ts";

/** A holdout named as a thing that ran. */
const HOLDOUT =
  /\b(?:hold-?outs?|hold outs?|pause (?:tests?|weeks?|experiments?)|(?:go|went|going)[- ]dark (?:tests?|weeks?)|dark weeks?|blackout (?:tests?|weeks?))\b/;

/** Planning or designing a holdout, or asking how: advice, not a result. */
const PLANNING =
  /\b(?:(?:should|could|would|can|will|shall|to|let's|lets) (?:we |i |you )?(?:run|start|launch|do|set up|setup|plan|design|try)|how (?:do|would|should|can|to) (?:we |i |you )?(?:run|set up|setup|plan|design|do|measure)|next (?:\w+ )?hold-?out|(?:planning|design(?:ing)?) (?:an? |the )?)\b/;

/** Asking how to test incrementality ("how would we prove display is incremental"): advice, not a result. */
const HOW_TO_TEST =
  /\bhow (?:do|would|should|can|could|might|to) (?:we |i |you )?(?:test|prove|check|verify|validate|set up|run)\b|\b(?:design|plan|set up|run) (?:an? )?(?:test|experiment)\b/;

/** A follow-up cue naming another channel: "what about the paid social one", "and affiliate?". */
const ANOTHER =
  /^(?:and|what about|how about|same for|now|ok(?:ay)?,? (?:and|what about)|then)\b|\bthe \w+(?: \w+)? one\b/;

/** The channels holdouts are recorded for (paid media); an unpaid channel's pause stays history. */
const PAID_CHANNELS = new Set(["paid_search", "paid_social", "display", "affiliate"]);

const channelFilters = (p: ParsedQuestion): FrameFilter[] =>
  p.dims.filters.filter((f) => f.field === "channel" && f.op === "in");

/** The past period named, if any: it narrows which holdout. */
const aroundOf = (p: ParsedQuestion) =>
  p.time.period && p.time.period.from <= p.today
    ? { from: p.time.period.from, to: p.time.period.to }
    : undefined;

/**
 * @example readHoldout(parse("did the display holdout move total revenue"), undefined)
 * // { analysis: "holdout", filters: [channel display] }
 */
export function readHoldout(p: ParsedQuestion, previous: Frame | undefined): CampaignsAsk | undefined {
  // Holdouts are recorded per channel: a platform or campaign named ("the meta holdout") is read
  // by the pause history over the dates given (pause-history-intent.ts), never as another channel's.
  if (p.dims.filters.some((f) => f.field !== "channel")) return undefined;
  const channels = channelFilters(p);
  const one = channels.length === 1 && channels[0]!.values.length === 1 ? channels : [];
  if (HOLDOUT.test(p.text) && !PLANNING.test(p.text)) {
    const sideDays = readSideDays(p.text);
    // "the 2 weeks after the holdout": a span, not the days the holdout is in.
    const around = sideDays ? undefined : aroundOf(p);
    return {
      analysis: "holdout",
      filters: one,
      ...(around ? { around } : {}),
      ...(sideDays ? { sideDays } : {}),
    };
  }
  // fix8b: "since we turned off display in april, what did sales do": a pause of one paid channel
  // told as history is checked against the recorded holdouts (the campaigns tool says when none
  // ran then and reads the one that did), never taken as a pause on the user's word.
  const around = aroundOf(p);
  if (PAUSED.test(p.text) && one.length && around && PAID_CHANNELS.has(String(one[0]!.values[0])))
    return { analysis: "holdout", filters: one, around };
  // left16b: "is paid search truly incremental", "would we get affiliate's sales anyway": one paid
  // channel's incrementality is what its recorded holdout measured (store totals while it was
  // paused against the weeks around it, beside what attribution credits it with); the campaigns
  // tool says so when none was recorded. Several channels or none keep the modelled view.
  if (
    asksIncrementality(p.text) &&
    !PLANNING.test(p.text) &&
    !HOW_TO_TEST.test(p.text) &&
    // fix13c: "incremental revenue from the search budget boost": that change's readout, not a holdout.
    !namesBudgetChange(p.text) &&
    one.length &&
    PAID_CHANNELS.has(String(one[0]!.values[0]))
  )
    return { analysis: "holdout", filters: one };
  // "what about the paid social one": the last answer was a holdout, this turn names a channel only.
  if (
    previous?.campaigns?.analysis === "holdout" &&
    one.length &&
    p.metrics.length === 0 &&
    ANOTHER.test(p.text)
  )
    return { analysis: "holdout", filters: one };
  return undefined;
}
