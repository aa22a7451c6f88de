/**
 * Two asks in one question (#12): "what's nCAC and what was it in September", "what does AOV mean
 * and how much was it last month". The answer gives the definition (describe_metric) and then the
 * value (the metric question as if asked alone), never only one of the two. And a metric named by
 * a shorthand its label does not spell out ("nCAC", "blended ROAS", "CVR") is named back in the
 * answer, with its formula, so the reader knows which figure stands for their word.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { toolPlan } from "./pipeline/assemble-stage.ts";
import { metricIntentOf, metricQuestionFrame } from "./pipeline/metric-question.ts";
import type { Reading } from "./pipeline/types.ts";
import type { Plan } from "./types.ts";

/** A definition asked first ("what is X", "what does X mean", "define X"), then a value ("and what was it ..."). */
const DEFINE_THEN_VALUE =
  /^(?:(?:so |ok |okay )?(?:what|whats|what s)(?: exactly)? (?:is|are|does|do)\b|whats\b|what s\b|define\b|explain\b|remind me what\b).{1,60}?\b(?:and|&|also|plus)\b(?: then)?(?: (?:what|how much|how many|how high|how low)\b.{0,20}?\b(?:was|were|is|are|did|has|have|it|they)\b| (?:show|give|tell)(?: me)?\b.{0,15}?\b(?:value|number|figure|it)\b| its (?:value|number|figure)\b)/;

/** Whether the question asks what a metric is and, in the same breath, its value. */
export function asksDefinitionAndValue(text: string): boolean {
  return DEFINE_THEN_VALUE.test(text);
}

/**
 * The plan of a definition-and-value question: describe_metric for the metrics it names (at most
 * two), then the value as the metric question would give it (a definition with no period reads
 * as "what is it now": the default period). Undefined when the question is not one, names no
 * metric, or the value part plans no tool calls.
 */
export function readDefineAndValue(r: Reading): Plan | undefined {
  if (!r.p.metrics.length || !asksDefinitionAndValue(r.p.text)) return undefined;
  const intent = metricIntentOf(r.p);
  const frame = metricQuestionFrame(r, intent === "define" ? "query" : intent);
  const plan = toolPlan(frame);
  if (plan.kind !== "tool_calls" || !plan.calls.length) return undefined;
  const define = r.p.metrics
    .slice(0, 2)
    .map((metric) => ({ name: "describe_metric" as const, args: { metric } }));
  return { ...plan, calls: [...define, ...plan.calls] };
}

/**
 * Shorthand a marketer types that the metric's label does not spell out: the answer would say
 * "Customer acquisition cost" to someone who asked for nCAC, and leave them guessing.
 */
const SHORTHANDS = ["ncac", "new customer cac", "blended cac", "blended roas", "total roas", "cpo", "romi"];

/** The formula in words: "spend / new_customers" -> "ad spend / new customers". */
function formulaInWords(key: string, catalog: Catalog): string | undefined {
  const def = catalog.metrics.get(key)?.definition;
  if (def?.type !== "formula") return undefined;
  return def.formula.replace(
    /[a-z_][a-z0-9_]*/g,
    (k) => catalog.metrics.get(k)?.label.toLowerCase() ?? k.replace(/_/g, " "),
  );
}

/**
 * One sentence per shorthand the question used for a metric of the answer: "nCAC is customer
 * acquisition cost here: ad spend / new customers." The shorthand is quoted as the user typed it.
 * @example shorthandNotes("whats nCAC in q3", ["cac"], catalog) // ['Read "nCAC" as customer acquisition cost: ad spend / new customers.']
 */
export function shorthandNotes(question: string, metrics: readonly string[], catalog: Catalog): string[] {
  const out: string[] = [];
  for (const key of metrics) {
    const m = catalog.metrics.get(key);
    if (!m) continue;
    for (const word of SHORTHANDS) {
      if (!m.synonyms.some((s) => s.toLowerCase() === word)) continue;
      const typed = new RegExp(`\\b${word.replace(/ /g, "[\\s-]+")}\\b`, "i").exec(question)?.[0];
      if (!typed) continue;
      const label = /^[A-Z]{2,}/.test(m.label) ? m.label : m.label.charAt(0).toLowerCase() + m.label.slice(1);
      const formula = formulaInWords(key, catalog);
      out.push(`Read "${typed}" as ${label}${formula ? `: ${formula}` : ""}.`);
      break;
    }
  }
  return out;
}
