/**
 * The local planner as a LangChain chat model, so the agent graph runs the same with it as with
 * an OpenAI-compatible model. Given the conversation it plans from the last human message
 * (following up on the tool calls already in the thread) and answers with an AIMessage carrying
 * `tool_calls`; once tool results have arrived it returns an empty final AIMessage, because the
 * finalize node writes the answer from the tool results deterministically.
 * Security note: the organization is never read from messages; the context provider supplies the
 * tenant's catalog and values from the authenticated request.
 */
import type { CallbackManagerForLLMRun } from "@langchain/core/callbacks/manager";
import {
  BaseChatModel,
  type BaseChatModelCallOptions,
  type BaseChatModelParams,
  type BindToolsInput,
} from "@langchain/core/language_models/chat_models";
import { AIMessage, type BaseMessage, type ToolMessage } from "@langchain/core/messages";
import type { ChatResult } from "@langchain/core/outputs";
import { foundStepCalls } from "./found-step-run.ts";
import { frameFromCall } from "./frame-from-calls.ts";
import { planQuestion } from "./plan.ts";
import type { Plan, PlannerContext } from "./types.ts";

/** What the model needs per call besides the messages: everything in PlannerContext but the thread. */
export type PlannerContextBase = Omit<PlannerContext, "previous" | "clarificationId">;

/** Constructor fields. */
export interface LocalPlannerChatModelFields extends BaseChatModelParams {
  /** Supplies the tenant's catalog, dimension values, time zone and the current instant. */
  context: () => PlannerContextBase | Promise<PlannerContextBase>;
  /** Names of bound tools; calls to other tools are dropped. Empty means every tool. */
  toolNames?: readonly string[];
}

/** Where a planner turn keeps its plan on the AIMessage, for the next turn's follow-up. */
const PLAN_KEY = "localPlanner";
const CLARIFICATION_ID = /^(?:metric|value|dimension|automation):[a-z0-9_:.-]+$/i;

function textOf(m: BaseMessage): string {
  return typeof m.content === "string"
    ? m.content
    : m.content
        .map((c) =>
          typeof c === "object" && c !== null && "text" in c && typeof c.text === "string" ? c.text : "",
        )
        .join(" ");
}

/**
 * The previous turn's plan: stored by this model, or rebuilt from any model's tool calls. A turn
 * that was declined leaves the thread where it was: "as a table" after "csv please" was refused
 * still means the last answer's table, so a decline is stepped over to the plan before it.
 */
function previousPlan(messages: readonly BaseMessage[], before: number): Plan | undefined {
  for (let i = before - 1; i >= 0; i--) {
    const m = messages[i]!;
    if (m.getType() !== "ai") continue;
    const stored = (m.additional_kwargs as Record<string, unknown>)[PLAN_KEY];
    if (typeof stored === "object" && stored !== null && "kind" in stored) {
      if ((stored as Plan).kind === "decline") continue;
      return stored as Plan;
    }
    const calls = (m as AIMessage).tool_calls ?? [];
    for (const call of calls) {
      const frame = frameFromCall(call.name, call.args);
      if (frame) return { kind: "tool_calls", intent: frame.intent, calls: [], frame };
    }
  }
  return undefined;
}

/** The question of the turn before the last one ("send me this" schedules it); clarification ids skipped. */
function questionBefore(messages: readonly BaseMessage[], lastHuman: number): string | undefined {
  for (let i = lastHuman - 1; i >= 0; i--) {
    const m = messages[i]!;
    if (m.getType() !== "human") continue;
    const text = textOf(m).trim();
    if (!CLARIFICATION_ID.test(text)) return text;
  }
  return undefined;
}

/** A deterministic chat model that emits the local planner's tool calls. */
export class LocalPlannerChatModel extends BaseChatModel<BaseChatModelCallOptions> {
  private readonly context: LocalPlannerChatModelFields["context"];
  private readonly toolNames: readonly string[];

  constructor(fields: LocalPlannerChatModelFields) {
    super(fields);
    this.context = fields.context;
    this.toolNames = fields.toolNames ?? [];
  }

  override _llmType(): string {
    return "local-planner";
  }

  /** Bind tools by name (definitions, LangChain tools or OpenAI-style tool dicts). */
  override bindTools(tools: BindToolsInput[]) {
    const names = tools.flatMap((t) => {
      if (typeof t !== "object" || t === null) return [];
      const fn = "function" in t && typeof t.function === "object" && t.function !== null ? t.function : t;
      return "name" in fn && typeof fn.name === "string" ? [fn.name] : [];
    });
    return new LocalPlannerChatModel({ context: this.context, toolNames: names });
  }

  override async _generate(
    messages: BaseMessage[],
    _options: this["ParsedCallOptions"],
    _runManager?: CallbackManagerForLLMRun,
  ): Promise<ChatResult> {
    const lastHuman = messages.findLastIndex((m) => m.getType() === "human");
    const lastAi = messages.findLastIndex((m) => m.getType() === "ai");
    if (lastAi > lastHuman && messages.slice(lastAi + 1).some((m) => m.getType() === "tool")) {
      // fix13e: a two-step ask runs its second step once the first call's rows are in.
      return this.result(this.secondStep(messages, lastAi) ?? new AIMessage({ content: "" }));
    }
    const text = lastHuman >= 0 ? textOf(messages[lastHuman]!).trim() : "";
    const previous = previousPlan(messages, Math.max(lastHuman, 0));
    const base = await this.context();
    const clarificationId = CLARIFICATION_ID.test(text) && previous?.kind === "clarify" ? text : undefined;
    const previousQuestion = questionBefore(messages, lastHuman);
    const plan = planQuestion(clarificationId ? "" : text, {
      ...base,
      previous,
      clarificationId,
      previousQuestion,
    });
    return this.result(this.toMessage(plan, messages.length));
  }

  private toMessage(plan: Plan, turn: number): AIMessage {
    const additional_kwargs = { [PLAN_KEY]: plan };
    if (plan.kind === "decline") return new AIMessage({ content: plan.message, additional_kwargs });
    if (plan.kind === "clarify") return new AIMessage({ content: plan.question, additional_kwargs });
    const calls = plan.calls.filter((c) => !this.toolNames.length || this.toolNames.includes(c.name));
    return new AIMessage({
      content: "",
      additional_kwargs,
      tool_calls: calls.map((c, i) => ({
        id: `planner_${turn}_${i}`,
        name: c.name,
        args: c.args,
        type: "tool_call" as const,
      })),
    });
  }

  /** The second step of the plan at `lastAi` (found-step.ts), filled from its first call's result. */
  private secondStep(messages: readonly BaseMessage[], lastAi: number): AIMessage | undefined {
    const ai = messages[lastAi] as AIMessage;
    const stored = (ai.additional_kwargs as Record<string, unknown>)[PLAN_KEY] as Plan | undefined;
    if (stored?.kind !== "tool_calls" || !stored.then) return undefined;
    const firstId = ai.tool_calls?.[0]?.id;
    const reply = messages
      .slice(lastAi + 1)
      .find((m): m is ToolMessage => m.getType() === "tool" && (m as ToolMessage).tool_call_id === firstId);
    const to = (stored.calls[0]?.args.timeRange as { to?: unknown } | undefined)?.to;
    const calls =
      reply && foundStepCalls(stored.then, reply.artifact, typeof to === "string" ? to : undefined);
    if (!calls) return undefined;
    // Stored without notes (the first step's lead them) or a further step, as the thread's last plan.
    const plan: Plan = { kind: "tool_calls", intent: stored.intent, calls, frame: stored.frame };
    return this.toMessage(plan, messages.length);
  }

  private result(message: AIMessage): ChatResult {
    return { generations: [{ text: typeof message.content === "string" ? message.content : "", message }] };
  }
}
