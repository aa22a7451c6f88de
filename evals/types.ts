/**
 * Eval case shapes. Source cases (evals/cases/*.ts) are hand-written and hold no numbers: a
 * question and what a careful analyst expects the agent to do. The build step (evals/build.ts)
 * adds expected values computed by the deterministic core and writes evals/datasets/*.jsonl.
 */
import { z } from "zod";

/** A tool call as a case expects it: the tool and only the arguments that matter. */
export const expectedCallSchema = z.object({
  name: z.string(),
  /** Compared key by key (see scorers/args.ts); keys not named here are not compared. */
  args: z.record(z.string(), z.unknown()),
  /**
   * Complete arguments to compute expected values with, when `args` leaves out something the
   * call needs (defaults to `args`). Never contains numbers typed from the data.
   */
  compute: z.record(z.string(), z.unknown()).optional(),
  /** Skip value checks for this call (e.g. catalog search, whose ranking is not a figure). */
  noValues: z.boolean().optional(),
});
export type ExpectedCall = z.infer<typeof expectedCallSchema>;

/** Every outcome that counts as correct for one turn; at least one must be given. */
export const expectationSchema = z
  .object({
    /** Answer with these tool calls (each must be matched by an actual call of the same name). */
    calls: z.array(expectedCallSchema).min(1).optional(),
    /**
     * Ask a clarifying question offering every id in `options`; ids in `acceptable` may also
     * appear. Both empty: any clarification is correct.
     */
    clarify: z
      .object({ options: z.array(z.string()), acceptable: z.array(z.string()).optional() })
      .optional(),
    /** Declining (no tool calls, no clarification) is correct. */
    decline: z.boolean().optional(),
  })
  .refine((e) => e.calls || e.clarify || e.decline, { message: "give calls, clarify or decline" });
export type Expectation = z.infer<typeof expectationSchema>;

/** One turn of a conversation: a question, or a choice from the previous turn's clarification. */
export const turnSchema = z.object({
  question: z.string().min(1),
  /** Sent as clarificationId (the question is kept for the report). */
  clarificationId: z.string().optional(),
  expect: expectationSchema,
});
export type Turn = z.infer<typeof turnSchema>;

/** A hand-written case: one or more phrasings of the same single-turn question, or a thread. */
export const sourceCaseSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/),
  /** The first tag is the intent the summary groups by. */
  tags: z.array(z.string()).min(1),
  /** Organization slug the question is asked as (default 'acme'). */
  org: z.string().default("acme"),
  /** Phrasings of a single-turn question; each becomes its own built case. */
  questions: z.array(z.string().min(1)).optional(),
  expect: expectationSchema.optional(),
  /** A 2-4 turn thread instead of `questions`/`expect`. */
  turns: z.array(turnSchema).min(2).max(4).optional(),
  note: z.string().optional(),
});
export type SourceCase = z.input<typeof sourceCaseSchema>;

/** One JSON-path step: a property, an array index, or the first array element matching fields. */
export type PathStep = string | number | Record<string, string>;

/** An expected figure: where it sits in the tool result and its value from the core. */
export interface ExpectedValue {
  path: PathStep[];
  value: string | number | boolean | null;
}

/** An expected call with its computed values, as stored in the dataset. */
export interface BuiltCall extends ExpectedCall {
  values: ExpectedValue[];
}

/** A turn as stored in the dataset. */
export interface BuiltTurn {
  question: string;
  clarificationId?: string;
  expect: { calls?: BuiltCall[]; clarify?: Expectation["clarify"]; decline?: boolean };
}

/** One case of a built dataset (one JSONL line after the meta line). */
export interface BuiltCase {
  id: string;
  tags: string[];
  org: string;
  turns: BuiltTurn[];
  note?: string;
}

/** The first line of every dataset file: how and from what its values were computed. */
export interface DatasetMeta {
  kind: "meta";
  dataset: string;
  version: number;
  seed: number;
  scale: number;
  now: string;
  builtAt: string;
  cases: number;
}
