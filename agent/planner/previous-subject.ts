/**
 * fix20a: a pointer at the previous answer's subject in a turn that moves the period ("what
 * happened in may with it", "how did that campaign do in february", "and for it in july?") after
 * an answer about one campaign, platform or channel: "it" is that subject, so its filter is read
 * into the turn as if named. Read without it, the turn asked about the whole business (an
 * overview of May) or which metric to explain.
 */
import type { ParsedQuestion } from "./parse.ts";
import type { Frame, FrameFilter } from "./types.ts";

/** Fields that name what an answer was about. */
const SUBJECT_FIELDS = new Set(["campaign", "platform", "channel", "channel_group"]);

/** Words that point at the previous answer's one subject. */
const POINTER =
  /\b(?:it|its|that one|this one|(?:that|this|the same|the|our) (?:campaign|channel|platform|one))\b/;

/** A pointer that is no subject: "is it worth it", "what is it", "it says". */
const NOT_SUBJECT =
  /\b(?:is it (?:worth|good|bad|normal|ok|okay|true)|worth it|it says|it mean|make it|if it)\b/;

/** The previous answer's subject filters: one campaign, platform or channel asked of, not a breakdown. */
function subjectOf(prev: Frame | undefined): FrameFilter[] {
  if (!prev || prev.dimensions.some((d) => d !== "date")) return [];
  const subject = prev.filters.filter((f) => SUBJECT_FIELDS.has(f.field) && f.op === "in");
  return subject.length && subject.every((f) => f.values.length === 1) ? subject : [];
}

/**
 * Put the previous subject's filters on a turn that points at it and names a period but no
 * subject of its own (in place).
 * @example applyPreviousSubject(parse("what happened in may with it"), advantagePlusFrame) // p.dims.filters: the campaign
 */
export function applyPreviousSubject(p: ParsedQuestion, prev: Frame | undefined): void {
  if (!p.time.period || p.dims.filters.length) return;
  if (!POINTER.test(p.text) || NOT_SUBJECT.test(p.text)) return;
  // "that campaign" read its noun as a breakdown: it names the subject, not rows.
  const pointed = (d: string) => new RegExp(`\\b(?:that|this|the same|the) ${d}\\b`).test(p.text);
  if (!p.dims.dimensions.every((d) => SUBJECT_FIELDS.has(d) && pointed(d))) return;
  const subject = subjectOf(prev);
  if (!subject.length) return;
  p.dims.dimensions = [];
  p.dims.filters.push(...subject.map((f) => ({ ...f, values: [...f.values] })));
}
