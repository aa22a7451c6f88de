import { createUIMessageStream, pipeUIMessageStreamToResponse, type UIMessage } from "ai";
import { Router } from "express";
import { type AgentAnswer, type AgentEvent, agentQueryInput } from "../../agent/contract.ts";
import { isAppError } from "../../lib/errors.ts";
import type { AppDeps } from "../deps.ts";
import { tenantOf } from "../tenant.ts";
import { chatTimeline } from "./chat-timing.ts";

/** The data parts the web app's chat reads (app/src/lib/chat-types.ts mirrors this). */
export type ChatDataParts = {
  /** Progress: planning, which tool runs, whether it succeeded (transient: not kept in the message). */
  status: { message: string };
  /** The full answer contract (agent/contract.ts): data, chart, provenance, clarification, ... */
  answer: AgentAnswer;
};
export type ChatUIMessage = UIMessage<never, ChatDataParts>;

/** Marks the lead line's text part (the web app shows it apart from the verified answer text). */
export const LEAD_METADATA = { web: { lead: true } } as const;

/** A status line a marketer can read, from one agent event (text and answer have their own parts). */
function statusLine(e: AgentEvent): string | undefined {
  if (e.type === "status") return e.message;
  if (e.type === "tool_call") return `running ${e.name}`;
  if (e.type === "tool_result") return `${e.name} ${e.ok ? "done" : "failed"}`;
  return undefined;
}

/**
 * POST /api/v1/chat `{question?, threadId?, clarificationId?}` (the same input as /agents/query):
 * runs the same agent service and answers with an AI SDK UI message stream (SSE) for `useChat`:
 * transient status parts, the lead line as its own text part as soon as the plan is known (what
 * and when, no figures; marked with LEAD_METADATA), then the verified answer's text, and a
 * `data-answer` part carrying the whole answer contract, so the web app renders exactly what
 * /agents/query returns. No figure is streamed before the verifier has passed it.
 */
export function chatRouter(deps: AppDeps): Router {
  const router = Router();
  router.post("/", (req, res, next) => {
    const timeline = chatTimeline(res);
    timeline.mark("route");
    timeline.watchWrites();
    timeline.logWhenDone(deps.logger);
    let input: ReturnType<typeof agentQueryInput.parse>;
    try {
      input = agentQueryInput.parse(req.body ?? {});
    } catch (e) {
      next(e);
      return;
    }
    const tenant = tenantOf(res);
    const stream = createUIMessageStream<ChatUIMessage>({
      execute: async ({ writer }) => {
        const textId = "answer-text";
        let textOpen = false;
        timeline.mark("stream");
        writer.write({ type: "start" });
        await deps.agent.ask({
          tenant,
          question: input.question,
          threadId: input.threadId,
          clarificationId: input.clarificationId,
          now: deps.now(),
          surface: "web",
          // The key's role decides whether "alert me if ..." may create a rule (viewers may not).
          requester: { role: tenant.role, actor: `key:${tenant.keyId}` },
          onTiming: timeline.mark,
          onEvent: (e) => {
            const line = statusLine(e);
            if (line)
              writer.write({ type: "data-status", id: "status", data: { message: line }, transient: true });
            if (e.type === "lead") {
              timeline.mark("lead");
              writer.write({ type: "text-start", id: "lead", providerMetadata: LEAD_METADATA });
              writer.write({ type: "text-delta", id: "lead", delta: e.text });
              writer.write({ type: "text-end", id: "lead" });
            }
            if (e.type === "text") {
              if (!textOpen) writer.write({ type: "text-start", id: textId });
              textOpen = true;
              writer.write({ type: "text-delta", id: textId, delta: e.delta });
            }
            if (e.type === "answer") {
              if (textOpen) writer.write({ type: "text-end", id: textId });
              textOpen = false;
              writer.write({ type: "data-answer", id: "answer", data: e.answer });
            }
          },
        });
        writer.write({ type: "finish" });
      },
      onError: (e) => {
        if (isAppError(e)) return e.message;
        deps.logger.error({ err: e, requestId: res.locals.requestId }, "chat stream failed");
        return "internal error";
      },
    });
    pipeUIMessageStreamToResponse({ response: res, stream }).catch(next);
  });
  return router;
}
