/**
 * MetricQuery -> one parameterized SQL statement. Pure: no I/O, no clock.
 *
 * Shape: as flat as a person would write it, because on sub-millisecond queries PostgreSQL's
 * planning time grows with every query level (the semantic bench on PostgreSQL measured the
 * earlier CTE-per-layer shape at 0.02-0.18 ms more planning per statement than hand-written SQL):
 * - one fact source: one aggregate statement, formulas over its sums (ratios of sums, NULLIF
 *   against division by zero), metric filters as HAVING, then ordering and the limit;
 * - several sources by dimensions: each source aggregated to the dimensions in a UNION ALL
 *   branch (NULL for columns a source lacks), grouped once more in the statement itself, which
 *   acts as a full outer join on the dimension keys that PostgreSQL can hash-aggregate (NULL keys
 *   group together);
 * - several sources without dimensions: one single-row aggregate per source, cross joined.
 * Only a campaign breakdown whose key is an expression is wrapped once (see `wrap` below).
 *
 * Security note: values are always parameters; identifiers come only from the catalog and
 * tables.ts and are quoted. Formula constants are numbers parsed by the formula parser.
 */
import { type FormulaNode, parseFormula } from "../catalog/formula.ts";
import type { Catalog, ResolvedMetric } from "../catalog/types.ts";
import type { DateRange, MetricQuery } from "../query/types.ts";
import { ParamAllocator, quoteIdent } from "./params.ts";
import { type CompileContext, planQuery, type QueryPlan } from "./plan.ts";
import { type RenderState, SOURCE_NAMES, type SourceParts, sourceParts, sourceSelect } from "./sources.ts";

/** SQL text plus its parameter values, in placeholder order. */
export interface CompiledQuery {
  sql: string;
  params: unknown[];
}

/** A compiled statement with the plan it came from (for provenance). */
export interface CompiledMetricQuery extends CompiledQuery {
  plan: QueryPlan;
}

const OPS = { gt: ">", gte: ">=", lt: "<", lte: "<=" } as const;

function metricSql(catalog: Catalog, m: ResolvedMetric, leafRef: Map<string, string>): string {
  if (m.definition.type === "aggregate") return `COALESCE(${leafRef.get(m.key)!}, 0)`;
  const parsed = parseFormula(m.definition.formula);
  if (!parsed.ok) throw new Error(`formula of ${m.key} was validated but does not parse: ${parsed.error}`);
  // Ad spend over an outcome (CPA = spend / orders): a row with no ad-spend data at all (direct,
  // email, the no-campaign row) has no cost per anything, so the ratio is NULL there, not $0.00.
  // A paid row with spend 0 keeps its 0, and outcomes stay 0 when absent (ROAS 0 on spend is real).
  const adSpendLeaf = (n: FormulaNode): string | undefined => {
    if (n.kind !== "metric") return undefined;
    const d = catalog.metrics.get(n.key)?.definition;
    return d?.type === "aggregate" && d.table === "ad_spend_daily" ? leafRef.get(n.key) : undefined;
  };
  const numerator = (left: FormulaNode, right: FormulaNode): string => {
    const cost = adSpendLeaf(left);
    return cost !== undefined && adSpendLeaf(right) === undefined ? cost : render(left);
  };
  const render = (n: FormulaNode): string => {
    switch (n.kind) {
      case "number":
        return `${n.value}`;
      case "metric":
        return metricSql(catalog, catalog.metrics.get(n.key)!, leafRef);
      case "negate":
        return `(-${render(n.arg)})`;
      case "binary":
        return n.op === "/"
          ? `(${numerator(n.left, n.right)} / NULLIF(${render(n.right)}, 0))`
          : `(${render(n.left)} ${n.op} ${render(n.right)})`;
    }
  };
  return render(parsed.ast);
}

/**
 * Where the metric formulas read their aggregates from. One source: the source itself (a flat
 * aggregate, as a person would write it). Several sources without dimensions: one single-row
 * aggregate per source, cross joined. Several sources by dimensions: the sources stacked (each
 * contributing its own columns, NULL for the others) and grouped once more. GROUP BY treats NULL
 * keys as equal, which a full outer join can only do with IS NOT DISTINCT FROM, and that forces
 * nested loops (quadratic on daily breakdowns).
 */
interface FromShape {
  from: string;
  /** Leaf metric key -> SQL of its aggregated value. */
  leafRef: Map<string, string>;
  /** Dimension key -> SQL of its value. */
  dimRef: (d: string) => string;
  /** Whether the statement itself aggregates (metric filters go in HAVING, else in WHERE). */
  aggregates: boolean;
}

function fromShape(parts: readonly SourceParts[], groupBy: readonly string[]): FromShape {
  const leafRef = new Map<string, string>();
  if (parts.length === 1) {
    const [p] = parts as [SourceParts];
    for (const [key, sql] of p.aggregates) leafRef.set(key, sql);
    return { from: p.body, leafRef, dimRef: (d) => p.dims[groupBy.indexOf(d)]!, aggregates: true };
  }
  if (groupBy.length === 0) {
    const from = parts.map((p) => {
      const name = SOURCE_NAMES[p.table];
      for (const key of p.aggregates.keys()) leafRef.set(key, `${name}.${quoteIdent(key)}`);
      const cols = [...p.aggregates].map(([key, sql]) => `${sql} AS ${quoteIdent(key)}`);
      return `(${sourceSelect(p, cols)}) ${name}`;
    });
    return { from: `FROM ${from.join(" CROSS JOIN ")}`, leafRef, dimRef: () => "", aggregates: false };
  }
  const leaves = parts.flatMap((p) => [...p.aggregates.keys()]);
  const branches = parts.map((p) => {
    const dims = groupBy.map((d, i) => `${p.dims[i]!} AS ${quoteIdent(d)}`);
    const cols = leaves.map((key) => {
      const own = p.aggregates.get(key);
      return own === undefined ? `NULL::numeric AS ${quoteIdent(key)}` : `${own} AS ${quoteIdent(key)}`;
    });
    return sourceSelect(p, [...dims, ...cols]);
  });
  for (const key of leaves) leafRef.set(key, `sum(stacked.${quoteIdent(key)})`);
  return {
    from: `FROM (${branches.join(" UNION ALL ")}) stacked`,
    leafRef,
    dimRef: (d) => `stacked.${quoteIdent(d)}`,
    aggregates: true,
  };
}

/** Whether SQL is a bare (optionally qualified) column, which a correlated subquery may use under GROUP BY. */
const isColumn = (sql: string) => /^[a-z_]+\.(?:[a-z_]+|"[a-z_]+")$/.test(sql);

function orderSql(plan: QueryPlan, q: MetricQuery, ref: (field: string) => string = quoteIdent): string {
  const items = plan.order.map((o) => ({ field: o.field, dir: o.direction }));
  if (items.length === 0) {
    if (plan.dimensions.includes("date")) items.push({ field: "date", dir: "asc" });
    else if (plan.dimensions.length > 0) items.push({ field: q.metrics[0]!, dir: "desc" });
  }
  for (const d of plan.dimensions)
    if (!items.some((i) => i.field === d)) items.push({ field: d, dir: "asc" });
  if (items.length === 0) return "";
  return ` ORDER BY ${items.map((i) => `${ref(i.field)} ${i.dir.toUpperCase()} NULLS LAST`).join(", ")}`;
}

/**
 * Compile a parsed MetricQuery for one tenant and one resolved date range. With `totals`, the
 * same sources and filters are aggregated without dimensions, metric filters, ordering or limit.
 * @example compileMetricQuery(standardCatalog, q, ctx, {from: "2024-03-01", to: "2024-03-31"}).sql
 */
export function compileMetricQuery(
  catalog: Catalog,
  q: MetricQuery,
  ctx: CompileContext,
  range: DateRange,
  opts: { totals?: boolean } = {},
): CompiledMetricQuery {
  const plan = planQuery(catalog, q, ctx);
  const params = new ParamAllocator();
  params.named("org", ctx.organizationId);
  params.named("from", range.from);
  params.named("to", range.to);
  const groupBy = opts.totals ? [] : plan.dimensions;
  const s: RenderState = { plan, ctx, range, params, groupBy };

  // Every source is rendered first, in FACT_TABLES order, so parameters keep their numbers.
  const parts = [...plan.sources].map(([t, leaves]) => sourceParts(s, t, leaves));
  const shape = fromShape(parts, groupBy);
  const metric = (k: string) => metricSql(catalog, catalog.metrics.get(k)!, shape.leafRef);
  const requested = q.metrics.filter((k, i) => q.metrics.indexOf(k) === i);
  const campaignName = (ref: string) => {
    const org = params.named("org", ctx.organizationId);
    return `(SELECT cn.name FROM campaigns cn WHERE cn.organization_id = ${org} AND cn.id = ${ref}) AS "campaign_name"`;
  };
  // The campaign name is looked up by a correlated subquery; under GROUP BY that subquery may only
  // name a grouped column, not an expression (NULLIF(ar.campaign_id, 0)), so then the aggregate is
  // wrapped once and the lookup reads its output.
  const wrap = groupBy.includes("campaign") && !isColumn(shape.dimRef("campaign"));
  const positions: number[] = [];
  const cols: string[] = [];
  for (const d of groupBy) {
    cols.push(`${shape.dimRef(d)} AS ${quoteIdent(d)}`);
    positions.push(cols.length);
    if (d === "campaign" && !wrap) cols.push(campaignName(shape.dimRef(d)));
  }
  const group = shape.aggregates && groupBy.length ? ` GROUP BY ${positions.join(", ")}` : "";

  if (!wrap) {
    // One flat statement: formulas over the aggregates, metric filters as HAVING (or WHERE over
    // the cross-joined single rows), ordering by output name or, for a metric only ordered by,
    // by its formula.
    cols.push(...requested.map((k) => `${metric(k)} AS ${quoteIdent(k)}`));
    let tail = group;
    if (!opts.totals) {
      const conditions = plan.metricFilters.map(
        (f) => `${metric(f.field)} ${OPS[f.op]} ${params.add(f.value)}`,
      );
      if (conditions.length) tail += ` ${shape.aggregates ? "HAVING" : "WHERE"} ${conditions.join(" AND ")}`;
      const output = new Set([...groupBy, ...requested]);
      tail += orderSql(plan, q, (f) => (output.has(f) ? quoteIdent(f) : metric(f)));
      if (q.limit !== undefined) tail += ` LIMIT ${params.add(q.limit)}`;
    }
    return { sql: `SELECT ${cols.join(", ")} ${shape.from}${tail}`, params: params.values, plan };
  }

  cols.push(...plan.computed.map((k) => `${metric(k)} AS ${quoteIdent(k)}`));
  const out: string[] = [];
  for (const d of groupBy) {
    out.push(quoteIdent(d));
    if (d === "campaign") out.push(campaignName('result."campaign"'));
  }
  out.push(...requested.map(quoteIdent));
  let tail = "";
  if (!opts.totals) {
    const having = plan.metricFilters.map(
      (f) => `${quoteIdent(f.field)} ${OPS[f.op]} ${params.add(f.value)}`,
    );
    if (having.length) tail += ` WHERE ${having.join(" AND ")}`;
    tail += orderSql(plan, q);
    if (q.limit !== undefined) tail += ` LIMIT ${params.add(q.limit)}`;
  }
  const inner = `SELECT ${cols.join(", ")} ${shape.from}${group}`;
  return { sql: `SELECT ${out.join(", ")} FROM (${inner}) result${tail}`, params: params.values, plan };
}
