/**
 * What the two sides of a platform-reported vs tracked answer are (agent/planner/platform-gap-intent.ts):
 * the tracked side is the attribution model's credit to the platform's campaigns, named, so the
 * gap is not read as lost orders. fix12c: "why does meta say more than you do" asks for the reasons,
 * so the platform's own windows and cross-device modelling are named beside view-through.
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";

/**
 * The note, when the result holds a reported-over-tracked ratio; "" otherwise.
 * @example platformGapNote(result) // "Reported: what each ad platform claims ..."
 */
export function platformGapNote(result: MetricResult): string {
  const keys = new Set(result.columns.map((c) => c.key));
  if (!keys.has("platform_conversions_over_tracked") && !keys.has("platform_revenue_over_tracked")) return "";
  const model = result.provenance.attribution?.model?.replace(/_/g, " ") ?? "the organization's default";
  return `Reported: what each ad platform claims in its own reporting (it counts view-through conversions, credits orders inside its own click and view windows, models conversions across devices and browsers it could not follow, and every platform claims an order its ad touched, so the same order is counted more than once across platforms). Tracked (Orders, Revenue): the orders and revenue our ${model} attribution model credits to that platform's campaigns. The ratio is reported over tracked: how many times our tracked figure the platform claims.`;
}
