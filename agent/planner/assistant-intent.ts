/**
 * fix13a: the registry entry's reader for questions about the assistant (assistant-asks.ts): what
 * it can answer, where its numbers come from, whether it sees another tool. A question that names
 * a measure is a data question ("what can you tell me about roas in may"), except when it asks
 * where that measure's numbers come from.
 */

import { assistantPlan } from "./assistant-answer.ts";
import { assistantAsk } from "./assistant-asks.ts";
import { frameFor } from "./frame.ts";
import { normalize } from "./normalize.ts";
import type { Reading } from "./pipeline/types.ts";
import type { Plan } from "./types.ts";

/**
 * The plan for a question about the assistant, or undefined for any other question.
 * @example aboutAssistant(reading("where do your numbers come from")) // search_catalog led by the sources
 */
export function aboutAssistant(r: Reading): Plan | undefined {
  // A tenant claim or an injection is declined as before, whatever else it asks.
  if (r.p.signals.decline && r.p.signals.decline !== "off_topic") return undefined;
  const ask = assistantAsk(normalize(r.question));
  if (!ask) return undefined;
  const namesData = r.p.metrics.length > 0 || r.p.dims.dimensions.length > 0 || r.p.dims.filters.length > 0;
  if (ask.kind === "capabilities" && namesData) return undefined;
  if (ask.kind === "connection" && r.p.metrics.length > 0) return undefined;
  // "how was that calculated" after an answer is about that answer: its thread follow-up shows the
  // inputs per row (follow-up-fix11a), which says more than where all the data comes from.
  if (ask.kind === "sources" && r.ctx.previous?.kind === "tool_calls") return undefined;
  return assistantPlan(ask, r.ctx, r.replan, frameFor("search", r.p, r.ctx.catalog));
}
