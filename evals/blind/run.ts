/**
 * `npx tsx evals/blind/run.ts [--questions FILE] [--out FILE]`: ask every question of a blind set
 * (default `questions.jsonl`; `questions-2.jsonl` to `-7` are sets 2-7, ids `c001`, `d001`,
 * `e001`, `f001`, `g001`, `h001`...; all written by someone who had not read the planner) through the real agent
 * service on the eval environment, and write each answer with its tool calls, chart mark and row
 * count to a JSON file for a human judge. The judge's labels live in `labels/<date>.json`
 * ({id: "useful" | "honest-decline" | "different-question" | "error", note}); `score.ts` turns them
 * into the figures the eval report quotes. This is a held-out split: its questions are never
 * copied into the phrasing table or the eval cases.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { z } from "zod";
import { silentLogger } from "../../lib/logger.ts";
import { createEvalAgent } from "../ask.ts";
import { EVAL_NOW, openEvalEnvironment, orgOf } from "../environment.ts";

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** One blind question: a first turn and an optional follow-up in the same thread. */
export const blindQuestionSchema = z.object({
  id: z.string().regex(/^[b-v]\d{3}$/),
  area: z.string().min(1),
  question: z.string().min(1).max(500),
  followUp: z.string().min(1).max(500).optional(),
});
export type BlindQuestion = z.infer<typeof blindQuestionSchema>;

/** Read and validate a blind set (default: the first, `questions.jsonl`). */
export async function readBlindQuestions(
  file = path.join(HERE, "questions.jsonl"),
): Promise<BlindQuestion[]> {
  const text = await readFile(file, "utf8");
  const name = path.basename(file);
  return text
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = blindQuestionSchema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${name} line ${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      org: { type: "string", default: "acme" },
      questions: { type: "string" },
    },
  });
  const questions = await readBlindQuestions(values.questions ? path.resolve(values.questions) : undefined);
  const env = await openEvalEnvironment({ logger: silentLogger });
  const agent = createEvalAgent(env, { logger: silentLogger });
  const org = orgOf(env, values.org ?? "acme");
  const answers = [];
  for (const q of questions) {
    const turns = [];
    let threadId: string | undefined;
    for (const text of [q.question, ...(q.followUp ? [q.followUp] : [])]) {
      try {
        // The asker is an analyst, as a marketer with a team key is (viewers cannot create schedules).
        const { answer } = await agent.ask(org, {
          question: text,
          threadId,
          now: EVAL_NOW,
          role: "analyst",
        });
        threadId = answer.threadId;
        turns.push({
          question: text,
          answer: answer.answer,
          clarification: answer.clarification,
          toolCalls: answer.toolCalls,
          rows: answer.data.rows.length,
          columns: answer.data.columns.map((c) => c.key),
          chartMark: (answer.chart as { mark?: unknown } | undefined)?.mark,
          // What the chart draws (its title and each channel's field), so a judge can tell a share
          // line from a count line without the rows (session 13: i111 was judged by its mark only).
          chart: chartSummary(answer.chart),
          grounded: answer.verification.grounded,
        });
      } catch (err) {
        turns.push({ question: text, error: err instanceof Error ? err.message : String(err) });
      }
    }
    answers.push({ id: q.id, area: q.area, turns });
    process.stderr.write(".");
  }
  process.stderr.write("\n");
  const out = values.out ?? path.join(HERE, "answers.json");
  await writeFile(
    out,
    `${JSON.stringify({ now: EVAL_NOW.toISOString(), org: values.org, answers }, null, 2)}\n`,
  );
  console.log(`${answers.length} blind questions answered -> ${out}`);
  await env.db.close();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

/** A chart's title and its encoded fields ("x: date", "y: share_percent"), or undefined. */
function chartSummary(chart: unknown): { title?: unknown; fields: string[] } | undefined {
  if (!chart || typeof chart !== "object") return undefined;
  const c = chart as { title?: unknown; encoding?: Record<string, { field?: unknown } | undefined> };
  const fields = Object.entries(c.encoding ?? {})
    .filter(([, e]) => e && typeof e === "object" && typeof e.field === "string")
    .map(([channel, e]) => `${channel}: ${String(e!.field)}`);
  return { title: c.title, fields };
}
