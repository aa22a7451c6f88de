/**
 * Semantic-layer benchmark: compile time of 10 typical questions (median µs over many runs), and,
 * with a database (`--database-url=...` or TEST_DATABASE_URL), compiled SQL against hand-written
 * SQL for the same questions, run alternately; prints the median time ratio per question.
 */
import type { Server } from "node:http";
import { DatabaseCheckpointSaver } from "../agent/checkpointer/index.ts";
import { createAgentService } from "../agent/service.ts";
import { createApp } from "../api/app.ts";
import { openDatabase } from "../db/connect.ts";
import type { Database } from "../db/database.ts";
import { createApiKey } from "../db/repositories/api-keys.ts";
import { testDatabaseUrl } from "../lib/env.ts";
import { silentLogger } from "../lib/logger.ts";
import { standardCatalog } from "../semantic/catalog/index.ts";
import { compileMetricQuery } from "../semantic/compile/compile.ts";
import type { CompileContext } from "../semantic/compile/plan.ts";
import { addDays } from "../semantic/query/dates.ts";
import { type MetricQueryInput, metricQuerySchema } from "../semantic/query/types.ts";
import { createLocalEmbedder } from "../semantic/search/embed-local.ts";

const R = { preset: "last_30_days" } as const;
/** Ten questions marketers ask, as MetricQueries; `hand` is an equivalent hand-written statement. */
/** Parameters of a hand-written statement: D = org, from, to; TZ adds the time zone; M adds the default model. */
type HandParams = "D" | "TZ" | "M";
const QUESTIONS: { name: string; query: MetricQueryInput; hand: string; params: HandParams }[] = [
  {
    name: "spend",
    query: { metrics: ["spend"], timeRange: R },
    hand: "SELECT sum(spend) FROM ad_spend_daily WHERE organization_id = $1 AND date BETWEEN $2 AND $3",
    params: "D",
  },
  {
    name: "spend, ctr by channel",
    query: { metrics: ["spend", "ctr"], dimensions: ["channel"], timeRange: R },
    hand: "SELECT channel, sum(spend), sum(clicks)::numeric / NULLIF(sum(impressions), 0) FROM ad_spend_daily WHERE organization_id = $1 AND date BETWEEN $2 AND $3 GROUP BY 1",
    params: "D",
  },
  {
    name: "orders, revenue by day",
    query: { metrics: ["orders", "revenue"], dimensions: ["date"], timeRange: R },
    hand: "SELECT (ts AT TIME ZONE $4)::date, count(*), sum(revenue) FROM conversions WHERE organization_id = $1 AND ts >= $2::date::timestamp AT TIME ZONE $4 AND ts < ($3::date + 1)::timestamp AT TIME ZONE $4 GROUP BY 1",
    params: "TZ",
  },
  {
    name: "roas by channel (default model)",
    hand: "WITH s AS (SELECT channel, sum(spend) AS sp FROM ad_spend_daily WHERE organization_id = $1 AND date BETWEEN $2 AND $3 GROUP BY 1), r AS (SELECT channel, sum(revenue) AS rv FROM attribution_results ar WHERE ar.organization_id = $1 AND ar.conversion_ts >= $2::date::timestamp AT TIME ZONE $4 AND ar.conversion_ts < ($3::date + 1)::timestamp AT TIME ZONE $4 AND model = $5 GROUP BY 1) SELECT channel, r.rv / NULLIF(s.sp, 0), s.sp, r.rv FROM s FULL JOIN r USING (channel)",
    params: "M",
    query: { metrics: ["roas", "spend", "revenue"], dimensions: ["channel"], timeRange: R },
  },
  {
    name: "cpa by campaign top 10",
    hand: "WITH s AS (SELECT campaign_id, sum(spend) AS sp FROM ad_spend_daily WHERE organization_id = $1 AND date BETWEEN $2 AND $3 GROUP BY 1), o AS (SELECT NULLIF(campaign_id, 0) AS campaign_id, sum(credit) AS n FROM attribution_results ar WHERE ar.organization_id = $1 AND ar.conversion_ts >= $2::date::timestamp AT TIME ZONE $4 AND ar.conversion_ts < ($3::date + 1)::timestamp AT TIME ZONE $4 AND model = $5 GROUP BY 1) SELECT campaign_id, c.name, coalesce(s.sp, 0) / NULLIF(o.n, 0) AS cpa FROM s FULL JOIN o USING (campaign_id) LEFT JOIN campaigns c ON c.organization_id = $1 AND c.id = campaign_id ORDER BY cpa DESC NULLS LAST LIMIT 10",
    params: "M",
    query: { metrics: ["cpa"], dimensions: ["campaign"], limit: 10, timeRange: R },
  },
  {
    name: "aov, conversion rate weekly",
    hand: "WITH o AS (SELECT date_trunc('week', (ts AT TIME ZONE $4)::date)::date AS w, sum(revenue) AS rv, count(*) AS n FROM conversions WHERE organization_id = $1 AND ts >= $2::date::timestamp AT TIME ZONE $4 AND ts < ($3::date + 1)::timestamp AT TIME ZONE $4 GROUP BY 1), s AS (SELECT date_trunc('week', date)::date AS w, sum(sessions) AS ss FROM web_sessions_daily WHERE organization_id = $1 AND date BETWEEN $2 AND $3 GROUP BY 1) SELECT w, o.rv / NULLIF(o.n, 0), o.n::numeric / NULLIF(s.ss, 0) FROM o FULL JOIN s USING (w) ORDER BY w",
    params: "TZ",
    query: { metrics: ["average_order_value", "conversion_rate"], grain: "week", timeRange: R },
  },
  {
    name: "email rates by email campaign",
    hand: "SELECT email_campaign, sum(opens)::numeric / NULLIF(sum(sends), 0), sum(clicks)::numeric / NULLIF(sum(sends), 0) FROM email_daily WHERE organization_id = $1 AND date BETWEEN $2 AND $3 GROUP BY 1",
    params: "D",
    query: { metrics: ["email_open_rate", "email_click_rate"], dimensions: ["email_campaign"], timeRange: R },
  },
  {
    name: "platform vs attributed roas by platform",
    hand: "WITH s AS (SELECT platform, sum(platform_revenue) AS pr, sum(spend) AS sp FROM ad_spend_daily WHERE organization_id = $1 AND date BETWEEN $2 AND $3 GROUP BY 1), r AS (SELECT c.platform, sum(ar.revenue) AS rv FROM attribution_results ar LEFT JOIN campaigns c ON c.organization_id = ar.organization_id AND c.id = ar.campaign_id WHERE ar.organization_id = $1 AND ar.conversion_ts >= $2::date::timestamp AT TIME ZONE $4 AND ar.conversion_ts < ($3::date + 1)::timestamp AT TIME ZONE $4 AND ar.model = 'linear' GROUP BY 1) SELECT platform, s.pr / NULLIF(s.sp, 0), r.rv / NULLIF(s.sp, 0) FROM s FULL JOIN r USING (platform)",
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
    hand: "WITH n AS (SELECT date_trunc('month', (ts AT TIME ZONE $4)::date)::date AS m, count(*) FILTER (WHERE is_new_customer) AS nc FROM conversions WHERE organization_id = $1 AND ts >= $2::date::timestamp AT TIME ZONE $4 AND ts < ($3::date + 1)::timestamp AT TIME ZONE $4 GROUP BY 1), s AS (SELECT date_trunc('month', date)::date AS m, sum(spend) AS sp FROM ad_spend_daily WHERE organization_id = $1 AND date BETWEEN $2 AND $3 GROUP BY 1) SELECT m, n.nc, s.sp / NULLIF(n.nc, 0) FROM n FULL JOIN s USING (m) ORDER BY m",
    params: "TZ",
    query: { metrics: ["new_customers", "cac"], grain: "month", timeRange: R },
  },
  {
    name: "spend on meta with roas > 1",
    hand: "WITH s AS (SELECT campaign_id, sum(spend) AS sp FROM ad_spend_daily WHERE organization_id = $1 AND date BETWEEN $2 AND $3 AND platform = 'meta_ads' GROUP BY 1), r AS (SELECT ar.campaign_id, sum(ar.revenue) AS rv FROM attribution_results ar JOIN campaigns c ON c.organization_id = ar.organization_id AND c.id = ar.campaign_id WHERE ar.organization_id = $1 AND ar.conversion_ts >= $2::date::timestamp AT TIME ZONE $4 AND ar.conversion_ts < ($3::date + 1)::timestamp AT TIME ZONE $4 AND ar.model = $5 AND c.platform = 'meta_ads' GROUP BY 1) SELECT campaign_id, c.name, s.sp, r.rv / s.sp AS roas FROM s JOIN r USING (campaign_id) LEFT JOIN campaigns c ON c.organization_id = $1 AND c.id = campaign_id WHERE r.rv / s.sp > 1 ORDER BY s.sp DESC",
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

/** Time compiled against hand-written SQL on the first organization of `db`, alternately. */
export async function dbComparison(db: Database, rounds: number): Promise<void> {
  const [org] = await db.query<{ id: number; time_zone: string; model: string; lookback: number }>(
    "SELECT id, time_zone, default_attribution_model AS model, attribution_lookback_days AS lookback FROM organizations ORDER BY id LIMIT 1",
  );
  const [fresh] = await db.query<{ through: string | null }>(
    "SELECT max(date)::text AS through FROM ad_spend_daily WHERE organization_id = $1",
    [org?.id ?? 0],
  );
  if (!org || !fresh?.through) {
    console.log("database has no organization with ad spend: nothing to time (seed it first)");
    return;
  }
  const range = { from: addDays(fresh.through, -29), to: fresh.through };
  const ctx: CompileContext = {
    organizationId: org.id,
    timeZone: org.time_zone,
    defaultAttributionModel: org.model,
    attributionLookbackDays: org.lookback,
  };
  console.log(
    `compiled vs hand-written SQL, org ${org.id}, ${range.from}..${range.to}, ${rounds} alternating rounds:`,
  );
  const ratios: number[] = [];
  for (const q of QUESTIONS) {
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
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < rounds; i++) {
      let t0 = performance.now();
      await db.query(compiled.sql, compiled.params);
      a.push(performance.now() - t0);
      t0 = performance.now();
      await db.query(q.hand, handParams);
      b.push(performance.now() - t0);
    }
    const [compiledRows, handRows] = [
      await db.query(compiled.sql, compiled.params),
      await db.query(q.hand, handParams),
    ];
    const same =
      compiledRows.length === handRows.length
        ? "same row count"
        : `ROW COUNTS DIFFER ${compiledRows.length} vs ${handRows.length}`;
    ratios.push(median(a) / median(b));
    console.log(
      `  ${q.name.padEnd(42)} compiled ${median(a).toFixed(2)} ms, hand ${median(b).toFixed(2)} ms, ratio ${(median(a) / median(b)).toFixed(2)} (${same})`,
    );
  }
  console.log(
    `  median ratio compiled / hand-written over ${ratios.length} questions: ${median(ratios).toFixed(3)} (target <= 1.10)`,
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

/** Entry point: `run(["--iterations=2000", "--rounds=20", "--database-url=postgres://..."])`. */
export async function run(args: string[]): Promise<void> {
  const arg = (name: string) =>
    args
      .find((a) => a.startsWith(`--${name}=`))
      ?.split("=")
      .slice(1)
      .join("=");
  const iterations = Number(arg("iterations") ?? 2000);
  const rounds = Number(arg("rounds") ?? 15);
  const ctx: CompileContext = {
    organizationId: 1,
    timeZone: "America/New_York",
    defaultAttributionModel: "last_touch",
    attributionLookbackDays: 30,
  };
  compileTimes(ctx, { from: "2024-03-01", to: "2024-03-30" }, iterations);
  const url = arg("database-url") ?? testDatabaseUrl();
  if (!url) {
    console.log("no database (pass --database-url=... or set TEST_DATABASE_URL): SQL timing skipped");
    return;
  }
  const db = await openDatabase({ databaseUrl: url });
  try {
    await dbComparison(db, rounds);
    await httpLatency(db, Math.max(3, Math.floor(rounds / 3)));
  } finally {
    await db.close();
  }
}
