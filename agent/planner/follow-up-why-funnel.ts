/**
 * fix14e: "why?" after a funnel answer ("biggest drop in the paid social funnel in august vs july"
 * then "why?"): the same funnel against the same baseline (the period before when it had none),
 * with the conversion rate's change explained by channel, which finds the days a rate broke on
 * and what held while it did (the "... and why" funnel question, funnel-intent.ts). A bare "why"
 * named nothing the planner knew and was declined as off topic.
 */
import { WHY_TURN } from "./follow-up-asks.ts";
import type { ParsedQuestion } from "./parse.ts";
import { baselineOf } from "./time.ts";
import type { Frame } from "./types.ts";

/**
 * The funnel frame asked why of, or undefined when the turn is no bare "why" after a funnel.
 * @example whyAfterFunnel(parse("why?"), paidSocialFunnelAugVsJul)?.funnel?.why // true
 */
export function whyAfterFunnel(p: ParsedQuestion, prev: Frame | undefined): Frame | undefined {
  if (prev?.intent !== "funnel" || !prev.funnel || !WHY_TURN.test(p.text)) return undefined;
  if (p.metrics.length || p.time.period || p.dims.filters.length || p.dims.dimensions.length)
    return undefined;
  const compare = prev.compare ?? {
    mode: "previous_period" as const,
    period: baselineOf(prev.period, "previous_period"),
  };
  return { ...prev, funnel: { ...prev.funnel, why: true }, compare };
}
