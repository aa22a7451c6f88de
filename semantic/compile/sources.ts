/**
 * Each fact source's rows for the tenant and date range, filtered by the query's dimension
 * filters, aggregated to the requested dimensions.
 *
 * Security note: values are always parameters; identifiers come only from tables.ts and the
 * catalog's validated keys, and are quoted.
 */
import { type DimensionExpr, FACT_SOURCES, type FactTable, type JoinAlias } from "../catalog/tables.ts";
import type { AggregateDefinition, ResolvedMetric } from "../catalog/types.ts";
import type { DateRange, Grain } from "../query/types.ts";
import type { ParamAllocator } from "./params.ts";
import type { CompileContext, DimensionFilter, QueryPlan } from "./plan.ts";

/** The name a fact source's aggregate goes by in a statement with several sources. */
export const SOURCE_NAMES: Readonly<Record<FactTable, string>> = {
  ad_spend_daily: "ad_facts",
  conversions: "order_facts",
  attribution_results: "attributed_facts",
  web_sessions_daily: "session_facts",
  email_daily: "email_facts",
};

const JOINS: Record<FactTable, Partial<Record<JoinAlias, string>>> = {
  ad_spend_daily: {
    cp: "LEFT JOIN campaigns cp ON cp.organization_id = a.organization_id AND cp.id = a.campaign_id",
  },
  attribution_results: {
    cp: "LEFT JOIN campaigns cp ON cp.organization_id = ar.organization_id AND cp.id = ar.campaign_id",
    c: "JOIN conversions c ON c.organization_id = ar.organization_id AND c.order_id = ar.order_id",
  },
  conversions: {},
  web_sessions_daily: {},
  email_daily: {},
};

const TRUNC: Record<Grain, string> = {
  day: "day",
  week: "week",
  month: "month",
  quarter: "quarter",
  year: "year",
};

/** Shared rendering state for one statement. */
export interface RenderState {
  plan: QueryPlan;
  ctx: CompileContext;
  range: DateRange;
  params: ParamAllocator;
  /** Dimensions rendered in the SELECT (none for totals). */
  groupBy: readonly string[];
}

function expr(s: RenderState, e: DimensionExpr, joins: Set<JoinAlias>): string {
  for (const j of e.joins ?? []) joins.add(j);
  return e.sql
    .replaceAll("{tz}", () => s.params.named("tz", s.ctx.timeZone))
    .replaceAll("{org}", () => s.params.named("org", s.ctx.organizationId));
}

function dimensionSql(s: RenderState, table: FactTable, key: string, joins: Set<JoinAlias>): string {
  const e = expr(s, FACT_SOURCES[table].dimensions[key]!, joins);
  return key === "date" && s.plan.grain !== "day"
    ? `date_trunc('${TRUNC[s.plan.grain]}', (${e})::timestamp)::date`
    : e;
}

function filterSql(s: RenderState, table: FactTable, f: DimensionFilter, joins: Set<JoinAlias>): string {
  const dim = FACT_SOURCES[table].dimensions[f.field]!;
  const e = expr(s, dim, joins);
  switch (f.op) {
    case "eq":
      return f.value === null ? `${e} IS NULL` : `${e} = ${s.params.add(f.value)}`;
    case "neq":
      return f.value === null ? `${e} IS NOT NULL` : `${e} IS DISTINCT FROM ${s.params.add(f.value)}`;
    case "in":
      return `${e} = ANY(${s.params.add(f.values)})`;
    case "not_in":
      return `NOT COALESCE(${e} = ANY(${s.params.add(f.values)}), false)`;
    case "contains": {
      const text = dim.text ? expr(s, dim.text, joins) : `${e}::text`;
      const pattern = `%${f.value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      return `${text} ILIKE ${s.params.add(pattern)}`;
    }
  }
}

function aggregateSql(s: RenderState, table: FactTable, m: ResolvedMetric, joins: Set<JoinAlias>): string {
  const d = m.definition as AggregateDefinition;
  const attributed = table === "attribution_results" && d.table !== "attribution_results";
  const agg = attributed ? d.attributed! : d;
  const cols = FACT_SOURCES[table].columns;
  const column = cols[agg.column]!;
  const col = expr(s, column, joins);
  const call =
    agg.aggregation === "count_distinct"
      ? `count(DISTINCT ${col})`
      : agg.aggregation === "count" && column.notNull
        ? "count(*)"
        : `${agg.aggregation}(${col})`;
  if (!d.where) return `${call}::numeric`;
  const w = expr(s, cols[d.where.column]!, joins);
  const cond =
    typeof d.where.equals === "boolean"
      ? `${w} IS ${d.where.equals ? "TRUE" : "FALSE"}`
      : `${w} = ${s.params.add(d.where.equals)}`;
  return `(${call} FILTER (WHERE ${cond}))::numeric`;
}

function timeSql(s: RenderState, table: FactTable): string {
  const t = FACT_SOURCES[table].time;
  const from = s.params.named("from", s.range.from);
  const to = s.params.named("to", s.range.to);
  if (t.kind === "date") return `${t.column} BETWEEN ${from} AND ${to}${daysSql(s, t.column)}`;
  const tz = s.params.named("tz", s.ctx.timeZone);
  const range = `${t.column} >= (${from}::date)::timestamp AT TIME ZONE ${tz} AND ${t.column} < (${to}::date + 1)::timestamp AT TIME ZONE ${tz}`;
  return `${range}${daysSql(s, `(${t.column} AT TIME ZONE ${tz})::date`)}`;
}

/**
 * The query's day selection on a local date (query/day-selection.ts): " AND NOT (d BETWEEN ..)"
 * per stretch left out; the first N days of a month are those with a day number up to N, the last
 * N those whose date N days on falls in the next month; a week part keeps Saturday and Sunday or
 * Monday to Friday. "" when every day counts.
 */
function daysSql(s: RenderState, day: string): string {
  const days = s.plan.days;
  if (!days) return "";
  const parts = (days.exclude ?? []).map(
    (r, i) =>
      `NOT (${day} BETWEEN ${s.params.named(`skipFrom${i}`, r.from)}::date AND ${s.params.named(`skipTo${i}`, r.to)}::date)`,
  );
  if (days.monthDays) {
    const n = s.params.named("monthDays", days.monthDays.count);
    parts.push(
      days.monthDays.edge === "first"
        ? `extract(day FROM ${day}) <= ${n}`
        : `date_trunc('month', ${day} + ${n}::int) > date_trunc('month', ${day})`,
    );
  }
  // fix13f: ISO day of week: Saturday 6 and Sunday 7 are the weekend.
  if (days.weekPart) parts.push(`extract(isodow FROM ${day}) ${days.weekPart === "weekend" ? ">=" : "<"} 6`);
  return parts.map((p) => ` AND ${p}`).join("");
}

/**
 * Last touch per order computed from touchpoints (for source / medium, which the attribution table
 * does not keep), by the journey rules of core/attribution/journeys.ts: touches with
 * T - lookback <= ts <= T, strictly after the customer's previous conversion, ties in storage order;
 * an order without such a touch is direct.
 */
function lastTouchFrom(s: RenderState): string {
  const org = s.params.named("org", s.ctx.organizationId);
  const days = s.params.named("lookback", s.plan.attribution!.lookbackDays);
  return (
    "(SELECT o.organization_id, o.order_id, o.ts AS conversion_ts, COALESCE(t.channel, 'direct') AS channel," +
    " COALESCE(t.campaign_id, 0) AS campaign_id, 1::float8 AS credit, o.revenue::float8 AS revenue," +
    " COALESCE(t.source, '(direct)') || ' / ' || COALESCE(t.medium, '(none)') AS source_medium" +
    " FROM conversions o LEFT JOIN LATERAL (SELECT tp.channel, tp.campaign_id, tp.source, tp.medium FROM touchpoints tp" +
    " WHERE tp.organization_id = o.organization_id AND tp.customer_id = o.customer_id AND tp.ts <= o.ts" +
    ` AND tp.ts >= o.ts - make_interval(days => ${days})` +
    // Only touches after the customer's previous conversion (in (ts, order_id) order), as journeys do.
    " AND tp.ts > COALESCE((SELECT max(p.ts) FROM conversions p WHERE p.organization_id = o.organization_id" +
    " AND p.customer_id = o.customer_id AND (p.ts < o.ts OR (p.ts = o.ts AND p.order_id < o.order_id))), '-infinity')" +
    // The latest touch; among touches at the same instant the one stored last, as journeys order them.
    " ORDER BY tp.ts DESC, tp.id DESC LIMIT 1) t ON true" +
    ` WHERE o.organization_id = ${org}) ar`
  );
}

/**
 * One fact source rendered for the tenant, the date range and the dimension filters: its dimension
 * and aggregate expressions and the `FROM ... WHERE ...` they read from. The compiler places these
 * either directly in the statement (one source) or in a branch per source.
 */
export interface SourceParts {
  table: FactTable;
  /** Dimension expressions, in `groupBy` order. */
  dims: string[];
  /** Aggregate expression per leaf metric key, in leaf order. */
  aggregates: Map<string, string>;
  /** `FROM ... [joins] WHERE ...` (the tenant, the time range, the model and every dimension filter). */
  body: string;
}

/** Render one fact source's expressions and its FROM/WHERE clause (allocates their parameters). */
export function sourceParts(
  s: RenderState,
  table: FactTable,
  leaves: readonly ResolvedMetric[],
): SourceParts {
  const src = FACT_SOURCES[table];
  const joins = new Set<JoinAlias>();
  const dims = s.groupBy.map((d) => dimensionSql(s, table, d, joins));
  const aggregates = new Map(leaves.map((m) => [m.key, aggregateSql(s, table, m, joins)] as const));
  const org = s.params.named("org", s.ctx.organizationId);
  const attribution = table === "attribution_results" ? s.plan.attribution! : undefined;
  const from = attribution?.source === "touchpoints" ? lastTouchFrom(s) : `${src.table} ${src.alias}`;
  const where = [`${src.alias}.organization_id = ${org}`, timeSql(s, table)];
  if (attribution?.source === "table") where.push(`ar.model = ${s.params.named("model", attribution.model)}`);
  for (const f of s.plan.dimensionFilters) where.push(filterSql(s, table, f, joins));
  const joinSql = (["cp", "c"] as const).filter((j) => joins.has(j)).map((j) => ` ${JOINS[table][j]}`);
  return { table, dims, aggregates, body: `FROM ${from}${joinSql.join("")} WHERE ${where.join(" AND ")}` };
}

/** `SELECT columns FROM ... WHERE ... GROUP BY <the dimensions>`; the dimensions must be the first columns. */
export function sourceSelect(p: SourceParts, columns: readonly string[]): string {
  const group = p.dims.length ? ` GROUP BY ${p.dims.map((_, i) => i + 1).join(", ")}` : "";
  return `SELECT ${columns.join(", ")} ${p.body}${group}`;
}
