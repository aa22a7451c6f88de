/**
 * Re-run stored tool calls (a saved report) and assemble the same answer contract as the agent,
 * without a model: the tools' executors, their presenters and the grounded-number check, as the
 * agent's finalize node does for the deterministic template.
 */
import type { Embedder } from "../../semantic/search/embedder.ts";
import type { ToolResult } from "../../tools/result.ts";
import type { ToolDeps } from "../../tools/shared/deps.ts";
import type { AgentAnswer } from "../contract.ts";
import { buildToolExecutors } from "../executors.ts";
import { PRESENTERS, type Presentation, type PresentContext } from "../present/index.ts";
import { collectGroundNumbers, verifyAnswer } from "../verify/index.ts";

/** What a report run needs: the tenant's tool dependencies, the presenter context. */
export interface RunToolCallsDeps extends ToolDeps {
  embedder: Embedder;
  present: PresentContext;
}

/** Strip SQL text before grounding (its literals are not figures a marketer saw), as finalize does. */
const groundable = (results: readonly ToolResult<unknown>[]) =>
  results.map((r) => JSON.parse(JSON.stringify(r, (k, v) => (k === "sql" ? undefined : v))));

/**
 * Execute `toolCalls` in order for the tenant and answer with text, data, chart and provenance.
 * A call a tool refuses (bad arguments, empty result) is reported in the text, like the agent does.
 */
export async function runToolCalls(
  deps: RunToolCallsDeps,
  input: { question: string; toolCalls: readonly { name: string; args: Record<string, unknown> }[] },
): Promise<Omit<AgentAnswer, "threadId">> {
  const executors = buildToolExecutors(deps);
  const results: ToolResult<unknown>[] = [];
  const presented: Presentation[] = [];
  const failures: string[] = [];
  for (const call of input.toolCalls) {
    const run = executors[call.name];
    if (!run) {
      failures.push(`The tool '${call.name}' no longer exists.`);
      continue;
    }
    const result = await run(call.args);
    results.push(result);
    if (!result.ok) {
      failures.push(`${result.error.message}.`.replace(/\.\./g, "."));
      continue;
    }
    const presenter = PRESENTERS[call.name];
    if (presenter) presented.push(presenter(result.data, call.args, deps.present));
  }
  const main = presented.at(-1);
  const answer = presented.length
    ? [
        ...presented.map((p) => p.text),
        ...(failures.length ? [`Not shown: ${failures.join(" ")}`] : []),
      ].join("\n\n")
    : `I couldn't run this report: ${failures.join(" ") || "it has no tool calls."}`;
  const grounded = verifyAnswer(answer, collectGroundNumbers(groundable(results)), {
    question: input.question,
  }).ok;
  return {
    answer,
    data: main?.data ?? { columns: [], rows: [] },
    ...(main?.chart ? { chart: main.chart } : {}),
    provenance: presented.map((p) => p.provenance),
    toolCalls: input.toolCalls.map((c) => ({ name: c.name, args: c.args })),
    model: { kind: "planner", name: "saved-report" },
    verification: { grounded, rebuilt: false },
  };
}
