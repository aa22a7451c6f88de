/**
 * fix10c: a breakdown read under an attribution model the question named ("new customers by first
 * touch channel", "cac by first touch vs by last touch") says which model split it, so two
 * answers side by side (one per model) can be told apart and a first-touch split is not taken for
 * the default one. Notes that already name the model (ROAS, paid CPA) are left to say it.
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";

const MEMBER_DIMENSIONS = new Set(["channel", "campaign", "platform"]);
const MODEL_NAMED_ELSEWHERE = new Set(["roas", "paid_cpa"]);

/**
 * @example modelBasisNote(newCustomersByChannel, { attributionModel: "first_touch" })
 *   // "By channel under the first touch attribution model: each channel gets the credit that model gives it."
 */
export function modelBasisNote(result: MetricResult, args: Record<string, unknown>): string {
  const model = result.provenance?.attribution?.model;
  if (typeof args.attributionModel !== "string" || !model) return "";
  const keys = result.columns.map((c) => c.key);
  if (keys.some((k) => MODEL_NAMED_ELSEWHERE.has(k))) return "";
  const member = result.columns.find((c) => c.kind === "dimension" && MEMBER_DIMENSIONS.has(c.key));
  if (!member) return "";
  const name = model.replace(/_/g, " ");
  const what =
    model === "first_touch"
      ? ` (the ${member.key} of the first touch in each journey)`
      : model === "last_touch"
        ? ` (the ${member.key} of the last touch before each order)`
        : "";
  return `By ${member.key} under the ${name} attribution model${what}.`;
}
