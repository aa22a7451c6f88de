import { z } from "zod";
import { safeText, TEXT_LIMITS } from "../lib/safe-text.ts";

/**
 * The public contract of an agent answer: what POST /agents/query returns, what `npm run ask --json`
 * prints, and what every surface renders. Numbers in `answer` are all grounded in `data` or the
 * tool results (checked by agent/verify before the answer leaves the service).
 */
export const agentQueryInput = z
  .object({
    question: safeText({
      max: TEXT_LIMITS.prose,
      min: 1,
      multiline: true,
      trim: true,
      messages: { min: "the question is empty", max: "the question is too long (at most 4000 characters)" },
    })
      .optional()
      .describe("The question in plain language, e.g. 'What was ROAS by channel last month?'"),
    threadId: z
      .string()
      .regex(/^[\w-]{1,100}$/, "expected a thread id returned by an earlier answer")
      .optional()
      .describe("Continue an earlier conversation (follow-ups such as 'and last quarter?')."),
    clarificationId: safeText({ max: 200 })
      .optional()
      .describe("The id of the option chosen from an earlier clarification, e.g. 'metric:orders'."),
  })
  .strict()
  .refine((v) => v.question !== undefined || v.clarificationId !== undefined, {
    path: ["question"],
    message: "the question is required (or a clarificationId answering an earlier clarification)",
  });
export type AgentQueryInput = z.infer<typeof agentQueryInput>;

export const columnSchema = z.object({
  key: z.string(),
  label: z.string(),
  unit: z.string().optional(),
  format: z.string().optional(),
});

export const clarificationSchema = z.object({
  question: z.string(),
  options: z.array(z.object({ id: z.string(), label: z.string() })),
});
export type Clarification = z.infer<typeof clarificationSchema>;

export const agentAnswerSchema = z.object({
  answer: z.string().describe("A concise answer for a marketer; every number in it is grounded."),
  threadId: z.string(),
  messageId: z
    .number()
    .int()
    .optional()
    .describe("The stored answer's message id in its thread (pin it with POST /api/v1/reports)."),
  data: z.object({
    columns: z.array(columnSchema),
    rows: z.array(z.record(z.string(), z.unknown())),
  }),
  chart: z.record(z.string(), z.unknown()).optional().describe("A Vega-Lite v5 spec."),
  provenance: z.array(z.record(z.string(), z.unknown())).describe("One entry per tool result used."),
  clarification: clarificationSchema.optional(),
  toolCalls: z.array(z.object({ name: z.string(), args: z.record(z.string(), z.unknown()) })),
  model: z.object({
    kind: z.enum(["planner", "openai"]),
    name: z.string(),
    fallback: z.string().optional().describe("Why the planner answered instead of the configured model."),
  }),
  verification: z.object({
    grounded: z.boolean(),
    rebuilt: z.boolean().describe("True when the model's text was replaced by the deterministic template."),
  }),
});
export type AgentAnswer = z.infer<typeof agentAnswerSchema>;

/** Progress events streamed to surfaces (SSE on /agents/query). */
export type AgentEvent =
  | { type: "status"; message: string }
  | { type: "tool_call"; name: string; args: Record<string, unknown> }
  | { type: "tool_result"; name: string; ok: boolean }
  /** What is about to be answered, from the plan, before any tool ran (no figures: agent/present/lead-line.ts). */
  | { type: "lead"; text: string }
  | { type: "text"; delta: string }
  | { type: "answer"; answer: AgentAnswer };
