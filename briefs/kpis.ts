/**
 * Headline KPIs of a brief from the semantic layer (the same compiled queries as query_metrics):
 * MER (all tracked revenue / ad spend), paid ROAS (revenue the attribution model credits to
 * channels with spend / their spend, naming the model), spend, revenue, orders and CAC (spend / new
 * customers), for the period, the period before it and the same period last year. A comparison
 * period that ends before the first loaded ad-spend day has no data: its values are null, never 0.
 */
import { executeMetricQuery } from "../semantic/execute/execute.ts";
import type { DateRange } from "../semantic/query/types.ts";
import type { ToolDeps } from "../tools/shared/deps.ts";

/** One headline KPI. */
export interface KpiRow {
  key: "mer" | "paid_roas" | "spend" | "revenue" | "orders" | "cac";
  label: string;
  unit: "ratio" | "currency" | "count";
  current: number | null;
  previous: number | null;
  lastYear: number | null;
  /** (current - previous) / |previous|; null when either side is missing or the base is 0. */
  changeVsPrevious: number | null;
  changeVsLastYear: number | null;
}

/** The KPI section. */
export interface KpiSection {
  attributionModel: string;
  lastYearAvailable: boolean;
  rows: KpiRow[];
  /** The sums the ratios come from, per range (for recomputation). */
  sums: Record<"current" | "previous" | "lastYear", RangeSums | null>;
}

/** Sums over one range. */
export interface RangeSums {
  spend: number;
  revenue: number;
  orders: number;
  newCustomers: number;
  /** Attributed revenue of channels with spend in the range (the model's credit). */
  paidAttributedRevenue: number;
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
const change = (cur: number | null, base: number | null) =>
  cur === null || base === null || base === 0 ? null : (cur - base) / Math.abs(base);

async function sumsOf(
  deps: ToolDeps,
  range: DateRange,
): Promise<{ sums: RangeSums; dataFrom: string | null }> {
  const exec = {
    catalog: deps.catalog,
    run: (sql: string, p: readonly unknown[]) => deps.db.query(sql, p),
    now: deps.now,
  };
  const totals = await executeMetricQuery(
    exec,
    { metrics: ["spend", "revenue", "orders", "new_customers"], timeRange: range },
    deps.tenant,
  );
  const byChannel = await executeMetricQuery(
    exec,
    { metrics: ["spend", "attributed_revenue"], dimensions: ["channel"], timeRange: range },
    deps.tenant,
  );
  const paid = byChannel.rows.filter((r) => Number(r.spend ?? 0) > 0);
  return {
    sums: {
      spend: Number(totals.totals.spend ?? 0),
      revenue: Number(totals.totals.revenue ?? 0),
      orders: Number(totals.totals.orders ?? 0),
      newCustomers: Number(totals.totals.new_customers ?? 0),
      paidAttributedRevenue: paid.reduce((a, r) => a + Number(r.attributed_revenue ?? 0), 0),
    },
    dataFrom: totals.provenance.dataFreshness.adSpendFrom ?? null,
  };
}

function values(s: RangeSums | null) {
  if (!s) return { mer: null, paid_roas: null, spend: null, revenue: null, orders: null, cac: null };
  return {
    mer: ratio(s.revenue, s.spend),
    paid_roas: ratio(s.paidAttributedRevenue, s.spend),
    spend: s.spend,
    revenue: s.revenue,
    orders: s.orders,
    cac: ratio(s.spend, s.newCustomers),
  };
}

/**
 * Read the KPI section for a period and its two comparison ranges.
 * @example (await readKpis(deps, period)).rows[0]; // { key: "mer", current: 3.92, previous: 3.71, lastYear: null, ... }
 */
export async function readKpis(
  deps: ToolDeps,
  ranges: { current: DateRange; previous: DateRange; lastYear: DateRange },
): Promise<KpiSection> {
  const current = await sumsOf(deps, ranges.current);
  const previous = await sumsOf(deps, ranges.previous);
  const dataFrom = current.dataFrom;
  // A range that ends before the first loaded day has no data: "no data", not zeros.
  const lastYearAvailable = dataFrom !== null && ranges.lastYear.to >= dataFrom;
  const lastYear = lastYearAvailable ? (await sumsOf(deps, ranges.lastYear)).sums : null;
  const prevAvailable = dataFrom !== null && ranges.previous.to >= dataFrom;
  const prevSums = prevAvailable ? previous.sums : null;
  const [c, p, y] = [values(current.sums), values(prevSums), values(lastYear)];
  const model = deps.tenant.defaultAttributionModel;
  const defs: Array<[KpiRow["key"], string, KpiRow["unit"]]> = [
    ["mer", "MER (revenue / ad spend)", "ratio"],
    ["paid_roas", `Paid ROAS (${model.replace(/_/g, " ")} attribution)`, "ratio"],
    ["spend", "Ad spend", "currency"],
    ["revenue", "Revenue", "currency"],
    ["orders", "Orders", "count"],
    ["cac", "CAC (spend / new customers)", "currency"],
  ];
  return {
    attributionModel: model,
    lastYearAvailable,
    rows: defs.map(([key, label, unit]) => ({
      key,
      label,
      unit,
      current: c[key],
      previous: p[key],
      lastYear: y[key],
      changeVsPrevious: change(c[key], p[key]),
      changeVsLastYear: change(c[key], y[key]),
    })),
    sums: { current: current.sums, previous: prevSums, lastYear },
  };
}
