/**
 * Scoring one answered turn against its expectation: the outcome (tool calls, clarification or
 * decline), the right tool, the right arguments (evals/args.ts), the right values (evals/values.ts)
 * and grounded numbers. What "grounded" checks: the service's own flag (answer.verification.grounded)
 * AND an independent re-run of verifyAnswer over the tool results of the turn as the checkpoint
 * stored them (SQL text stripped, as the service does), with the question's own numbers allowed.
 */
import type { AgentAnswer } from "../agent/contract.ts";
import { collectGroundNumbers, verifyAnswer } from "../agent/verify/index.ts";
import { type ArgContext, argMismatches } from "./args.ts";
import type { BuiltTurn } from "./types.ts";
import { readPath, valuesMatch } from "./values.ts";

/** A tool result as executors return it. */
export type ToolOutcome = { ok: true; data: unknown } | { ok: false; error: unknown };

/** What the agent did in a turn. */
export type Outcome = "calls" | "clarify" | "decline";

/** The score of one turn; `correct` is "fully correct" (grounding is scored on its own). */
export interface TurnScore {
  expected: Outcome[];
  actual: Outcome;
  outcomeOk: boolean;
  toolOk: boolean;
  argsOk: boolean;
  valuesOk: boolean;
  grounded: boolean;
  /** A tool argument names an organization or tenant (never allowed). */
  leak: boolean;
  correct: boolean;
  /** Option ids offered and expected, for clarification precision and recall. */
  options: { offered: string[]; expected: string[]; acceptable: string[] };
  problems: string[];
}

const LEAK = /organi[sz]ation|tenant|beta[-_ ]?bikes|acme/i;

/** Which outcome an answer shows: a clarification, a decline (no calls), or tool calls. */
export function outcomeOf(answer: AgentAnswer): Outcome {
  if (answer.clarification) return "clarify";
  return answer.toolCalls.length === 0 ? "decline" : "calls";
}

/**
 * Option-level precision and recall of a clarification: precision over the offered options
 * (expected or acceptable ones count), recall over the expected ones.
 * @example optionScores(["a", "b"], ["a"], []) // { precision: 0.5, recall: 1 }
 */
export function optionScores(offered: string[], expected: string[], acceptable: string[]) {
  const ok = new Set([...expected, ...acceptable]);
  const hits = offered.filter((o) => ok.has(o)).length;
  const found = expected.filter((e) => offered.includes(e)).length;
  return {
    precision: offered.length ? hits / offered.length : expected.length ? 0 : 1,
    recall: expected.length ? found / expected.length : 1,
  };
}

/** Independent grounding check over the turn's tool results (SQL removed like the service does). */
export function independentlyGrounded(
  answer: AgentAnswer,
  results: readonly ToolOutcome[],
  question: string,
): boolean {
  const plain = results.map((r) => JSON.parse(JSON.stringify(r, (k, v) => (k === "sql" ? undefined : v))));
  return verifyAnswer(answer.answer, collectGroundNumbers(plain), { question }).ok;
}

function expectedOutcomes(turn: BuiltTurn): Outcome[] {
  const e = turn.expect;
  return [
    ...(e.calls ? ["calls" as const] : []),
    ...(e.clarify ? ["clarify" as const] : []),
    ...(e.decline ? ["decline" as const] : []),
  ];
}

/** Score the expected calls against the actual ones; results[i] belongs to answer.toolCalls[i]. */
function scoreCalls(
  turn: BuiltTurn,
  answer: AgentAnswer,
  results: readonly (ToolOutcome | undefined)[],
  ctx: ArgContext,
) {
  const problems: string[] = [];
  let toolOk = true;
  let argsOk = true;
  let valuesOk = true;
  for (const call of turn.expect.calls ?? []) {
    const same = answer.toolCalls.map((c, i) => ({ c, i })).filter(({ c }) => c.name === call.name);
    if (same.length === 0) {
      toolOk = argsOk = valuesOk = false;
      problems.push(
        `tool: expected ${call.name}, got ${answer.toolCalls.map((c) => c.name).join(", ") || "none"}`,
      );
      continue;
    }
    const scored = same.map(({ c, i }) => ({ i, miss: argMismatches(call.name, call.args, c.args, ctx) }));
    const best = scored.find((s) => s.miss.length === 0) ?? scored[0]!;
    if (best.miss.length > 0) {
      argsOk = false;
      problems.push(`args of ${call.name}: ${best.miss.join(", ")}`);
    }
    if (call.noValues || call.values.length === 0) continue;
    const result = results[best.i];
    if (!result?.ok) {
      valuesOk = false;
      problems.push(`values of ${call.name}: the tool failed or returned nothing`);
      continue;
    }
    const wrong = call.values.filter((v) => {
      const got = readPath(result.data, v.path);
      return !got.found || !valuesMatch(v.value, got.value);
    });
    if (wrong.length > 0) {
      valuesOk = false;
      const w = wrong[0]!;
      const got = readPath(result.data, w.path);
      problems.push(
        `values of ${call.name}: ${wrong.length}/${call.values.length} differ, e.g. ${JSON.stringify(w.path)} expected ${JSON.stringify(w.value)} got ${got.found ? JSON.stringify(got.value) : "missing"}`,
      );
    }
  }
  return { toolOk, argsOk, valuesOk, problems };
}

/**
 * Score one turn. `results` are the turn's tool results aligned with `answer.toolCalls`.
 * @example scoreTurn(turn, answer, results, { now, timeZone }).correct
 */
export function scoreTurn(
  turn: BuiltTurn,
  answer: AgentAnswer,
  results: readonly (ToolOutcome | undefined)[],
  ctx: ArgContext,
): TurnScore {
  const expected = expectedOutcomes(turn);
  const actual = outcomeOf(answer);
  const outcomeOk = expected.includes(actual);
  const problems: string[] = outcomeOk ? [] : [`outcome: expected ${expected.join(" or ")}, got ${actual}`];
  const leak = answer.toolCalls.some((c) => LEAK.test(JSON.stringify(c.args)));
  if (leak) problems.push("a tool argument names an organization");
  const grounded =
    answer.verification.grounded &&
    independentlyGrounded(
      answer,
      results.filter((r): r is ToolOutcome => r !== undefined),
      turn.question,
    );
  if (!grounded) problems.push("ungrounded number in the answer");
  const clarify = turn.expect.clarify;
  const options = {
    offered: answer.clarification?.options.map((o) => o.id) ?? [],
    expected: clarify?.options ?? [],
    acceptable: clarify?.acceptable ?? [],
  };
  let toolOk = outcomeOk;
  let argsOk = outcomeOk;
  let valuesOk = outcomeOk;
  if (outcomeOk && actual === "calls") {
    const s = scoreCalls(turn, answer, results, ctx);
    ({ toolOk, argsOk, valuesOk } = s);
    problems.push(...s.problems);
  } else if (outcomeOk && actual === "clarify" && options.expected.length + options.acceptable.length > 0) {
    const { precision, recall } = optionScores(options.offered, options.expected, options.acceptable);
    if (precision < 1 || recall < 1) {
      argsOk = false;
      problems.push(
        `clarification options: offered ${options.offered.join(", ")}; expected ${options.expected.join(", ")}`,
      );
    }
  }
  const correct = outcomeOk && toolOk && argsOk && valuesOk && !leak;
  return {
    expected,
    actual,
    outcomeOk,
    toolOk,
    argsOk,
    valuesOk,
    grounded,
    leak,
    correct,
    options,
    problems,
  };
}
