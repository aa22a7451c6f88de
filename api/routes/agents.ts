import { type Response, Router } from "express";
import { type AgentEvent, agentQueryInput } from "../../agent/contract.ts";
import { isAppError } from "../../lib/errors.ts";
import type { AppDeps } from "../deps.ts";
import { tenantOf } from "../tenant.ts";

/** Write one server-sent event. */
function sendEvent(
  res: Response,
  event: AgentEvent | { type: "error"; error: Record<string, unknown> },
): void {
  res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
}

/**
 * POST /agents/query `{question, threadId?, clarificationId?}` -> the AgentAnswer JSON. With
 * `Accept: text/event-stream` it streams status, the lead line (what is being answered, from the
 * plan; no figures), tool calls, text and the final answer as SSE.
 */
export function agentsRouter(deps: AppDeps): Router {
  const router = Router();
  router.post("/query", async (req, res, next) => {
    try {
      const input = agentQueryInput.parse(req.body ?? {});
      const tenant = tenantOf(res);
      const ask = (onEvent?: (e: AgentEvent) => void) =>
        deps.agent.ask({
          tenant,
          question: input.question,
          threadId: input.threadId,
          clarificationId: input.clarificationId,
          now: deps.now(),
          surface: "api",
          // The key's role decides whether "alert me if ..." may create a rule (viewers may not).
          requester: { role: tenant.role, actor: `key:${tenant.keyId}` },
          onEvent,
        });
      if (
        !req.accepts(["application/json", "text/event-stream"]) ||
        req.get("accept") !== "text/event-stream"
      ) {
        res.json(await ask());
        return;
      }
      res.status(200).set({
        "Content-Type": "text/event-stream",
        "Cache-Control": "no-cache, no-transform",
        Connection: "keep-alive",
      });
      res.flushHeaders();
      try {
        await ask((e) => sendEvent(res, e));
      } catch (e) {
        // Headers are gone: report the failure as an event, details only for expected errors.
        if (!isAppError(e))
          deps.logger.error({ err: e, requestId: res.locals.requestId }, "agent stream failed");
        sendEvent(res, {
          type: "error",
          error: isAppError(e)
            ? { code: e.code, message: e.message }
            : { code: "internal", message: "internal error" },
        });
      }
      res.end();
    } catch (e) {
      next(e);
    }
  });
  return router;
}
