/**
 * fix14f: "if tiktok cpa doubled at the same spend how many orders would we lose", "say our cost
 * per click goes up 50% with budgets flat, what happens to clicks": a what-if on a cost per
 * result at unchanged spend. There is no forecasting model, but none is needed: at the same spend
 * results = spend / cost per result, so a cost k times as high buys 1/k of the results. The answer
 * is the latest full month's spend, results and cost per result (or the past period named), with
 * the arithmetic said in words; without this "next month" declined as a forecast, or the figures
 * came without what was asked of them.
 */
import { addDays, endOfMonth, startOfMonth } from "../../semantic/query/dates.ts";
import type { ParsedQuestion } from "./parse.ts";
import { toolPlan } from "./pipeline/assemble-stage.ts";
import { withNotes } from "./pipeline/noted-plans.ts";
import type { Frame, Plan } from "./types.ts";

/** A cost per result, the results it buys, and their names. */
const COSTS: ReadonlyArray<{ re: RegExp; cost: string; results: string; name: string; noun: string }> = [
  {
    re: /\b(?:cpa|cost per (?:acquisition|order|purchase|conversion|sale)|cost of (?:an? )?(?:order|acquisition|conversion))\b/,
    cost: "cpa",
    results: "orders",
    name: "cost per acquisition",
    noun: "orders",
  },
  {
    re: /\b(?:cac|ncac|cost per (?:new )?customer|customer acquisition cost)\b/,
    cost: "cac",
    results: "new_customers",
    name: "customer acquisition cost",
    noun: "new customers",
  },
  {
    re: /\b(?:cpc|cost per click)\b/,
    cost: "cpc",
    results: "clicks",
    name: "cost per click",
    noun: "clicks",
  },
];

/**
 * How many times as high the cost goes, said in words (figures the data does not hold are not
 * written): how high, what the same spend then buys, and the share of the results lost.
 */
const FACTORS: ReadonlyArray<{ re: RegExp; k: number; high: string; buys: string; lost: string }> = [
  {
    re: /\b(?:doubl\w*|2 ?x\b|x ?2\b|twice|100 ?%|100 percent)/,
    k: 2,
    high: "twice as high",
    buys: "half as many",
    lost: "half",
  },
  {
    re: /\b(?:tripl\w*|3 ?x\b|x ?3\b|200 ?%|200 percent)/,
    k: 3,
    high: "three times as high",
    buys: "a third as many",
    lost: "two thirds",
  },
  {
    re: /\b(?:quadrupl\w*|4 ?x\b|x ?4\b|300 ?%|300 percent)/,
    k: 4,
    high: "four times as high",
    buys: "a quarter as many",
    lost: "three quarters",
  },
  {
    re: /\b(?:1\.5 ?x\b|50 ?%|50 percent|by half)/,
    k: 1.5,
    high: "half as high again",
    buys: "two thirds as many",
    lost: "a third",
  },
  {
    re: /\b(?:1\.25 ?x\b|25 ?%|25 percent|by a quarter)/,
    k: 1.25,
    high: "a quarter higher",
    buys: "four fifths as many",
    lost: "a fifth",
  },
  {
    re: /\b(?:1\.2 ?x\b|20 ?%|20 percent|by a fifth)/,
    k: 1.2,
    high: "a fifth higher",
    buys: "five sixths as many",
    lost: "a sixth",
  },
];

/** A rise of the cost, said of it: "cpa goes 2x", "cpa doubles", "a 50% higher cpc", "cpc up 25%". */
const RISES =
  /\b(?:goes|went|go|going|gets|got|rises?|rose|rising|jumps?|jumped|climbs?|climbed|increases?|increased|up|higher|more expensive|doubl\w*|tripl\w*|quadrupl\w*|x ?\d|\d(?:\.\d+)? ?x)\b/;

/** At unchanged spend, or asking what it costs in results. */
const SAME_SPEND =
  /\b(?:(?:same|flat|unchanged|constant|current|fixed|steady) (?:spend|budgets?|spending|ad spend)|(?:spend|budgets?) (?:stays?|remains?|held|flat|unchanged|the same|constant)|how many (?:fewer |less |more )?(?:orders|conversions|sales|purchases|customers|clicks)|(?:lose|losing|lost|fewer|drop in) (?:\w+ )?(?:orders|conversions|sales|purchases|customers|clicks)|what happens to (?:our )?(?:orders|conversions|sales|customers|clicks))\b/;

/** What the asked what-if reads as, or undefined. */
export interface CostMultiple {
  cost: string;
  results: string;
  name: string;
  noun: string;
  k: number;
  high: string;
  buys: string;
  lost: string;
}

/**
 * @example readCostMultiple("if tiktok cpa doubles at the same spend how many orders do we lose") // { cost: "cpa", k: 2, lost: "half", ... }
 */
export function readCostMultiple(text: string): CostMultiple | undefined {
  const cost = COSTS.find((c) => c.re.test(text));
  if (!cost || !SAME_SPEND.test(text) || !RISES.test(text)) return undefined;
  // The factor must be said of the cost, near it (before or after), not of something else.
  const at = cost.re.exec(text)!.index;
  const near = text.slice(Math.max(0, at - 30), at + 60);
  const factor = FACTORS.find((f) => f.re.test(near));
  if (!factor) return undefined;
  const { re: _r, ...named } = cost;
  const { re: _f, ...by } = factor;
  return { ...named, ...by };
}

const LATEST = "the latest full month of data";

/** The past period read: the one named when it has ended, else the latest full month of data. */
function basePeriod(p: ParsedQuestion): { from: string; to: string; label: string } {
  const end = p.dataEnd && p.dataEnd < p.today ? p.dataEnd : addDays(p.today, -1);
  const named = p.time.period;
  if (named && named.to <= end) return { from: named.from, to: named.to, label: named.label ?? "" };
  const from = endOfMonth(end) === end ? startOfMonth(end) : startOfMonth(addDays(startOfMonth(end), -1));
  return { from, to: endOfMonth(from), label: LATEST };
}

/** The note that says the arithmetic, before the figures it is applied to. */
export function costMultipleNote(w: CostMultiple, latest: boolean): string {
  const base = latest ? "the latest full month of data" : "the period you named";
  return `What-if by arithmetic, not a forecasting model: at the same spend, ${w.noun} = spend ÷ ${w.name}, so a ${w.name} ${w.high} buys ${w.buys} ${w.noun}: you would lose ${w.lost} of the ${w.noun} below (the spend, ${w.noun} and ${w.name} of ${base}, which it applies to). It assumes nothing else changes (conversion rate, order value, how the platform delivers).`;
}

/** The what-if's plan, or undefined when the question is not one. */
export function costMultiplePlan(p: ParsedQuestion): Plan | undefined {
  const w = readCostMultiple(p.text);
  if (!w || p.dims.dimensions.length) return undefined;
  const period = basePeriod(p);
  const frame: Frame = {
    intent: "query",
    metrics: ["spend", w.results, w.cost],
    dimensions: [],
    filters: p.dims.filters,
    period,
  };
  return withNotes(toolPlan(frame), [costMultipleNote(w, period.label === LATEST)]);
}
