/**
 * The planner pipeline's stage boundaries: what each stage hands the next. A question goes
 * normalize -> recognise -> check -> frame -> assemble; any stage may instead settle the answer
 * (a decline, a clarification, a plan an intent builds whole), which ends the trip.
 */

import type { NamedSend } from "../email-send.ts";
import type { ParsedQuestion } from "../parse.ts";
import type { SourceMediumMention } from "../source-medium.ts";
import type { Frame, Plan, PlannerContext } from "../types.ts";

/** The stages, in the order a question enters them. */
export const STAGES = ["normalize", "recognise", "check", "frame", "assemble"] as const;
/** One stage's name. */
export type StageName = (typeof STAGES)[number];

/**
 * What a question's trip recorded: every stage entered, in order (a second reading, see
 * normalize.ts, starts again at "normalize"), the intent recognised and the check that settled
 * or rerouted it, if any.
 */
export interface PlanTrace {
  stages: StageName[];
  intents: string[];
  checks: string[];
}

/** A stage's result: the input of the next stage, or the answer itself. */
export type Staged<T> = { next: T } | { settled: Plan };

/** normalize -> recognise: the question to read and the context to read it in. */
export interface Normalized {
  /** The question as asked (or the one a clarification answers), source / medium pair removed. */
  question: string;
  ctx: PlannerContext;
  /** A "google / cpc" pair read out of the question: applied as a filter by the assemble stage. */
  sourceMedium?: SourceMediumMention | undefined;
  /** fix9b: another tool's words read as ours ("key events" as orders): sentences the answer leads with. */
  otherToolNotes?: { notes: string[]; definitionNotes: string[] } | undefined;
  /** The whole planner, for intents that answer a rewritten question (an outside cause taken out). */
  replan: (question: string, ctx: PlannerContext) => Plan;
}

/** What every intent and check reads: the question parsed (metrics, dimensions, filters, time). */
export interface Reading extends Normalized {
  p: ParsedQuestion;
  /** The previous turn's frame, when it answered with tool calls. */
  previous?: Frame | undefined;
  /**
   * Whether the question continues the previous turn (follow-up.ts). Set by the recognise stage's
   * email-vocabulary settlement, so it sees the email metrics and a named send's filter.
   */
  followUp: boolean;
  /**
   * Whether email vocabulary turned the question's metrics into email metrics (email-intent.ts).
   * Set late (recognise-stage.ts): a thread follow-up reads the metrics as parsed.
   */
  emailMetrics: boolean;
  /** An email send the question names (email-send.ts): a filter applied, or sends to choose from. */
  emailSend?: NamedSend | undefined;
  /** Whether the period is a holiday as it fell last year (holiday-yoy.ts): not a forecast. */
  holidayYoy: boolean;
  /** Words of the organization's own channel, platform and campaign names. */
  ownWords: () => ReadonlySet<string>;
}

/** recognise -> check -> frame: the reading and the intent recognised in it. */
export interface Recognised {
  reading: Reading;
  /** The registry entry's name (intents.ts). */
  intent: string;
  /** What the entry's `matches` returned, handed to its `plan`. */
  match: unknown;
}

/** frame -> assemble: the frame to turn into tool calls, or a plan the intent built whole. */
export interface Framed {
  reading: Reading;
  result: Frame | Plan;
}
