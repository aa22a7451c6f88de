/**
 * fix13f: the share of a period's total that some of its months took ("what % of annual orders
 * landed in q4", "how much of this year's spend went out in sept and oct", "jun-aug revenue as a
 * share of the last 12 months"). Read as two periods side by side, the answer compared a bare
 * month with another, a different question. The part is one span inside the whole; the answer is
 * compare_periods with the part as the period and the whole as its baseline, so the share is the
 * part over the whole, a pair the verifier grounds; the presenter words it as a share
 * (agent/present/period-share.ts).
 */
import { addMonths } from "../../semantic/query/dates.ts";
import { normalize } from "./normalize.ts";
import { extractTime } from "./time.ts";
import type { Period, Plan, PlannerContext } from "./types.ts";

const SHARE = String.raw`(?:\b(?:share|percent(?:age)?|proportion|fraction|portion|part|chunk|slice|piece)|%)`;
/** The verb between the whole and the part: "came in", "did we book in", "was made during". */
const LANDED = String.raw`(?:(?:came|come|comes|fell|fall|falls|landed|land|lands|happened|happen|was|were|is|are|occurred|arrived|went out|got spent|was spent|were placed|was made|was booked|we (?:made|got|booked|did|earned|spent|took)|did we (?:make|get|book|do|earn|spend|take))\s+)?`;
const INSIDE = String.raw`(?:in|during|over|across|within|between)`;

/** "what share of <whole> came in <part>", "how much of <whole> was in <part>". */
const WHOLE_FIRST = new RegExp(
  String.raw`(?:${SHARE}\s+of|\bhow much of)\s+(?<whole>.+?)\s+${LANDED}${INSIDE}\s+(?<part>.+?)\s*\??$`,
);
/** "<part> revenue as a share of <whole>", "<part>'s share of <whole>". */
const PART_FIRST =
  /^(?:what (?:was|is|were|are)\s+)?(?<part>.+?)\s+(?:as an? (?:%|share|percent(?:age)?|proportion|fraction)|share) of\s+(?<whole>.+?)\s*\??$/;

/** A whole named as a year without saying which: the twelve months of data up to its last day. */
const LOOSE_YEAR =
  /^(?:the |our |a |all |all of )?(?:(?:whole|full|entire|past|last) )?(?:year|yr|12 months|twelve months)\b|\bannual\b|\byearly\b|^(?:all|the whole) year\b/;
/** A year the whole names itself ("this year", "2026", "ytd"): the planner's own reading of it. */
const NAMED_YEAR = /\b(?:this|last|previous|prior) (?:year|yr)\b|\b20\d\d\b|\bytd\b|\byear to date\b/;

/** Words left over when the part is a period alone (no channel, no metric of its own). */
const FILLER =
  /\|+|\b(?:the|months?|of|and|to|through|thru|in|during|only|alone|just|period|stretch|combined|together|put together)\b/g;

/** What a share-of-period question asks: the whole's words, the part's period, the metric words. */
export interface PeriodShareAsk {
  whole: string;
  part: string;
  /** Words of the part that are not time ("nov-dec revenue" gives "revenue"). */
  partRest: string;
}

/**
 * The whole and the part of a share-of-period question, or undefined when it is not one (the
 * part is no period alone: "what share of revenue came from paid social in q3" is a channel share).
 * @example readPeriodShare("what % of annual orders landed in q4", "2026-11-01") // { whole: "annual orders", part: "q4", ... }
 */
export function readPeriodShare(text: string, today: string): PeriodShareAsk | undefined {
  const first = WHOLE_FIRST.exec(text);
  const m = first ?? PART_FIRST.exec(text);
  const whole = m?.groups?.whole?.trim();
  const part = m?.groups?.part?.trim().replace(/^(?:the|what)\s+/, "");
  if (!whole || !part) return undefined;
  const time = extractTime(joinedMonths(part), today);
  if (!time.period || time.invalid || time.compare) return undefined;
  const partRest = time.rest.replace(FILLER, " ").replace(/\s+/g, " ").trim();
  // The part's words beyond its period may only be the metric's ("nov-dec revenue as a share of").
  if (first && partRest) return undefined;
  return { whole, part, partRest };
}

/** "nov and dec", "sept & oct": two months joined by "and" are one span, as "nov to dec" is. */
function joinedMonths(part: string): string {
  return part.replace(/^(\w+)\s+(?:and|&|\+|plus)\s+(\w+)(?=\s|$)/, "$1 to $2");
}

/** Whether a question asks what share of a period's total some of its months took. */
export function asksPeriodShare(question: string, today: string): boolean {
  return readPeriodShare(normalize(question), today) !== undefined;
}

/** The part moved inside the whole: a bare month read as this year's is last year's when that fits. */
function fitInside(part: Period, whole: Period): Period | undefined {
  let p = part;
  if (p.from > whole.to) p = { ...p, from: addMonths(p.from, -12), to: addMonths(p.to, -12) };
  if (p.from < whole.from || p.from > whole.to) return undefined;
  const to = p.to > whole.to ? whole.to : p.to;
  if (p.from === whole.from && to === whole.to) return undefined;
  return { ...p, to };
}

/**
 * The plan: compare_periods with the part as the period and the whole as its baseline, or
 * undefined when the question is not a share of a period or its whole is no plain metric total.
 */
export function periodSharePlan(
  text: string,
  today: string,
  ctx: PlannerContext,
  replan: (q: string, ctx: PlannerContext) => Plan,
): Plan | undefined {
  const ask = readPeriodShare(text, today);
  if (!ask) return undefined;
  const loose = LOOSE_YEAR.test(ask.whole) && !NAMED_YEAR.test(ask.whole);
  const wholeWords = loose ? `${ask.whole.replace(LOOSE_YEAR, " ")} over the last 12 months` : ask.whole;
  const question = `${ask.partRest} ${wholeWords}`.replace(/\s+/g, " ").trim();
  const plan = replan(question, ctx);
  if (plan.kind !== "tool_calls" || plan.calls.length !== 1) return undefined;
  const call = plan.calls[0]!;
  const range = call.args.timeRange as { from: string; to: string } | undefined;
  const dims = call.args.dimensions as unknown[] | undefined;
  if (call.name !== "query_metrics" || !range || dims?.length || call.args.grain) return undefined;
  const partPeriod = extractTime(joinedMonths(ask.part), today).period;
  if (!partPeriod) return undefined;
  // A whole running past today ("2026 sales") is cut at today, as the planner's own periods are.
  const whole = { from: range.from, to: range.to > today ? today : range.to, label: ask.whole };
  const inside = fitInside(partPeriod, whole);
  if (!inside) return undefined;
  return {
    kind: "tool_calls",
    intent: "compare",
    frame: {
      ...plan.frame,
      intent: "compare",
      period: { from: inside.from, to: inside.to, label: ask.part },
      compare: { mode: "explicit", period: whole },
    },
    calls: [
      {
        name: "compare_periods",
        args: {
          metrics: call.args.metrics,
          period: { from: inside.from, to: inside.to },
          compareTo: { from: whole.from, to: whole.to },
          dimensions: [],
          filters: call.args.filters ?? [],
        },
      },
    ],
    ...(plan.notes?.length ? { notes: plan.notes } : {}),
  };
}
