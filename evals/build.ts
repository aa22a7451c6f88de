/**
 * `npm run evals:build`: seed a fresh embedded database at the eval seed and scale, compute every
 * case's expected values with the deterministic core at the eval clock, and write
 * evals/datasets/<name>.jsonl (a meta line, then one case per line; keys sorted, no timestamps,
 * so a rebuild is byte-identical). Each phrasing of a source case becomes its own case.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createLogger } from "../lib/logger.ts";
import { SOURCE_DATASETS } from "./cases/index.ts";
import {
  DATASET_VERSION,
  EVAL_NOW,
  EVAL_SCALE,
  EVAL_SEED,
  openEvalEnvironment,
  orgOf,
} from "./environment.ts";
import { createExpectedValues } from "./expected.ts";
import { toJsonl } from "./jsonl.ts";
import {
  type BuiltCase,
  type BuiltTurn,
  type DatasetMeta,
  type SourceCase,
  sourceCaseSchema,
  type Turn,
} from "./types.ts";

/** Where datasets are written and read. */
export const DATASET_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "datasets");
/** A fixed build stamp (the eval clock's date), so files do not change between builds. */
export const BUILT_AT = EVAL_NOW.toISOString().slice(0, 10);

/** Expand a source case into its single-turn phrasings or its thread. */
export function expandCase(source: SourceCase): Array<{ id: string; turns: Turn[] }> {
  const c = sourceCaseSchema.parse(source);
  if (c.turns) return [{ id: c.id, turns: c.turns }];
  if (!c.questions?.length || !c.expect) throw new Error(`${c.id}: give questions and expect, or turns`);
  const expect = c.expect;
  return c.questions.map((question, i) => ({
    id: c.questions!.length > 1 ? `${c.id}.${i + 1}` : c.id,
    turns: [{ question, expect }],
  }));
}

async function main(): Promise<void> {
  const logger = createLogger({ level: "warn" });
  const started = performance.now();
  const env = await openEvalEnvironment({ logger });
  const expected = createExpectedValues(env, EVAL_NOW);
  const seen = new Set<string>();
  const errors: string[] = [];
  await mkdir(DATASET_DIR, { recursive: true });
  try {
    for (const [name, sources] of Object.entries(SOURCE_DATASETS)) {
      const built: BuiltCase[] = [];
      for (const source of sources) {
        const parsed = sourceCaseSchema.parse(source);
        const org = orgOf(env, parsed.org);
        for (const { id, turns } of expandCase(source)) {
          if (seen.has(id)) throw new Error(`duplicate case id '${id}'`);
          seen.add(id);
          const builtTurns: BuiltTurn[] = [];
          for (const t of turns) {
            const calls = t.expect.calls
              ? await Promise.all(t.expect.calls.map((call) => expected.compute(org, call, id))).catch(
                  (e: unknown) => {
                    errors.push(e instanceof Error ? e.message : String(e));
                    return [];
                  },
                )
              : undefined;
            const { calls: _source, ...rest } = t.expect;
            builtTurns.push({ ...t, expect: { ...rest, ...(calls ? { calls } : {}) } });
          }
          built.push({
            id,
            tags: parsed.tags,
            org: parsed.org,
            turns: builtTurns,
            ...(parsed.note ? { note: parsed.note } : {}),
          });
        }
      }
      if (errors.length > 0) continue;
      const meta: DatasetMeta = {
        kind: "meta",
        dataset: name,
        version: DATASET_VERSION,
        seed: EVAL_SEED,
        scale: EVAL_SCALE,
        now: EVAL_NOW.toISOString(),
        builtAt: BUILT_AT,
        cases: built.length,
      };
      await writeFile(path.join(DATASET_DIR, `${name}.jsonl`), toJsonl([meta, ...built]));
      console.log(`${name}: ${built.length} cases`);
    }
    if (errors.length > 0)
      throw new Error(`${errors.length} broken cases (nothing written):\n${errors.join("\n")}`);
    console.log(`built ${seen.size} cases in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await env.db.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
