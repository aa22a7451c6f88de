/**
 * fix14e: "why is display our best roas channel", "how come paid search is our top channel for
 * revenue": a why that presumes a member ranks first. Answered as the why alone, the answer
 * explained the member's figure and never said whether the premise held (display was not the best).
 * Here the members are ranked on that measure over the period the why is explained for, the
 * writer checks the premise against that ranking first (present/rank-premise-verdict.ts), then
 * what moved the member's figure follows.
 */
import { withNotes } from "./pipeline/noted-plans.ts";
import type { Reading } from "./pipeline/types.ts";
import type { Plan } from "./types.ts";

/** The placeholder the writer replaces by the verdict on the premise. */
export const RANK_PREMISE_NOTE = "Whether the premise holds is checked against the ranking first.";

/** "why is X", "how come X is", "what makes X": a why of a state, not of a move. */
const WHY_STATE = /^(?:(?:so|but|ok|okay|and|hmm?)\s+)*(?:why (?:is|are|has|does)|how come|what makes)\b/;
/** "our best", "the top", "my strongest", "our most profitable": the premise of a rank. */
const SUPERLATIVE =
  /\b(?:our|the|my)\s+(?:#\s?1|number one|no\.? ?1|best|top|strongest|highest|worst|weakest|lowest|cheapest|most expensive|most efficient|least efficient|most profitable|least profitable|leading|biggest)\b/;
/** Words that make the superlative low-is-first whatever the metric ("our lowest cpa channel"). */
const LITERAL_LOW = /\b(?:lowest|cheapest)\b/;
const LITERAL_HIGH = /\b(?:highest|biggest|most expensive)\b/;
const BAD = /\b(?:worst|weakest|least efficient|least profitable)\b/;

const RANKED = new Set(["channel", "platform", "campaign"]);

/**
 * The plan of a why that presumes a rank, or undefined when the question is not one.
 * @example rankPremisePlan(read("why is display our best roas channel"))?.calls[0]?.name // "query_metrics"
 */
export function rankPremisePlan(r: Reading): Plan | undefined {
  const text = r.p.text;
  if (r.ctx.previous || !WHY_STATE.test(text)) return undefined;
  const sup = SUPERLATIVE.exec(text);
  const one = r.p.dims.filters.filter((f) => RANKED.has(f.field));
  if (!sup || one.length !== 1 || one[0]!.op !== "in" || one[0]!.values.length !== 1) return undefined;
  if (r.p.metrics.length > 1 || r.p.time.compare) return undefined;
  const member = one[0]!;
  const metric = r.p.metrics[0] ?? "revenue";
  const def = r.ctx.catalog.metrics.get(metric);
  if (!def) return undefined;
  // The why itself, read without the premise ("why is display our roas channel now").
  const rest = r.replan(text.replace(sup[0], sup[0].split(/\s+/)[0]!), r.ctx);
  if (rest.kind !== "tool_calls") return undefined;
  const word = sup[0];
  const firstIsHigh = LITERAL_LOW.test(word)
    ? false
    : LITERAL_HIGH.test(word)
      ? true
      : BAD.test(word) !== (def.higherIsBetter !== false);
  const period = rest.frame.period;
  const ranking = {
    name: "query_metrics" as const,
    args: {
      metrics: [metric],
      dimensions: [member.field],
      filters: r.p.dims.filters.filter((f) => f !== member),
      timeRange: { from: period.from, to: period.to },
      orderBy: [{ field: metric, direction: firstIsHigh ? "desc" : "asc" }],
    },
  };
  return withNotes({ ...rest, calls: [ranking, ...rest.calls] }, [RANK_PREMISE_NOTE]);
}
