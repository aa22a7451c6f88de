/**
 * fix11a: two asks in one question, the second about what the first finds ("track down our
 * weakest channel in q3, then show me how it moved against q2", "which was our strongest month
 * and why"): the first ask planned alone, then the second as its follow-up (previous-answer-asks.ts
 * reads "what changed" after a one-row ranking as that member against a period). When the second
 * cannot be planned from the first's plan, the first's answer comes with a note saying what the
 * answer does not cover, instead of a decline of the whole question.
 */
import { changeCampaignsStep } from "./found-change-step.ts";
import { campaignsStep, driversStep } from "./found-step.ts";
import { withNotes } from "./pipeline/noted-plans.ts";
import type { Reading } from "./pipeline/types.ts";
import type { Plan } from "./types.ts";

/** "X, then Y", "X and then Y", "X; after that Y", or "X and what/why/how ..." after a ranking. */
const THEN_SPLIT = /^(.{8,}?)\s*(?:,|;|\.)?\s+(?:and\s+)?(?:then|after that|next)\s+(.{6,})$/;
const AND_ASK_SPLIT = /^(.{8,}?)\s*,?\s+and\s+((?:what|why|how|which)\b.*)$/;

/**
 * A second ask about what the first finds ("what changed", "why", "how did it move"); a second ask
 * with its own figure ("and what roas was on each") is one question, read whole.
 */
// fix14e: or which members drove it ("which channels drove it", "what campaign inside it caused that").
const ABOUT_THE_FOUND =
  /^(?:(?:can you|could you|please|pls|then|also)\s+)*(?:tell me |show me |explain |say )?(?:(?:which|what) (?:channels?|campaigns?|platforms?|sources?)\b.{0,30}\b(?:drove|drive|driving|caused|cause|causing|behind|responsible|contributed|contributing|powered|fueled|led)\b|what (?:changed|happened|moved|shifted|drove|caused|explains|is behind|was behind|went wrong)|what(?:'s| is| was) (?:different|behind)|why|how come|how (?:did |has )?(?:it|that|they|this|this one|that one) (?:change|changed|move|moved|shift|shifted|do|did|compare|compares))\b/;

/** Verbs of finding that lead the first ask and read as nothing of their own. */
const FIND_LEAD =
  /^(?:(?:can you|could you|please|pls|first)\s+)*(?:find|identify|spot|pick out|figure out|work out|track down|tell me|show me|get me|pull up|look up)\s+(?:me\s+)?/;

/** The plan of a two-step question, or undefined when it is not one. */
export function twoStepAsk(r: Reading): Plan | undefined {
  if (r.ctx.previous) return undefined;
  const text = r.p.text;
  const m = THEN_SPLIT.exec(text) ?? AND_ASK_SPLIT.exec(text);
  if (!m) return undefined;
  const first = m[1]!.replace(FIND_LEAD, "");
  const second = m[2]!;
  // fix13e: "then its campaigns" after a found channel: planned once its rows arrive (found-step.ts).
  if (THEN_SPLIT.test(text) && !ABOUT_THE_FOUND.test(second)) {
    const firstPlan = r.replan(first, { ...r.ctx, previous: undefined });
    return firstPlan.kind === "tool_calls" ? campaignsStep(firstPlan, second, r.ctx.catalog) : undefined;
  }
  if (!ABOUT_THE_FOUND.test(second)) return undefined;
  const firstPlan = r.replan(first, { ...r.ctx, previous: undefined });
  // fix14e: the channel that moved most, then its campaigns over the same periods.
  const byChange =
    firstPlan.kind === "tool_calls"
      ? changeCampaignsStep(firstPlan, first, second, r.ctx.catalog)
      : undefined;
  if (byChange) return byChange;
  // Only a ranking finds the member the second ask is about.
  if (firstPlan.kind !== "tool_calls" || firstPlan.frame.intent !== "rank" || !firstPlan.frame.limit)
    return undefined;
  // fix14e: "and which campaigns drove it" after the top channel: its campaigns, once found.
  const campaigns = campaignsStep(firstPlan, second, r.ctx.catalog);
  if (campaigns) return campaigns;
  // fix13e: "and what drove it" after the top week or month: its movers, once the rows say which.
  const drivers = driversStep(firstPlan, r.ctx.catalog);
  if (drivers) return drivers;
  const secondPlan = r.replan(second, { ...r.ctx, previous: firstPlan, previousQuestion: first });
  if (secondPlan.kind === "tool_calls" && secondPlan.frame.intent !== "search") return secondPlan;
  return withNotes(firstPlan, [
    `This answers the first part ("${first}"); I can't answer "${second}" about it in the same answer, so ask it next, naming what this finds.`,
  ]);
}
