/**
 * left16b: "if we hold last month's pace where does q4 revenue land", "at this rate what will ad
 * spend be for the full year", "year-end orders at the ytd run rate": a run-rate projection of a
 * period reaching past the data (project_run_rate; core/forecast/run-rate.ts), never the period's
 * actual so far, which answered a different question. The pace stretch is the month named
 * ("september's pace"), the year to date, the last N days, or by default the latest full month of
 * data (said in the answer). Budget pacing ("on pace against budget") and targets stay elsewhere.
 */

import { addDays, endOfMonth, startOfMonth, startOfQuarter } from "../../semantic/query/dates.ts";
import { goalOf, goalSpan, withGoal } from "./goal-forecast.ts";
import type { ParsedQuestion } from "./parse.ts";
import { ORDINAL_Q } from "./time-phrases.ts";
import type { Frame, Plan } from "./types.ts";
import { fixWordTypos } from "./word-typos.ts";

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const RATE = String.raw`(?<!(?:conversion|click|through|bounce|open|repeat|churn|return|interest|exchange|tax|unsubscribe) )(?:pace|rate|run ?rate|clip|trajectory|trend|speed)`;

/** Carrying a pace forward, as a marketer says it. */
const CARRY = new RegExp(
  String.raw`\b(?:if (?:we|it|things|sales|spend|revenue) (?:keep|keeps|hold|holds|maintain|maintains|stay|stays|continue|continues|carry on|carries on)|(?:keep|hold|maintain|sustain|repeat|match)(?:ing|s)? (?:up )?(?:(?:this|that|the|our|same|current|[a-z]+'s?) ){0,2}${RATE}|(?:at|on) (?:[\w']+ ){0,3}?${RATE}|${RATE} (?:holds|continues|keeps up|stays|persists|sticks|carries on)|run ?rate|extrapolat\w*|straight[- ]line|where (?:will|would|do) (?:we|it|revenue|sales|spend) (?:end up|land|finish)|(?:projected|project|projection of|forecast(?:ed)?) (?:full[- ]year|year[- ]end|q[1-4]|quarter|annual)|(?:full[- ]year|year[- ]end|q[1-4]|annual) (?:\w+ )?(?:projection|forecast|run ?rate))\b`,
);

/** Budget pacing and targets have their own answers. */
export const ELSEWHERE = /\b(?:budget|budgets|target|targets|goal|goals|quota|plan)\b/;

/** The projected metric: the first named. */
export const METRIC_WORDS: ReadonlyArray<readonly [RegExp, "revenue" | "orders" | "spend" | "sessions"]> = [
  [/\b(?:spend|spending|spent|ad cost|ad costs|media cost)\b/, "spend"],
  [/\b(?:revenue|sales|turnover|income|gmv|top ?line)\b/, "revenue"],
  [/\b(?:orders?(?! to\b)|purchases|transactions|conversions)\b/, "orders"],
  [/\b(?:sessions|visits|traffic)\b/, "sessions"],
];

export type Span = { from: string; to: string; label: string };

const yearOf = (d: string) => d.slice(0, 4);

/** The month named by its (possibly short) name, the latest one ending by `end`. */
function namedMonth(name: string, end: string): Span {
  const i = MONTHS.findIndex((m) => m.startsWith(name.slice(0, 3)));
  const mm = String(i + 1).padStart(2, "0");
  let from = `${yearOf(end)}-${mm}-01`;
  if (endOfMonth(from) > end) from = `${Number(yearOf(end)) - 1}-${mm}-01`;
  return { from, to: endOfMonth(from), label: MONTHS[i]! };
}

const QUARTER_WORDS = ORDINAL_Q;

/**
 * fix13e: a month named as the one to project ("what will november look like"), the first of its
 * name after the data ends; a month named as the pace ("october's pace") is not it.
 */
function futureMonth(raw: string, end: string): Span | undefined {
  const pace = paceMonthWord(raw);
  for (const m of raw.matchAll(new RegExp(`\\b${MONTH}\\b`, "g"))) {
    const word = m[1]!;
    if (word === pace || (word === "may" && !/\b(?:in|for|of|during) may\b/.test(raw))) continue;
    const i = MONTHS.findIndex((x) => x.startsWith(word.slice(0, 3)));
    const mm = String(i + 1).padStart(2, "0");
    let from = `${yearOf(end)}-${mm}-01`;
    if (from <= end) from = `${Number(yearOf(end)) + 1}-${mm}-01`;
    // A straight line carries a few months at most; a month a year on is not what was meant.
    if (from > addDays(end, 93)) continue;
    return { from, to: endOfMonth(from), label: MONTHS[i]! };
  }
  return undefined;
}

/** The period projected: a quarter, the year or a month reaching past the data. */
export function targetOf(raw: string, today: string, end = addDays(today, -1)): Span | undefined {
  const y = yearOf(today);
  const word = /\b(first|second|third|fourth|1st|2nd|3rd|4th) quarter\b/.exec(raw)?.[1];
  const q = /\bq([1-4])\b/.exec(raw) ?? (word ? ["", String(QUARTER_WORDS[word])] : null);
  if (q) {
    const from = `${y}-${String((Number(q[1]) - 1) * 3 + 1).padStart(2, "0")}-01`;
    return {
      from,
      to: endOfMonth(`${y}-${String(Number(q[1]) * 3).padStart(2, "0")}-01`),
      label: `Q${q[1]}`,
    };
  }
  if (/\b(?:this quarter|the quarter|quarter[- ]end|end of (?:the |this )?quarter)\b/.test(raw)) {
    const from = startOfQuarter(today);
    return { from, to: addDays(startOfQuarter(addDays(endOfMonth(from), 62)), -1), label: "this quarter" };
  }
  if (
    /\b(?:(?:this|the|full|whole|entire|calendar) (?:year|yr)|year[- ]end|end of (?:the |this )?(?:year|yr)|full[- ]year|annual|eoy|fy|for the year|all (?:of )?(?:this )?year)\b/.test(
      raw,
    ) ||
    new RegExp(`\\b${y}\\b`).test(raw)
  )
    return { from: `${y}-01-01`, to: `${y}-12-31`, label: `${y}` };
  if (/\b(?:this month|month[- ]end|end of (?:the |this )?month|next month)\b/.test(raw)) {
    // fix13e: "next month" is the month after the data's last one (on the 1st, today's month).
    const from = /next month/.test(raw) ? startOfMonth(addDays(endOfMonth(end), 1)) : startOfMonth(today);
    return { from, to: endOfMonth(from), label: "the month" };
  }
  return futureMonth(raw, end);
}

/** The month word that names the pace ("october's pace", "the rate of september"). */
function paceMonthWord(raw: string): string | undefined {
  const m =
    new RegExp(`\\b${MONTH}(?:'s|s'|s)? (?:daily |average |run |current )?${RATE}`).exec(raw) ??
    new RegExp(`\\b${RATE} (?:of|from|in) ${MONTH}\\b`).exec(raw) ??
    new RegExp(`\\b(?:keep|hold|maintain|repeat|match)(?:ing)? ${MONTH}\\b`).exec(raw);
  return m?.[1];
}

/** The stretch whose daily pace is carried. */
export function paceOf(raw: string, today: string, end: string): Span {
  const month =
    new RegExp(`\\b${MONTH}(?:'s|s'|s)? (?:daily |average |run |current )?${RATE}`).exec(raw) ??
    new RegExp(`\\b${RATE} (?:of|from|in) ${MONTH}\\b`).exec(raw) ??
    new RegExp(`\\b(?:keep|hold|maintain|repeat|match)(?:ing)? ${MONTH}\\b`).exec(raw);
  if (month) return namedMonth(month[1]!, end);
  if (/\blast month(?:'s)?\b/.test(raw)) {
    const from = startOfMonth(addDays(startOfMonth(today), -1));
    return { from, to: endOfMonth(from), label: "last month" };
  }
  if (/\b(?:ytd|year to date|this year's|so far this year|year so far|this yr's)\b/.test(raw))
    return { from: `${yearOf(end)}-01-01`, to: end, label: "the year to date" };
  if (/\b(?:qtd|quarter to date|this quarter's)\b/.test(raw))
    return { from: startOfQuarter(end), to: end, label: "the quarter to date" };
  const days = /\blast (\d{1,3}) days\b/.exec(raw);
  if (days && Number(days[1]) >= 7)
    return { from: addDays(end, 1 - Number(days[1])), to: end, label: `the last ${days[1]} days` };
  // "at this rate": the latest full month of data.
  const lastFull = endOfMonth(end) === end ? startOfMonth(end) : startOfMonth(addDays(startOfMonth(end), -1));
  return { from: lastFull, to: endOfMonth(lastFull), label: "the latest full month of data" };
}

/** "run rate" said with no period: a projection of the month running now. */
const BARE_RUN_RATE = /(?<!\b(?:daily|day|weekly|hourly) )\brun ?rate\b(?! (?:per|a|each) (?:day|week)\b)/;
const nowMonth = (today: string): Span => ({
  from: startOfMonth(today),
  to: endOfMonth(startOfMonth(today)),
  label: "the month",
});

/**
 * The run-rate plan, or undefined when the question is not a projection of a period past the data.
 * @example readRunRate("if we keep october's pace what will q4 sales be", p)?.calls[0].args
 * // { metric: "revenue", period: { from: "2026-10-01", to: "2026-12-31" }, pace: { from: "2026-10-01", to: "2026-10-31" } }
 */
export function readRunRate(question: string, p: ParsedQuestion): Plan | undefined {
  // fix20b: "wil we hit 800k by eoy": misspelt question words read as typed right.
  const raw = fixWordTypos(question.toLowerCase().replace(/[’`]/g, "'"));
  if (!CARRY.test(raw) || ELSEWHERE.test(raw)) return undefined;
  const metric = METRIC_WORDS.find(([re]) => re.test(raw))?.[1];
  if (!metric) return undefined;
  const end = p.dataEnd && p.dataEnd < p.today ? p.dataEnd : addDays(p.today, -1);
  // lead24: "spend run rate", "whats our revenue run rate": no period named is the month running
  // now (on the 1st, the month starting today), at the latest full month's pace.
  const target =
    targetOf(raw, p.today, end) ??
    (BARE_RUN_RATE.test(raw) && !p.time.period ? nowMonth(p.today) : undefined);
  if (!target || target.to <= end) return undefined;
  const pace = paceOf(raw, p.today, end);
  if (pace.to > end) return undefined;
  // fix19d: "do we hit $1m revenue by year end at this pace": the goal is set beside it.
  const goal = goalOf(raw);
  return withGoal(runRatePlan(metric, goal !== undefined ? goalSpan(raw, target) : target, pace, p), goal);
}

/** The project_run_rate plan of `metric` over `target` at `pace`'s daily pace, with the question's filters. */
export function runRatePlan(
  metric: (typeof METRIC_WORDS)[number][1],
  target: Span,
  pace: Span,
  p: ParsedQuestion,
): Plan {
  const filters = p.dims.filters.map((f) => ({ field: f.field, op: f.op, values: f.values }));
  const frame: Frame = {
    intent: "query",
    metrics: [metric],
    dimensions: [],
    filters: p.dims.filters,
    period: { from: target.from, to: target.to, label: target.label },
  };
  return {
    kind: "tool_calls",
    intent: "query",
    frame,
    calls: [
      {
        name: "project_run_rate",
        args: {
          metric,
          period: { from: target.from, to: target.to },
          pace: { from: pace.from, to: pace.to },
          ...(filters.length ? { filters } : {}),
        },
      },
    ],
  };
}
