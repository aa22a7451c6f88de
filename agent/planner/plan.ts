/**
 * planQuestion: the local planner's entry point. A deterministic semantic parser that turns a
 * marketer's question into typed tool calls, a clarification with concrete options, or a polite
 * decline. Pure: the clock, time zone, catalog and dimension values all come from the context.
 * Security note: no argument it emits names an organization; the tenant comes from authentication.
 *
 * A question goes through five stages, each entered once (pipeline/, README.md):
 * normalize -> recognise (metrics, dimensions, filters, time; the intent from the registry in
 * pipeline/intents.ts) -> check (scope and premises) -> frame -> assemble (tool calls).
 */
import { clauseParts, commaParts, dropsParts, keepsParts, listedParts, planParts } from "./multi-part.ts";
import { assembleStage } from "./pipeline/assemble-stage.ts";
import { checkStage } from "./pipeline/check-stage.ts";
import { frameStage } from "./pipeline/frame-stage.ts";
import { normalizeStage } from "./pipeline/normalize-stage.ts";
import { recogniseStage } from "./pipeline/recognise-stage.ts";
import type { PlanTrace } from "./pipeline/types.ts";
import { unchangedFollowUp } from "./repeat-guard.ts";
import type { Plan, PlannerContext } from "./types.ts";

export { CAPABILITIES } from "./pipeline/declines.ts";
export type { PlanTrace } from "./pipeline/types.ts";

/**
 * One reading of the question through the stages. `sourceMedium: false` reads a "google / cpc"
 * pair's words as words (the second reading, when the pair does not fit the answer as a filter).
 */
function read(
  question: string,
  ctx: PlannerContext,
  sourceMedium: boolean,
  trace?: PlanTrace,
): Plan | undefined {
  trace?.stages.push("normalize");
  const normalized = normalizeStage(question, ctx, { sourceMedium, replan: (q, c) => planQuestion(q, c) });
  if ("settled" in normalized) return normalized.settled;
  trace?.stages.push("recognise");
  const recognised = recogniseStage(normalized.next);
  trace?.intents.push(recognised.intent);
  trace?.stages.push("check");
  const checked = checkStage(recognised, trace);
  if ("settled" in checked) return checked.settled;
  trace?.stages.push("frame");
  const framed = frameStage(checked.next);
  trace?.stages.push("assemble");
  const assembled = assembleStage(framed);
  return "plan" in assembled ? assembled.plan : undefined;
}

/**
 * Plan the answer to one question. Pass `trace` to record the stages entered.
 * @example planQuestion("ROAS by channel last month", ctx) // { kind: "tool_calls", intent: "query", calls: [{ name: "query_metrics", ... }] }
 */
export function planQuestion(question: string, ctx: PlannerContext, trace?: PlanTrace): Plan {
  // fix9e: a pasted list of asks answers every part (multi-part.ts).
  const parts = listedParts(question);
  const listed = parts && !trace ? planParts(parts, ctx, (q, c) => planQuestion(q, c)) : undefined;
  if (listed) return listed;
  const plan = read(question, ctx, true, trace) ?? read(question, ctx, false, trace);
  if (!plan) throw new Error("the second reading always assembles a plan");
  if (trace) return plan;
  const whole = commaListPlan(question, ctx, plan) ?? clauseListPlan(question, ctx, plan) ?? plan;
  return unchangedFollowUp(question, whole, ctx.previous) ?? whole;
}

/** fix9e: "a, b, and c" after a lead-in, when one reading dropped a part: every part (multi-part.ts). */
function commaListPlan(question: string, ctx: PlannerContext, whole: Plan): Plan | undefined {
  const parts = commaParts(question);
  if (!parts) return undefined;
  const each = parts.map((q) => planQuestion(q, ctx));
  return dropsParts(whole, each) ? planParts(parts, ctx, (q, c) => planQuestion(q, c)) : undefined;
}

/**
 * fix17e: asks joined inside one sentence ("revenue split by new vs returning, and how many of the
 * returning orders came from email"): every part, when the whole reading merged or dropped one.
 * Each part is read after the one before (its period and filters carry, as in a thread).
 */
function clauseListPlan(question: string, ctx: PlannerContext, whole: Plan): Plan | undefined {
  const parts = clauseParts(question);
  if (!parts) return undefined;
  const each: Plan[] = [];
  let previous: { plan: Plan; question: string } | undefined;
  for (const part of parts) {
    const partCtx = previous ? { ...ctx, previous: previous.plan, previousQuestion: previous.question } : ctx;
    const p = planQuestion(part, partCtx);
    each.push(p);
    if (p.kind === "tool_calls") previous = { plan: p, question: part };
  }
  return keepsParts(whole, each) ? planParts(parts, ctx, (q, c) => planQuestion(q, c)) : undefined;
}
