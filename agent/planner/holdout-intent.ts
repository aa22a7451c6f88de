/**
 * A recorded holdout asked about by name, without its dates ("did pausing display for the test
 * week show anything", "what did total orders do in the affiliate holdout"): the planned changes
 * know the week, so the campaigns tool's 'holdout' finds it and reads the store's totals that week
 * against the comparable weeks around it (tools/campaigns/holdout.ts). A period, when given,
 * narrows which holdout. A follow-up naming another channel ("and the tiktok one?") asks the same
 * of that channel's holdout. Asking how to run or plan a holdout is not this (incrementality).
 */
import { type CampaignsAsk, namesBudgetChange } from "./campaigns-intent.ts";
import { holdoutPlatformChannel } from "./holdout-platform.ts";
import { readSideDays } from "./holdout-sides.ts";
import { asksIncrementality } from "./incrementality-intent.ts";
import type { ParsedQuestion } from "./parse.ts";
import { PAUSED } from "./pause-history-intent.ts";
import type { Frame, FrameFilter } from "./types.ts";

/** A holdout named as a thing that ran. */
const HOLDOUT =
  /\b(?:hold-?outs?|hold outs?|pause (?:tests?|weeks?|experiments?)|(?:go|went|going)[- ]dark (?:tests?|weeks?)|dark weeks?|blackout (?:tests?|weeks?))\b/;

/**
 * lead26: a paid channel's test asked for its lift or whether it was real ("is the lift from the
 * paid social test statistically significant", "was the display experiment's result real"): the
 * measured lift is the holdout's.
 */
const TESTED_LIFT =
  /^(?=.*\b(?:lift|uplift|significan\w*|statistically|real|noise|by chance|confiden\w*|incremental\w*)\b).*\b(?:paid search|paid social|display|affiliates?|search|social) (?:tests?|experiments?|trials?)\b/;

/** Planning or designing a holdout, or asking how: advice, not a result. */
const PLANNING =
  /\b(?:(?:should|could|would|can|will|shall|to|let's|lets) (?:we |i |you )?(?:run|start|launch|do|set up|setup|plan|design|try)|how (?:do|would|should|can|to) (?:we |i |you )?(?:run|set up|setup|plan|design|do|measure)|next (?:\w+ )?hold-?out|(?:planning|design(?:ing)?) (?:an? |the )?)\b/;

/** Asking how to test incrementality ("how would we prove display is incremental"): advice, not a result. */
const HOW_TO_TEST =
  /\bhow (?:do|would|should|can|could|might|to) (?:we |i |you )?(?:test|prove|check|verify|validate|set up|run)\b|\b(?:design|plan|set up|run) (?:an? )?(?:test|experiment)\b/;

/** A follow-up cue naming another channel: "what about the paid social one", "and affiliate?". */
const ANOTHER =
  /^(?:and|what about|how about|same for|now|ok(?:ay)?,? (?:and|what about)|then)\b|\bthe \w+(?: \w+)? one\b/;

/**
 * fix14f: a pause told as history without "when": "we paused display for a week in june", "display
 * was switched off in july", "we turned affiliate off": the recorded holdout, not a forecast or a
 * month against the one before. fix16e: the pause as a gerund ("did turning off display in june
 * hurt sales", "what happened while pausing affiliate") is the same history.
 */
const TOLD_PAUSE =
  /\b(?:(?:we|they|i|the team) (?:had |have )?(?:paused|turned off|switched off|shut off|stopped|killed|held out|went dark on|froze)|(?:was|were|got|had been|has been) (?:paused|turned off|switched off|shut off|stopped|held out|off|dark)|(?:turned|switched|shut) (?:[a-z]+ ){1,2}off|(?:turning|turnin|switching|switchin|shutting|cutting) (?:off|(?:[a-z]+ ){1,2}off\b)|(?:pausing|killing|stopping|holding out|going dark on|darking))\b/;
/** A what-if, not history: "if we paused display would revenue drop". */
const HYPOTHETICAL = /\b(?:if|would|should|could|suppose|supposing|imagine|assuming)\b/;
/** After the holdout, asked as a whole ("since the holdout ended", "has it bounced back"): every day the data has after it. */
const SINCE_ENDED =
  /\b(?:since|after|following|post) (?:the |its |that |our )?(?:[a-z]+ ){0,2}?(?:hold-?outs?|hold outs?|pause|test)(?: week)? (?:ended|finished|was over|wrapped(?: up)?|stopped|came off|ended up)\b|\b(?:bounced?|bouncing|came|come|coming) back\b|\brecover(?:ed|y|ing)?\b|\brebound(?:ed|ing)?\b/;
/** The most days a side can have: the tool cuts both sides to the days the data has after the holdout. */
const ALL_SIDE_DAYS = 91;

/** The channels holdouts are recorded for (paid media); an unpaid channel's pause stays history. */
const PAID_CHANNELS = new Set(["paid_search", "paid_social", "display", "affiliate"]);

/**
 * fix16e: "how much of affiliate revenue would have happened anyway" reads "of affiliate revenue" as
 * a share by channel (no filter): one paid channel named in the words is the one asked about.
 */
const PAID_CHANNEL_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/\baffiliates?\b/, "affiliate"],
  [/\bpaid search\b|\bppc\b|\bsem\b/, "paid_search"],
  [/\bpaid social\b/, "paid_social"],
  [/\bdisplay\b/, "display"],
];
function namedPaidChannel(text: string): FrameFilter[] {
  const named = PAID_CHANNEL_WORDS.filter(([re]) => re.test(text));
  return named.length === 1 ? [{ field: "channel", op: "in", values: [named[0]![1]] }] : [];
}

const channelFilters = (p: ParsedQuestion): FrameFilter[] =>
  p.dims.filters.filter((f) => f.field === "channel" && f.op === "in");

/** The past period named, if any: it narrows which holdout. */
const aroundOf = (p: ParsedQuestion) =>
  p.time.period && p.time.period.from <= p.today
    ? { from: p.time.period.from, to: p.time.period.to }
    : undefined;

/**
 * fix19a: the changes or tests made, asked whether they worked, with nothing named ("did our recent
 * tests work", "what did we change lately and did it help", "how did the experiments we ran turn
 * out"): the recorded holdouts, each with what it did to total sales, and the list of holdouts on
 * record. Read as words, the verb went to the catalog search ("no metric called work").
 */
const CHANGES_MADE =
  /\b(?:changes?|tests?|experiments?|stuff|things)\b.{0,30}\b(?:we|you|the team|i)\b(?: (?:have|ve|had))? (?:made|make|ran|run|did|tried|tested|changed|launched|rolled out)\b|\b(?:our|the|any|recent|latest|last few) (?:recent |latest |last few )?(?:budget )?(?:changes|tests|experiments)\b|\bwhat (?:did|have) (?:we|you|the team) (?:change|changed|try|tried|test|tested)\b/;
const WORKED_OUT =
  /\b(?:did|do|have|has) (?:they|it|any(?: of (?:them|those|these|it))?|those|these|that|them)\b.{0,12}\b(?:work|help|pay off|do anything|move (?:the needle|anything|sales|revenue)|make a difference)\b|\bwork(?:ed)? out\b|\b(?:did|do)\b.{0,50}\b(?:work|help|pay off)\b|\bresults?\b|\bwhat happened\b|\bhow did (?:they|it|those|these)\b|\b(?:effects?|impacts?|outcomes?)\b/;

/**
 * @example readHoldout(parse("did the display holdout move total revenue"), undefined)
 * // { analysis: "holdout", filters: [channel display] }
 */
export function readHoldout(p: ParsedQuestion, previous: Frame | undefined): CampaignsAsk | undefined {
  // fix21d: a holdout named with a platform ("the tiktok holdout", "did the paid social holdout
  // show meta is incremental"): the recorded holdout of the channel the platform runs in.
  const platformChannel = asksPlatformHoldout(p) ? holdoutPlatformChannel(p) : undefined;
  if (platformChannel) {
    const around = aroundOf(p);
    return { analysis: "holdout", filters: platformChannel.filters, ...(around ? { around } : {}) };
  }
  // Holdouts are recorded per channel: a campaign named, or a platform without a holdout named, is
  // read by the pause history over the dates given (pause-history-intent.ts), never as another channel's.
  if (p.dims.filters.some((f) => f.field !== "channel")) return undefined;
  const channels = channelFilters(p);
  if (
    p.dims.filters.length === 0 &&
    CHANGES_MADE.test(p.text) &&
    WORKED_OUT.test(p.text) &&
    !PLANNING.test(p.text) &&
    !namesBudgetChange(p.text) &&
    p.metrics.length === 0
  ) {
    const around = aroundOf(p);
    return { analysis: "holdout", filters: [], ...(around ? { around } : {}) };
  }
  const one = channels.length === 1 && channels[0]!.values.length === 1 ? channels : [];
  if ((HOLDOUT.test(p.text) || TESTED_LIFT.test(p.text)) && !PLANNING.test(p.text)) {
    const sideDays = readSideDays(p.text) ?? (SINCE_ENDED.test(p.text) ? ALL_SIDE_DAYS : undefined);
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
  if (
    TOLD_PAUSE.test(p.text) &&
    !HYPOTHETICAL.test(p.text) &&
    one.length &&
    PAID_CHANNELS.has(String(one[0]!.values[0]))
  )
    return { analysis: "holdout", filters: one, ...(around ? { around } : {}) };
  // left16b: "is paid search truly incremental", "would we get affiliate's sales anyway": one paid
  // channel's incrementality is what its recorded holdout measured (store totals while it was
  // paused against the weeks around it, beside what attribution credits it with); the campaigns
  // tool says so when none was recorded. Several channels or none keep the modelled view.
  // fix16e: "would people have bought anyway without paid social": the channel read as left out is
  // the one asked about.
  const without = p.dims.filters.filter((f) => f.field === "channel" && f.op === "not_in");
  const asked = one.length
    ? one
    : channels.length === 0 && without.length === 1 && without[0]!.values.length === 1
      ? [{ ...without[0]!, op: "in" as const }]
      : channels.length === 0 && without.length === 0
        ? namedPaidChannel(p.text)
        : [];
  if (
    asksIncrementality(p.text) &&
    !PLANNING.test(p.text) &&
    !HOW_TO_TEST.test(p.text) &&
    // fix13c: "incremental revenue from the search budget boost": that change's readout, not a holdout.
    !namesBudgetChange(p.text) &&
    asked.length &&
    PAID_CHANNELS.has(String(asked[0]!.values[0]))
  )
    return { analysis: "holdout", filters: asked };
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

/**
 * fix21d: the line a holdout read for a platform's channel leads with, when the question named a
 * platform (see holdout-platform.ts).
 */
export function holdoutPlatformNote(p: ParsedQuestion): string | undefined {
  return asksPlatformHoldout(p) ? holdoutPlatformChannel(p)?.note : undefined;
}

/** What a holdout showed: its verdict or result ("did it prove", "is meta incremental"). */
const SHOWED =
  /\b(?:prove[sd]?|proof|show(?:s|ed|n)?|results?|outcomes?|verdict|conclu\w*|work(?:ed|s)?|incremental\w*|worth|tell us|told us|find|found|learn\w*)\b/;

/**
 * fix21d: a holdout named with a platform and asked what it showed, or named with its channel
 * beside the platform. A platform's holdout told as the dates of something else ("during the
 * meta holdout in june what happened to orders") stays the pause history over those dates.
 */
function asksPlatformHoldout(p: ParsedQuestion): boolean {
  if (!HOLDOUT.test(p.text) || PLANNING.test(p.text)) return false;
  return channelFilters(p).length > 0 || SHOWED.test(p.text);
}
