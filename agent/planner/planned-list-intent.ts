/**
 * fix8b: the recorded planned changes asked for as a list ("what experiments have we run this
 * year", "show me the budget flights and holdouts we logged", "any planned tests in q3"): the
 * campaigns tool's 'planned' lists them from the planned changes, with their dates, kind,
 * expected change and note. Asking what one of them did (its results) is the holdout or change
 * answer; asking which test to run next is advice.
 */
import type { CampaignsAsk } from "./campaigns-intent.ts";
import type { ParsedQuestion } from "./parse.ts";

const THINGS =
  "(?:planned changes?|planned tests?|tests?|experiments?|budget flights?|flights?|holdouts?|hold outs?)";

/** The planned changes named as things to list. */
const PLANNED_LIST = new RegExp(
  [
    // "the planned changes", "our planned tests"
    "\\bplanned (?:changes?|tests?|experiments?|flights?)\\b",
    // "tests we ran", "experiments we have run this year", "flights you logged"
    `\\b${THINGS}(?: (?:and|or|/) ${THINGS})* (?:that )?(?:we|you|the team) (?:ran|run|have run|did|have done|recorded|logged|planned|scheduled|had)\\b`,
    // "list our tests", "show me the experiments", "what tests", "which holdouts and flights", "any experiments"
    `\\b(?:list|show|give|pull|what|which|any|all)(?: me| us)?(?: (?:of )?(?:the|our|my|all))* (?:(?:recorded|past|recent|budget|spend) )?${THINGS}(?: (?:and|or|/) ${THINGS})*\\b`,
  ].join("|"),
);

/** What one test did, or which to run: another answer. */
const NOT_A_LIST =
  /\b(?:results?|show(?:ed|n)?|impact|effect|lift|work(?:ed)?|move[ds]?|did (?:it|they|the \w+) do|what happened|should|could|recommend\w*|suggest\w*|next|design|set up|run a|how (?:do|to|would|should|can))\b/;

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
  if (!/\b(?:planned|tests?|experiments?|flights?)\b/.test(t)) return undefined;
  const channel = p.dims.filters.filter(
    (f) => f.field === "channel" && f.op === "in" && f.values.length === 1,
  );
  if (p.dims.filters.length !== channel.length) return undefined;
  const within =
    p.time.period && p.time.period.from <= p.today
      ? { from: p.time.period.from, to: p.time.period.to }
      : undefined;
  return { analysis: "planned", filters: channel, ...(within ? { around: within } : {}) };
}
