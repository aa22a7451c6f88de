/**
 * Every statement the compiler and the repositories emit stays on one Citus shard: each scan of a
 * distributed table is pinned to one organization (or, for checkpoints, one thread) directly or
 * through a join on the distribution column. PostgreSQL plans each statement (EXPLAIN, nothing
 * runs) and shard-check.ts reads the plan. See docs/scaling.md.
 */
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiFetch, seedTestData, startTestApi, type TestApi } from "../../api/testing.ts";
import { MODEL_NAMES } from "../../core/attribution/types.ts";
import { standardCatalog } from "../../semantic/catalog/index.ts";
import { compileMetricQuery } from "../../semantic/compile/compile.ts";
import type { CompileContext } from "../../semantic/compile/plan.ts";
import { type MetricQueryInput, metricQuerySchema } from "../../semantic/query/types.ts";
import { openTestDatabase } from "../connect.ts";
import type { Database } from "../database.ts";
import {
  DISTRIBUTED_BY_ORGANIZATION,
  DISTRIBUTED_BY_THREAD,
  LOCAL_TABLES,
  REFERENCE_TABLES,
} from "./distribution.ts";
import { type RecordedStatement, recordingDatabase } from "./recording-database.ts";
import { explainPlan, isPlannable, tablesIn, unpinnedScans } from "./shard-check.ts";

const DISTRIBUTION = new Map<string, string>([
  ...DISTRIBUTED_BY_ORGANIZATION.map((t) => [t, "organization_id"] as const),
  ...DISTRIBUTED_BY_THREAD.map((t) => [t, "thread_id"] as const),
]);

/**
 * Plan each distinct plannable statement on `db`: the statements that leave one shard, and the
 * tables the statements touched (so a test can show what it covered).
 */
async function offShard(
  db: Database,
  statements: readonly RecordedStatement[],
): Promise<{ failures: string[]; tables: Set<string> }> {
  const seen = new Set<string>();
  const failures: string[] = [];
  const tables = new Set<string>();
  for (const s of statements) {
    if (!isPlannable(s.sql) || seen.has(s.sql)) continue;
    seen.add(s.sql);
    const plan = await explainPlan(db, s.sql, s.params);
    for (const t of tablesIn(plan)) tables.add(t);
    const unpinned = unpinnedScans(plan, DISTRIBUTION);
    if (unpinned.length) failures.push(`${unpinned.join(", ")} not pinned in: ${s.sql.replace(/\s+/g, " ")}`);
  }
  return { failures, tables };
}

const distinctPlannable = (statements: readonly RecordedStatement[]) =>
  new Set(statements.filter((s) => isPlannable(s.sql)).map((s) => s.sql)).size;

describe("the Citus distribution plan", () => {
  it("names every table of the schema once, and docs/scaling.md names every table", async () => {
    const db = await openTestDatabase();
    const rows = await db.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema IN ('public', 'drizzle') AND table_type = 'BASE TABLE' ORDER BY 1",
    );
    await db.close();
    const planned = [
      ...DISTRIBUTED_BY_ORGANIZATION,
      ...DISTRIBUTED_BY_THREAD,
      ...REFERENCE_TABLES,
      ...LOCAL_TABLES,
    ];
    expect(new Set(planned).size).toBe(planned.length);
    expect([...planned].sort()).toEqual(rows.map((r) => r.name));
    const doc = await readFile(new URL("../../docs/scaling.md", import.meta.url), "utf8");
    expect(planned.filter((t) => !LOCAL_TABLES.includes(t as never) && !doc.includes(`\`${t}\``))).toEqual(
      [],
    );
  });
});

describe("compiled metric queries stay on one shard", () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  /** Every metric with no dimension and each allowed one, plain, filtered and ranked, totals too. */
  function compileAll(): RecordedStatement[] {
    const out: RecordedStatement[] = [];
    const range = { from: "2024-03-01", to: "2024-03-31" };
    const base: CompileContext = {
      organizationId: 1,
      timeZone: "America/New_York",
      defaultAttributionModel: "last_touch",
      attributionLookbackDays: 30,
    };
    const contexts: CompileContext[] = [base, { ...base, attributionFallback: true }];
    for (const m of standardCatalog.metrics.values()) {
      const filterDim = m.supportedDimensions.find((d) => d !== "date");
      const filterValue = (d: string) => {
        const t = standardCatalog.dimensions.get(d)!.valueType;
        return t === "integer" ? 1 : t === "date" ? "2024-03-05" : "x";
      };
      for (const dim of [undefined, ...m.supportedDimensions]) {
        const variants: MetricQueryInput[] = [
          { metrics: [m.key], dimensions: dim ? [dim] : [], timeRange: range },
          {
            metrics: [m.key],
            dimensions: dim ? [dim] : [],
            timeRange: range,
            grain: dim === "date" ? "week" : undefined,
            filters: [
              ...(filterDim ? [{ field: filterDim, op: "eq" as const, value: filterValue(filterDim) }] : []),
              ...(filterDim
                ? [{ field: filterDim, op: "in" as const, values: [filterValue(filterDim)] }]
                : []),
              { field: m.key, op: "gt", value: 0 },
            ],
            orderBy: [{ field: m.key, direction: "desc" }],
            limit: 5,
            compareTo: "previous_period",
          },
        ];
        for (const model of m.supportedDimensions.length ? [undefined, ...MODEL_NAMES] : [undefined]) {
          for (const v of variants) {
            for (const ctx of contexts) {
              const q = metricQuerySchema.parse({ ...v, attributionModel: model });
              for (const totals of [false, true]) {
                try {
                  const c = compileMetricQuery(standardCatalog, q, ctx, range, { totals });
                  out.push({ sql: c.sql, params: c.params });
                } catch (e) {
                  // Combinations the catalog refuses (a model on an unattributed metric) emit nothing.
                  if (!(e as { code?: string }).code) throw e;
                }
              }
            }
          }
        }
      }
    }
    return out;
  }

  it("for every catalog metric, dimension, filter, ranking and attribution model", async () => {
    const statements = compileAll();
    const { failures, tables } = await offShard(db, statements);
    console.log(
      `co-location: ${distinctPlannable(statements)} distinct compiled statements planned, ${failures.length} off one shard; tables: ${[...tables].sort().join(", ")}`,
    );
    expect(failures).toEqual([]);
    expect(distinctPlannable(statements)).toBeGreaterThan(500);
  });
});

describe("repository and API statements stay on one shard", () => {
  let recorded: ReturnType<typeof recordingDatabase>;
  let api: TestApi;
  beforeAll(async () => {
    recorded = recordingDatabase(await openTestDatabase());
    await seedTestData(recorded.db, 0.02);
    api = await startTestApi({ db: recorded.db });
  });
  afterAll(async () => {
    await api.close();
    await recorded.db.close();
  });

  it("while seeding, syncing the catalog and serving every route", async () => {
    const { analyst, admin, viewer } = api.keys;
    const calls: { path: string; key?: string; method?: string; body?: unknown }[] = [
      { path: "/health" },
      { path: "/api/v1/me", key: viewer },
      { path: "/api/v1/catalog", key: viewer },
      { path: "/api/v1/catalog/search?q=return%20on%20ad%20spend", key: viewer },
      {
        path: "/api/v1/metrics",
        key: viewer,
        body: {
          metrics: ["roas", "spend"],
          dimensions: ["campaign"],
          timeRange: { preset: "last_month" },
          compareTo: "previous_period",
        },
      },
      {
        path: "/api/v1/metrics",
        key: viewer,
        body: {
          metrics: ["revenue"],
          dimensions: ["date"],
          timeRange: { preset: "last_month" },
          attributionModel: "markov",
        },
      },
      {
        path: "/api/v1/catalog/metrics",
        key: admin,
        body: {
          key: "net_per_order",
          label: "Net per order",
          formula: "(revenue - spend) / orders",
          unit: "currency",
          format: "currency",
        },
      },
      { path: "/api/v1/catalog/metrics", key: viewer },
      {
        path: "/api/v1/catalog/metrics/net_per_order",
        key: admin,
        method: "PATCH",
        body: { formula: "revenue / orders" },
      },
      { path: "/api/v1/catalog/metrics/net_per_order", key: admin, method: "DELETE" },
      {
        path: "/api/v1/attribution?model=last_touch,linear,markov&from=2026-10-01&to=2026-10-31",
        key: viewer,
      },
      { path: "/api/v1/budget/optimize", key: analyst, body: { totalBudget: 800 } },
      { path: "/api/v1/anomalies?metric=spend&by=channel", key: viewer },
      {
        path: "/api/v1/explain-change",
        key: viewer,
        body: {
          metric: "revenue",
          dimension: "channel",
          basePeriod: { from: "2026-09-01", to: "2026-09-30" },
          currentPeriod: { from: "2026-10-01", to: "2026-10-31" },
        },
      },
    ];
    for (const question of [
      "What was ROAS by channel last month?",
      "why did revenue drop last week?",
      "how should I split $50k next month",
      "anything unusual last week?",
      "spend for the Black Friday campaigns last November",
      "compare first and last touch for paid social",
    ]) {
      calls.push({ path: "/agents/query", key: analyst, body: { question } });
    }
    let threadId: string | undefined;
    for (const c of calls) {
      const res = await apiFetch(api, c.path, c);
      const text = await res.text();
      expect(res.status, `${c.method ?? (c.body ? "POST" : "GET")} ${c.path}: ${text}`).toBeLessThan(300);
      threadId ??= text ? (JSON.parse(text) as { threadId?: string }).threadId : undefined;
    }
    const followUp = await apiFetch(api, "/agents/query", {
      key: analyst,
      body: { question: "and the month before?", threadId },
    });
    expect(followUp.status).toBe(200);
    const feedback = await apiFetch(api, "/api/v1/feedback", {
      key: viewer,
      body: { threadId, rating: "down", correction: "x" },
    });
    expect(feedback.status).toBeLessThan(300);

    const { failures, tables } = await offShard(recorded.db, [...recorded.statements]);
    const utility = recorded.statements.filter((s) => !isPlannable(s.sql)).length;
    console.log(
      `co-location: ${recorded.statements.length} statements recorded (${distinctPlannable(recorded.statements)} distinct planned, ${utility} COPY/DDL/transaction control), ${failures.length} off one shard; tables: ${[...tables].sort().join(", ")}`,
    );
    expect(failures).toEqual([]);
  });
});
