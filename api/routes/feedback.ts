import { Router } from "express";
import { z } from "zod";
import { findThread, insertFeedback } from "../../db/repositories/threads.ts";
import { AppError } from "../../lib/errors.ts";
import { safeText, TEXT_LIMITS } from "../../lib/safe-text.ts";
import type { AppDeps } from "../deps.ts";
import { tenantOf } from "../tenant.ts";

export const feedbackInput = z
  .object({
    threadId: z.string().regex(/^[\w-]{1,100}$/, "expected a thread id returned by /agents/query"),
    messageId: z.number().int().positive().optional().describe("The answer's message id, when known."),
    rating: z.enum(["up", "down"], { error: "expected 'up' or 'down'" }),
    correction: safeText({ max: TEXT_LIMITS.prose, multiline: true, trim: true })
      .optional()
      .describe("What the right answer would have been."),
  })
  .strict();

/**
 * POST /api/v1/feedback: thumbs up or down on an answer in one of this organization's threads.
 * Thumbs-down answers become candidate eval cases (`npm run evals -- --export-feedback`).
 */
export function feedbackRouter(deps: AppDeps): Router {
  const router = Router();
  router.post("/", async (req, res, next) => {
    try {
      const input = feedbackInput.parse(req.body ?? {});
      const tenant = tenantOf(res);
      if (!(await findThread(deps.db, tenant.organizationId, input.threadId))) {
        throw new AppError("not_found", `unknown thread '${input.threadId}'`, {
          details: { path: "threadId" },
        });
      }
      const id = await insertFeedback(deps.db, { organizationId: tenant.organizationId, ...input });
      res.status(201).json({ id, threadId: input.threadId, rating: input.rating });
    } catch (e) {
      next(e);
    }
  });
  return router;
}
