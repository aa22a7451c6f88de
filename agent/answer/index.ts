/**
 * Deterministic answer templates: the fallback text when a model's answer fails verification, and
 * the answer itself in planner mode. The lead maps each tool result onto an `AnswerInput`.
 */
import { attributionAnswer } from "./attribution.ts";
import { budgetAnswer } from "./budget.ts";
import { changeExplanationAnswer } from "./change-explanation.ts";
import { metricTableAnswer } from "./metric-table.ts";
import { anomaliesAnswer, trendAnswer } from "./series-templates.ts";
import { clarificationAnswer, declineAnswer, definitionAnswer } from "./text-templates.ts";
import type { AnswerInput } from "./types.ts";

export { attributionAnswer } from "./attribution.ts";
export { budgetAnswer } from "./budget.ts";
export { changeExplanationAnswer } from "./change-explanation.ts";
export * from "./format.ts";
export { metricSpecOf, metricTableInputFromResult } from "./from-metric-result.ts";
export { metricTableAnswer } from "./metric-table.ts";
export { anomaliesAnswer, trendAnswer } from "./series-templates.ts";
export { clarificationAnswer, declineAnswer, definitionAnswer } from "./text-templates.ts";
export type * from "./types.ts";

/** Write the answer for any template input, by its `kind`. */
export function writeAnswer(input: AnswerInput): string {
  switch (input.kind) {
    case "metric_table":
      return metricTableAnswer(input);
    case "trend":
      return trendAnswer(input);
    case "attribution":
      return attributionAnswer(input);
    case "budget":
      return budgetAnswer(input);
    case "anomalies":
      return anomaliesAnswer(input);
    case "change_explanation":
      return changeExplanationAnswer(input);
    case "definition":
      return definitionAnswer(input);
    case "clarification":
      return clarificationAnswer(input);
    case "decline":
      return declineAnswer(input);
  }
}
