/**
 * `npm run bench -- agent [--data-dir DIR] [--database-url URL] [--rounds N]`: latency and
 * throughput of POST /agents/query on the local planner over a mix of 50 marketer questions, on the
 * demo database (embedded PGlite seeded into DIR on first use, or PostgreSQL with --database-url or
 * DATABASE_URL; see demo-database.ts). Baseline in the same run: GET /api/v1/me through the same
 * auth stack.
 */
import { parseArgs } from "node:util";
import { DatabaseCheckpointSaver } from "../agent/checkpointer/index.ts";
import { createAgentService } from "../agent/service.ts";
import { createApp } from "../api/app.ts";
import { createApiKey } from "../db/repositories/api-keys.ts";
import { findOrganizationBySlug } from "../db/repositories/organizations.ts";
import { silentLogger } from "../lib/logger.ts";
import { createLocalEmbedder } from "../semantic/search/embed-local.ts";
import { openBenchDatabase } from "./demo-database.ts";

export const QUESTIONS = [
  "What was ROAS by channel last month?",
  "total revenue last month",
  "how much did we spend on Meta in October?",
  "top 5 campaigns by revenue last quarter",
  "CPA by platform last 30 days",
  "daily revenue over the past 30 days",
  "weekly spend trend this quarter",
  "this week vs last week spend and revenue",
  "October vs September revenue by channel",
  "why did revenue drop last week?",
  "which channel drives the most revenue under a data-driven model",
  "compare first and last touch for paid social",
  "how should I split $50k next month",
  "what if I cut TikTok by half",
  "anything unusual last week?",
  "what is ROAS here",
  "how do you calculate CAC",
  "new customers last month",
  "conversion rate by channel in Q3",
  "click-through rate for google ads last month",
  "email open rate last month",
  "revenue YTD",
  "orders yesterday",
  "AOV by month this year",
  "spend by campaign objective last month",
  "bottom 3 campaigns by ROAS last month",
  "cost per click on TikTok since June 1",
  "platform reported conversions by platform last month",
  "revenue from new customers only last month",
  "sessions by channel last week",
  "CPM on display last quarter",
  "ROI last month",
  "attributed revenue by channel under linear last month",
  "what's the weather",
  "how many conversions did we get last week",
  "spend for the Black Friday campaigns last November",
  "revenue by channel same period last year",
  "unsubscribes last month",
  "impressions by platform in September",
  "ROAS for paid search over time",
  "revenue last 90 days",
  "spend month to date",
  "orders by channel in October",
  "clicks by campaign last week",
  "CAC last quarter vs the quarter before",
  "where should I move budget",
  "blended ROAS this year",
  "revenue by platform last month",
  "average order value last month",
  "email click rate by email campaign last month",
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function timeAll(
  n: number,
  fn: (i: number) => Promise<void>,
  concurrency = 1,
): Promise<{ ms: number[]; wall: number }> {
  const ms: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const i = next++;
        const t = performance.now();
        await fn(i);
        ms.push(performance.now() - t);
      }
    }),
  );
  return { ms: ms.sort((a, b) => a - b), wall: performance.now() - t0 };
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      "data-dir": { type: "string" },
      "database-url": { type: "string" },
      rounds: { type: "string" },
    },
  });
  const rounds = Number(values.rounds ?? 2);
  const embedder = createLocalEmbedder();
  const { db, label } = await openBenchDatabase(
    { dataDir: values["data-dir"], databaseUrl: values["database-url"] },
    embedder,
  );
  const acme = await findOrganizationBySlug(db, "acme");
  if (!acme)
    throw new Error(`${label} has no demo organization 'acme': run the benchmark on an empty database`);
  const key = (await createApiKey(db, { organizationId: acme.id, role: "analyst" })).key;
  const agent = createAgentService({
    db,
    logger: silentLogger,
    checkpointer: new DatabaseCheckpointSaver(db),
    embedder,
  });
  const now = new Date("2026-11-01T12:00:00Z");
  const app = createApp(
    { db, logger: silentLogger, now: () => now, version: "bench", embedder, agent },
    { rateLimitPerMinute: 1e9 },
  );
  const server = app.listen(0, "127.0.0.1");
  // Node closes a keep-alive socket after 5 s idle; on a loaded machine fetch can pick that socket
  // just as it closes (ECONNRESET). The benchmark's only client is fetch, so keep sockets longer.
  server.keepAliveTimeout = 60_000;
  await new Promise((r) => server.once("listening", r));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const headers = { authorization: `Bearer ${key}`, "content-type": "application/json" };
  const perQuestion = new Map<string, number[]>();
  const ask = async (i: number) => {
    const t = performance.now();
    const res = await fetch(`${base}/agents/query`, {
      method: "POST",
      headers,
      body: JSON.stringify({ question: QUESTIONS[i % QUESTIONS.length] }),
    });
    if (res.status !== 200) throw new Error(`status ${res.status} for ${QUESTIONS[i % QUESTIONS.length]}`);
    await res.json();
    const q = QUESTIONS[i % QUESTIONS.length]!;
    perQuestion.set(q, [...(perQuestion.get(q) ?? []), performance.now() - t]);
  };
  await timeAll(QUESTIONS.length, ask); // warm-up: JIT, caches, PGlite buffers
  const baseline = await timeAll(200, async () => {
    await (await fetch(`${base}/api/v1/me`, { headers })).json();
  });
  const seq = await timeAll(QUESTIONS.length * rounds, ask);
  const conc = await timeAll(QUESTIONS.length * rounds, ask, 4);
  const p = (xs: number[], q: number) => percentile(xs, q).toFixed(1);
  console.log(
    `agent bench: ${QUESTIONS.length} questions x ${rounds} rounds, local planner, ${label}, scale 1`,
  );
  console.log(`  baseline GET /api/v1/me        p50 ${p(baseline.ms, 50)} ms  p95 ${p(baseline.ms, 95)} ms`);
  console.log(
    `  POST /agents/query sequential p50 ${p(seq.ms, 50)} ms  p95 ${p(seq.ms, 95)} ms  max ${p(seq.ms, 100)} ms`,
  );
  console.log(`  POST /agents/query 4 in flight: ${((seq.ms.length / conc.wall) * 1000).toFixed(1)} req/s`);
  console.log(
    `  p95 vs 150 ms target: ${(percentile(seq.ms, 95) / 150).toFixed(2)}x; p50 vs baseline p50: ${(percentile(seq.ms, 50) / percentile(baseline.ms, 50)).toFixed(1)}x`,
  );
  const slowest = [...perQuestion]
    .map(([q, xs]) => [q, Math.min(...xs)] as const)
    .sort((a, b) => b[1] - a[1]);
  console.log("  slowest questions (best of runs):");
  for (const [q, ms] of slowest.slice(0, 8)) console.log(`    ${ms.toFixed(0).padStart(5)} ms  ${q}`);
  server.close();
  await db.close();
}
