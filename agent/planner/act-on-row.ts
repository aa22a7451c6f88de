/**
 * fix18c: "what should I do about it?" after the worst (or best) campaign was named: actions about
 * THAT campaign, from its own next dollar. Read alone, the follow-up was the generic ranked actions
 * across every channel, which never named the campaign asked about. The campaign is only known
 * once the ranking's row arrives, so the ranking runs again and the campaign's +10% what-if is its
 * found step (found-step-run.ts): its marginal ROAS against break-even says cut, hold or grow
 * (present/marginal-return.ts leads with that action).
 */
import { assembleCalls } from "./assemble.ts";
import { frameFor } from "./frame.ts";
import type { Reading } from "./pipeline/types.ts";
import type { FoundStep, Plan } from "./types.ts";

/** Asked what to do: "what should I do about it", "how do we fix that", "next steps?", "any advice". */
export const ASKS_ACTION =
  /\bwhat (?:should|shall|do|can|could|would) (?:i|we|you)\b.{0,25}\b(?:do|change|fix|try)\b|\bhow (?:do|should|can|could|would) (?:i|we|you) (?:fix|improve|handle|deal with|turn around|rescue)\b|\b(?:next steps?|action items?|game plan|what now|now what)\b|\bany (?:recommendations?|suggestions?|advice|ideas|fixes)\b|\b(?:what (?:do|would) you (?:recommend|suggest|advise))\b|\bwhat(?: is|s)? (?:the|your|my|our) (?:recommendation|advice|move|fix|call)\b/;

/** Longer than this, the turn asks something of its own, not of the row shown. */
const MAX_WORDS = 12;

/** The one-row campaign ranking the previous turn answered, or undefined. */
function campaignRanking(previous: Reading["ctx"]["previous"]) {
  if (previous?.kind !== "tool_calls" || previous.calls.length !== 1) return undefined;
  const call = previous.calls[0]!;
  const f = previous.frame;
  if (call.name !== "query_metrics" || f.intent !== "rank" || !f.order) return undefined;
  if (f.dimensions.length !== 1 || f.dimensions[0] !== "campaign" || f.limit !== 1) return undefined;
  return previous;
}

/**
 * The plan for "what should I do about it" after a one-row campaign ranking, else undefined.
 * @example actOnRowPlan(reading("what should I do about it?", after "worst campaign last month"))?.then?.calls[0]?.name // "recommend_budget"
 */
export function actOnRowPlan(r: Reading): Plan | undefined {
  const previous = campaignRanking(r.ctx.previous);
  if (!previous) return undefined;
  const p = r.p;
  if (!ASKS_ACTION.test(p.text) || p.text.split(/\s+/).length > MAX_WORDS) return undefined;
  if (p.dims.filters.length || p.dims.dimensions.length || p.metrics.length) return undefined;
  const budget = frameFor("budget", { ...p, time: { ...p.time, period: undefined } }, r.ctx.catalog);
  const step = assembleCalls({
    ...budget,
    intent: "budget",
    budget: {
      ...p.budget,
      level: "channel",
      changes: [{ dimension: "campaign", value: "{{found}}", changePercent: 10 }],
    },
  });
  const then: FoundStep = { field: "campaign", calls: step };
  return {
    ...previous,
    then,
    notes: [
      ...(previous.notes ?? []),
      "First the campaign the last answer named, then what to do about it: its next dollar at current spend against break-even, from its fitted response curve.",
    ],
  };
}
