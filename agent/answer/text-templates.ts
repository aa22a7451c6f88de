/** Templates without figures of their own: a definition, a clarifying question, a decline. */
import { joinList } from "./format.ts";
import type { ClarificationAnswerInput, DeclineAnswerInput, DefinitionAnswerInput } from "./types.ts";

/** "ROAS: Revenue divided by ad spend. Formula: revenue / spend. Also called: return on ad spend." */
export function definitionAnswer(input: DefinitionAnswerInput): string {
  const parts = [`${input.label}: ${input.description}`];
  if (input.formula) parts.push(`Formula: ${input.formula}.`);
  if (input.synonyms && input.synonyms.length > 0) parts.push(`Also called: ${joinList(input.synonyms)}.`);
  return parts.join(" ");
}

/** The question followed by its options, e.g. "Which revenue do you mean? Options: Net revenue or Gross revenue." */
export function clarificationAnswer(input: ClarificationAnswerInput): string {
  const labels = input.options.map((o) => o.label);
  if (labels.length === 0) return input.question;
  const options =
    labels.length <= 1 ? labels.join("") : `${labels.slice(0, -1).join(", ")} or ${labels.at(-1)}`;
  return `${input.question} Options: ${options}.`;
}

/** "I can't answer that from the metrics catalog: <reason>. I can tell you about: A, B and C." */
export function declineAnswer(input: DeclineAnswerInput): string {
  const reason = input.reason.trim().replace(/\.$/, "");
  const suggestions =
    input.suggestions && input.suggestions.length > 0
      ? ` I can tell you about: ${joinList(input.suggestions)}.`
      : "";
  return `I can't answer that from the metrics catalog: ${reason}.${suggestions}`;
}
