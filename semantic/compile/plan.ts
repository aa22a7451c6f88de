/**
 * MetricQuery -> logical plan: checks every key against the catalog, expands formulas down to the
 * aggregates they need, and chooses the fact source of each aggregate (tracked orders broken down
 * by a channel-like dimension are read from attribution results).
 */
import { formulaRefs, parseFormula } from "../catalog/formula.ts";
import { FACT_SOURCES, type FactTable, TOUCHPOINT_ONLY_DIMENSIONS } from "../catalog/tables.ts";
import type { Catalog, ResolvedMetric } from "../catalog/types.ts";
import type { DaySelection, Filter, Grain, MetricQuery } from "../query/types.ts";
import { invalidQuery, unknownDimension, unknownMetric, unsupported } from "./errors.ts";
import { checkFilterValues } from "./filter-values.ts";

/** The tenant facts the compiler needs; always from authentication, never from the query. */
export interface CompileContext {
  organizationId: number;
  timeZone: string;
  defaultAttributionModel: string;
  attributionLookbackDays: number;
  /**
   * Attribute last touch from touchpoints in SQL instead of reading attribution_results (used
   * while attribution_results holds no rows for the model; see execute.ts).
   */
  attributionFallback?: boolean;
}

/** How attributed aggregates are computed in a plan. */
export interface AttributionPlan {
  model: string;
  /** `table`: attribution_results; `touchpoints`: last touch within the lookback, in SQL. */
  source: "table" | "touchpoints";
  lookbackDays: number;
}

export type MetricFilter = Extract<Filter, { op: "gt" | "gte" | "lt" | "lte" }>;
export type DimensionFilter = Exclude<Filter, MetricFilter>;

/** The logical plan the SQL renderer consumes. */
export interface QueryPlan {
  dimensions: string[];
  grain: Grain;
  dimensionFilters: DimensionFilter[];
  metricFilters: MetricFilter[];
  /** Requested metrics first, then those needed only by filters or ordering. */
  computed: string[];
  /** Aggregate metrics grouped by the fact table they are read from, in FACT_TABLES order. */
  sources: Map<FactTable, ResolvedMetric[]>;
  attribution?: AttributionPlan;
  order: { field: string; direction: "asc" | "desc" }[];
  /** Days of the period counted (query/day-selection.ts); every day when absent. */
  days?: DaySelection;
}

const METRIC_OPS = new Set(["gt", "gte", "lt", "lte"]);

function metricOf(catalog: Catalog, key: string, path: string): ResolvedMetric {
  const m = catalog.metrics.get(key);
  if (!m) throw unknownMetric(catalog, key, path);
  return m;
}

/** Every aggregate a metric depends on (itself when it is one). */
export function leavesOf(catalog: Catalog, m: ResolvedMetric, out: ResolvedMetric[] = []): ResolvedMetric[] {
  if (m.definition.type === "aggregate") {
    if (!out.includes(m)) out.push(m);
    return out;
  }
  const parsed = parseFormula(m.definition.formula);
  if (!parsed.ok) throw invalidQuery(`metric ${m.key}`, parsed.error);
  for (const ref of formulaRefs(parsed.ast)) leavesOf(catalog, catalog.metrics.get(ref)!, out);
  return out;
}

function splitFilters(catalog: Catalog, filters: readonly Filter[]) {
  const dimensionFilters: DimensionFilter[] = [];
  const metricFilters: MetricFilter[] = [];
  filters.forEach((f, i) => {
    const path = `filters.${i}.field`;
    if (METRIC_OPS.has(f.op)) {
      metricOf(catalog, f.field, path);
      metricFilters.push(f as MetricFilter);
      return;
    }
    if (!catalog.dimensions.has(f.field)) {
      if (catalog.metrics.has(f.field)) {
        throw invalidQuery(
          `filters.${i}.op`,
          `'${f.op}' applies to dimensions; use gt, gte, lt or lte on metric '${f.field}'`,
          "gt",
        );
      }
      throw unknownDimension(catalog, f.field, path);
    }
    if (f.field === "date")
      throw invalidQuery(path, "filter dates with timeRange, not a filter", "timeRange");
    checkFilterValues(catalog.dimensions.get(f.field)!, f, i);
    dimensionFilters.push(f as DimensionFilter);
  });
  return { dimensionFilters, metricFilters };
}

/** Build the plan; throws AppError with a field path and a suggestion for any bad key. */
export function planQuery(catalog: Catalog, q: MetricQuery, ctx: CompileContext): QueryPlan {
  const requested = q.metrics.map((k, i) => metricOf(catalog, k, `metrics.${i}`));
  const dimensions = [...new Set(q.dimensions)];
  dimensions.forEach((d, i) => {
    if (!catalog.dimensions.has(d)) throw unknownDimension(catalog, d, `dimensions.${i}`);
  });
  if (q.grain && !dimensions.includes("date")) dimensions.unshift("date");
  const { dimensionFilters, metricFilters } = splitFilters(catalog, q.filters);

  const order = (q.orderBy ?? []).map((o, i) => {
    if (!catalog.metrics.has(o.field) && !dimensions.includes(o.field)) {
      if (catalog.dimensions.has(o.field)) {
        throw invalidQuery(
          `orderBy.${i}.field`,
          `'${o.field}' is not one of the query's dimensions`,
          o.field,
        );
      }
      throw unknownMetric(catalog, o.field, `orderBy.${i}.field`);
    }
    return { field: o.field, direction: o.direction };
  });

  const computed = [
    ...new Set([
      ...requested.map((m) => m.key),
      ...metricFilters.map((f) => f.field),
      ...order.filter((o) => catalog.metrics.has(o.field)).map((o) => o.field),
    ]),
  ];
  const needed = [...new Set([...dimensions, ...dimensionFilters.map((f) => f.field)])];
  for (const key of computed) {
    const m = catalog.metrics.get(key)!;
    const where = q.metrics.indexOf(key);
    for (const d of needed) {
      if (!m.supportedDimensions.includes(d)) {
        const path = dimensions.includes(d)
          ? `dimensions.${dimensions.indexOf(d)}`
          : `metrics.${Math.max(where, 0)}`;
        throw unsupported(catalog, key, d, path);
      }
    }
  }

  const sources = new Map<FactTable, ResolvedMetric[]>();
  let attributed = false;
  for (const key of computed) {
    for (const leaf of leavesOf(catalog, catalog.metrics.get(key)!)) {
      if (leaf.definition.type !== "aggregate") continue;
      const own = FACT_SOURCES[leaf.definition.table];
      const useAttribution =
        leaf.definition.table === "attribution_results" ||
        (leaf.definition.attributed !== undefined && needed.some((d) => !(d in own.dimensions)));
      const table: FactTable = useAttribution ? "attribution_results" : leaf.definition.table;
      attributed ||= useAttribution;
      const list = sources.get(table) ?? [];
      if (!list.includes(leaf)) list.push(leaf);
      sources.set(table, list);
    }
  }

  let attribution: AttributionPlan | undefined;
  if (attributed) {
    const model = q.attributionModel ?? ctx.defaultAttributionModel;
    const touchOnly = needed.find((d) => TOUCHPOINT_ONLY_DIMENSIONS.includes(d));
    if (touchOnly && model !== "last_touch") {
      const metric = computed.find((k) =>
        sources
          .get("attribution_results")
          ?.some((l) => leavesOf(catalog, catalog.metrics.get(k)!).includes(l)),
      )!;
      throw unsupported(
        catalog,
        metric,
        touchOnly,
        `dimensions.${dimensions.indexOf(touchOnly)}`,
        `only the last_touch model knows '${touchOnly}', not '${model}'`,
      );
    }
    const source = touchOnly || (ctx.attributionFallback && model === "last_touch") ? "touchpoints" : "table";
    attribution = { model, source, lookbackDays: ctx.attributionLookbackDays };
  }

  const ordered = new Map<FactTable, ResolvedMetric[]>();
  for (const t of Object.keys(FACT_SOURCES) as FactTable[]) {
    const list = sources.get(t);
    if (list) ordered.set(t, list);
  }
  return {
    dimensions,
    grain: q.grain ?? "day",
    dimensionFilters,
    metricFilters,
    computed,
    sources: ordered,
    attribution,
    order,
    ...(q.days ? { days: q.days } : {}),
  };
}
