/**
 * fix16f: a schedule's time or day changed in the next turn ("make it go out at 8am", "7:30
 * instead", "can it be fridays?") after a schedule was asked for (its confirmation, or a question
 * about where it should go): the same request again with the new time or weekday, so the
 * confirmation shows exactly what would be created. Read alone, the turn named nothing the
 * planner could answer and was declined as off topic.
 */
import { isAutomationRequest } from "./automation-intent.ts";
import type { PlannerContext } from "./types.ts";

/** A clock time ("at 8", "8am", "7:30 pm", "8 o clock") or a part of the day, as said. */
const CLOCK =
  /\b(?:at |for |by |around |to )?(\d{1,2})(?:[: ](\d{2}))? ?(am|pm|a m|p m|o ?clock)\b|\bat (\d{1,2})(?:[: ](\d{2}))?\b|\b(\d{1,2}):(\d{2})\b/;
const DAY_PART =
  /\b(?:noon|midday|first thing(?: in the morning)?|in the (?:morning|afternoon|evening)|end of (?:the )?day)\b/;
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b/;
/** Words that change a schedule rather than ask a data question. */
const CHANGE =
  /\b(?:make|change|move|switch|set|send|deliver|have|can|could|let|schedule|instead|rather|go out|arrive|land|be|it|that)\b/;

/** The previous turn's schedule request: its confirmation's question, or the turn that asked where. */
function previousRequest(ctx: PlannerContext): string | undefined {
  const prev = ctx.previous;
  if (prev?.kind === "clarify" && prev.automation?.kind === "schedule") return prev.originalQuestion;
  const q = ctx.previousQuestion;
  return q && isAutomationRequest(q.toLowerCase()) ? q : undefined;
}

/**
 * The previous schedule request rewritten with the time or weekday `question` names, or
 * undefined when the turn changes no schedule.
 * @example scheduleChange("make it go out at 8am", ctxAfter("send me a weekly report every monday"))
 * // "send me a weekly report every monday at 8am"
 */
export function scheduleChange(question: string, ctx: PlannerContext): string | undefined {
  const text = question
    .toLowerCase()
    .replace(/[?!.,]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const prior = previousRequest(ctx);
  if (!prior || isAutomationRequest(text) || text.split(" ").length > 14 || !CHANGE.test(text))
    return undefined;
  const clock = CLOCK.exec(text);
  const part = DAY_PART.exec(text);
  const day = WEEKDAY.exec(text);
  if (!clock && !part && !day) return undefined;
  let out = prior.toLowerCase();
  if (clock || part) {
    out = out
      .replace(new RegExp(CLOCK.source, "g"), " ")
      .replace(new RegExp(DAY_PART.source, "g"), " ")
      .replace(/\b(?:in the )?(?:morning|afternoon|evening)\b/g, " ");
    const hour = clock?.[1] ?? clock?.[4] ?? clock?.[6];
    const minute = clock?.[2] ?? clock?.[5] ?? clock?.[7];
    const half = clock?.[3] && !/o ?clock/.test(clock[3]) ? ` ${clock[3].replace(" ", "")}` : "";
    out += clock ? ` at ${hour}${minute ? `:${minute}` : ""}${half}` : ` ${part![0]}`;
  }
  if (day)
    out = WEEKDAY.test(out) ? out.replace(new RegExp(WEEKDAY.source, "g"), day[0]) : `${out} every ${day[0]}`;
  return out.replace(/\s+/g, " ").trim();
}
