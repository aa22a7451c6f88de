/**
 * Collect-all-errors catalog validation (Cube's ErrorReporter style): every problem is reported
 * at once with a breadcrumb such as `metric roas -> formula: unknown metric 'revenu'`, then one
 * AppError("catalog.invalid") is thrown.
 */
import { AppError } from "../../lib/errors.ts";
import { type FormulaNode, formulaRefs, parseFormula } from "./formula.ts";
import { suggest } from "./suggest.ts";
import { FACT_SOURCES } from "./tables.ts";
import {
  type Catalog,
  type Dimension,
  type DimensionInput,
  dimensionSchema,
  type Metric,
  type MetricInput,
  metricSchema,
  type ResolvedMetric,
} from "./types.ts";

/** Outcome of validation: the catalog, or every error found. */
export type ValidationResult = { ok: true; catalog: Catalog } | { ok: false; errors: string[] };

function zodErrors(
  prefix: string,
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>,
): string[] {
  return issues.map((i) => `${prefix} -> ${i.path.map(String).join(".") || "(root)"}: ${i.message}`);
}

function checkAggregate(m: Metric, errors: string[]): void {
  if (m.definition.type !== "aggregate") return;
  const d = m.definition;
  const source = FACT_SOURCES[d.table];
  const known = Object.keys(source.columns);
  const check = (col: string, field: string, columns = known, table: string = d.table) => {
    if (columns.includes(col)) return;
    const hint = suggest(
      col,
      columns.map((key) => ({ key })),
    );
    errors.push(
      `metric ${m.key} -> ${field}: unknown column '${col}' on ${table}${hint ? ` (did you mean '${hint}'?)` : ""}`,
    );
  };
  check(d.column, "definition.column");
  if (d.where) check(d.where.column, "definition.where.column");
  if (d.attributed) {
    if (d.table === "attribution_results") {
      errors.push(`metric ${m.key} -> definition.attributed: already over attribution_results`);
    }
    const attrColumns = Object.keys(FACT_SOURCES.attribution_results.columns);
    check(d.attributed.column, "definition.attributed.column", attrColumns, "attribution_results");
    if (d.where) check(d.where.column, "definition.where.column", attrColumns, "attribution_results");
  }
}

/** Parse every formula; report syntax errors and unknown references with a suggestion. */
function parseFormulas(metrics: ReadonlyMap<string, Metric>, errors: string[]): Map<string, FormulaNode> {
  const asts = new Map<string, FormulaNode>();
  const candidates = [...metrics.values()].map((m) => ({ key: m.key }));
  for (const m of metrics.values()) {
    if (m.definition.type !== "formula") continue;
    const parsed = parseFormula(m.definition.formula);
    if (!parsed.ok) {
      errors.push(`metric ${m.key} -> formula: ${parsed.error}`);
      continue;
    }
    let good = true;
    for (const ref of formulaRefs(parsed.ast)) {
      if (metrics.has(ref)) continue;
      good = false;
      const hint = suggest(ref, candidates);
      errors.push(
        `metric ${m.key} -> formula: unknown metric '${ref}'${hint ? ` (did you mean '${hint}'?)` : ""}`,
      );
    }
    if (good) asts.set(m.key, parsed.ast);
  }
  return asts;
}

/** Depth-first search for cycles among formulas; reports each cycle once. */
function findCycles(asts: ReadonlyMap<string, FormulaNode>, errors: string[]): Set<string> {
  const state = new Map<string, "visiting" | "done">();
  const cyclic = new Set<string>();
  const visit = (key: string, trail: string[]): void => {
    const s = state.get(key);
    if (s === "done") return;
    if (s === "visiting") {
      const cycle = [...trail.slice(trail.indexOf(key)), key];
      if (!cycle.some((k) => cyclic.has(k)))
        errors.push(`metric ${key} -> formula: cycle ${cycle.join(" -> ")}`);
      for (const k of cycle) cyclic.add(k);
      return;
    }
    state.set(key, "visiting");
    const ast = asts.get(key);
    if (ast) for (const ref of formulaRefs(ast)) visit(ref, [...trail, key]);
    state.set(key, "done");
  };
  for (const key of asts.keys()) visit(key, []);
  return cyclic;
}

function resolveSupport(
  metrics: ReadonlyMap<string, Metric>,
  asts: ReadonlyMap<string, FormulaNode>,
  dimensions: ReadonlyMap<string, Dimension>,
  errors: string[],
): Map<string, ResolvedMetric> {
  const out = new Map<string, ResolvedMetric>();
  const resolve = (key: string): ResolvedMetric | undefined => {
    const done = out.get(key);
    if (done) return done;
    const m = metrics.get(key);
    if (!m) return undefined;
    let dims: string[];
    let alwaysAttributed = false;
    if (m.definition.type === "aggregate") {
      const d = m.definition;
      dims = Object.keys(FACT_SOURCES[d.table].dimensions);
      if (d.attributed)
        dims = [...new Set([...dims, ...Object.keys(FACT_SOURCES.attribution_results.dimensions)])];
      alwaysAttributed = d.table === "attribution_results";
    } else {
      const ast = asts.get(key);
      if (!ast) return undefined;
      const parts = formulaRefs(ast).map(resolve);
      if (parts.some((p) => !p)) return undefined;
      dims = [...dimensions.keys()].filter((dk) => parts.every((p) => p!.supportedDimensions.includes(dk)));
      alwaysAttributed = parts.some((p) => p!.alwaysAttributed);
    }
    dims = dims.filter((d) => dimensions.has(d));
    if (m.dimensions) {
      for (const [i, d] of m.dimensions.entries()) {
        if (!dims.includes(d)) {
          errors.push(`metric ${m.key} -> dimensions.${i}: '${d}' is not available from this metric's data`);
        }
      }
      dims = dims.filter((d) => m.dimensions!.includes(d));
    }
    const r: ResolvedMetric = { ...m, supportedDimensions: dims, alwaysAttributed };
    out.set(key, r);
    return r;
  };
  for (const key of metrics.keys()) resolve(key);
  return out;
}

/** Validate declared metrics and dimensions; returns every error instead of stopping at the first. */
export function validateCatalog(
  metricInputs: readonly MetricInput[],
  dimensionInputs: readonly DimensionInput[],
): ValidationResult {
  const errors: string[] = [];
  const dimensions = new Map<string, Dimension>();
  for (const [i, input] of dimensionInputs.entries()) {
    const parsed = dimensionSchema.safeParse(input);
    const name = `dimension ${typeof input.key === "string" ? input.key : `#${i}`}`;
    if (!parsed.success) {
      errors.push(...zodErrors(name, parsed.error.issues));
      continue;
    }
    if (dimensions.has(parsed.data.key)) {
      errors.push(`${name} -> key: duplicate dimension key`);
      continue;
    }
    dimensions.set(parsed.data.key, parsed.data);
  }
  const metrics = new Map<string, Metric>();
  for (const [i, input] of metricInputs.entries()) {
    const parsed = metricSchema.safeParse(input);
    const name = `metric ${typeof input.key === "string" && input.key ? input.key : `#${i}`}`;
    if (!parsed.success) {
      errors.push(...zodErrors(name, parsed.error.issues));
      continue;
    }
    if (metrics.has(parsed.data.key)) {
      errors.push(`${name} -> key: duplicate metric key`);
      continue;
    }
    if (dimensions.has(parsed.data.key)) {
      errors.push(`${name} -> key: also a dimension key`);
      continue;
    }
    metrics.set(parsed.data.key, parsed.data);
  }
  for (const m of metrics.values()) checkAggregate(m, errors);
  const asts = parseFormulas(metrics, errors);
  const cyclic = findCycles(asts, errors);
  for (const k of cyclic) asts.delete(k);
  const resolved = resolveSupport(metrics, asts, dimensions, errors);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, catalog: { metrics: resolved, dimensions } };
}

/** Validate and return the catalog, or throw one AppError("catalog.invalid") listing every error. */
export function buildCatalog(
  metrics: readonly MetricInput[],
  dimensions: readonly DimensionInput[],
): Catalog {
  const r = validateCatalog(metrics, dimensions);
  if (!r.ok) {
    throw new AppError(
      "catalog.invalid",
      `the catalog has ${r.errors.length} error(s):\n${r.errors.join("\n")}`,
      {
        details: { errors: r.errors },
      },
    );
  }
  return r.catalog;
}
