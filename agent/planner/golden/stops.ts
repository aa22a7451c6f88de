/**
 * Counts the planner's "stops" the way issue #12 item 9 does: how many times a question's trip
 * through `planQuestion` enters functions of each planner file. V8's precise coverage counts
 * every function call, so nothing in the planner is instrumented or changed to measure it.
 *
 *   npx tsx agent/planner/golden/stops.ts            # over the whole phrasing table
 *   npx tsx agent/planner/golden/stops.ts frame.ts   # and per function of frame.ts
 *
 * Prints, per file, the mean and maximum entries of named functions per question (module bodies
 * and anonymous callbacks excluded).
 */
import { Session } from "node:inspector/promises";
import { PHRASING_ROWS } from "../phrasings/index.ts";
import { planQuestion } from "../plan.ts";
import { testContext } from "../testing.ts";

interface FunctionCoverage {
  functionName: string;
  ranges: { startOffset: number; endOffset: number; count: number }[];
}
interface ScriptCoverage {
  url: string;
  functions: FunctionCoverage[];
}

/** Calls per planner file (file name -> count) since the last take, module bodies left out. */
function callsByFile(result: ScriptCoverage[], detail: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const script of result) {
    const m = /\/agent\/planner\/((?:pipeline\/)?[^/?]+\.ts)/.exec(script.url);
    if (!m || script.url.includes("/golden/")) continue;
    // Module bodies (run once at import) and anonymous callbacks (.map, .filter: steps inside a
    // stop) have no name.
    const calls = script.functions
      .filter((f) => f.functionName !== "")
      .reduce((n, f) => n + (f.ranges[0]?.count ?? 0), 0);
    out.set(m[1]!, (out.get(m[1]!) ?? 0) + calls);
    if (detail.includes(m[1]!))
      for (const f of script.functions)
        if (f.functionName) {
          const key = `${m[1]}#${f.functionName}`;
          out.set(key, (out.get(key) ?? 0) + (f.ranges[0]?.count ?? 0));
        }
  }
  return out;
}

async function main(): Promise<void> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  // Plan once untraced so lazily compiled functions and caches do not count for the first row.
  for (const [q] of PHRASING_ROWS) planQuestion(q, testContext());
  await session.post("Profiler.startPreciseCoverage", { callCount: true, detailed: false });
  const totals = new Map<string, { sum: number; max: number }>();
  for (const [q] of PHRASING_ROWS) {
    await session.post("Profiler.takePreciseCoverage"); // resets the counts
    planQuestion(q, testContext());
    const { result } = (await session.post("Profiler.takePreciseCoverage")) as { result: ScriptCoverage[] };
    for (const [file, n] of callsByFile(result, process.argv.slice(2))) {
      const t = totals.get(file) ?? { sum: 0, max: 0 };
      totals.set(file, { sum: t.sum + n, max: Math.max(t.max, n) });
    }
  }
  await session.post("Profiler.stopPreciseCoverage");
  // The pipeline's own record of the trip (stages entered, readings), where the planner has one.
  const stages: number[] = [];
  for (const [q] of PHRASING_ROWS) {
    const trace = { stages: [] as string[], intents: [] as string[], checks: [] as string[] };
    (planQuestion as (q: string, c: unknown, t: unknown) => unknown)(q, testContext(), trace);
    stages.push(trace.stages.length);
  }
  if (stages.some((n) => n > 0))
    process.stdout.write(
      `stages entered per question: mean ${(stages.reduce((a, b) => a + b, 0) / stages.length).toFixed(2)}, max ${Math.max(...stages)}\n`,
    );
  const n = PHRASING_ROWS.length;
  const rows = [...totals].filter(([, t]) => t.sum > 0).sort(([, a], [, b]) => b.sum - a.sum);
  process.stdout.write(`${n} questions; function entries per question by planner file:\n`);
  for (const [file, t] of rows)
    process.stdout.write(`${file.padEnd(28)} mean ${(t.sum / n).toFixed(2).padStart(7)}  max ${t.max}\n`);
}

await main();
