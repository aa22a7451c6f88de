/**
 * Eval reports: a summary by intent, the failures (question, expected, actual) and the latency
 * distribution, as evals/reports/<model>.md and .json.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { optionScores, type TurnScore } from "./score.ts";

/** One answered turn as reported. */
export interface TurnReport {
  question: string;
  expected: unknown;
  actual: { outcome: string; toolCalls: unknown; clarification?: unknown; answer: string };
  score: TurnScore | { error: string };
  latencyMs: number;
  tokens: { prompt: number; completion: number };
}

/** One case's result. */
export interface CaseReport {
  id: string;
  intent: string;
  tags: string[];
  correct: boolean;
  grounded: boolean;
  latencyMs: number;
  turns: TurnReport[];
}

/** Aggregate numbers for a set of cases. */
export interface Summary {
  cases: number;
  correct: number;
  correctRate: number;
  groundedRate: number;
  toolRate: number;
  argsRate: number;
  valuesRate: number;
  clarification: { precision: number; recall: number; optionPrecision: number; optionRecall: number };
  refusal: { precision: number; recall: number };
  latencyMs: { p50: number; p95: number; max: number };
  tokens: { prompt: number; completion: number; perAnswer: number };
}

const rate = (n: number, d: number) => (d === 0 ? 1 : n / d);
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]! : 0;
};

/**
 * Summarize cases: rates over cases (a thread is correct when every turn is), clarification and
 * refusal precision/recall over turns, latency quantiles over turns.
 */
export function summarize(cases: readonly CaseReport[]): Summary {
  const turns = cases.flatMap((c) => c.turns);
  const scores = turns.flatMap((t) => ("error" in t.score ? [] : [t.score]));
  const errored = turns.length - scores.length;
  const count = (p: (s: TurnScore) => boolean) => scores.filter(p).length;
  const mustClarify = (s: TurnScore) => s.expected.length === 1 && s.expected[0] === "clarify";
  const mustDecline = (s: TurnScore) => s.expected.length === 1 && s.expected[0] === "decline";
  const clar = scores.filter((s) => s.actual === "clarify" && s.options.expected.length > 0);
  const opt = clar.map((s) => optionScores(s.options.offered, s.options.expected, s.options.acceptable));
  const prompt = turns.reduce((a, t) => a + t.tokens.prompt, 0);
  const completion = turns.reduce((a, t) => a + t.tokens.completion, 0);
  const latencies = turns.map((t) => t.latencyMs);
  return {
    cases: cases.length,
    correct: cases.filter((c) => c.correct).length,
    correctRate: rate(cases.filter((c) => c.correct).length, cases.length),
    groundedRate: rate(cases.filter((c) => c.grounded).length, cases.length),
    toolRate: rate(
      count((s) => s.toolOk),
      scores.length + errored,
    ),
    argsRate: rate(
      count((s) => s.argsOk),
      scores.length + errored,
    ),
    valuesRate: rate(
      count((s) => s.valuesOk),
      scores.length + errored,
    ),
    clarification: {
      precision: rate(
        count((s) => s.actual === "clarify" && s.expected.includes("clarify")),
        count((s) => s.actual === "clarify"),
      ),
      recall: rate(
        count((s) => mustClarify(s) && s.actual === "clarify"),
        count(mustClarify),
      ),
      optionPrecision: rate(
        opt.reduce((a, o) => a + o.precision, 0),
        opt.length,
      ),
      optionRecall: rate(
        opt.reduce((a, o) => a + o.recall, 0),
        opt.length,
      ),
    },
    refusal: {
      precision: rate(
        count((s) => s.actual === "decline" && s.expected.includes("decline")),
        count((s) => s.actual === "decline"),
      ),
      recall: rate(
        count((s) => mustDecline(s) && s.actual === "decline"),
        count(mustDecline),
      ),
    },
    latencyMs: {
      p50: quantile(latencies, 0.5),
      p95: quantile(latencies, 0.95),
      max: Math.max(0, ...latencies),
    },
    tokens: { prompt, completion, perAnswer: turns.length ? (prompt + completion) / turns.length : 0 },
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The summary table by intent (plain text and markdown share it). */
export function intentTable(cases: readonly CaseReport[]): string {
  const intents = [...new Set(cases.map((c) => c.intent))].sort();
  const rows = intents.map((i) => {
    const s = summarize(cases.filter((c) => c.intent === i));
    return `| ${i} | ${s.cases} | ${pct(s.correctRate)} | ${pct(s.toolRate)} | ${pct(s.argsRate)} | ${pct(s.valuesRate)} | ${pct(s.groundedRate)} | ${Math.round(s.latencyMs.p50)} |`;
  });
  const all = summarize(cases);
  return [
    "| intent | cases | fully correct | tool | args | values | grounded | p50 ms |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...rows,
    `| **all** | ${all.cases} | ${pct(all.correctRate)} | ${pct(all.toolRate)} | ${pct(all.argsRate)} | ${pct(all.valuesRate)} | ${pct(all.groundedRate)} | ${Math.round(all.latencyMs.p50)} |`,
  ].join("\n");
}

function failureSection(c: CaseReport): string {
  const lines = [`### ${c.id} (${c.intent})`];
  for (const t of c.turns) {
    const problems = "error" in t.score ? [t.score.error] : t.score.problems;
    if (problems.length === 0) continue;
    lines.push(
      `- **Q:** ${t.question}`,
      `  - problems: ${problems.join("; ")}`,
      `  - expected: \`${JSON.stringify(t.expected)}\``,
      `  - actual: \`${JSON.stringify({ outcome: t.actual.outcome, toolCalls: t.actual.toolCalls, clarification: t.actual.clarification })}\``,
      `  - answer: ${t.actual.answer.replaceAll("\n", " ").slice(0, 300)}`,
    );
  }
  return lines.join("\n");
}

/** Write <dir>/<model>.md and .json; returns the markdown. */
export async function writeReport(
  dir: string,
  model: string,
  meta: Record<string, unknown>,
  cases: readonly CaseReport[],
): Promise<string> {
  const s = summarize(cases);
  const failures = cases.filter((c) => !c.correct || !c.grounded);
  const md = [
    `# Eval report: ${model}`,
    "",
    `Dataset ${JSON.stringify(meta)}.`,
    "",
    `**${s.correct}/${s.cases} fully correct (${pct(s.correctRate)})**, grounded ${pct(s.groundedRate)}.`,
    `Clarification precision ${pct(s.clarification.precision)}, recall ${pct(s.clarification.recall)} (options: precision ${pct(s.clarification.optionPrecision)}, recall ${pct(s.clarification.optionRecall)}).`,
    `Refusal precision ${pct(s.refusal.precision)}, recall ${pct(s.refusal.recall)}.`,
    `Latency per answer: p50 ${Math.round(s.latencyMs.p50)} ms, p95 ${Math.round(s.latencyMs.p95)} ms, max ${Math.round(s.latencyMs.max)} ms.`,
    ...(s.tokens.prompt + s.tokens.completion > 0
      ? [
          `Tokens: ${s.tokens.prompt} prompt + ${s.tokens.completion} completion, ${Math.round(s.tokens.perAnswer)} per answer.`,
        ]
      : []),
    "",
    "## By intent",
    "",
    intentTable(cases),
    "",
    `## Failures (${failures.length})`,
    "",
    ...failures.map(failureSection),
    "",
  ].join("\n");
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `${model}.md`), md);
  await writeFile(
    path.join(dir, `${model}.json`),
    `${JSON.stringify({ model, meta, summary: s, cases }, null, 2)}\n`,
  );
  return md;
}
