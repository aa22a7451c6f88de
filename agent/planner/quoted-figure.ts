/**
 * fix13b: a figure quoted to be checked, from a dashboard or another report ("the dashboard has 1,417
 * orders for october, is that right?", "finance says september revenue was $120k, correct?") or from
 * an earlier answer ("you said 1.4 for last week, now it's different?"). Read as a plain lookup the
 * answer gave our figure and never said whether the quoted one matches (and "you told me 1.4" was
 * declined as off topic). The answer is ours for the same ask with a placeholder the writer replaces
 * by the verdict: the quoted figure against ours, and where such gaps usually come from
 * (present/quoted-figure-verdict.ts).
 */
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
  /\b(?:(?:is|was) (?:that|this|it) (?:right|correct|accurate|true|legit|real)|(?:that|this|it)(?: s| is)? (?:right|correct|accurate|true)|right\s*\??$|correct\s*\??$|accurate\s*\??$|(?:does|do|did) (?:that|this|it|ours|yours|your number|our number) (?:match|agree|line up|add up|check out|tie out)|match(?:es)? (?:yours|ours|your (?:number|figure|data))|can you (?:confirm|verify|check)|confirm|verify|sanity check|(?:now )?(?:it s|its|it is|they re|that s|thats) different|(?:now|why) (?:is it|it s|its) (?:different|lower|higher|not)|what changed|which (?:one )?is (?:right|correct))\b/;
/** Where the figure came from: another tool or report, or the agent itself earlier. */
const QUOTED_FROM =
  /\b(?:says|said|shows|showed|showing|has|had|reports?|reported|gives|gave|lists|reads|told (?:me|us)|tells (?:me|us)|(?:was|were) told|heard|quoted|came (?:out|in) at|is at|was at|puts it at|has it at)\b/;
const FROM_YOU =
  /\b(?:you (?:said|told|gave|showed|reported|quoted|had)|earlier|before|last time|yesterday|this morning|previously|the other day)\b/;

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
  const rest = `${r.question.slice(0, at)}${r.question.slice(at + figure.length)}`;
  const ours = r.replan(rest.replace(/\s+/g, " ").trim(), r.ctx);
  return ours.kind === "tool_calls" ? withNotes(ours, [quotedFigureNote(figure, false)]) : undefined;
}
