/**
 * fix13b: a figure quoted to be checked, from a dashboard or another report ("the dashboard has 1,417
 * orders for october, is that right?", "finance says september revenue was $120k, correct?") or from
 * an earlier answer ("you said 1.4 for last week, now it's different?"). Read as a plain lookup the
 * answer gave our figure and never said whether the quoted one matches (and "you told me 1.4" was
 * declined as off topic). The answer is ours for the same ask with a placeholder the writer replaces
 * by the verdict: the quoted figure against ours, and where such gaps usually come from
 * (present/quoted-figure-verdict.ts).
 */
import { normalize } from "./normalize.ts";
import { withNotes } from "./pipeline/noted-plans.ts";
import type { Reading } from "./pipeline/types.ts";
import type { Plan } from "./types.ts";

/** The placeholder the writer replaces; it names the quoted figure as typed. */
export const quotedFigureNote = (figure: string, earlier: boolean) =>
  `The ${figure} you quoted${earlier ? " from an earlier answer" : ""} is checked against our figure below.`;
/** Reads the quoted figure (and whether it was ours) back out of the placeholder. */
export const QUOTED_FIGURE_NOTE =
  /^The (\S+) you quoted( from an earlier answer)? is checked against our figure below\.$/;

/** A check asked of a figure: "is that right", "does that match", "correct?". */
const CHECK =
  /\b(?:(?:is|was) (?:that|this|it) (?:right|correct|accurate|true|legit|real)|(?:that|this|it)(?: s| is)? (?:right|correct|accurate|true)|right\s*\??$|correct\s*\??$|accurate\s*\??$|(?:does|do|did) (?:that|this|it|ours|yours|your number|our number) (?:match|agree|line up|add up|check out|tie out)|match(?:es)? (?:yours|ours|your (?:number|figure|data))|can you (?:confirm|verify|check)|confirm|verify|sanity check|(?:now )?(?:it s|its|it is|they re|that s|thats) different|(?:now|why) (?:is it|it s|its) (?:different|lower|higher|not)|what changed|which (?:one )?is (?:right|correct)|(?:do|did|would|can) (?:you|u|ya) (?:get|have|see|show|come up with|agree|match|concur)(?: the same| that| it| this)?|(?:do|would) (?:you|u) agree|(?:same|the same) as (?:yours|ours|what you (?:have|get|show|see))|what (?:do|did|would) (?:you|u) (?:get|have|show|see|make it)|what s yours|whats yours|why (?:do|did|does) (?:you|u|yours|your (?:number|figure|data)) (?:say|show|have|get|give|report|come (?:out|in))(?: me)? (?:less|fewer|more|lower|higher|different|something (?:else|different)|a different)|(?:are|is) (?:we|that|this|it) (?:aligned|in line|in sync)|(?:do|does) (?:that|this|it) (?:reconcile|tally))\b/;
/** Where the figure came from: another tool or report, or the agent itself earlier. */
const QUOTED_FROM =
  /\b(?:says|said|shows|showed|showing|has|had|reports?|reported|gives|gave|lists|reads|told (?:me|us)|tells (?:me|us)|(?:was|were) told|heard|quoted|came (?:out|in) at|is at|was at|puts it at|has it at)\b/;
const FROM_YOU =
  /\b(?:you (?:said|told|gave|showed|reported|quoted|had)|earlier|before|last time|yesterday|this morning|previously|the other day)\b/;

/** How the figure is made: "how's that calculated", "how do you work it out", "what's the formula". */
const HOW_CALCULATED =
  /\bhow (?:is|s|was|are|were|do you|do u|would you|does it|did you|did they) (?:that |this |it |roas |mer |they )?(?:calculated|calculate|computed|compute|worked out|work(?:ed)? (?:it |that )?out|figured|defined|derived|measured|counted)\b|\bwhat s the (?:formula|calculation|math)\b|\bwhats the (?:formula|calculation|math)\b/;

/** The span of the sentence holding a position: it ends at ". ", "? " or "! ", or the text's end. */
function sentenceAround(text: string, at: number): { from: number; to: number } {
  const ends = [...text.matchAll(/[.?!](?=\s|$)/g)].map((m) => m.index ?? 0);
  const from = Math.max(0, ...ends.filter((e) => e < at).map((e) => e + 1));
  const to = ends.find((e) => e >= at) ?? text.length;
  return { from, to: Math.max(to, from) };
}

/** A number as typed: "1,417", "$120k", "1.4", "2.5x", "3.2%". */
const NUMBER = /(?<![\w.])\$?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|x|%))?(?![\w-])/g;
/** Words after a number that make it a period, a count of units of time, or a position. */
const NOT_A_FIGURE_AFTER = /^\s*(?:days?|weeks?|months?|quarters?|years?|hours?|st|nd|rd|th|am|pm)\b/;
const MONTHS =
  "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december";
const NOT_A_FIGURE_BEFORE = new RegExp(
  `\\b(?:${MONTHS}|q|top|bottom|last|past|next|first|h|fy|week|day)\\s*$`,
);

/**
 * The figure quoted in a question, as typed, or undefined when it quotes none (a year, a day of a
 * month, "last 7 days" and "top 5" are not figures).
 * @example quotedFigure("the dashboard says 1,417 orders in october. that right?") // "1,417"
 */
export function quotedFigure(text: string): string | undefined {
  for (const m of text.matchAll(NUMBER)) {
    const raw = m[0].trim();
    const at = m.index ?? 0;
    if (/^(?:19|20)\d\d$/.test(raw)) continue;
    if (NOT_A_FIGURE_AFTER.test(text.slice(at + m[0].length))) continue;
    if (NOT_A_FIGURE_BEFORE.test(text.slice(0, at))) continue;
    return raw;
  }
  return undefined;
}

/**
 * The plan for a quoted figure to check, or undefined: a first ask naming a measure (ours for the
 * same ask), or a turn pointing back at an earlier answer (that answer again).
 */
export function quotedFigurePlan(r: Reading): Plan | undefined {
  const text = r.p.text;
  // The figure as typed ("1,417"; the parsed text may have rewritten it).
  const figure = quotedFigure(r.question.toLowerCase());
  if (!figure || !CHECK.test(text)) return undefined;
  const previous = r.ctx.previous;
  const back = FROM_YOU.test(text);
  if (
    back &&
    previous?.kind === "tool_calls" &&
    !r.p.metrics.some((m) => !previous.frame.metrics.includes(m))
  )
    return withNotes(previous, [quotedFigureNote(figure, true)]);
  if (!r.p.metrics.length || !QUOTED_FROM.test(text)) return undefined;
  const at = r.question.toLowerCase().indexOf(figure);
  if (at < 0) return undefined;
  // fix17a: "our dashboard says ROAS 4.2 for October. How's that calculated and do you get the
  // same?": only the sentence with the figure is ours to plan; the others ask how it is made
  // (the definition, first) and whether it matches (the verdict).
  const sentence = sentenceAround(r.question, at);
  const rest = `${r.question.slice(sentence.from, at)}${r.question.slice(at + figure.length, sentence.to)}`;
  // The check's own words ("why do you say less") are no ask of ours: read, they asked why it changed.
  const asked = normalize(rest).replace(new RegExp(CHECK.source, "g"), " ");
  const ours = r.replan(asked.replace(/\s+/g, " ").trim(), r.ctx);
  if (ours.kind !== "tool_calls") return undefined;
  const metric = ours.frame.metrics[0];
  const define =
    HOW_CALCULATED.test(text) && metric && !ours.calls.some((c) => c.name === "describe_metric")
      ? [{ name: "describe_metric" as const, args: { metric } }]
      : [];
  return withNotes({ ...ours, calls: [...define, ...ours.calls] }, [quotedFigureNote(figure, false)]);
}
