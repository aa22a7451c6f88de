/**
 * fix21f: how a credited figure is worked out ("how do you calculate roas, and on which model?",
 * "roas formula? model? window?", "whats the methodology behind cpa"): the metric's definition
 * (describe_metric: its formula, paid channels only, MER beside it), then the attribution setup
 * it rests on, named by the attribution tool from the organization's settings (the default model
 * and its lookback window). Answered with the attribution comparison alone, the formula was never
 * given and the other models were tacked on; with the definition alone, the model and window were
 * never named. Only metrics whose definition rests on attribution credit take the second part.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { asksMetricMethod } from "../present/attribution-direction.ts";
import { asksDefinitionAndValue } from "./define-and-value-intent.ts";
import { toolPlan } from "./pipeline/assemble-stage.ts";
import { metricQuestionFrame } from "./pipeline/metric-question.ts";
import type { Reading } from "./pipeline/types.ts";
import type { Plan } from "./types.ts";

/** The model or window asked about in so many words. */
const SETUP = /\b(?:attribution|model|models|look ?back|window|last (?:touch|click)|first (?:touch|click))\b/;

/**
 * The metric the question asks the method of, when its definition rests on attribution credit
 * (its description names the attribution model); undefined otherwise.
 * @example creditedMetric(["roas"], catalog) // "roas"
 * @example creditedMetric(["sessions"], catalog) // undefined
 */
export function creditedMetric(metrics: readonly string[], catalog: Catalog): string | undefined {
  return metrics.find((m) => restsOnCredit(m, catalog, 0));
}

/**
 * Whether a metric is read from the attribution results, itself or through its formula's terms.
 * The definition, not the description: "MER is not attributed" and "new customers ... by the
 * attribution model" both name attribution, yet only credited figures rest on the model.
 */
function restsOnCredit(key: string, catalog: Catalog, depth: number): boolean {
  const d = catalog.metrics.get(key)?.definition;
  if (!d || depth > 4) return false;
  if (d.type === "aggregate") return d.table === "attribution_results";
  if (d.type !== "formula") return false;
  return (d.formula.match(/[a-z_]+/g) ?? []).some((term) => restsOnCredit(term, catalog, depth + 1));
}

/**
 * The plan: the definition, then the attribution setup under the default model (the tool names
 * the organization's own default and lookback). Undefined when the question names no credited
 * metric, asks its value too, or asks no method.
 */
export function metricMethodPlan(r: Reading): Plan | undefined {
  // "how is cpa calculated and which model": a metric named with the model asked for in so many words.
  const setupAsked = SETUP.test(r.p.text.toLowerCase()) && asksMetricMethod(r.p.text);
  const metric = creditedMetric(r.p.metrics, r.ctx.catalog) ?? (setupAsked ? r.p.metrics[0] : undefined);
  if (!metric || r.p.ranking || r.p.dims.dimensions.length || asksDefinitionAndValue(r.p.text))
    return undefined;
  // "how is roas calculated": the definition alone said "the default model" without naming it.
  if (!asksMetricMethod(r.p.text)) return undefined;
  const frame = metricQuestionFrame(r, "attribution");
  const setup = toolPlan({ ...frame, metrics: [metric], models: ["last_touch"], level: "channel" });
  if (setup.kind !== "tool_calls") return undefined;
  return { ...setup, calls: [{ name: "describe_metric", args: { metric } }, ...setup.calls] };
}
