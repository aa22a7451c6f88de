/**
 * `npm run evals [-- --model planner|openai] [--filter TAG] [--limit N] [--export-feedback]`:
 * seed a fresh in-memory database exactly as the dataset was built, run every case through the
 * real agent service in-process (threads continue with the returned threadId, clarification turns
 * send the chosen clarificationId), score each turn (evals/score.ts), write evals/reports/<model>.md
 * and .json, print the summary by intent, and exit 1 below the bar: 95% of cases fully correct and
 * 100% grounded numbers.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { openAiOptionsFromEnv } from "../agent/models/index.ts";
import { isInteractive, loadEnv } from "../lib/env.ts";
import { createLogger } from "../lib/logger.ts";
import { createEvalAgent } from "./ask.ts";
import { DATASET_DIR } from "./build.ts";
import {
  EVAL_NOW,
  EVAL_SCALE,
  EVAL_SEED,
  type EvalEnvironment,
  openEvalEnvironment,
  orgOf,
} from "./environment.ts";
import { exportFeedback } from "./export-feedback.ts";
import { readJsonl } from "./jsonl.ts";
import { type CaseReport, intentTable, summarize, type TurnReport, writeReport } from "./report.ts";
import { outcomeOf, scoreTurn } from "./score.ts";
import type { BuiltCase, DatasetMeta } from "./types.ts";

/** The CI bar. */
export const BAR = { correct: 0.95, grounded: 1 };
const REPORT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "reports");

/** Every built case, checked against the seed and scale the runner seeds with. */
async function loadCases(): Promise<{ cases: BuiltCase[]; metas: DatasetMeta[] }> {
  const files = (await readdir(DATASET_DIR))
    .filter((f) => f.endsWith(".jsonl") && f !== "candidates.jsonl")
    .sort();
  const cases: BuiltCase[] = [];
  const metas: DatasetMeta[] = [];
  for (const file of files) {
    const [meta, ...rest] = await readJsonl(path.join(DATASET_DIR, file));
    const m = meta as DatasetMeta;
    if (m.kind !== "meta" || m.seed !== EVAL_SEED || m.scale !== EVAL_SCALE)
      throw new Error(`${file} was built at seed ${m.seed} scale ${m.scale}; run npm run evals:build`);
    metas.push(m);
    cases.push(...(rest as BuiltCase[]));
  }
  return { cases, metas };
}

async function runCase(
  env: EvalEnvironment,
  agent: ReturnType<typeof createEvalAgent>,
  c: BuiltCase,
): Promise<CaseReport> {
  const org = orgOf(env, c.org);
  const turns: TurnReport[] = [];
  let threadId: string | undefined;
  for (const turn of c.turns) {
    try {
      const asked = await agent.ask(org, {
        question: turn.question,
        clarificationId: turn.clarificationId,
        threadId,
        now: EVAL_NOW,
      });
      threadId = asked.answer.threadId;
      const a = asked.answer;
      turns.push({
        question: turn.question,
        expected: turn.expect,
        actual: {
          outcome: outcomeOf(a),
          toolCalls: a.toolCalls,
          clarification: a.clarification,
          answer: a.answer,
        },
        score: scoreTurn(turn, a, asked.results, { now: EVAL_NOW, timeZone: org.timeZone }),
        latencyMs: asked.latencyMs,
        tokens: asked.tokens,
      });
    } catch (e) {
      const error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      turns.push({
        question: turn.question,
        expected: turn.expect,
        actual: { outcome: "error", toolCalls: [], answer: "" },
        score: { error },
        latencyMs: 0,
        tokens: { prompt: 0, completion: 0 },
      });
    }
  }
  const ok = (t: TurnReport) => !("error" in t.score);
  return {
    id: c.id,
    intent: c.tags[0] ?? "untagged",
    tags: c.tags,
    correct: turns.every((t) => ok(t) && "correct" in t.score && t.score.correct),
    grounded: turns.every((t) => ok(t) && "grounded" in t.score && t.score.grounded),
    latencyMs: turns.reduce((s, t) => s + t.latencyMs, 0),
    turns,
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      model: { type: "string", default: "planner" },
      filter: { type: "string" },
      limit: { type: "string" },
      "export-feedback": { type: "boolean", default: false },
      "price-in": { type: "string", default: "0.15" },
      "price-out": { type: "string", default: "0.60" },
    },
  });
  const logger = createLogger({ level: "error" });
  if (values["export-feedback"]) return exportFeedback({ logger });
  if (values.model !== "planner" && values.model !== "openai")
    throw new Error("--model: expected planner or openai");
  const openai = values.model === "openai" ? openAiOptionsFromEnv(loadEnv()) : undefined;
  if (values.model === "openai" && !openai)
    throw new Error("--model openai needs OPENAI_API_KEY (and optionally OPENAI_BASE_URL, OPENAI_MODEL)");

  const { cases: all, metas } = await loadCases();
  const filter = values.filter;
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  const selected = all
    .filter((c) => !filter || c.tags.includes(filter) || c.id.startsWith(filter))
    .slice(0, limit);
  const started = performance.now();
  const env = await openEvalEnvironment({ logger, progress: isInteractive() });
  const seededS = (performance.now() - started) / 1000;
  const agent = createEvalAgent(env, { logger, ...(openai ? { openai } : {}) });
  const bar = isInteractive()
    ? new cliProgress.SingleBar(
        { format: "evals [{bar}] {value}/{total} {id}" },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  bar?.start(selected.length, 0, { id: "" });
  const reports: CaseReport[] = [];
  try {
    for (const c of selected) {
      reports.push(await runCase(env, agent, c));
      bar?.increment({ id: c.id });
    }
  } finally {
    bar?.stop();
    await env.db.close();
  }
  const s = summarize(reports);
  const costPerAnswer =
    (s.tokens.prompt * Number(values["price-in"]) + s.tokens.completion * Number(values["price-out"])) /
    1e6 /
    Math.max(1, reports.flatMap((r) => r.turns).length);
  const meta = {
    datasets: metas.map((m) => m.dataset),
    version: metas[0]?.version,
    seed: EVAL_SEED,
    scale: EVAL_SCALE,
    now: EVAL_NOW.toISOString(),
    model: agent.modelInfo,
    ...(openai ? { costPerAnswerUsd: costPerAnswer } : {}),
    filter: filter ?? null,
    limit: limit ?? null,
  };
  await writeReport(REPORT_DIR, values.model, meta, reports);
  console.log(intentTable(reports));
  console.log(
    `\n${s.correct}/${s.cases} fully correct (${(s.correctRate * 100).toFixed(1)}%), grounded ${(s.groundedRate * 100).toFixed(1)}%; seeding ${seededS.toFixed(1)} s, total ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(`report: ${path.relative(process.cwd(), path.join(REPORT_DIR, `${values.model}.md`))}`);
  const pass = s.correctRate >= BAR.correct && s.groundedRate >= BAR.grounded;
  if (!pass)
    console.log(
      `BELOW THE BAR: need ${BAR.correct * 100}% fully correct and ${BAR.grounded * 100}% grounded`,
    );
  return pass ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
