/**
 * Drive the real agent service in-process for evals, and recover each turn's tool results from
 * the thread's checkpoint (the ToolMessage artifacts the graph stored), aligned with the answer's
 * toolCalls, so values and grounding are checked against what the tools actually returned.
 */
import type { BaseMessage, ToolMessage } from "@langchain/core/messages";
import { DatabaseCheckpointSaver } from "../agent/checkpointer/index.ts";
import type { AgentAnswer } from "../agent/contract.ts";
import type { OpenAiModelOptions } from "../agent/models/index.ts";
import { type AgentTenant, createAgentService } from "../agent/service.ts";
import type { OrganizationRow } from "../db/repositories/organizations.ts";
import type { Logger } from "../lib/logger.ts";
import type { EvalEnvironment } from "./environment.ts";
import type { ToolOutcome } from "./score.ts";

/** One answered turn with its tool results and latency. */
export interface AskedTurn {
  answer: AgentAnswer;
  results: (ToolOutcome | undefined)[];
  latencyMs: number;
  /** Prompt and completion tokens of OpenAI calls in this turn (0 for the planner). */
  tokens: { prompt: number; completion: number };
}

/** The tenant context for an organization, as the auth middleware would build it. */
export function tenantOf(org: OrganizationRow): AgentTenant {
  return {
    organizationId: org.id,
    timeZone: org.timeZone,
    currency: org.currency,
    industry: org.industry,
    defaultAttributionModel: org.defaultAttributionModel,
    attributionLookbackDays: org.attributionLookbackDays,
  };
}

function isToolOutcome(v: unknown): v is ToolOutcome {
  return typeof v === "object" && v !== null && "ok" in v;
}

/** The current turn's tool results (after the last human message), aligned with its tool calls. */
function turnResults(messages: readonly BaseMessage[]): (ToolOutcome | undefined)[] {
  const start = messages.findLastIndex((m) => m.getType() === "human");
  const turn = messages.slice(start + 1);
  const calls = turn.flatMap((m) =>
    m.getType() === "ai" ? ((m as { tool_calls?: { id?: string }[] }).tool_calls ?? []) : [],
  );
  const tools = turn.filter((m): m is ToolMessage => m.getType() === "tool");
  return calls.map((c) => {
    const artifact = tools.find((t) => t.tool_call_id === c.id)?.artifact;
    return isToolOutcome(artifact) ? artifact : undefined;
  });
}

function tokensOf(messages: readonly BaseMessage[]): AskedTurn["tokens"] {
  const start = messages.findLastIndex((m) => m.getType() === "human");
  let prompt = 0;
  let completion = 0;
  for (const m of messages.slice(start + 1)) {
    const usage = (m as { usage_metadata?: { input_tokens?: number; output_tokens?: number } })
      .usage_metadata;
    prompt += usage?.input_tokens ?? 0;
    completion += usage?.output_tokens ?? 0;
  }
  return { prompt, completion };
}

/**
 * An agent service over the eval database; `ask` answers one turn and returns its tool results.
 * @example const agent = createEvalAgent(env, { logger }); await agent.ask(org, { question: "roas last month", now });
 */
export function createEvalAgent(env: EvalEnvironment, opts: { logger: Logger; openai?: OpenAiModelOptions }) {
  const checkpointer = new DatabaseCheckpointSaver(env.db);
  const service = createAgentService({
    db: env.db,
    logger: opts.logger,
    checkpointer,
    embedder: env.embedder,
    ...(opts.openai ? { openai: opts.openai } : {}),
  });
  return {
    modelInfo: service.modelInfo,
    /** Answer one turn as the organization. */
    async ask(
      org: OrganizationRow,
      input: { question: string; clarificationId?: string; threadId?: string; now: Date; role?: string },
    ): Promise<AskedTurn> {
      const started = performance.now();
      const answer = await service.ask({
        tenant: tenantOf(org),
        ...(input.clarificationId
          ? { clarificationId: input.clarificationId }
          : { question: input.question }),
        ...(input.threadId ? { threadId: input.threadId } : {}),
        now: input.now,
        surface: "cli",
        ...(input.role ? { requester: { role: input.role } } : {}),
      });
      const latencyMs = performance.now() - started;
      const tuple = await checkpointer.getTuple({
        configurable: { thread_id: `${org.id}:${answer.threadId}`, checkpoint_ns: "" },
      });
      const messages = (tuple?.checkpoint.channel_values?.messages ?? []) as BaseMessage[];
      return { answer, results: turnResults(messages), latencyMs, tokens: tokensOf(messages) };
    },
  };
}
