import { Router } from "express";
import { z } from "zod";
import { type AgentAnswer, agentAnswerSchema } from "../../agent/contract.ts";
import { findThread, listMessages, listThreads } from "../../db/repositories/threads.ts";
import { AppError } from "../../lib/errors.ts";
import type { AppDeps } from "../deps.ts";
import { tenantOf } from "../tenant.ts";

const THREAD_ID = /^[\w-]{1,100}$/;
/** A cursor is a previous row's `cursor`: `<updated_at ISO with microseconds>|<thread id>`. */
const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|([\w-]{1,100})$/;

export const threadsQuery = z
  .object({
    limit: z.coerce
      .number({ error: "expected a number from 1 to 100" })
      .int("expected a number from 1 to 100")
      .min(1, "expected a number from 1 to 100")
      .max(100, "expected a number from 1 to 100")
      .default(30)
      .describe("Threads per page, e.g. 30 (the default)."),
    cursor: z
      .string()
      .regex(CURSOR, "expected the nextCursor of a previous page")
      .optional()
      .describe("Continue after a previous page: its `nextCursor`."),
    surface: z
      .enum(["api", "web", "slack", "cli"], { error: "expected one of: api, web, slack, cli" })
      .optional()
      .describe("Only threads started on this surface, e.g. 'web'."),
  })
  .strict();

const threadSummary = z.object({
  id: z.string(),
  title: z.string().nullable().describe("The thread's first question."),
  surface: z.string(),
  createdAt: z.string(),
  updatedAt: z.string().describe("The last message's time (threads are listed newest first)."),
  messageCount: z.number().int(),
});

/** GET /api/v1/threads response (documented in /openapi.json). */
export const threadListResponse = z.object({
  threads: z.array(threadSummary),
  nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page."),
});

/** GET /api/v1/threads/:id response (documented in /openapi.json). */
export const threadResponse = threadSummary.omit({ messageCount: true }).extend({
  messages: z.array(
    z.object({
      id: z.number().int(),
      role: z.enum(["user", "assistant"]),
      content: z.string().describe("The question, or the answer's text."),
      createdAt: z.string(),
      answer: agentAnswerSchema
        .nullable()
        .describe(
          "Assistant messages: the answer contract as /agents/query returned it (null for questions and for answers stored before full answers were kept).",
        ),
    }),
  ),
});

/** The stored answer contract of an assistant message, or null when the payload predates it. */
export function storedAnswer(payload: unknown, threadId: string, messageId: number): AgentAnswer | null {
  if (payload === null || typeof payload !== "object") return null;
  const parsed = agentAnswerSchema.safeParse({ ...payload, threadId, messageId });
  return parsed.success ? parsed.data : null;
}

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));

/**
 * GET /api/v1/threads: this organization's conversation threads, newest first, paginated.
 * GET /api/v1/threads/:id: one thread's messages in order, answers with their full contract.
 * Threads belong to the organization (every key of it sees them, as in Slack a channel's thread is
 * shared); another organization's thread id is 404, like an unknown one.
 */
export function threadsRouter(deps: AppDeps): Router {
  const router = Router();
  router.get("/", async (req, res) => {
    const tenant = tenantOf(res);
    const query = threadsQuery.parse(req.query);
    const cursor = query.cursor?.match(CURSOR);
    const rows = await listThreads(deps.db, tenant.organizationId, {
      limit: query.limit + 1,
      ...(cursor ? { cursor: { updatedAt: cursor[1]!, id: cursor[2]! } } : {}),
      ...(query.surface ? { surface: query.surface } : {}),
    });
    const page = rows.slice(0, query.limit);
    res.json({
      threads: page.map(({ cursor: _, ...t }) => t),
      nextCursor: rows.length > query.limit ? page.at(-1)!.cursor : null,
    });
  });

  router.get("/:id", async (req, res) => {
    const tenant = tenantOf(res);
    const id = req.params.id;
    const thread = THREAD_ID.test(id) ? await findThread(deps.db, tenant.organizationId, id) : undefined;
    if (!thread) throw new AppError("not_found", `unknown thread '${id.slice(0, 100)}'`);
    const [times] = await deps.db.query<{ createdAt: unknown; updatedAt: unknown }>(
      `SELECT created_at AS "createdAt", updated_at AS "updatedAt" FROM threads WHERE organization_id = $1 AND id = $2`,
      [tenant.organizationId, id],
    );
    const messages = await listMessages(deps.db, tenant.organizationId, id);
    res.json({
      id: thread.id,
      title: thread.title,
      surface: thread.surface,
      createdAt: iso(times?.createdAt),
      updatedAt: iso(times?.updatedAt),
      messages: messages.map((m) => ({
        id: Number(m.id),
        role: m.role,
        content: m.content,
        createdAt: iso(m.createdAt),
        answer: m.role === "assistant" ? storedAnswer(m.payload, thread.id, Number(m.id)) : null,
      })),
    });
  });
  return router;
}
