/**
 * Stage 1, normalize: which question to read, in which context. A confirmation of a pending
 * schedule settles the answer here; a clarification answered re-reads the question it clarified
 * (the option picked is in the context); a refinement typed instead of picking an option settles
 * as the original question's answer refined (thread-follow-ups.ts); a source / medium pair
 * ("google / cpc") is taken out of the question, to be applied as a filter by the assemble stage,
 * so neither of its words is read as something else.
 */

import { dropAudienceContext } from "../audience-context.ts";
import { planAutomationChoice } from "../automation-intent.ts";
import { readActualAsk } from "../background-ask.ts";
import { rewriteConversationalWordings } from "../conversational-wordings.ts";
import { cutAfterVerdict } from "../cut-after-verdict.ts";
import { rewriteDayShapeWordings } from "../day-shape-wordings.ts";
import { readEventDayWindow } from "../event-day-window.ts";
import { normalize } from "../normalize.ts";
import { readOtherToolWords } from "../other-tool-words.ts";
import { rewriteOtherWordings } from "../para16-phrasings.ts";
import { rewriteOldSetWordings } from "../para17a-phrasings.ts";
import { rewriteNewSetWordings } from "../para17b-phrasings.ts";
import { rewriteSet12Wordings } from "../para18-phrasings.ts";
import { rewriteSet13Wordings } from "../para19-phrasings.ts";
import { rewriteSet14Wordings } from "../para20-phrasings.ts";
import { rewriteSet15Wordings } from "../para21-phrasings.ts";
import { rewriteSet16Wordings } from "../para22-phrasings.ts";
import { rewriteSet17Wordings } from "../para23-phrasings.ts";
import { dropFollowUpCourtesy, rewriteSet18Wordings } from "../para24-phrasings.ts";
import { rewriteSet19Wordings } from "../para25-phrasings.ts";
import { rewriteSet20Wordings } from "../para26-phrasings.ts";
import { dropPlanningContext } from "../planning-context.ts";
import { readSourceMedium } from "../source-medium.ts";
import { readStatedFiscalYear } from "../stated-fiscal-year.ts";
import { resumeAfterClarification } from "../thread-follow-ups.ts";
import { todayIn } from "../time.ts";
import { readTopicSwitch } from "../topic-switch.ts";
import type { Plan, PlannerContext } from "../types.ts";
import type { Normalized, Staged } from "./types.ts";

/** Options of the normalize stage. */
export interface NormalizeOptions {
  /** False for the second reading, when the question did not fit a source / medium filter. */
  sourceMedium: boolean;
  /** The whole planner (plan.ts), for answers planned from a rewritten question. */
  replan: (question: string, ctx: PlannerContext) => Plan;
}

/**
 * @example normalizeStage("revenue from google / cpc", ctx, { sourceMedium: true, replan })
 * // { next: { question: "revenue from", sourceMedium: { value: "google / cpc", ... }, ctx, replan } }
 */
export function normalizeStage(
  question: string,
  ctx: PlannerContext,
  options: NormalizeOptions,
): Staged<Normalized> {
  const choice = planAutomationChoice(ctx);
  if (choice) return { settled: choice };
  // lead18: "switching topics - how did email do": the ask after the words, on its own.
  // fix14a: a long message's background left out; the sentences that ask are the question.
  // fix17a: who it is for, how it is delivered, where a quoted figure was seen: context, not the ask.
  // para24: "can you make it stacked", "shorter please, 3 bullets": a follow-up's courtesy is not the ask.
  // fix21e: "what should i cut?" after "are the ads worth it": the campaigns to cut.
  const actual = cutAfterVerdict(
    readActualAsk(
      // fix21c: "I'm starting to plan BF26." beside a question about past results is context.
      dropPlanningContext(dropAudienceContext(dropFollowUpCourtesy(question, ctx.previous !== undefined))),
      ctx.dimensionValues,
    ),
    ctx.previous,
  );
  const topic = readTopicSwitch(actual);
  const original =
    ctx.clarificationId && ctx.previous?.kind === "clarify"
      ? { question: ctx.previous.originalQuestion, ctx: { ...ctx, previous: undefined } }
      : topic.switched
        ? { question: topic.question, ctx: { ...ctx, previous: undefined } }
        : { question: actual, ctx };
  // fix9b: another tool's words ("default channel group", "key events") read as ours, said in notes.
  // "fiscal q3 (our fiscal year starts feb 1)": the stated start dates the fiscal periods first.
  const fiscal = readStatedFiscalYear(original.question, todayIn(original.ctx.now, original.ctx.timeZone));
  const tool = readOtherToolWords(fiscal.question);
  // fix15c: "after the may 14 blowup": the four weeks after the day against the four before it.
  const event = readEventDayWindow(
    tool.question,
    todayIn(original.ctx.now, original.ctx.timeZone),
    original.ctx.dataEnd,
  );
  const read = { ...tool, question: event.question };
  const eventNotes = event.note ? [event.note] : [];
  const other = {
    ...read,
    notes: [...fiscal.notes, ...read.notes, ...eventNotes],
    definitionNotes: [...fiscal.notes, ...read.definitionNotes, ...eventNotes],
  };
  // para16: other wordings of asks already answered, in the planner's own (para16-phrasings.ts).
  // para17a (sets 1-3) reads first, para16 (sets 4-6, 10), then para17b (set 11), para18 (set 12), para19 (set 13), para20 (set 14), para21 (set 15), para22 (set 16), para23 (set 17), para24 (set 18), para25 (set 19); para26 (set 20) reads before them all, since the older rewrites reword its kinds.
  const asked = {
    ...original,
    // fix14a: conversational wordings ("total across everything", "people keep saying") last.
    // fix15d: a first crossing or days with none reads as the daily series (day-shape-wordings.ts).
    question: rewriteConversationalWordings(
      rewriteDayShapeWordings(
        rewriteSet19Wordings(
          rewriteSet18Wordings(
            rewriteSet17Wordings(
              rewriteSet16Wordings(
                rewriteSet15Wordings(
                  rewriteSet14Wordings(
                    rewriteSet13Wordings(
                      rewriteSet12Wordings(
                        rewriteNewSetWordings(
                          rewriteOtherWordings(
                            rewriteOldSetWordings(
                              rewriteSet20Wordings(other.question, original.ctx.previous !== undefined),
                            ),
                          ),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ),
            original.ctx.previous !== undefined,
          ),
          original.ctx.previous !== undefined,
        ),
      ),
    ),
  };
  const resumed = resumeAfterClarification(asked.question, asked.ctx, options.replan);
  if (resumed) return { settled: resumed };
  const pair = options.sourceMedium ? readSourceMedium(normalize(asked.question)) : undefined;
  const next = {
    ...asked,
    replan: options.replan,
    ...(other.notes.length
      ? { otherToolNotes: { notes: other.notes, definitionNotes: other.definitionNotes } }
      : {}),
  };
  return { next: pair ? { ...next, question: pair.rest, sourceMedium: pair } : next };
}
