/**
 * MetricQuery -> one parameterized SQL statement. Pure: no I/O, no clock.
 *
 * Shape: one CTE per fact source aggregated to the query's dimensions; with several sources, a
 * `stacked` CTE (UNION ALL of the sources, NULL for columns a source lacks) grouped once more by the
 * dimensions in `combined`: a full outer join on the dimension keys for any number of sources that
 * Postgres can hash-aggregate (NULL keys group together); a `result` CTE computes
 * formulas over the summed inputs (ratios of sums, NULLIF against division by zero); metric filters
 * (HAVING-like), ordering and the limit apply last.
 *
 * Security note: values are always parameters; identifiers come only from the catalog and
 * tables.ts and are quoted. Formula constants are numbers parsed by the formula parser.
 */
import { type FormulaNode, parseFormula } from "../catalog/formula.ts";
import type { FactTable } from "../catalog/tables.ts";
import type { Catalog, ResolvedMetric } from "../catalog/types.ts";
import type { DateRange, MetricQuery } from "../query/types.ts";
import { ParamAllocator, quoteIdent } from "./params.ts";
import { type CompileContext, planQuery, type QueryPlan } from "./plan.ts";
import { CTE_NAMES, type RenderState, sourceCte } from "./sources.ts";

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

function fromClause(
  sources: ReadonlyMap<FactTable, readonly ResolvedMetric[]>,
  groupBy: readonly string[],
): { ctes: string[]; from: string; leafRef: Map<string, string>; dimRef: (d: string) => string } {
  const tables = [...sources.keys()];
  const names = tables.map((t) => CTE_NAMES[t]);
  const leafRef = new Map<string, string>();
  if (names.length === 1 || groupBy.length === 0) {
    for (const [t, leaves] of sources)
      for (const m of leaves) leafRef.set(m.key, `${CTE_NAMES[t]}.${quoteIdent(m.key)}`);
    return {
      ctes: [],
      from: names.join(" CROSS JOIN "),
      leafRef,
      dimRef: (d) => `${names[0]!}.${quoteIdent(d)}`,
    };
  }
  // Several sources by dimensions: stack them (each contributing its own columns, NULL for the
  // others) and group once. GROUP BY treats NULL keys as equal, which a join can only do with
  // IS NOT DISTINCT FROM, and that forces nested loops (quadratic on daily breakdowns).
  const leaves = [...sources.values()].flat();
  const dims = groupBy.map(quoteIdent).join(", ");
  const branches = tables.map((t) => {
    const own = new Set(sources.get(t)!.map((m) => m.key));
    const cols = leaves.map((m) =>
      own.has(m.key) ? quoteIdent(m.key) : `NULL::numeric AS ${quoteIdent(m.key)}`,
    );
    return `SELECT ${dims}, ${cols.join(", ")} FROM ${CTE_NAMES[t]}`;
  });
  const sums = leaves.map((m) => `sum(${quoteIdent(m.key)}) AS ${quoteIdent(m.key)}`).join(", ");
  const stacked = `stacked AS (${branches.join(" UNION ALL ")})`;
  const combined = `combined AS (SELECT ${dims}, ${sums} FROM stacked GROUP BY ${groupBy.map((_, i) => i + 1).join(", ")})`;
  for (const m of leaves) leafRef.set(m.key, `combined.${quoteIdent(m.key)}`);
  return { ctes: [stacked, combined], from: "combined", leafRef, dimRef: (d) => `combined.${quoteIdent(d)}` };
}

function orderSql(plan: QueryPlan, q: MetricQuery): string {
  const items = plan.order.map((o) => ({ field: o.field, dir: o.direction }));
  if (items.length === 0) {
    if (plan.dimensions.includes("date")) items.push({ field: "date", dir: "asc" });
    else if (plan.dimensions.length > 0) items.push({ field: q.metrics[0]!, dir: "desc" });
  }
  for (const d of plan.dimensions)
    if (!items.some((i) => i.field === d)) items.push({ field: d, dir: "asc" });
  if (items.length === 0) return "";
  return ` ORDER BY ${items.map((i) => `${quoteIdent(i.field)} ${i.dir.toUpperCase()} NULLS LAST`).join(", ")}`;
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

  const tables = [...plan.sources.keys()];
  const ctes = tables.map((t) => sourceCte(s, t, plan.sources.get(t)!));
  const { ctes: keyCtes, from, leafRef, dimRef } = fromClause(plan.sources, groupBy);
  const resultCols = [
    ...groupBy.map((d) => `${dimRef(d)} AS ${quoteIdent(d)}`),
    ...plan.computed.map(
      (k) => `${metricSql(catalog, catalog.metrics.get(k)!, leafRef)} AS ${quoteIdent(k)}`,
    ),
  ];
  const result = `result AS (SELECT ${resultCols.join(", ")} FROM ${from})`;

  const out: string[] = [];
  for (const d of groupBy) {
    out.push(quoteIdent(d));
    if (d === "campaign") {
      const org = params.named("org", ctx.organizationId);
      out.push(
        `(SELECT cn.name FROM campaigns cn WHERE cn.organization_id = ${org} AND cn.id = result."campaign") AS "campaign_name"`,
      );
    }
  }
  out.push(...q.metrics.filter((k, i) => q.metrics.indexOf(k) === i).map(quoteIdent));
  let tail = "";
  if (!opts.totals) {
    const having = plan.metricFilters.map(
      (f) => `${quoteIdent(f.field)} ${OPS[f.op]} ${params.add(f.value)}`,
    );
    if (having.length) tail += ` WHERE ${having.join(" AND ")}`;
    tail += orderSql(plan, q);
    if (q.limit !== undefined) tail += ` LIMIT ${params.add(q.limit)}`;
  }
  const sql = `WITH ${[...ctes, ...keyCtes, result].join(",\n")}\nSELECT ${out.join(", ")} FROM result${tail}`;
  return { sql, params: params.values, plan };
}
