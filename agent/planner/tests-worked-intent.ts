/**
 * fix20e: the tests run asked as a list together with which of them worked ("which experiments did
 * we run in 2026 and which paid off", "list this year's tests with their results", "what did we
 * test and what worked"). The list alone is the planned changes (planned-list-intent.ts); "did our
 * tests work" alone is the holdouts (holdout-intent.ts). Asked together, read as words, the verb
 * went to the catalog search ("no metric called 'tests ones worked'"). The answer is both: every
 * recorded test in the period (flights, holdouts, lasting changes), then each holdout's measured
 * effect on total sales against comparable weeks, which is where a verdict comes from.
 */
import { assembleCalls } from "./assemble.ts";
import type { CampaignsAsk } from "./campaigns-intent.ts";
import { campaignsFrame } from "./campaigns-intent.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { Reading } from "./pipeline/types.ts";
import type { Plan } from "./types.ts";

/** The things tested, said loosely. */
const TESTS = String.raw`(?:tests?|testing|experiments?|experiment(?:ation|s)?|holdouts?|hold outs?|budget flights?|flights?|a\/b tests?|trials?|pilots?)`;

/** Asking for them as a list: "which tests", "what experiments", "list our tests", "what did we test". */
const LISTED = new RegExp(
  [
    String.raw`\b(?:which|what|list|show|all|every|each|any)\b(?: (?!and\b|or\b)[\w&'-]+){0,4}? ${TESTS}\b`,
    String.raw`\bwhat (?:did|have|has) (?:we|you|the team)(?: (?:\w+ ){0,2})? (?:test|tested|try|tried|run|ran|experiment(?:ed)?)\b`,
    String.raw`\b${TESTS}(?: (?:and|or|\/) ${TESTS})* (?:that )?(?:we|you|the team) (?:ran|run|have run|did|have done|tried)\b`,
    // lead26: "what did we learn from the tests", "takeaways from our experiments".
    String.raw`\b(?:learn\w*|takeaways?|lessons?|insights?) (?:from|of|in) (?:the |our |all (?:the |our )?|these |those )?(?:\w+ )?${TESTS}\b`,
  ].join("|"),
);

/** Asking which of them worked: a verdict or a result for each. */
const WORKED = new RegExp(
  [
    String.raw`\b(?:which|what)(?: ones?| of (?:them|those|these|the \w+))?(?: (?:actually|really))? (?:worked|work|succeeded|won|helped|paid off|panned out|moved (?:the needle|sales|revenue)|made a difference|were (?:successful|a success|winners?)|was (?:successful|a success|a winner))\b`,
    String.raw`\b(?:did|do|have) (?:they|any|any of (?:them|those|these|it)|those|these|them|it)\b.{0,12}\b(?:work|help|pay off|succeed|do anything)\b`,
    String.raw`\b(?:worked|successful|success(?:es)?|succeeded|winners?|losers?|results?|outcomes?|effects?|impact|lift|verdicts?|what (?:happened|they did|it did)|how (?:they|it) (?:went|did|turned out)|turn(?:ed)? out|learn\w*|takeaways?|lessons?)\b`,
  ].join("|"),
);

/** Asking which test to run next, or how to run one: advice, not results. */
const AHEAD =
  /\b(?:should|could|would|next|upcoming|planned for|scheduled for|lined up|coming up|design|set up|how (?:do|to|can|would|should))\b/;

/**
 * The list-and-results ask, or undefined when the question is not one.
 * @example readTestsWorked(parse("which tests have we run this year and which ones worked")) // { around: { from: "2026-01-01", ... }, filters: [] }
 */
export function readTestsWorked(p: ParsedQuestion): Pick<CampaignsAsk, "around" | "filters"> | undefined {
  const t = p.text;
  if (!LISTED.test(t) || !WORKED.test(t) || AHEAD.test(t)) return undefined;
  if (p.metrics.length > 0) return undefined;
  const channels = p.dims.filters.filter(
    (f) => f.field === "channel" && f.op === "in" && f.values.length === 1,
  );
  if (p.dims.filters.length !== channels.length || channels.length > 1) return undefined;
  const around =
    p.time.period && p.time.period.from <= p.today
      ? { from: p.time.period.from, to: p.time.period.to }
      : undefined;
  return { filters: channels, ...(around ? { around } : {}) };
}

/**
 * Both answers: the planned changes listed, then the holdouts read against comparable weeks.
 * @example testsWorkedPlan(reading, { filters: [] }).calls.map((c) => c.args.analysis) // ["planned", "holdout"]
 */
export function testsWorkedPlan(r: Reading, ask: Pick<CampaignsAsk, "around" | "filters">): Plan {
  const frames = (["planned", "holdout"] as const).map((analysis) =>
    campaignsFrame(r.p, { analysis, ...ask }, r.ctx.catalog),
  );
  const calls = frames.flatMap((f) => assembleCalls(f));
  return { kind: "tool_calls", intent: "campaigns", calls, frame: frames[1]! };
}
