import { randomUUID } from "node:crypto";
import { HumanMessage } from "@langchain/core/messages";
import type { BaseCheckpointSaver } from "@langchain/langgraph";
import { listAutomations } from "../briefs/manage.ts";
import type { Database } from "../db/database.ts";
import { appendExchange, createThread, findThread } from "../db/repositories/threads.ts";
import { classified } from "../db/unavailable.ts";
import { AppError } from "../lib/errors.ts";
import type { Logger } from "../lib/logger.ts";
import { CIRCUIT_STATE_VALUE, type Metrics } from "../lib/metrics.ts";
import { localDate } from "../semantic/query/dates.ts";
import type { Embedder } from "../semantic/search/embedder.ts";
import { TOOL_DEFINITIONS } from "../tools/index.ts";
import { withCurrencyReceipt } from "./answer/currency-receipt.ts";
import { CREATE_AUTOMATION, createCreateAutomation } from "./automation/create.ts";
import {
  createListAutomations,
  createManageAutomation,
  LIST_AUTOMATIONS,
  MANAGE_AUTOMATION,
} from "./automation/manage.ts";
import type { AgentAnswer, AgentEvent } from "./contract.ts";
import { buildToolExecutors } from "./executors.ts";
import { buildAgentGraph } from "./graph.ts";
import { type CircuitBreakerOptions, createCircuitBreaker } from "./models/circuit-breaker.ts";
import {
  createOpenAiModel,
  DEFAULT_OPENAI_TIMEOUT_MS,
  type OpenAiModelOptions,
  toLangChainTools,
  toolCallValidator,
} from "./models/index.ts";
import type { ToolExecutors } from "./nodes/run-tools.ts";
import {
  type AutomationRequester,
  CANCEL_ID,
  CONFIRM_ID,
  isAutomationRequest,
} from "./planner/automation-intent.ts";
import { LocalPlannerChatModel } from "./planner/chat-model.ts";
import { isManageRequest } from "./planner/manage-automation-intent.ts";
import { normalize } from "./planner/normalize.ts";
import { leadLine } from "./present/lead-line.ts";
import { valueLabelsOf } from "./present/value-labels.ts";
import { SYSTEM_PROMPT } from "./prompts.ts";
import { createTenantContextCache } from "./tenant-context.ts";

/** The organization an agent request acts for (from authentication, never from the question). */
export interface AgentTenant {
  organizationId: number;
  /** The organization's own name, so the planner never mistakes it for another organization. */
  name?: string;
  timeZone: string;
  currency: string;
  industry: string;
  defaultAttributionModel: string;
  attributionLookbackDays: number;
}

export interface AskInput {
  tenant: AgentTenant;
  question?: string;
  threadId?: string;
  clarificationId?: string;
  now: Date;
  surface?: "api" | "cli" | "slack" | "web";
  /**
   * Who asks: their role decides whether they may create schedules and alerts (viewers may not),
   * the Slack channel and e-mail address are where those deliver. Without it the asker is a viewer.
   */
  requester?: AutomationRequester & { actor?: string };
  onEvent?: (event: AgentEvent) => void;
  /**
   * Called at each phase of the turn (`agent.context`, `agent.graph`, `agent.planned`,
   * `agent.tools`, `agent.done`, `agent.stored`) so a surface can log where the time went.
   */
  onTiming?: (mark: string) => void;
}

export interface AgentServiceDeps {
  db: Database;
  logger: Logger;
  checkpointer: BaseCheckpointSaver;
  embedder: Embedder;
  /** Configured OpenAI-compatible model; the local planner answers when absent. */
  openai?: OpenAiModelOptions;
  /** The model's circuit breaker (defaults: 3 failures, 30 s cool-down); `false` turns it off (benchmarks). */
  circuitBreaker?: Omit<CircuitBreakerOptions, "onStateChange"> | false;
  /** Where turns, tool calls, model calls, fallbacks and the breaker state are counted. */
  metrics?: Metrics;
}

const TOOLS = toLangChainTools(TOOL_DEFINITIONS);
/**
 * The planner also binds create_automation and manage_automation, which it calls only after a
 * confirmation, and list_automations.
 */
const PLANNER_TOOLS = [
  ...TOOLS,
  ...[CREATE_AUTOMATION, MANAGE_AUTOMATION, LIST_AUTOMATIONS].map((name) => ({
    type: "function" as const,
    function: { name, description: "planner only", parameters: {} },
  })),
];

/**
 * The executors, with one macrotask yielded before the first tool runs. On the embedded database
 * a whole turn is one chain of promises with no I/O in between, and Node sends a response's
 * corked socket only between macrotasks: without this the lead line written just before would
 * reach the client together with the answer.
 */
function yieldingFirst(executors: ToolExecutors): ToolExecutors {
  let yielded = false;
  return Object.fromEntries(
    Object.entries(executors).map(([name, run]) => [
      name,
      async (args: unknown) => {
        if (!yielded) {
          yielded = true;
          await new Promise((resolve) => setImmediate(resolve));
        }
        return run(args);
      },
    ]),
  );
}

/**
 * Answers questions for a tenant: resolves the thread, builds the graph with the tenant's tools and
 * models, runs it on the thread's checkpoint, and stores the exchange. Checkpoint thread ids are
 * scoped by organization, so a thread id from another organization is simply unknown.
 */
export function createAgentService(deps: AgentServiceDeps) {
  const openai = deps.openai ? createOpenAiModel(deps.openai).bindTools(TOOLS) : undefined;
  const metrics = deps.metrics;
  // One breaker per service: every request shares what the last ones learned about the model.
  const breaker =
    openai && deps.circuitBreaker !== false
      ? createCircuitBreaker({
          ...deps.circuitBreaker,
          onStateChange: ({ from, to, failures }) => {
            deps.logger.warn(
              { from, to, failures, model: deps.openai?.model },
              `model circuit breaker ${to}`,
            );
            metrics?.circuitState.set(CIRCUIT_STATE_VALUE[to]);
            metrics?.circuitTransitions.inc({ to });
          },
        })
      : undefined;
  metrics?.circuitState.set(CIRCUIT_STATE_VALUE.closed);
  const tenantContext = createTenantContextCache(deps.db);
  const modelInfo: AgentAnswer["model"] = deps.openai
    ? { kind: "openai", name: deps.openai.model }
    : { kind: "planner", name: "local-planner" };

  /** The asker's own thread by id; another organization's thread is simply unknown. */
  async function ownThread(organizationId: number, id: string): Promise<string> {
    const thread = await findThread(deps.db, organizationId, id);
    if (!thread) throw new AppError("not_found", `unknown thread '${id}'`, { details: { path: "threadId" } });
    return thread.id;
  }

  /** Answer one question (or a clarification choice) in a thread. */
  async function ask(input: AskInput): Promise<AgentAnswer> {
    const { tenant, now } = input;
    const content = input.clarificationId ?? input.question?.trim() ?? "";
    if (!content)
      throw new AppError("input.invalid", "question: the question is empty", {
        details: { path: "question" },
      });
    input.onEvent?.({ type: "status", message: "planning" });
    const mark = input.onTiming ?? (() => {});
    // A new thread's id is ours to choose: its row is written after the lead line has left (below),
    // so the first streamed text waits for the planner's context only. A named thread is checked
    // first (another organization's id must fail before anything is planned or sent).
    const newThread = !input.threadId;
    const [threadId, { catalog, dimensionValues, dataEnd, dataStart, trackingLossDays }] = await Promise.all([
      input.threadId ? ownThread(tenant.organizationId, input.threadId) : randomUUID(),
      tenantContext(tenant.organizationId),
    ]);
    mark("agent.context");
    const requester = { surface: input.surface, ...(input.requester ?? { role: "viewer" }) };
    // Scheduling and alert requests and their confirmation are the planner's: a configured model
    // has no create tool, so it could neither confirm nor create.
    const normalized = normalize(input.question ?? "");
    const manageTurn = isManageRequest(normalized);
    const automationTurn =
      input.clarificationId === CONFIRM_ID ||
      input.clarificationId === CANCEL_ID ||
      manageTurn ||
      isAutomationRequest(normalized);
    // "pause the CPA alert" is resolved among the organization's own schedules and rules.
    const automations = manageTurn
      ? await listAutomations(deps.db, tenant.organizationId, tenant.timeZone, now)
      : undefined;
    const automationDeps = {
      db: deps.db,
      organizationId: tenant.organizationId,
      timeZone: tenant.timeZone,
      now,
      role: requester.role,
      actor: input.requester?.actor ?? `agent:${input.surface ?? "api"}`,
    };
    const planner = new LocalPlannerChatModel({
      context: () => ({
        now,
        timeZone: tenant.timeZone,
        catalog,
        dimensionValues,
        organizationName: tenant.name,
        dataEnd,
        dataStart,
        trackingLossDays,
        requester,
        automations,
      }),
    }).bindTools(PLANNER_TOOLS);
    // The lead line straight from the planner, before the thread row, the checkpoint and the graph:
    // on a new thread the planner's first turn depends on the question and the context only, so
    // this is exactly the plan the graph's model node makes again below (the planner is pure and
    // takes about 2 ms). Only when the planner answers (no configured model) and only for a fresh
    // question: a follow-up's plan needs the thread's history, read by the graph.
    let leadSent = false;
    const primaryIsPlanner = automationTurn || !openai;
    if (newThread && primaryIsPlanner && input.question && !input.clarificationId && input.onEvent) {
      const first = (await planner.invoke([new HumanMessage(content)])).tool_calls?.[0];
      mark("agent.planned");
      if (first) {
        leadSent = true;
        const text = leadLine(
          { name: first.name, args: first.args as Record<string, unknown> },
          { catalog, timeZone: tenant.timeZone, now },
        );
        if (text) {
          input.onEvent({ type: "lead", text });
          // Let the response's socket send it before the rest of the turn keeps the loop busy.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
    }
    if (newThread) {
      await createThread(deps.db, {
        id: threadId,
        organizationId: tenant.organizationId,
        surface: input.surface ?? "api",
        title: content,
      });
    }
    const log = (event: string, data: Record<string, unknown>) =>
      deps.logger.warn({ ...data, organizationId: tenant.organizationId, threadId }, event);
    const today = localDate(now, tenant.timeZone);
    // Otherwise the first planned tool call says what the answer will be about: sent as a lead line
    // at once (a chat shows it long before the tools, the presentation and the verifier are done).
    const graph = buildAgentGraph({
      model: {
        primary: (automationTurn ? undefined : openai) ?? planner,
        primaryName: automationTurn ? "local-planner" : modelInfo.name,
        planner,
        systemPrompt: `${SYSTEM_PROMPT}\n\nToday is ${today} in the organization's time zone (${tenant.timeZone}). Currency: ${tenant.currency}.`,
        validate: toolCallValidator(TOOL_DEFINITIONS),
        // The HTTP timeout ends at the response headers; this bounds a stream that stalls midway too.
        timeoutMs: deps.openai?.timeoutMs ?? DEFAULT_OPENAI_TIMEOUT_MS,
        ...(breaker ? { breaker } : {}),
        secrets: deps.openai ? [deps.openai.apiKey] : [],
        log,
        onFallback: (reason) => metrics?.modelFallbacks.inc({ reason: reason.kind }),
        onModelCall: (call) => metrics?.modelCalls.inc(call),
      },
      tools: yieldingFirst({
        ...buildToolExecutors({ db: deps.db, catalog, tenant, now, embedder: deps.embedder }),
        [CREATE_AUTOMATION]: createCreateAutomation({
          db: deps.db,
          organizationId: tenant.organizationId,
          timeZone: tenant.timeZone,
          now,
          role: requester.role,
          actor: input.requester?.actor ?? `agent:${input.surface ?? "api"}`,
        }),
        [LIST_AUTOMATIONS]: createListAutomations(automationDeps),
        [MANAGE_AUTOMATION]: createManageAutomation(automationDeps),
      }),
      finalize: {
        present: {
          currency: tenant.currency,
          timeZone: tenant.timeZone,
          valueLabels: valueLabelsOf(dimensionValues),
        },
        model: modelInfo,
        log,
      },
      checkpointer: deps.checkpointer,
      observeTools: (e) => {
        if (e.type === "result") mark("agent.tools");
        if (e.type === "result") metrics?.agentToolCalls.inc({ tool: e.name, ok: String(e.ok ?? false) });
        if (e.type === "call" && !leadSent && input.onEvent) {
          mark("agent.planned");
          leadSent = true;
          const text = leadLine(
            { name: e.name, args: (e.args ?? {}) as Record<string, unknown> },
            { catalog, timeZone: tenant.timeZone, now },
          );
          if (text) input.onEvent({ type: "lead", text });
        }
        input.onEvent?.(
          e.type === "call"
            ? { type: "tool_call", name: e.name, args: (e.args ?? {}) as Record<string, unknown> }
            : { type: "tool_result", name: e.name, ok: e.ok ?? false },
        );
      },
    });
    mark("agent.graph");
    const state = await graph.invoke(
      { messages: [new HumanMessage(content)], modelCalls: 0, fallback: "", answer: undefined },
      {
        configurable: { thread_id: `${tenant.organizationId}:${threadId}` },
        recursionLimit: 20,
        // One checkpoint per turn, written when the graph finishes: a turn is short, and a crash
        // mid-turn only loses that turn (the question is simply asked again).
        durability: "exit",
      },
    );
    mark("agent.done");
    if (!state.answer) throw new AppError("agent.failed", "the agent finished without an answer");
    // Figures converted from another currency at import: the receipt names the rates used.
    const receipted = await withCurrencyReceipt(
      deps.db,
      tenant.organizationId,
      tenant.currency,
      state.answer,
    );
    const { threadId: _, messageId: __, ...stored } = receipted;
    // The whole answer contract (text, data, chart, provenance, tool calls), so a reopened thread
    // renders exactly what was answered (GET /api/v1/threads/:id) and an answer can be pinned;
    // `asOf` is the org-local date its periods were resolved on (a pinned report keeps them relative).
    // Question and answer in one statement: the answer waits for one round trip, not four.
    const { answerId: messageId } = await appendExchange(deps.db, {
      organizationId: tenant.organizationId,
      threadId,
      question: content,
      answer: stored.answer,
      payload: { ...stored, asOf: today },
    });
    mark("agent.stored");
    const answer: AgentAnswer = { ...stored, threadId, messageId };
    input.onEvent?.({ type: "text", delta: answer.answer });
    input.onEvent?.({ type: "answer", answer });
    return answer;
  }

  return {
    modelInfo,
    /**
     * Plan one question for an organization without answering it (nothing is written): loads its
     * planner context and runs the planner's code once, so the first real question after a start
     * does not pay for either (about a second on a cold process, on two busy cores). The lead line
     * of that first question waits for exactly this work.
     */
    async warmUp(tenant: AgentTenant, now: Date): Promise<void> {
      const { catalog, dimensionValues, dataEnd, dataStart, trackingLossDays } = await tenantContext(
        tenant.organizationId,
      );
      const planner = new LocalPlannerChatModel({
        context: () => ({
          now,
          timeZone: tenant.timeZone,
          catalog,
          dimensionValues,
          organizationName: tenant.name,
          dataEnd,
          dataStart,
          trackingLossDays,
          requester: { role: "viewer" },
        }),
      }).bindTools(PLANNER_TOOLS);
      const first = (await planner.invoke([new HumanMessage("revenue by channel last month")]))
        .tool_calls?.[0];
      if (first)
        leadLine({ name: first.name, args: first.args }, { catalog, timeZone: tenant.timeZone, now });
    },
    /** The model circuit breaker's state ("closed" when no model is configured). */
    get circuitState() {
      return breaker?.state ?? "closed";
    },
    /** Answer one question (or a clarification choice) in a thread; counted in `agent_turns_total`. */
    async ask(input: AskInput): Promise<AgentAnswer> {
      try {
        // While the database is unreachable this throws AppError("db.unavailable"), whose message is
        // the one friendly line every surface shows (HTTP answers 503), never the driver's text; it
        // also catches a lost connection that LangGraph or a tool wrapped on the way up.
        const answer = await classified(() => ask(input));
        metrics?.agentTurns.inc({ outcome: "answered" });
        return answer;
      } catch (e) {
        metrics?.agentTurns.inc({ outcome: "failed" });
        throw e;
      }
    },
  };
}

export type AgentService = ReturnType<typeof createAgentService>;
