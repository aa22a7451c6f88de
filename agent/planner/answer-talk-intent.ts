/**
 * fix15a: conversational follow-ups that lean on the previous answer and name nothing of their
 * own. Read alone they meant nothing the planner knew, so they were declined as off topic (or the
 * previous answer came back unchanged):
 * - "explain like i'm 5", "in plain english pls": the same answer led by what it means in plain
 *   words, for the kind of answer it was (a holdout week, a budget change, median vs mean, ...);
 * - "how sure are you?", "can i trust that": the same answer led by how firm it is and why;
 * - "which number do i give the board": the same answer with MER beside revenue and spend, led by
 *   the figure to give and why (like for like when the periods differ in length);
 * - "what should i do about it": the ranked actions for the channel or platform the answer was
 *   about (recommend), not a decline;
 * - "ok and the second thing?", "what's next on the list" after a short list of actions: one more;
 * - "what drove it", "why that day?" after the top (or worst) day, week or month: that one against
 *   the one before (a day: the same weekday a week before), by channel and campaign (found-step.ts).
 * Numbers come only from the tools; the notes here carry no figures.
 */

import { actOnRowPlan } from "./act-on-row.ts";
import { driversStep } from "./found-step.ts";
import { inCatalog } from "./frame.ts";
import type { ParsedQuestion } from "./parse.ts";
import { fittedPlan, toolPlan } from "./pipeline/assemble-stage.ts";
import { withNotes } from "./pipeline/noted-plans.ts";
import type { Reading } from "./pipeline/types.ts";
import type { Frame, Plan } from "./types.ts";

type ToolPlan = Plan & { kind: "tool_calls" };

const LEAD = String.raw`^(?:(?:ok|okay|k|so|and|but|hm+|right|cool|great|thanks|thx|ty|sure|wait|alright|now|then|pls|please|can you|could you|would you)[,!.]?\s+)*`;

/** "explain like i'm 5", "eli5", "in plain english", "dumb it down", "say that simply". */
const SIMPLER = new RegExp(
  `${LEAD}(?:.*\\b(?:explain|say|put|tell|describe)\\b.*\\b(?:like i(?:'| a)?m (?:5|five|a (?:5|five) year old|a kid|a child|new to this)|like (?:to )?a (?:kid|child|5 year old|five year old)|simply|simpler|in plain (?:english|words|terms|language)|in simple (?:terms|words|english)|in english|in layman'?s terms|for a non[- ]?marketer|without (?:the )?jargon)\\b|.*\\beli5\\b|.*\\b(?:dumb|water) (?:it|that|this) down\\b|.*\\b(?:in plain (?:english|words|terms|language)|in simple (?:terms|words)|in layman'?s terms|without (?:the )?jargon)\\b|.*\\bi(?:'| a)?m not a (?:marketer|numbers person|data person)\\b|what does (?:that|this|it) (?:all )?mean(?: for me| in practice)?|(?:so )?what does that mean)`,
);
/**
 * "how sure are you", "how confident", "can i trust that", "how reliable is this"; para23: "are you
 * sure it's tracking", "could it be real and not tracking?".
 */
const SURE = new RegExp(
  `${LEAD}(?:how (?:sure|certain|confident|reliable|solid|accurate|trustworthy|firm|robust) (?:are|r|is|should|can|would)\\b|how (?:much )?(?:can|should) (?:i|we) (?:trust|believe|rely on)\\b|(?:can|should) (?:i|we) (?:trust|believe|rely on) (?:that|this|it|these|those|you)\\b|(?:is|are) (?:that|this|it|these|those) (?:reliable|solid|certain|significant|statistically significant|trustworthy|real|robust)\\b|what(?:'s| is) (?:the|your) (?:confidence|certainty|margin of error|error bar)|any caveats\\b|what are the caveats\\b|how (?:sure|confident|certain)\\b|(?:are|r) (?:you|u) (?:(?:really|totally|completely|100%?) )?(?:sure|certain|confident)\\b|(?:could|might|can) (?:it|that|this) (?:actually |really |also )?(?:be|have been) (?:real|a real|genuine|tracking|a tracking|just tracking)\\b)`,
);
/**
 * fix17b: "was that significant?", "stat sig?", "could it just be noise", "any p-value on that",
 * "is the lift real": whether a result stands out from chance, asked of the answer just given.
 */
const SIGNIFICANT = new RegExp(
  `${LEAD}(?:.*\\b(?:significan\\w*|signficant|signifigant|stat(?:istically|s)? sig\\w*|p ?-?val(?:ue)?s?|confidence (?:intervals?|bands?|levels?)|margins? of error|error bars?|(?:just |only |mostly )?noise|(?:random )?chance|random (?:variation|swings?|luck)|a fluke|fluke|luck)\\b.*|(?:is|was|were|are) (?:that|this|it|the (?:lift|drop|result|effect|change|difference|gap)) (?:even )?real|how real is the (?:lift|effect|drop)(?: really)?)$`,
);

/** "which number should i give the board", "what do i tell my ceo", "which figure for the exec deck". */
const BOARD =
  /\b(?:board|ceo|cfo|exec|execs|executives?|leadership|investors?|my boss|the boss|management|the founders?)\b/;
const BOARD_ASK =
  /\b(?:which|what|one) (?:number|numbers|figure|figures|metric|stat|kpi)\b|\bwhat (?:do|should|would) (?:i|we) (?:tell|give|show|report|present|say)\b|\b(?:give|tell|show|report|present|put)\b.*\b(?:number|figure|metric)\b/;
/** "what should i do about it", "how do we fix it", "any recommendations", "so what now". */
const ACTION = new RegExp(
  `${LEAD}(?:what (?:should|do|can|would|shall) (?:i|we|you) (?:do|change|fix)(?: (?:about|with|for) (?:it|that|this|them|those))?|what (?:would|do) you (?:do|recommend|suggest|advise)|how (?:do|should|can) (?:i|we) (?:fix|improve|deal with|handle) (?:it|that|this|them)|any (?:recommendations?|suggestions?|advice|ideas)|(?:so )?what now|what(?:'s| is| are) (?:the )?(?:next steps?|action items?|fix)|so what do (?:i|we) do)\\b`,
);
/** "the second thing", "what's next on the list", "#2", "and the third". */
const ORDINALS: Record<string, number> = {
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
  fifth: 5,
  "5th": 5,
};
const NEXT_ITEM = new RegExp(
  `${LEAD}(?:(?:and |what(?:'s| is| about) )?(?:the |your |ur )?(?:second|2nd|third|3rd|fourth|4th|fifth|5th|next)(?: (?:thing|one|item|action|fix|priority|step|idea|recommendation))?(?: on the list| to fix| then)?|what(?:'s| is) (?:next|after that)(?: on the list)?|(?:and )?(?:#|no\\.? ?|number )(?:2|3|4|5|two|three|four|five)|anything else|what else(?: should i fix| is there)?)(?: (?:please|pls|plz|then|thanks|thx))?$`,
);
/** "what drove it", "why that day?", "what happened that week", "what caused it". */
const WHY_FOUND = new RegExp(
  `${LEAD}(?:what (?:drove|drives|caused|causes|was behind|is behind|explains|happened)(?: (?:it|that|this|then))?(?: (?:that|this|on that|in that) (?:day|week|month))?|what(?:'s| is| was) (?:behind|driving) (?:it|that|this)(?: (?:day|week|month))?|why(?: (?:was|is))? (?:that|this|it|then)(?: (?:day|week|month|one))?(?: so (?:high|low|bad|good|big|strong|weak|expensive|cheap))?|why so (?:high|low|bad|good|big|strong|weak|expensive|cheap)|how come)\\??$`,
);

/**
 * fix20c: a range asked of an estimate: "what's the range", "best and worst case", "give or take",
 * "upper and lower bounds", "how far off could it be", "how accurate is that forecast".
 */
const RANGE = new RegExp(
  `${LEAD}(?:.*\\b(?:range|ranges|best (?:and|or|vs|/) worst|worst (?:and|or|vs|/) best|best case|worst case|low (?:and|to) high (?:end|case|estimate)s?|upper (?:and|or) lower|lower (?:and|or) upper|bounds?|give or take|plus or minus|how far off|how wrong|how (?:accurate|good|reliable) (?:is|was|are|were) (?:that|this|the|your|these|those)(?: (?:forecast|projection|estimate|number|figure|run ?rate))?|ballpark|how much (?:could|might|can) (?:it|that|this) (?:be off|vary|swing|miss))\\b.*)$`,
);

/** fix20c: the run-rate estimate again with the method checked on past months and its range. */
const RUN_RATE_SURE =
  "How sure: a straight-line run rate has no error bars of its own, so its range below comes from checking the same method on your data: each full month projected at the month before's pace, against what that month then brought. Read it as a rough spread, not a guarantee: the data holds one of each season, so Black Friday and the holidays weigh on it only once.";

function runRateRangePlan(prev: ToolPlan): Plan {
  const calls = prev.calls.map((c) =>
    c.name === "project_run_rate" ? { ...c, args: { ...c.args, backtest: true } } : c,
  );
  return withNotes({ ...prev, calls }, [RUN_RATE_SURE]);
}

/** Whether the turn names nothing of its own (no metric, breakdown, filter or period). */
function pointsBack(p: ParsedQuestion): boolean {
  return !p.metrics.length && !p.dims.dimensions.length && !p.dims.filters.length && !p.time.period;
}

/** What kind of answer the previous one was, by its first call. */
type Kind =
  | "holdout"
  | "change"
  | "order_value"
  | "cohorts"
  | "recommend"
  | "compare"
  | "metric"
  | "run_rate"
  | "other";
function kindOf(prev: ToolPlan): Kind {
  const call = prev.calls[0];
  if (call?.name === "project_run_rate") return "run_rate";
  const analysis = call?.args.analysis;
  if (call?.name === "campaigns" && analysis === "holdout") return "holdout";
  if (call?.name === "campaigns" && analysis === "change") return "change";
  if (call?.name === "cohorts" && call.args.show === "order_value") return "order_value";
  if (call?.name === "cohorts" && call.args.groupBy) return "cohorts";
  if (call?.name === "recommend") return "recommend";
  if (call?.name === "compare_periods") return "compare";
  if (call?.name === "query_metrics") return "metric";
  return "other";
}

const BREAK_EVEN =
  "At your gross margin a dollar of ads has to bring back about two dollars of sales to pay for itself, because half of each sale goes on the product.";

/**
 * fix17b: whether a holdout's result is significant: no p-value from one week, and what the
 * comparable weeks below can and cannot say (other kinds keep their how-sure note).
 */
const HOLDOUT_SIGNIFICANCE =
  "Significance: a single holdout week gives no p-value or confidence interval worth quoting; a formal test needs several weeks switched off. What it can say: the comparable weeks below show how far total sales swing in a normal week, so a drop larger than every one of those swings is unlikely to be ordinary noise, and a drop inside that range could be noise. Even a clear drop is one week, so treat the size as rough; a longer or repeated holdout would give a firmer, testable estimate.";

/** A plain-words lead for each kind of answer (no figures: those come from the tools below). */
function simpleNote(kind: Kind, prev: Frame): string {
  const roas = prev.metrics.some((m) => m === "roas" || m === "mer");
  switch (kind) {
    case "holdout":
      return "In plain words: we switched these ads off for a week and watched total sales. Sales always wobble a bit from week to week; if they had dropped by more than that usual wobble, the ads were clearly bringing in sales of their own. If the drop stays inside the usual wobble, the test can't tell the ads made a difference. The figures below say which happened.";
    case "change":
      return `In plain words: we spent more from that day on, then looked at whether the extra money brought back more than it cost. ${BREAK_EVEN} So the question is whether each extra dollar brought back at least two; the before and after figures below show it.`;
    case "order_value":
      return "In plain words: the average (mean) adds up every order and shares it out evenly, so a few very big orders pull it up. The median is the order in the middle when you line them all up from smallest to biggest, so a few big orders don't move it. When the average sits above the median, most orders are smaller than the average and a handful of large ones lift it.";
    case "recommend":
      return `In plain words: where a dollar of ads brings back less than it costs, spend less there; where it brings back more, spend more. ${BREAK_EVEN} The list below is in order of how much money each change is worth.`;
    case "compare":
      return `In plain words: the same figures for two stretches of time side by side, and how much each went up or down.${roas ? ` ROAS is the sales each dollar of ads brings back (2x means two dollars back for every dollar spent). ${BREAK_EVEN}` : ""}`;
    default:
      return `In plain words: here is the same answer again; each figure below is a count or a total from your tracked data for the period shown.${roas ? ` ROAS is the sales each dollar of ads brings back (2x means two dollars back for every dollar spent). ${BREAK_EVEN}` : ""}`;
  }
}

/** How firm the previous answer is, for its kind (no figures). */
function sureNote(kind: Kind, lossDays: readonly string[] | undefined): string {
  const loss = lossDays?.length ? ` (the data shows tracking loss on ${lossDays.join(", ")})` : "";
  switch (kind) {
    case "holdout":
      return "How sure: a single week switched off is a small test. Its verdict only counts if the week's change is bigger than the normal week-to-week swings shown below; one week can't rule out a small effect, and anything else that changed that week (promotions, other channels' spend, the season) is mixed in. A longer or repeated holdout would make it firmer.";
    case "change":
      return "How sure: moderately at best. This is a before-and-after comparison, not a controlled test: the weeks after the change also differ in season, other campaigns and promotions, and the revenue credited to the campaign depends on the attribution model. With only a handful to a few dozen orders either side, part of the difference can be chance. The direction is a fair read; the exact size is not.";
    case "recommend":
      return "How sure: each action below carries its own confidence. They come from response curves fitted to your past spend and attributed revenue, so they are estimates: firmest where spend has varied a lot in the past, weakest for amounts the data has never seen.";
    // fix18c: "how sure are you" after LTV or repeat rates by channel: how firm the ranking is.
    case "cohorts":
      return "How sure: take the ranking as a rough read, not a firm one. Each group's lifetime value is an average over its own customers, and the customer counts below differ a lot: a group with a few dozen customers can move by several dollars on a handful of big orders, so a small gap between groups is within chance, and only groups with hundreds of customers give a firm figure. The data covers about twelve months, so the 90-day value counts only customers whose first order is at least 90 days old, and value over a longer life cannot be seen yet. The group is the customer's first-touch channel (one way to credit acquisition); returns and refunds are not in the data.";
    case "order_value":
      return `How sure: these are exact figures from every tracked order in the period, not a sample; what they can miss is orders our tracking lost${loss}.`;
    default:
      return `How sure: the figures below are counted exactly from your tracked data for the period shown. What is uncertain is what they leave out or assume: orders lost to tracking gaps${loss}, revenue credited by one attribution model (others split it differently), and short periods or small counts that swing by chance.`;
  }
}

/** The metrics of a compare or metric answer, with MER beside revenue or spend for the board. */
function boardPlan(r: Reading, prev: ToolPlan, kind: Kind): Plan | undefined {
  if (kind !== "compare" && kind !== "metric") return undefined;
  const f = prev.frame;
  const money = f.metrics.some((m) => m === "revenue" || m === "spend");
  const metrics = money ? [...new Set([...f.metrics, ...inCatalog(["mer"], r.ctx.catalog)])] : f.metrics;
  const lengths =
    kind === "compare" && f.compare?.period && uneven(span(f.period), span(f.compare.period))
      ? " The two periods differ in length, so don't give the totals side by side as growth: give each as a monthly average (each total over its number of months), and say the later one is to date."
      : "";
  const note = `For the board, lead with ${money ? "MER (all revenue over ad spend, shown below beside revenue and spend): one efficiency figure that does not depend on an attribution model" : "the headline figure below"}, with its period stated.${lengths} Keep platform-claimed and attributed revenue out of it: they change with the attribution model.`;
  return withNotes(fittedPlan({ ...f, metrics }, r.ctx.catalog), [note]);
}

function span(p: { from: string; to: string }): number {
  return (Date.parse(p.to) - Date.parse(p.from)) / 86_400_000 + 1;
}

/** Lengths more than a tenth apart (a quarter of 91 days against one of 92 is even). */
function uneven(a: number, b: number): boolean {
  return Math.abs(a - b) > 0.1 * Math.min(a, b);
}

/** "what should i do about it": ranked actions for the channel or platform the answer was about. */
function actionPlan(prev: ToolPlan): Plan {
  const f = prev.frame;
  const one = (field: string) =>
    f.filters.find((x) => x.field === field && x.op === "in" && x.values.length === 1);
  const filters = [one("channel"), one("platform")].filter((x) => x !== undefined);
  const channel = prev.calls[0]?.args.channel;
  const named =
    filters.length || typeof channel !== "string"
      ? filters
      : [{ field: "channel", op: "in" as const, values: [channel] }];
  const frame: Frame = {
    intent: "recommend",
    metrics: [],
    dimensions: [],
    filters: named,
    period: f.period,
    advice: { tool: "recommend", focus: "all", limit: 3 },
  };
  const about = named.length ? "for what the last answer was about" : "across your channels";
  return withNotes(toolPlan(frame), [
    `What to do about it: the actions ${about}, ranked by the gross profit at stake, each with its evidence and expected effect.`,
  ]);
}

/** One more action after a short list of them. */
function nextItemPlan(r: Reading, prev: ToolPlan): Plan | undefined {
  const a = prev.frame.advice;
  if (a?.tool !== "recommend") return undefined;
  const shown = a.limit ?? 5;
  const word = /\b(second|2nd|third|3rd|fourth|4th|fifth|5th)\b/.exec(r.p.text)?.[1];
  const digit = /(?:#|no\.? ?|number )(2|3|4|5|two|three|four|five)\b/.exec(r.p.text)?.[1];
  const spelled: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
  const n = word ? ORDINALS[word]! : digit ? (spelled[digit] ?? Number(digit)) : shown + 1;
  const ordinal = ["", "first", "second", "third", "fourth", "fifth", "sixth"][n] ?? "next";
  return withNotes(toolPlan({ ...prev.frame, advice: { ...a, limit: Math.max(n, shown) } }), [
    `The ${ordinal} thing to fix is the ${n >= shown ? "last one" : `${ordinal} one`} below; ${n > 2 ? "the ones" : "the one"} above it ${n > 2 ? "were" : "was"} given already.`,
  ]);
}

/**
 * The plan for a conversational follow-up about the previous answer, or undefined (file comment).
 * @example answerTalk(reading("how sure are you?"))?.kind // "tool_calls"
 */
export function answerTalk(r: Reading): Plan | undefined {
  const prev = r.ctx.previous;
  if (prev?.kind !== "tool_calls" || !pointsBack(r.p)) return undefined;
  // The normalized text splits contractions ("i m", "what s"); these patterns read them joined.
  const text = r.p.text
    .replace(/\b(i|what|that|it|they|we|you|who|where|there|how) (m|s|re|ll|d|ve)\b/g, "$1'$2")
    .replace(/[?!.]+$/, "")
    .trim();
  if (WHY_FOUND.test(text)) return driversStep(prev, r.ctx.catalog);
  const kind = kindOf(prev);
  if (NEXT_ITEM.test(text)) return nextItemPlan(r, prev);
  if (SIMPLER.test(text)) return withNotes(prev, [simpleNote(kind, prev.frame)]);
  if (SIGNIFICANT.test(text) && kind === "holdout") return withNotes(prev, [HOLDOUT_SIGNIFICANCE]);
  // fix20c: "how sure are you", "what's the range" after a run-rate estimate: its range from the
  // method's misses on past months (project_run_rate's backtest), not a note on exact counts.
  if (kind === "run_rate" && (SURE.test(text) || SIGNIFICANT.test(text) || RANGE.test(text)))
    return runRateRangePlan(prev);
  if (SURE.test(text) || SIGNIFICANT.test(text))
    return withNotes(prev, [sureNote(kind, r.ctx.trackingLossDays)]);
  if (BOARD.test(text) && BOARD_ASK.test(text)) return boardPlan(r, prev, kind);
  // fix18c: after one campaign was named, the actions are about that campaign (act-on-row.ts).
  if (ACTION.test(text)) return actOnRowPlan(r) ?? actionPlan(prev);
  return undefined;
}
