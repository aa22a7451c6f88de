/**
 * fix8b: the recorded planned changes asked for as a list ("what experiments have we run this
 * year", "show me the budget flights and holdouts we logged", "any planned tests in q3"): the
 * campaigns tool's 'planned' lists them from the planned changes, with their dates, kind,
 * expected change and note. Asking what one of them did (its results) is the holdout or change
 * answer; asking which test to run next is advice.
 */
import { budgetPeriod } from "./budget-period.ts";
import type { CampaignsAsk } from "./campaigns-intent.ts";
import type { ParsedQuestion } from "./parse.ts";

const THINGS =
  "(?:planned changes?|planned tests?|tests?|experiments?|budget flights?|flights?|holdouts?|hold outs?)";

/** fix16a: the things a plan holds, said loosely ("changes", "anything", "budget changes"). */
const LOOSE_THINGS = `(?:${THINGS}|(?:budget |spend |campaign )?changes?|anything|something|plans?)`;

/** The planned changes named as things to list. */
const PLANNED_LIST = new RegExp(
  [
    // "the planned changes", "our planned tests"
    "\\bplanned (?:changes?|tests?|experiments?|flights?)\\b",
    // "tests we ran", "experiments we have run this year", "flights you logged"
    `\\b${THINGS}(?: (?:and|or|/) ${THINGS})* (?:that )?(?:we|you|the team) (?:ran|run|have run|did|have done|recorded|logged|planned|scheduled|had)\\b`,
    // "list our tests", "show me the experiments", "what tests", "which holdouts and flights", "any experiments"
    `\\b(?:list|show|give|pull|what|which|any|all)(?: me| us)?(?: (?:of )?(?:the|our|my|all))* (?:(?:recorded|past|recent|budget|spend|upcoming|future|scheduled) )?${THINGS}(?: (?:and|or|/) ${THINGS})*\\b`,
    // fix16a: the plan asked as a clause: "what changes do we have planned", "anything we've got
    // scheduled for november", "tests lined up", "what's planned for december", "upcoming changes"
    `\\b${LOOSE_THINGS} (?:(?:do|did|have|has|are|were|is) )?(?:we|you|the team|they|i)(?:'ve| ve| have| got| had)?(?: got)? (?:planned|scheduled|lined up|coming up|booked|in the pipeline)\\b`,
    `\\b${LOOSE_THINGS} (?:(?:is|are|r) )?(?:planned|scheduled|lined up|coming up|upcoming|on the (?:calendar|roadmap|schedule))\\b`,
    `\\b(?:what(?:'s| is|s)?|anything|something) (?:(?:is|was) )?(?:planned|lined up|coming up|on the (?:calendar|roadmap))\\b`,
    `\\b(?:upcoming|future|scheduled) ${LOOSE_THINGS}\\b`,
    `\\bwhat (?:do|did|have|has) (?:we|you|the team)(?: have| got| gotten)?(?: got)? (?:planned|scheduled(?= for\\b)|lined up|coming up|booked|in the pipeline)\\b`,
  ].join("|"),
);

/** What one test did, or which to run: another answer. */
const NOT_A_LIST =
  /\b(?:results?|show(?:ed|n)?|impact|effect|lift|work(?:ed)?|move[ds]?|did (?:it|they|the \w+) do|what happened|should|could|recommend\w*|suggest\w*|next(?! (?:month|week|quarter|year|\d+ (?:days|weeks|months)))|design|set up|run a|how (?:do|to|would|should|can))\b/;

/** Words that ask about the plan ahead, not the changes already made. */
const FORWARD =
  /\b(?:planned for|scheduled for|lined up|coming up|upcoming|future|ahead|next|in the pipeline|on the (?:calendar|roadmap))\b/;

/** `day` moved by whole years, then by `days`. */
function yearsOn(day: string, years: number, days = 0): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * fix16a: a bare month asked of the plan ahead ("what's planned for december" in November) is the
 * coming one, not last year's: the period read as past moves a year on.
 */
function aheadWhenPlanned(t: string, period: { from: string; to: string }, today: string) {
  if (!FORWARD.test(t) || period.to >= today || /\b(?:19|20)\d\d\b|\blast\b|\bprevious\b/.test(t))
    return period;
  const moved = { from: yearsOn(period.from, 1), to: yearsOn(period.to, 1) };
  return moved.from > today ? moved : period;
}

/** A period reaching today that starts on a month's first day runs to that month's end. */
function wholeMonthAhead(period: { from: string; to: string }, today: string): string {
  if (period.to < today || !period.from.endsWith("-01")) return period.to;
  const [y, m] = period.from.split("-").map(Number) as [number, number];
  const end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return end > period.to ? end : period.to;
}

/**
 * @example readPlannedList(parse("what experiments have we run this year")) // { analysis: "planned", filters: [] }
 */
export function readPlannedList(p: ParsedQuestion): CampaignsAsk | undefined {
  const t = p.text;
  if (!PLANNED_LIST.test(t)) return undefined;
  // "show" is a listing verb at the start ("show me the tests"), not what a test showed.
  const rest = t.replace(/^(?:can you |please |pls )?(?:show|list|give)(?: me| us)?\b/, "");
  if (NOT_A_LIST.test(rest)) return undefined;
  if (p.metrics.length > 0 || p.ranking) return undefined;
  // Holdouts alone are the holdout answer (each with what it did to sales).
  if (
    !/\b(?:planned|scheduled|lined up|coming up|upcoming|on the (?:calendar|roadmap)|in the pipeline|tests?|experiments?|flights?)\b/.test(
      t,
    )
  )
    return undefined;
  const channel = p.dims.filters.filter(
    (f) => f.field === "channel" && f.op === "in" && f.values.length === 1,
  );
  if (p.dims.filters.length !== channel.length) return undefined;
  // fix16a: a month still to come ("planned for november" on November 1st, "next month") is asked
  // whole: the plan is about days the data has not reached, so none is cut at today.
  // "next month" on a month's first day is the month starting today, as for a budget plan.
  const asked = p.time.period ? budgetPeriod(p.time.period, t, p.today, true) : undefined;
  const within = asked
    ? aheadWhenPlanned(t, { from: asked.from, to: wholeMonthAhead(asked, p.today) }, p.today)
    : FORWARD.test(t)
      ? { from: p.today, to: yearsOn(p.today, 1, -1) }
      : undefined;
  return { analysis: "planned", filters: channel, ...(within ? { around: within } : {}) };
}
