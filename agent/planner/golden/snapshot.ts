/**
 * The planner's golden snapshot: every question we have (the phrasing tables, the built eval
 * cases with their threads and clarification choices, every blind set with their follow-ups, and
 * the questions the planner's own tests ask) planned with `planQuestion`, each plan written as
 * canonical JSON (sorted keys). A refactor of the planner's control flow must reproduce it byte
 * for byte. Each question is planned in three contexts: the tests' (`testContext()`), an
 * organization without TikTok, and one like the eval service's (known data end, organization
 * name, an analyst asking).
 *
 *   npx tsx agent/planner/golden/snapshot.ts --out tmp/planner-golden/base.jsonl
 *   npx tsx agent/planner/golden/snapshot.ts --check tmp/planner-golden/base.jsonl
 *
 * Eval cases and blind sets are read as files (nothing imports `evals/`).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { AUTOMATION_PHRASINGS } from "../phrasings/automation.ts";
import { PHRASING_ROWS } from "../phrasings/index.ts";
import { planQuestion } from "../plan.ts";
import { DEMO_DIMENSION_VALUES, testContext } from "../testing.ts";
import type { Plan, PlannerContext } from "../types.ts";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../../..");

/** One turn of a snapshot thread: a question, or a clarification option picked (question ""). */
export interface GoldenTurn {
  question: string;
  clarificationId?: string | undefined;
}

/** A thread to plan: where it came from and its turns (one for a single question). */
export interface GoldenThread {
  source: string;
  turns: GoldenTurn[];
}

/** Planner contexts every thread is planned in. */
export const GOLDEN_CONTEXTS: Record<string, Partial<PlannerContext>> = {
  test: {},
  // An organization without TikTok or the spring campaign ("says the platform is missing").
  beta: {
    organizationName: "Beta Bikes",
    dimensionValues: DEMO_DIMENSION_VALUES.filter((v) => v.value !== "tiktok_ads" && v.value !== "1006"),
  },
  service: {
    dataEnd: "2026-10-31",
    dataStart: "2025-11-01",
    organizationName: "Acme Outdoor",
    requester: { role: "analyst", surface: "api", email: "ana@example.com" },
  },
};

function jsonLines(file: string): unknown[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as unknown);
}

function evalThreads(): GoldenThread[] {
  const dir = path.join(ROOT, "evals/datasets");
  const out: GoldenThread[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => /^(?:data|analysis|conversation)\.jsonl$/.test(f))
    .sort())
    for (const row of jsonLines(path.join(dir, name)) as {
      kind?: string;
      id?: string;
      turns?: GoldenTurn[];
    }[]) {
      if (row.kind === "meta" || !row.turns) continue;
      out.push({
        source: `eval:${row.id}`,
        turns: row.turns.map((t) => ({ question: t.question, clarificationId: t.clarificationId })),
      });
    }
  return out;
}

function blindThreads(): GoldenThread[] {
  const dir = path.join(ROOT, "evals/blind");
  const out: GoldenThread[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => /^questions.*\.jsonl$/.test(f))
    .sort())
    for (const row of jsonLines(path.join(dir, name)) as {
      id: string;
      question: string;
      followUp?: string;
    }[])
      out.push({
        source: `blind:${row.id}`,
        turns: [{ question: row.question }, ...(row.followUp ? [{ question: row.followUp }] : [])],
      });
  return out;
}

/** Reads the string literal starting at `i` (a `"` or a `'`); returns it and the index after it. */
function stringAt(src: string, i: number): [string, number] | undefined {
  const quote = src[i];
  if (quote !== '"' && quote !== "'") return undefined;
  let j = i + 1;
  let s = "";
  while (j < src.length && src[j] !== quote) {
    if (src[j] === "\\") {
      s += src[j + 1];
      j += 2;
    } else s += src[j++];
  }
  return [s, j + 1];
}

/** Skips whitespace, commas and line comments from `i`. */
function skipSeparators(src: string, i: number): number {
  for (;;) {
    const m = /^(?:\s|,|\/\/[^\n]*)+/.exec(src.slice(i));
    if (!m) return i;
    i += m[0].length;
  }
}

/** The index after the `[...]` list starting at `i` (string literals may hold brackets). */
function skipList(src: string, i: number): number {
  let depth = 0;
  while (i < src.length) {
    const lit = stringAt(src, i);
    if (lit) {
      i = lit[1];
      continue;
    }
    if (src[i] === "[") depth++;
    else if (src[i] === "]" && --depth === 0) return i + 1;
    i++;
  }
  return i;
}

/**
 * The questions of an `it.each([...])` list: plain strings, or the first string of each
 * `[question, ...]` row.
 */
function eachThreads(src: string, name: string): GoldenThread[] {
  const out: GoldenThread[] = [];
  for (const m of src.matchAll(/\bit\.each\(\[/g)) {
    let i = skipSeparators(src, m.index + m[0].length);
    for (;;) {
      const lit = stringAt(src, i);
      if (lit) {
        out.push({ source: `test:${name}`, turns: [{ question: lit[0] }] });
        i = skipSeparators(src, lit[1]);
        continue;
      }
      if (src[i] !== "[") break;
      const first = stringAt(src, skipSeparators(src, i + 1));
      if (!first) break;
      out.push({ source: `test:${name}`, turns: [{ question: first[0] }] });
      i = skipSeparators(src, skipList(src, i));
    }
  }
  return out;
}

/**
 * `planQuestion("...")`, `plan("...")`, `frameOf("...")`, `thread("...", "...")` and `it.each`
 * questions in the planner's tests.
 */
function testThreads(): GoldenThread[] {
  const dir = path.resolve(HERE, "..");
  const out: GoldenThread[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith(".test.ts"))
    .sort()) {
    const src = readFileSync(path.join(dir, name), "utf8");
    out.push(...eachThreads(src, name));
    for (const m of src.matchAll(/\b(planQuestion|plan|thread|frameOf)\(\s*/g)) {
      const turns: GoldenTurn[] = [];
      let i = m.index + m[0].length;
      for (;;) {
        const lit = stringAt(src, i);
        if (!lit) break;
        turns.push({ question: lit[0] });
        i = lit[1];
        const sep = /^\s*,\s*/.exec(src.slice(i));
        if (!sep || m[1] !== "thread") break;
        i += sep[0].length;
      }
      if (turns.length) out.push({ source: `test:${name}`, turns });
    }
  }
  return out;
}

/** Every thread the snapshot plans, in a fixed order. */
export function goldenThreads(): GoldenThread[] {
  return [
    ...PHRASING_ROWS.map(([question]) => ({ source: "phrasing", turns: [{ question }] })),
    ...AUTOMATION_PHRASINGS.map(([question]) => ({ source: "phrasing:automation", turns: [{ question }] })),
    ...evalThreads(),
    ...blindThreads(),
    ...testThreads(),
  ];
}

/** JSON with object keys sorted at every level (undefined values dropped, as JSON does). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** Plan one thread turn by turn, as the chat model does (previous plan, previous question). */
export function planThread(thread: GoldenThread, base: Partial<PlannerContext>): Plan[] {
  const plans: Plan[] = [];
  let previous: Plan | undefined;
  let previousQuestion: string | undefined;
  for (const turn of thread.turns) {
    const clarificationId =
      turn.clarificationId && previous?.kind === "clarify" ? turn.clarificationId : undefined;
    const plan = planQuestion(clarificationId ? "" : turn.question, {
      ...testContext(base),
      previous,
      clarificationId,
      previousQuestion,
    });
    plans.push(plan);
    // A declined turn leaves the thread where it was (chat-model.ts, previousPlan).
    if (plan.kind !== "decline") previous = plan;
    previousQuestion = turn.question;
  }
  return plans;
}

/** The snapshot as lines: context, source, turns and canonical plans. */
export function snapshotLines(): string[] {
  const lines: string[] = [];
  for (const thread of goldenThreads())
    for (const [ctxName, base] of Object.entries(GOLDEN_CONTEXTS)) {
      let plans: unknown;
      try {
        plans = planThread(thread, base);
      } catch (err) {
        plans = { error: err instanceof Error ? err.message : String(err) };
      }
      lines.push(canonicalJson({ ctx: ctxName, source: thread.source, turns: thread.turns, plans }));
    }
  return lines;
}

function main(): void {
  const { values } = parseArgs({ options: { out: { type: "string" }, check: { type: "string" } } });
  const lines = snapshotLines();
  if (values.out) {
    mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
    writeFileSync(values.out, lines.join("\n") + "\n");
    process.stdout.write(`wrote ${lines.length} plans to ${values.out}\n`);
  }
  if (values.check) {
    // Keyed by context, source and turns, not by line: a question added to a phrasing table or a
    // test shifts every later line, and is "added", not a changed plan.
    const keyOf = (line: string) => {
      const { plans: _plans, ...key } = JSON.parse(line) as Record<string, unknown>;
      return canonicalJson(key);
    };
    const want = new Map(
      readFileSync(values.check, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => [keyOf(l), l] as const),
    );
    let diffs = 0;
    let added = 0;
    const seen = new Set<string>();
    for (const line of lines) {
      const key = keyOf(line);
      seen.add(key);
      const old = want.get(key);
      if (old === undefined) added++;
      else if (old !== line) {
        diffs++;
        if (diffs <= 5) process.stdout.write(`- ${old}\n+ ${line}\n`);
      }
    }
    const removed = [...want.keys()].filter((k) => !seen.has(k)).length;
    process.stdout.write(
      `${lines.length} plans, ${diffs} differ from ${values.check} (${added} added, ${removed} no longer asked)\n`,
    );
    if (diffs) process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
