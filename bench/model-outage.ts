/**
 * `npm run bench -- model-outage [--questions N] [--timeout-ms MS]`: answer time while the
 * configured model hangs (a fake OpenAI-compatible server on 127.0.0.1 that never answers), with
 * the circuit breaker against without it, in the same run and interleaved question by question,
 * so machine noise hits both alike. Without a breaker every question waits the full model timeout
 * before the planner answers; with it, only the first few do. Target: p95 under 1 s once the
 * breaker has opened. Every answer must come from the planner with "model unavailable". The
 * planner alone (no model configured) is timed on the same questions as the floor. Note: the
 * breaker's 30 s cool-down can end during a long run; its one probe then waits the timeout too.
 */
import { parseArgs } from "node:util";
import { DatabaseCheckpointSaver } from "../agent/checkpointer/index.ts";
import type { AgentAnswer } from "../agent/contract.ts";
import { DEFAULT_FAILURE_THRESHOLD } from "../agent/models/circuit-breaker.ts";
import { startFakeOpenAiServer } from "../agent/models/fake-openai-server.ts";
import { type AgentTenant, createAgentService } from "../agent/service.ts";
import { seedTestData } from "../api/testing.ts";
import { openTestDatabase } from "../db/connect.ts";
import { findOrganizationBySlug } from "../db/repositories/organizations.ts";
import { silentLogger } from "../lib/logger.ts";
import { createLocalEmbedder } from "../semantic/search/embed-local.ts";
import { QUESTIONS } from "./agent.ts";

const TARGET_P95_MS = 1_000;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { questions: { type: "string" }, "timeout-ms": { type: "string" } },
  });
  const n = Number(values.questions ?? 30);
  const timeoutMs = Number(values["timeout-ms"] ?? 1_000);
  if (!Number.isInteger(n) || n <= DEFAULT_FAILURE_THRESHOLD) {
    throw new Error(`--questions must be an integer above ${DEFAULT_FAILURE_THRESHOLD}`);
  }
  if (!Number.isFinite(timeoutMs) || timeoutMs < 100) throw new Error("--timeout-ms must be at least 100");

  process.stdout.write("model-outage: seeding an in-memory database...\n");
  const db = await openTestDatabase();
  await seedTestData(db, 0.02);
  const org = (await findOrganizationBySlug(db, "acme"))!;
  const tenant: AgentTenant = { ...org, organizationId: org.id };
  const fake = await startFakeOpenAiServer(() => ({ hang: true }));
  const make = (circuitBreaker: false | undefined) =>
    createAgentService({
      db,
      logger: silentLogger,
      checkpointer: new DatabaseCheckpointSaver(db),
      embedder: createLocalEmbedder(),
      openai: { apiKey: "sk-bench", baseUrl: fake.baseUrl, model: "hanging-model", timeoutMs },
      ...(circuitBreaker === false ? { circuitBreaker } : {}),
    });
  const services = { breaker: make(undefined), none: make(false) };
  const now = new Date("2026-11-01T12:00:00Z");

  // Warm-up on the planner alone (JIT, catalog caches), so neither side pays it.
  const planner = createAgentService({
    db,
    logger: silentLogger,
    checkpointer: new DatabaseCheckpointSaver(db),
    embedder: createLocalEmbedder(),
  });
  for (const question of QUESTIONS.slice(0, 5)) await planner.ask({ tenant, question, now });

  const times = { breaker: [] as number[], none: [] as number[], planner: [] as number[] };
  const bad: string[] = [];
  const check = (a: AgentAnswer, side: string, q: string) => {
    if (a.model.kind !== "planner" || a.model.fallback !== "model unavailable") {
      bad.push(`${side}: '${q}' answered by ${a.model.kind} (${a.model.fallback ?? "no fallback"})`);
    }
  };
  process.stdout.write(`model-outage: ${n} questions per side, model timeout ${timeoutMs} ms, model hangs\n`);
  for (let i = 0; i < n; i++) {
    const question = QUESTIONS[i % QUESTIONS.length]!;
    // Alternate which side goes first, so neither always runs on a warmer cache.
    const order = i % 2 === 0 ? (["breaker", "none"] as const) : (["none", "breaker"] as const);
    for (const side of order) {
      const t = performance.now();
      const answer = await services[side].ask({ tenant, question, now });
      times[side].push(performance.now() - t);
      check(answer, side, question);
    }
    // The floor: the planner alone, no model configured.
    const t = performance.now();
    await planner.ask({ tenant, question, now });
    times.planner.push(performance.now() - t);
  }
  const requests = fake.requests.length;
  await fake.close();
  await db.close();

  // "After the first failures": the questions once the breaker has opened.
  const afterOpen = (xs: number[]) => [...xs.slice(DEFAULT_FAILURE_THRESHOLD)].sort((a, b) => a - b);
  const p95With = percentile(afterOpen(times.breaker), 95);
  const p95Without = percentile(afterOpen(times.none), 95);
  const all = (xs: number[]) => [...xs].sort((a, b) => a - b);
  process.stdout.write(
    [
      `requests that reached the hanging model: ${requests} (without breaker ${n}, with breaker ${requests - n})`,
      `p95 answer time after the first ${DEFAULT_FAILURE_THRESHOLD} failures: without breaker ${fmt(p95Without)}, with breaker ${fmt(p95With)}`,
      `p95 over all ${n} questions:             without breaker ${fmt(percentile(all(times.none), 95))}, with breaker ${fmt(percentile(all(times.breaker), 95))}`,
      `p95 of the planner alone (no model configured, same questions): ${fmt(percentile(afterOpen(times.planner), 95))}`,
      `ratio with/without (p95 after opening): ${(p95With / p95Without).toFixed(3)}`,
      `target: p95 with breaker < ${TARGET_P95_MS} ms -> ${p95With < TARGET_P95_MS ? "met" : "NOT met"}`,
      `answers not from the planner with "model unavailable": ${bad.length}`,
      ...bad.slice(0, 5),
      "",
    ].join("\n"),
  );
  if (bad.length > 0 || p95With >= TARGET_P95_MS) process.exitCode = 1;
}
