/**
 * Semantic-layer benchmark: compile time of 10 typical questions (median µs over many runs), and,
 * with a database (`--database-url=...` or TEST_DATABASE_URL), compiled SQL against hand-written
 * SQL for the same questions, run alternately; prints the median time ratio per question.
 */
import { openDatabase } from "../db/connect.ts";
import type { Database } from "../db/database.ts";
import { testDatabaseUrl } from "../lib/env.ts";
import { standardCatalog } from "../semantic/catalog/index.ts";
import { compileMetricQuery } from "../semantic/compile/compile.ts";
import type { CompileContext } from "../semantic/compile/plan.ts";
import { addDays } from "../semantic/query/dates.ts";
import { type MetricQueryInput, metricQuerySchema } from "../semantic/query/types.ts";

const R = { preset: "last_30_days" } as const;
/** Ten questions marketers ask, as MetricQueries; `hand` is an equivalent hand-written statement. */
const QUESTIONS: { name: string; query: MetricQueryInput; hand?: string }[] = [
  {
    name: "spend",
    query: { metrics: ["spend"], timeRange: R },
    hand: "SELECT sum(spend) FROM ad_spend_daily WHERE organization_id = $1 AND date BETWEEN $2 AND $3",
  },
  {
    name: "spend, ctr by channel",
    query: { metrics: ["spend", "ctr"], dimensions: ["channel"], timeRange: R },
    hand: "SELECT channel, sum(spend), sum(clicks)::numeric / NULLIF(sum(impressions), 0) FROM ad_spend_daily WHERE organization_id = $1 AND date BETWEEN $2 AND $3 GROUP BY 1",
  },
  {
    name: "orders, revenue by day",
    query: { metrics: ["orders", "revenue"], dimensions: ["date"], timeRange: R },
    hand: "SELECT (ts AT TIME ZONE $4)::date, count(*), sum(revenue) FROM conversions WHERE organization_id = $1 AND ts >= $2::date::timestamp AT TIME ZONE $4 AND ts < ($3::date + 1)::timestamp AT TIME ZONE $4 GROUP BY 1",
  },
  {
    name: "roas by channel (default model)",
    query: { metrics: ["roas", "spend", "revenue"], dimensions: ["channel"], timeRange: R },
  },
  {
    name: "cpa by campaign top 10",
    query: { metrics: ["cpa"], dimensions: ["campaign"], limit: 10, timeRange: R },
  },
  {
    name: "aov, conversion rate weekly",
    query: { metrics: ["average_order_value", "conversion_rate"], grain: "week", timeRange: R },
  },
  {
    name: "email rates by email campaign",
    query: { metrics: ["email_open_rate", "email_click_rate"], dimensions: ["email_campaign"], timeRange: R },
  },
  {
    name: "platform vs attributed roas by platform",
    query: {
      metrics: ["platform_roas", "attributed_roas"],
      dimensions: ["platform"],
      timeRange: R,
      attributionModel: "linear",
    },
  },
  {
    name: "new customers, cac monthly",
    query: { metrics: ["new_customers", "cac"], grain: "month", timeRange: R },
  },
  {
    name: "spend on meta with roas > 1",
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
  for (const q of QUESTIONS.filter((x) => x.hand)) {
    const compiled = compileMetricQuery(
      standardCatalog,
      metricQuerySchema.parse({ ...q.query, timeRange: range }),
      ctx,
      range,
    );
    const handParams = q.hand!.includes("$4")
      ? [org.id, range.from, range.to, org.time_zone]
      : [org.id, range.from, range.to];
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < rounds; i++) {
      let t0 = performance.now();
      await db.query(compiled.sql, compiled.params);
      a.push(performance.now() - t0);
      t0 = performance.now();
      await db.query(q.hand!, handParams);
      b.push(performance.now() - t0);
    }
    console.log(
      `  ${q.name.padEnd(42)} compiled ${median(a).toFixed(2)} ms, hand ${median(b).toFixed(2)} ms, ratio ${(median(a) / median(b)).toFixed(2)}`,
    );
  }
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
  } finally {
    await db.close();
  }
}
