/**
 * What the analytics readers need: a database, the organization's catalog, the tenant's compile
 * context (from authentication, never from a request body or tool argument) and the clock reading.
 * Every number they return comes from executeMetricQuery, so metric definitions live in one place.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import type { CompileContext } from "../../semantic/compile/plan.ts";
import { executeMetricQuery, type MetricResult } from "../../semantic/execute/execute.ts";
import { localDate } from "../../semantic/query/dates.ts";
import type { MetricQueryInput } from "../../semantic/query/types.ts";
import type { Queryable } from "../database.ts";

/** Dependencies shared by the readers in db/analytics. */
export interface AnalyticsDeps {
  db: Queryable;
  catalog: Catalog;
  tenant: CompileContext;
  now: Date;
}

/**
 * Run one MetricQuery for the tenant through the semantic layer. `opts.totals: false` skips the
 * totals statement, for a reader that uses only the rows (its result's `totals` is then empty).
 */
export function runMetricQuery(
  deps: AnalyticsDeps,
  query: MetricQueryInput,
  opts: { totals?: boolean } = {},
): Promise<MetricResult> {
  return executeMetricQuery(
    {
      catalog: deps.catalog,
      run: (sql, params) => deps.db.query(sql, params),
      now: deps.now,
      ...(opts.totals === false ? { totals: false } : {}),
    },
    query,
    deps.tenant,
  );
}

/** Today's date in the tenant's time zone. */
export function tenantToday(deps: Pick<AnalyticsDeps, "tenant" | "now">): string {
  return localDate(deps.now, deps.tenant.timeZone);
}

/** A dimension value as a member key: numbers (campaign ids) as text, missing values as "(none)". */
export function memberKey(value: unknown): string {
  return value === null || value === undefined || value === "" ? "(none)" : String(value);
}

/** The attribution model a query with attributed metrics uses. */
export function attributionModelOf(deps: Pick<AnalyticsDeps, "tenant">, model?: string): string {
  return model ?? deps.tenant.defaultAttributionModel;
}
