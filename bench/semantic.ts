/**
 * Semantic-layer benchmark: compile time of 10 typical questions (median µs over many runs), then,
 * on the benchmark database (demo-database.ts: PGlite by default, PostgreSQL with --database-url or
 * DATABASE_URL), compiled SQL against hand-written SQL for the same questions: results checked
 * equal first, then timed in a seeded random order; prints the median time ratio per question.
 */
import type { Server } from "node:http";
import os from "node:os";
import { DatabaseCheckpointSaver } from "../agent/checkpointer/index.ts";
import { createAgentService } from "../agent/service.ts";
import { createApp } from "../api/app.ts";
import type { Database } from "../db/database.ts";
import { createApiKey } from "../db/repositories/api-keys.ts";
import { Rng } from "../db/simulator/random.ts";
import { silentLogger } from "../lib/logger.ts";
import { standardCatalog } from "../semantic/catalog/index.ts";
import { compileMetricQuery } from "../semantic/compile/compile.ts";
import type { CompileContext } from "../semantic/compile/plan.ts";
import { addDays } from "../semantic/query/dates.ts";
import { type MetricQueryInput, metricQuerySchema } from "../semantic/query/types.ts";
import { createLocalEmbedder } from "../semantic/search/embed-local.ts";
import { openBenchDatabase } from "./demo-database.ts";
import { firstDifference } from "./same-rows.ts";
import { serverCpuClock } from "./server-cpu.ts";

const R = { preset: "last_30_days" } as const;
/** Parameters of a hand-written statement: D = org, from, to; TZ adds the time zone; M adds the default model. */
type HandParams = "D" | "TZ" | "M";
/**
 * Ten questions marketers ask, as MetricQueries; `hand` is the statement a person would write for
 * the same answer: the same columns (named as the compiler names them), the same rows in the same
 * order, the same values. The benchmark checks that before it times anything. Each statement
 * computes the catalog's definition, not a shortcut that happens to agree on the demo data: ROAS
 * is revenue credited to the organization's paid channels (channels.is_paid) over ad spend, so
 * the two ROAS questions check the credited channel as the compiled SQL does.
 */
const QUESTIONS: { name: string; query: MetricQueryInput; hand: string; params: HandParams }[] = [
  {
    name: "spend",
    query: { metrics: ["spend"], timeRange: R },
    hand: "SELECT coalesce(sum(spend), 0) AS spend FROM ad_spend_daily WHERE organization_id = $1 AND date BETWEEN $2 AND $3",
    params: "D",
  },
  {
    name: "spend, ctr by channel",
    query: { metrics: ["spend", "ctr"], dimensions: ["channel"], timeRange: R },
    hand: "SELECT channel, sum(spend) AS spend, sum(clicks)::numeric / NULLIF(sum(impressions), 0) AS ctr FROM ad_spend_daily WHERE organization_id = $1 AND date BETWEEN $2 AND $3 GROUP BY 1 ORDER BY spend DESC NULLS LAST, channel",
    params: "D",
  },
  {
    name: "orders, revenue by day",
    query: { metrics: ["orders", "revenue"], dimensions: ["date"], timeRange: R },
    hand: "SELECT (ts AT TIME ZONE $4)::date AS date, count(*) AS orders, sum(revenue) AS revenue FROM conversions WHERE organization_id = $1 AND ts >= $2::date::timestamp AT TIME ZONE $4 AND ts < ($3::date + 1)::timestamp AT TIME ZONE $4 GROUP BY 1 ORDER BY 1",
    params: "TZ",
  },
  {
    name: "roas by channel (default model)",
    hand: "WITH s AS (SELECT channel, sum(spend) AS sp FROM ad_spend_daily WHERE organization_id = $1 AND date BETWEEN $2 AND $3 GROUP BY 1), r AS (SELECT channel, sum(revenue) AS rv, sum(revenue) FILTER (WHERE channel IN (SELECT key FROM channels WHERE organization_id = $1 AND is_paid)) AS paid FROM attribution_results ar WHERE ar.organization_id = $1 AND ar.conversion_ts >= $2::date::timestamp AT TIME ZONE $4 AND ar.conversion_ts < ($3::date + 1)::timestamp AT TIME ZONE $4 AND model = $5 GROUP BY 1) SELECT channel, coalesce(r.paid, 0) / NULLIF(coalesce(s.sp, 0), 0) AS roas, coalesce(s.sp, 0) AS spend, coalesce(r.rv, 0) AS revenue FROM s FULL JOIN r USING (channel) ORDER BY roas DESC NULLS LAST, channel",
    params: "M",
    query: { metrics: ["roas", "spend", "revenue"], dimensions: ["channel"], timeRange: R },
  },
  {
    name: "cpa by campaign top 10",
    hand: "WITH s AS (SELECT campaign_id, sum(spend) AS sp FROM ad_spend_daily WHERE organization_id = $1 AND date BETWEEN $2 AND $3 GROUP BY 1), o AS (SELECT NULLIF(campaign_id, 0) AS campaign_id, sum(credit) AS n FROM attribution_results ar WHERE ar.organization_id = $1 AND ar.conversion_ts >= $2::date::timestamp AT TIME ZONE $4 AND ar.conversion_ts < ($3::date + 1)::timestamp AT TIME ZONE $4 AND model = $5 GROUP BY 1) SELECT campaign_id AS campaign, c.name AS campaign_name, s.sp / NULLIF(coalesce(o.n, 0), 0) AS cpa FROM s FULL JOIN o USING (campaign_id) LEFT JOIN campaigns c ON c.organization_id = $1 AND c.id = campaign_id ORDER BY cpa DESC NULLS LAST, campaign_id LIMIT 10",
    params: "M",
    query: { metrics: ["cpa"], dimensions: ["campaign"], limit: 10, timeRange: R },
  },
  {
    name: "aov, conversion rate weekly",
    hand: "WITH o AS (SELECT date_trunc('week', (ts AT TIME ZONE $4)::date)::date AS w, sum(revenue) AS rv, count(*) AS n FROM conversions WHERE organization_id = $1 AND ts >= $2::date::timestamp AT TIME ZONE $4 AND ts < ($3::date + 1)::timestamp AT TIME ZONE $4 GROUP BY 1), s AS (SELECT date_trunc('week', date)::date AS w, sum(sessions) AS ss FROM web_sessions_daily WHERE organization_id = $1 AND date BETWEEN $2 AND $3 GROUP BY 1) SELECT w AS date, coalesce(o.rv, 0) / NULLIF(coalesce(o.n, 0), 0) AS average_order_value, coalesce(o.n, 0)::numeric / NULLIF(coalesce(s.ss, 0), 0) AS conversion_rate FROM o FULL JOIN s USING (w) ORDER BY w",
    params: "TZ",
    query: { metrics: ["average_order_value", "conversion_rate"], grain: "week", timeRange: R },
  },
  {
    name: "email rates by email campaign",
    hand: "SELECT email_campaign, sum(opens)::numeric / NULLIF(sum(sends), 0) AS email_open_rate, sum(clicks)::numeric / NULLIF(sum(sends), 0) AS email_click_rate FROM email_daily WHERE organization_id = $1 AND date BETWEEN $2 AND $3 GROUP BY 1 ORDER BY email_open_rate DESC NULLS LAST, email_campaign",
    params: "D",
    query: { metrics: ["email_open_rate", "email_click_rate"], dimensions: ["email_campaign"], timeRange: R },
  },
  {
    name: "platform vs attributed roas by platform",
    hand: "WITH s AS (SELECT platform, sum(platform_revenue) AS pr, sum(spend) AS sp FROM ad_spend_daily WHERE organization_id = $1 AND date BETWEEN $2 AND $3 GROUP BY 1), r AS (SELECT c.platform, sum(ar.revenue) AS rv FROM attribution_results ar LEFT JOIN campaigns c ON c.organization_id = ar.organization_id AND c.id = ar.campaign_id WHERE ar.organization_id = $1 AND ar.conversion_ts >= $2::date::timestamp AT TIME ZONE $4 AND ar.conversion_ts < ($3::date + 1)::timestamp AT TIME ZONE $4 AND ar.model = 'linear' GROUP BY 1) SELECT platform, coalesce(s.pr, 0) / NULLIF(coalesce(s.sp, 0), 0) AS platform_roas, coalesce(r.rv, 0) / NULLIF(coalesce(s.sp, 0), 0) AS attributed_roas FROM s FULL JOIN r USING (platform) ORDER BY platform_roas DESC NULLS LAST, platform",
    params: "TZ",
    query: {
      metrics: ["platform_roas", "attributed_roas"],
      dimensions: ["platform"],
      timeRange: R,
      attributionModel: "linear",
    },
  },
  {
    name: "new customers, cac monthly",
    hand: "WITH n AS (SELECT date_trunc('month', (ts AT TIME ZONE $4)::date)::date AS m, count(*) FILTER (WHERE is_new_customer) AS nc FROM conversions WHERE organization_id = $1 AND ts >= $2::date::timestamp AT TIME ZONE $4 AND ts < ($3::date + 1)::timestamp AT TIME ZONE $4 GROUP BY 1), s AS (SELECT date_trunc('month', date)::date AS m, sum(spend) AS sp FROM ad_spend_daily WHERE organization_id = $1 AND date BETWEEN $2 AND $3 GROUP BY 1) SELECT m AS date, coalesce(n.nc, 0) AS new_customers, s.sp / NULLIF(coalesce(n.nc, 0), 0) AS cac FROM n FULL JOIN s USING (m) ORDER BY m",
    params: "TZ",
    query: { metrics: ["new_customers", "cac"], grain: "month", timeRange: R },
  },
  {
    name: "spend on meta with roas > 1",
    hand: "WITH s AS (SELECT campaign_id, sum(spend) AS sp FROM ad_spend_daily WHERE organization_id = $1 AND date BETWEEN $2 AND $3 AND platform = 'meta_ads' GROUP BY 1), r AS (SELECT ar.campaign_id, sum(ar.revenue) AS rv FROM attribution_results ar JOIN campaigns c ON c.organization_id = ar.organization_id AND c.id = ar.campaign_id WHERE ar.organization_id = $1 AND ar.conversion_ts >= $2::date::timestamp AT TIME ZONE $4 AND ar.conversion_ts < ($3::date + 1)::timestamp AT TIME ZONE $4 AND ar.model = $5 AND c.platform = 'meta_ads' AND ar.channel IN (SELECT key FROM channels WHERE organization_id = $1 AND is_paid) GROUP BY 1) SELECT campaign_id AS campaign, c.name AS campaign_name, s.sp AS spend, r.rv / NULLIF(s.sp, 0) AS roas FROM s JOIN r USING (campaign_id) LEFT JOIN campaigns c ON c.organization_id = $1 AND c.id = campaign_id WHERE r.rv / NULLIF(s.sp, 0) > 1 ORDER BY s.sp DESC NULLS LAST, campaign_id",
    params: "M",
    query: {
      metrics: ["spend", "roas"],
      dimensions: ["campaign"],
      filters: [
        { field: "platform", op: "eq", value: "meta_ads" },
        { field: "roas", op: "gt", value: 1 },
      ],
      timeRange: R,
    },
  },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

function compileTimes(ctx: CompileContext, range: { from: string; to: string }, iterations: number): void {
  console.log(`compile time (median of ${iterations} runs):`);
  for (const q of QUESTIONS) {
    const parsed = metricQuerySchema.parse(q.query);
    const times: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const t0 = performance.now();
      compileMetricQuery(standardCatalog, parsed, ctx, range);
      times.push((performance.now() - t0) * 1000);
    }
    console.log(`  ${q.name.padEnd(42)} ${median(times).toFixed(1)} µs`);
  }
}

/** One question's two statements on the benchmark database. */
interface Pair {
  name: string;
  compiled: { sql: string; params: unknown[] };
  hand: { sql: string; params: unknown[] };
}

/** Compile the questions for the first organization with ad spend (the last 30 days of its data). */
async function buildPairs(db: Database): Promise<{ label: string; pairs: Pair[] } | undefined> {
  const [org] = await db.query<{ id: number; time_zone: string; model: string; lookback: number }>(
    "SELECT id, time_zone, default_attribution_model AS model, attribution_lookback_days AS lookback FROM organizations ORDER BY id LIMIT 1",
  );
  const [fresh] = await db.query<{ through: string | null }>(
    "SELECT max(date)::text AS through FROM ad_spend_daily WHERE organization_id = $1",
    [org?.id ?? 0],
  );
  if (!org || !fresh?.through) return undefined;
  const range = { from: addDays(fresh.through, -29), to: fresh.through };
  const ctx: CompileContext = {
    organizationId: org.id,
    timeZone: org.time_zone,
    defaultAttributionModel: org.model,
    attributionLookbackDays: org.lookback,
  };
  const pairs = QUESTIONS.map((q) => {
    const compiled = compileMetricQuery(
      standardCatalog,
      metricQuerySchema.parse({ ...q.query, timeRange: range }),
      ctx,
      range,
    );
    const base = [org.id, range.from, range.to];
    const handParams =
      q.params === "D"
        ? base
        : q.params === "TZ"
          ? [...base, org.time_zone]
          : [...base, org.time_zone, org.model];
    return { name: q.name, compiled, hand: { sql: q.hand, params: handParams } };
  });
  return { label: `org ${org.id}, ${range.from}..${range.to}`, pairs };
}

/**
 * Where the time goes: median planning and execution time of each statement from
 * `EXPLAIN (ANALYZE, FORMAT JSON)` over `rounds` alternating runs (`--explain`).
 */
export async function explainComparison(db: Database, rounds: number): Promise<void> {
  const built = await buildPairs(db);
  if (!built) return;
  console.log(`EXPLAIN ANALYZE, ${built.label}, median of ${rounds} runs (planning + execution ms):`);
  for (const p of built.pairs) {
    const times = {
      compiled: { plan: [] as number[], exec: [] as number[] },
      hand: { plan: [] as number[], exec: [] as number[] },
    };
    for (let i = 0; i < rounds; i++) {
      for (const side of i % 2 ? (["hand", "compiled"] as const) : (["compiled", "hand"] as const)) {
        const [row] = await db.query<{ "QUERY PLAN": unknown }>(
          `EXPLAIN (ANALYZE, FORMAT JSON) ${p[side].sql}`,
          p[side].params,
        );
        const plan = row?.["QUERY PLAN"];
        const [first] = (typeof plan === "string" ? JSON.parse(plan) : plan) as {
          "Planning Time": number;
          "Execution Time": number;
        }[];
        times[side].plan.push(first!["Planning Time"]);
        times[side].exec.push(first!["Execution Time"]);
      }
    }
    const f = (t: { plan: number[]; exec: number[] }) =>
      `${median(t.plan).toFixed(2)} + ${median(t.exec).toFixed(2)}`;
    console.log(`  ${p.name.padEnd(42)} compiled ${f(times.compiled)}, hand ${f(times.hand)}`);
  }
}

/**
 * Time compiled against hand-written SQL on the first organization of `db`. Each round visits the
 * questions in a shuffled order and runs each pair in a random order (both from `seed`), so neither
 * statement always runs first or warms the cache for the other. Before timing, each pair must
 * return the same rows and values (same-rows.ts); a difference fails the benchmark.
 */
export async function dbComparison(db: Database, rounds: number, seed: number): Promise<void> {
  const built = await buildPairs(db);
  if (!built) {
    console.log("database has no organization with ad spend: nothing to time");
    return;
  }
  const pairs = built.pairs.map((p) => ({
    name: p.name,
    compiled: () => db.query(p.compiled.sql, p.compiled.params),
    hand: () => db.query(p.hand.sql, p.hand.params),
    times: { compiled: [] as number[], hand: [] as number[] },
    cpu: { compiled: [] as number[], hand: [] as number[] },
  }));
  // CPU both sides: this process (the driver, or PGlite itself) plus, on a local PostgreSQL, its
  // server processes. Waiting for a CPU on a loaded machine counts in wall time but not here.
  const serverClock = await serverCpuClock(db);
  const differences: string[] = [];
  for (const p of pairs) {
    const [compiledRows, handRows] = [await p.compiled(), await p.hand()];
    const diff = compiledRows.length === 0 ? "no rows" : firstDifference(compiledRows, handRows);
    if (diff) differences.push(`${p.name}: ${diff}`);
  }
  if (differences.length > 0) {
    throw new Error(`compiled and hand-written results differ:\n  ${differences.join("\n  ")}`);
  }
  console.log(
    `compiled vs hand-written SQL, ${built.label}: all ${pairs.length} pairs return the same rows and values (1e-6 relative)`,
  );
  const rng = new Rng(seed, "bench-semantic-order");
  let compiledFirst = 0;
  for (let round = 0; round < rounds; round++) {
    const order = pairs.map((p) => ({ p, key: rng.next() })).sort((a, b) => a.key - b.key);
    for (const { p } of order) {
      const sides = rng.next() < 0.5 ? (["compiled", "hand"] as const) : (["hand", "compiled"] as const);
      if (sides[0] === "compiled") compiledFirst++;
      for (const side of sides) {
        await serverClock?.refresh();
        const server0 = serverClock?.() ?? 0;
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        await p[side]();
        p.times[side].push(performance.now() - t0);
        const cpu = process.cpuUsage(cpu0);
        p.cpu[side].push((cpu.user + cpu.system) / 1000 + (serverClock?.() ?? 0) - server0);
      }
    }
  }
  console.log(
    `${rounds} rounds, questions shuffled and each pair's order drawn per round (seed ${seed}; compiled ran first in ${compiledFirst} of ${rounds * pairs.length}):`,
  );
  const ratios: number[] = [];
  const pairedRatios: number[] = [];
  const cpuRatios: number[] = [];
  for (const p of pairs) {
    const [a, b] = [median(p.times.compiled), median(p.times.hand)];
    // The two statements of a round ran back to back, so their ratio is little moved by the load
    // of a shared machine, which shifts both; shown beside the ratio of medians, not instead of it.
    const paired = median(p.times.compiled.map((t, i) => t / p.times.hand[i]!));
    const [ca, cb] = [median(p.cpu.compiled), median(p.cpu.hand)];
    ratios.push(a / b);
    pairedRatios.push(paired);
    cpuRatios.push(ca / cb);
    console.log(
      `  ${p.name.padEnd(42)} compiled ${a.toFixed(2)} ms, hand ${b.toFixed(2)} ms, ratio ${(a / b).toFixed(2)} (paired ${paired.toFixed(2)}; CPU ${ca.toFixed(2)} / ${cb.toFixed(2)} ms = ${(ca / cb).toFixed(2)})`,
    );
  }
  console.log(
    `  median ratio compiled / hand-written over ${ratios.length} questions: ${median(ratios).toFixed(3)} (target <= 1.10)`,
  );
  console.log(
    `  median of the per-round (paired) ratios over ${pairedRatios.length} questions: ${median(pairedRatios).toFixed(3)}`,
  );
  console.log(
    `  median CPU ratio (${serverClock ? "this process + PostgreSQL server processes" : "this process, PGlite included"}) over ${cpuRatios.length} questions: ${median(cpuRatios).toFixed(3)} (load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")})`,
  );
}

/** p50/p95 of POST /api/v1/metrics over the ten questions through the real app (auth included). */
export async function httpLatency(db: Database, rounds: number): Promise<void> {
  const [org] = await db.query<{ id: number }>("SELECT id FROM organizations ORDER BY id LIMIT 1");
  const [fresh] = await db.query<{ through: string }>(
    "SELECT max(date)::text AS through FROM ad_spend_daily WHERE organization_id = $1",
    [org!.id],
  );
  const key = (await createApiKey(db, { organizationId: org!.id, role: "viewer", name: "bench" })).key;
  const embedder = createLocalEmbedder();
  const agent = createAgentService({
    db,
    logger: silentLogger,
    checkpointer: new DatabaseCheckpointSaver(db),
    embedder,
  });
  const app = createApp(
    { db, logger: silentLogger, now: () => new Date(), version: "bench", embedder, agent },
    { rateLimitPerMinute: 1e9 },
  );
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/api/v1/metrics`;
  const range = { from: addDays(fresh!.through, -29), to: fresh!.through };
  const times: number[] = [];
  for (let r = 0; r < rounds + 1; r++) {
    for (const q of QUESTIONS) {
      const t0 = performance.now();
      const res = await fetch(url, {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        body: JSON.stringify({ ...q.query, timeRange: range }),
      });
      await res.json();
      if (res.status !== 200) throw new Error(`${q.name}: HTTP ${res.status}`);
      if (r > 0) times.push(performance.now() - t0); // round 0 warms caches
    }
  }
  server.close();
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!;
  console.log(
    `POST /api/v1/metrics over ${times.length} requests (10 questions; each runs rows, totals and freshness statements): p50 ${pct(50).toFixed(1)} ms, p95 ${pct(95).toFixed(1)} ms`,
  );
}

/**
 * Entry point: `run(["--iterations=2000", "--rounds=30", "--seed=1", "--database-url=postgres://..."])`.
 * The database is PostgreSQL with --database-url or DATABASE_URL, otherwise embedded PGlite under
 * tmp/bench-data (or --data-dir=DIR), seeded with the demo data on first use.
 */
export async function run(args: string[]): Promise<void> {
  // Both `--name=value` and `--name value`: the space form used to be ignored silently, which
  // benchmarked PGlite when PostgreSQL was asked for.
  const arg = (name: string): string | undefined => {
    const joined = args.find((a) => a.startsWith(`--${name}=`));
    if (joined) return joined.slice(name.length + 3);
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const iterations = Number(arg("iterations") ?? 2000);
  const rounds = Number(arg("rounds") ?? 30);
  const seed = Number(arg("seed") ?? 1);
  const ctx: CompileContext = {
    organizationId: 1,
    timeZone: "America/New_York",
    defaultAttributionModel: "last_touch",
    attributionLookbackDays: 30,
  };
  compileTimes(ctx, { from: "2024-03-01", to: "2024-03-30" }, iterations);
  const { db, label } = await openBenchDatabase(
    { databaseUrl: arg("database-url"), dataDir: arg("data-dir") },
    createLocalEmbedder(),
  );
  console.log(`database: ${label}`);
  try {
    if (args.includes("--explain")) {
      await explainComparison(db, rounds);
      return;
    }
    await dbComparison(db, rounds, seed);
    await httpLatency(db, Math.max(3, Math.floor(rounds / 3)));
  } finally {
    await db.close();
  }
}
