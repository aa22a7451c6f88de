import { describe, expect, it } from "vitest";
import { STANDARD_DIMENSIONS } from "../catalog/dimensions.ts";
import { standardCatalog } from "../catalog/index.ts";
import type { MetricInput } from "../catalog/types.ts";
import { buildCatalog } from "../catalog/validate.ts";
import { type MetricQueryInput, metricQuerySchema } from "../query/types.ts";
import { compileMetricQuery } from "./compile.ts";

// The catalog is built inline (Cube's prepareCompiler style) so each expected SQL is readable.
const METRICS: MetricInput[] = [
  {
    key: "spend",
    label: "Spend",
    description: "d",
    unit: "currency",
    format: "currency",
    definition: { type: "aggregate", table: "ad_spend_daily", aggregation: "sum", column: "spend" },
  },
  {
    key: "clicks",
    label: "Clicks",
    description: "d",
    unit: "count",
    format: "integer",
    definition: { type: "aggregate", table: "ad_spend_daily", aggregation: "sum", column: "clicks" },
  },
  {
    key: "revenue",
    label: "Revenue",
    description: "d",
    unit: "currency",
    format: "currency",
    definition: {
      type: "aggregate",
      table: "conversions",
      aggregation: "sum",
      column: "revenue",
      attributed: { aggregation: "sum", column: "revenue" },
    },
  },
  {
    key: "new_customers",
    label: "New",
    description: "d",
    unit: "count",
    format: "integer",
    definition: {
      type: "aggregate",
      table: "conversions",
      aggregation: "count",
      column: "order_id",
      where: { column: "is_new_customer", equals: true },
      attributed: { aggregation: "sum", column: "credit" },
    },
  },
  {
    key: "orders",
    label: "Orders",
    description: "d",
    unit: "count",
    format: "integer",
    definition: { type: "aggregate", table: "conversions", aggregation: "count", column: "order_id" },
  },
  {
    key: "sessions",
    label: "Sessions",
    description: "d",
    unit: "count",
    format: "integer",
    definition: { type: "aggregate", table: "web_sessions_daily", aggregation: "sum", column: "sessions" },
  },
  {
    key: "roas",
    label: "ROAS",
    description: "d",
    unit: "ratio",
    format: "multiplier",
    definition: { type: "formula", formula: "revenue / spend" },
  },
  {
    key: "cpc",
    label: "CPC",
    description: "d",
    unit: "currency",
    format: "currency",
    definition: { type: "formula", formula: "spend / clicks" },
  },
];
const catalog = buildCatalog(METRICS, STANDARD_DIMENSIONS);
const ctx = {
  organizationId: 7,
  timeZone: "Europe/Berlin",
  defaultAttributionModel: "last_touch",
  attributionLookbackDays: 30,
};
const range = { from: "2024-03-01", to: "2024-03-31" };

const CASES: {
  name: string;
  query: Omit<MetricQueryInput, "timeRange">;
  totals?: boolean;
  sql: string;
  params: unknown[];
}[] = [
  {
    name: "one aggregate, no dimensions",
    query: { metrics: ["spend"] },
    sql: 'SELECT COALESCE(sum(a.spend)::numeric, 0) AS "spend" FROM ad_spend_daily a WHERE a.organization_id = $1 AND a.date BETWEEN $2 AND $3',
    params: [7, "2024-03-01", "2024-03-31"],
  },
  {
    name: "a ratio of sums by platform with an IN filter",
    query: {
      metrics: ["cpc"],
      dimensions: ["platform"],
      filters: [{ field: "channel", op: "in", values: ["paid_search", "display"] }],
    },
    sql: 'SELECT a.platform AS "platform", (COALESCE(sum(a.spend)::numeric, 0) / NULLIF(COALESCE(sum(a.clicks)::numeric, 0), 0)) AS "cpc" FROM ad_spend_daily a WHERE a.organization_id = $1 AND a.date BETWEEN $2 AND $3 AND a.channel = ANY($4) GROUP BY 1 ORDER BY "cpc" DESC NULLS LAST, "platform" ASC NULLS LAST',
    params: [7, "2024-03-01", "2024-03-31", ["paid_search", "display"]],
  },
  {
    name: "attributed revenue and new customers by campaign under a named model, top 5",
    query: {
      metrics: ["revenue", "new_customers"],
      dimensions: ["campaign"],
      attributionModel: "linear",
      limit: 5,
    },
    sql: 'SELECT "campaign", (SELECT cn.name FROM campaigns cn WHERE cn.organization_id = $1 AND cn.id = result."campaign") AS "campaign_name", "revenue", "new_customers" FROM (SELECT NULLIF(ar.campaign_id, 0) AS "campaign", COALESCE(sum(ar.revenue)::numeric, 0) AS "revenue", COALESCE((sum(ar.credit) FILTER (WHERE c.is_new_customer IS TRUE))::numeric, 0) AS "new_customers" FROM attribution_results ar JOIN conversions c ON c.organization_id = ar.organization_id AND c.order_id = ar.order_id WHERE ar.organization_id = $1 AND ar.conversion_ts >= ($2::date)::timestamp AT TIME ZONE $4 AND ar.conversion_ts < ($3::date + 1)::timestamp AT TIME ZONE $4 AND ar.model = $5 GROUP BY 1) result ORDER BY "revenue" DESC NULLS LAST, "campaign" ASC NULLS LAST LIMIT $6',
    params: [7, "2024-03-01", "2024-03-31", "Europe/Berlin", "linear", 5],
  },
  {
    name: "ROAS by channel joins spend with attributed revenue, HAVING-style filter and order",
    query: {
      metrics: ["roas"],
      dimensions: ["channel"],
      filters: [{ field: "roas", op: "gte", value: 2 }],
      orderBy: [{ field: "roas", direction: "asc" }],
    },
    sql: 'SELECT stacked."channel" AS "channel", (COALESCE(sum(stacked."revenue"), 0) / NULLIF(COALESCE(sum(stacked."spend"), 0), 0)) AS "roas" FROM (SELECT a.channel AS "channel", sum(a.spend)::numeric AS "spend", NULL::numeric AS "revenue" FROM ad_spend_daily a WHERE a.organization_id = $1 AND a.date BETWEEN $2 AND $3 GROUP BY 1 UNION ALL SELECT ar.channel AS "channel", NULL::numeric AS "spend", sum(ar.revenue)::numeric AS "revenue" FROM attribution_results ar WHERE ar.organization_id = $1 AND ar.conversion_ts >= ($2::date)::timestamp AT TIME ZONE $4 AND ar.conversion_ts < ($3::date + 1)::timestamp AT TIME ZONE $4 AND ar.model = $5 GROUP BY 1) stacked GROUP BY 1 HAVING (COALESCE(sum(stacked."revenue"), 0) / NULLIF(COALESCE(sum(stacked."spend"), 0), 0)) >= $6 ORDER BY "roas" ASC NULLS LAST, "channel" ASC NULLS LAST',
    params: [7, "2024-03-01", "2024-03-31", "Europe/Berlin", "last_touch", 2],
  },
  {
    name: "two sources by month in the org time zone",
    query: { metrics: ["revenue", "sessions"], grain: "month" },
    sql: 'SELECT stacked."date" AS "date", COALESCE(sum(stacked."revenue"), 0) AS "revenue", COALESCE(sum(stacked."sessions"), 0) AS "sessions" FROM (SELECT date_trunc(\'month\', ((c.ts AT TIME ZONE $4)::date)::timestamp)::date AS "date", sum(c.revenue)::numeric AS "revenue", NULL::numeric AS "sessions" FROM conversions c WHERE c.organization_id = $1 AND c.ts >= ($2::date)::timestamp AT TIME ZONE $4 AND c.ts < ($3::date + 1)::timestamp AT TIME ZONE $4 GROUP BY 1 UNION ALL SELECT date_trunc(\'month\', (s.date)::timestamp)::date AS "date", NULL::numeric AS "revenue", sum(s.sessions)::numeric AS "sessions" FROM web_sessions_daily s WHERE s.organization_id = $1 AND s.date BETWEEN $2 AND $3 GROUP BY 1) stacked GROUP BY 1 ORDER BY "date" ASC NULLS LAST',
    params: [7, "2024-03-01", "2024-03-31", "Europe/Berlin"],
  },
  {
    name: "totals keep the breakdown's sources without grouping",
    query: { metrics: ["roas"], dimensions: ["channel"] },
    totals: true,
    sql: 'SELECT (COALESCE(attributed_facts."revenue", 0) / NULLIF(COALESCE(ad_facts."spend", 0), 0)) AS "roas" FROM (SELECT sum(a.spend)::numeric AS "spend" FROM ad_spend_daily a WHERE a.organization_id = $1 AND a.date BETWEEN $2 AND $3) ad_facts CROSS JOIN (SELECT sum(ar.revenue)::numeric AS "revenue" FROM attribution_results ar WHERE ar.organization_id = $1 AND ar.conversion_ts >= ($2::date)::timestamp AT TIME ZONE $4 AND ar.conversion_ts < ($3::date + 1)::timestamp AT TIME ZONE $4 AND ar.model = $5) attributed_facts',
    params: [7, "2024-03-01", "2024-03-31", "Europe/Berlin", "last_touch"],
  },
  {
    name: "one source: spend by campaign names each campaign, filters in HAVING, orders by a metric not shown",
    query: {
      metrics: ["spend"],
      dimensions: ["campaign"],
      filters: [{ field: "cpc", op: "lt", value: 2 }],
      orderBy: [{ field: "clicks", direction: "asc" }],
    },
    sql: 'SELECT a.campaign_id AS "campaign", (SELECT cn.name FROM campaigns cn WHERE cn.organization_id = $1 AND cn.id = a.campaign_id) AS "campaign_name", COALESCE(sum(a.spend)::numeric, 0) AS "spend" FROM ad_spend_daily a WHERE a.organization_id = $1 AND a.date BETWEEN $2 AND $3 GROUP BY 1 HAVING (COALESCE(sum(a.spend)::numeric, 0) / NULLIF(COALESCE(sum(a.clicks)::numeric, 0), 0)) < $4 ORDER BY COALESCE(sum(a.clicks)::numeric, 0) ASC NULLS LAST, "campaign" ASC NULLS LAST',
    params: [7, "2024-03-01", "2024-03-31", 2],
  },
  {
    name: "counting a NOT NULL key of the fact table counts rows",
    query: { metrics: ["orders", "new_customers"], dimensions: ["date"] },
    sql: 'SELECT (c.ts AT TIME ZONE $4)::date AS "date", COALESCE(count(*)::numeric, 0) AS "orders", COALESCE((count(*) FILTER (WHERE c.is_new_customer IS TRUE))::numeric, 0) AS "new_customers" FROM conversions c WHERE c.organization_id = $1 AND c.ts >= ($2::date)::timestamp AT TIME ZONE $4 AND c.ts < ($3::date + 1)::timestamp AT TIME ZONE $4 GROUP BY 1 ORDER BY "date" ASC NULLS LAST',
    params: [7, "2024-03-01", "2024-03-31", "Europe/Berlin"],
  },
  {
    name: "contains escapes LIKE wildcards; eq null is IS NULL",
    query: {
      metrics: ["spend"],
      dimensions: ["campaign_objective"],
      filters: [
        { field: "campaign", op: "contains", value: "50%_off" },
        { field: "platform", op: "eq", value: null },
      ],
    },
    sql: 'SELECT cp.objective AS "campaign_objective", COALESCE(sum(a.spend)::numeric, 0) AS "spend" FROM ad_spend_daily a LEFT JOIN campaigns cp ON cp.organization_id = a.organization_id AND cp.id = a.campaign_id WHERE a.organization_id = $1 AND a.date BETWEEN $2 AND $3 AND cp.name ILIKE $4 AND a.platform IS NULL GROUP BY 1 ORDER BY "spend" DESC NULLS LAST, "campaign_objective" ASC NULLS LAST',
    params: [7, "2024-03-01", "2024-03-31", "%50\\%\\_off%"],
  },
  {
    name: "neq and not_in on one source",
    query: {
      metrics: ["clicks"],
      filters: [
        { field: "channel", op: "neq", value: "display" },
        { field: "platform", op: "not_in", values: ["meta_ads"] },
      ],
    },
    sql: 'SELECT COALESCE(sum(a.clicks)::numeric, 0) AS "clicks" FROM ad_spend_daily a WHERE a.organization_id = $1 AND a.date BETWEEN $2 AND $3 AND a.channel IS DISTINCT FROM $4 AND NOT COALESCE(a.platform = ANY($5), false)',
    params: [7, "2024-03-01", "2024-03-31", "display", ["meta_ads"]],
  },
  {
    name: "fix12b: days left out of the period, on a date and on a timestamp source",
    query: {
      metrics: ["spend", "revenue"],
      days: { exclude: [{ from: "2024-03-10", to: "2024-03-12" }] },
    },
    sql: 'SELECT COALESCE(ad_facts."spend", 0) AS "spend", COALESCE(order_facts."revenue", 0) AS "revenue" FROM (SELECT sum(a.spend)::numeric AS "spend" FROM ad_spend_daily a WHERE a.organization_id = $1 AND a.date BETWEEN $2 AND $3 AND NOT (a.date BETWEEN $4::date AND $5::date)) ad_facts CROSS JOIN (SELECT sum(c.revenue)::numeric AS "revenue" FROM conversions c WHERE c.organization_id = $1 AND c.ts >= ($2::date)::timestamp AT TIME ZONE $6 AND c.ts < ($3::date + 1)::timestamp AT TIME ZONE $6 AND NOT ((c.ts AT TIME ZONE $6)::date BETWEEN $4::date AND $5::date)) order_facts',
    params: [7, "2024-03-01", "2024-03-31", "2024-03-10", "2024-03-12", "Europe/Berlin"],
  },
  {
    name: "fix12b: only the first days of each month",
    query: {
      metrics: ["clicks"],
      dimensions: ["date"],
      grain: "month",
      days: { monthDays: { edge: "first", count: 7 } },
    },
    sql: 'SELECT date_trunc(\'month\', (a.date)::timestamp)::date AS "date", COALESCE(sum(a.clicks)::numeric, 0) AS "clicks" FROM ad_spend_daily a WHERE a.organization_id = $1 AND a.date BETWEEN $2 AND $3 AND extract(day FROM a.date) <= $4 GROUP BY 1 ORDER BY "date" ASC NULLS LAST',
    params: [7, "2024-03-01", "2024-03-31", 7],
  },
  {
    name: "fix12b: only the last days of each month: N days on is the next month",
    query: { metrics: ["orders"], days: { monthDays: { edge: "last", count: 7 } } },
    sql: "SELECT COALESCE(count(*)::numeric, 0) AS \"orders\" FROM conversions c WHERE c.organization_id = $1 AND c.ts >= ($2::date)::timestamp AT TIME ZONE $4 AND c.ts < ($3::date + 1)::timestamp AT TIME ZONE $4 AND date_trunc('month', (c.ts AT TIME ZONE $4)::date + $5::int) > date_trunc('month', (c.ts AT TIME ZONE $4)::date)",
    params: [7, "2024-03-01", "2024-03-31", "Europe/Berlin", 7],
  },
  {
    name: "fix13f: only weekends (ISO Saturday and Sunday), on a date source",
    query: { metrics: ["clicks"], days: { weekPart: "weekend" } },
    sql: 'SELECT COALESCE(sum(a.clicks)::numeric, 0) AS "clicks" FROM ad_spend_daily a WHERE a.organization_id = $1 AND a.date BETWEEN $2 AND $3 AND extract(isodow FROM a.date) >= 6',
    params: [7, "2024-03-01", "2024-03-31"],
  },
  {
    name: "fix13f: only weekdays, on a timestamp source's local date",
    query: { metrics: ["orders"], days: { weekPart: "weekday" } },
    sql: 'SELECT COALESCE(count(*)::numeric, 0) AS "orders" FROM conversions c WHERE c.organization_id = $1 AND c.ts >= ($2::date)::timestamp AT TIME ZONE $4 AND c.ts < ($3::date + 1)::timestamp AT TIME ZONE $4 AND extract(isodow FROM (c.ts AT TIME ZONE $4)::date) < 6',
    params: [7, "2024-03-01", "2024-03-31", "Europe/Berlin"],
  },
];

const compile = (q: Omit<MetricQueryInput, "timeRange">, c = catalog, opts = {}) =>
  compileMetricQuery(c, metricQuerySchema.parse({ timeRange: range, ...q }), ctx, range, opts);

describe("compileMetricQuery", () => {
  it.each(CASES)("$name", ({ query, totals, sql, params }) => {
    const out = compile(query, catalog, { totals });
    expect({ sql: out.sql, params: out.params }).toEqual({ sql, params });
  });

  it("takes the organization from the tenant context, never from the query", () => {
    const out = compile({ metrics: ["spend"], organizationId: 99 } as never);
    expect(out.params[0]).toBe(7);
  });

  it("keeps hostile filter values out of the SQL text", () => {
    const evil = "x'; DROP TABLE campaigns; --";
    const out = compile({ metrics: ["spend"], filters: [{ field: "channel", op: "eq", value: evil }] });
    expect(out.sql).not.toContain("DROP");
    expect(out.params).toContain(evil);
  });

  it("suggests the closest metric for a typo", () => {
    expect(() => compile({ metrics: ["roaz"] })).toThrowError(
      "metrics.0: unknown metric 'roaz': did you mean 'roas'?",
    );
  });

  it("suggests the closest dimension for a typo", () => {
    expect(() => compile({ metrics: ["spend"], dimensions: ["chanel"] })).toThrowError(
      "dimensions.0: unknown dimension 'chanel': did you mean 'channel'?",
    );
  });

  it("names the metric and the dimension of an unsupported pair", () => {
    expect(() => compile({ metrics: ["sessions"], dimensions: ["campaign"] })).toThrowError(
      "dimensions.0: metric 'sessions' cannot be broken down by dimension 'campaign'",
    );
  });

  it("refuses source/medium under a model other than last touch", () => {
    expect(() =>
      compile({ metrics: ["revenue"], dimensions: ["source_medium"], attributionModel: "linear" }),
    ).toThrowError("only the last_touch model knows 'source_medium'");
  });

  it("compiles every standard metric alone and by each supported dimension", () => {
    for (const m of standardCatalog.metrics.values()) {
      for (const d of [undefined, ...m.supportedDimensions]) {
        const out = compile({ metrics: [m.key], dimensions: d ? [d] : [] }, standardCatalog);
        expect(out.sql).toContain(`"${m.key}"`);
        expect(out.params[0]).toBe(7);
      }
    }
  });
});
