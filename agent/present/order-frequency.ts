/**
 * The order-frequency answer (cohorts with show "frequency"): how many customers ordered at least
 * N times in the period and their share, one-time buyers, orders per customer, and the
 * distribution as a table and a bar chart. Every figure is a value of the tool's data (a share as
 * its percentage), so the verifier grounds it.
 */
import type { FrequencyBucket } from "../../core/cohorts/order-frequency.ts";
import type { CohortsData } from "../../tools/cohorts/execute.ts";
import { formatCurrency, formatNumber, formatPeriod, ordersThroughNote } from "../answer/index.ts";
import type { Presentation, PresentContext } from "./types.ts";

const SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";
const pct = (r: number) => `${formatNumber(r * 100, 1)}%`;
const count = (n: number) => formatNumber(n, 0);
const customersOf = (n: number) => `${count(n)} customer${n === 1 ? "" : "s"}`;

/** "1 order", "3 orders", "5 or more orders". */
function bucketLabel(b: FrequencyBucket): string {
  return `${count(b.orders)}${b.orMore ? " or more" : ""} order${b.orders === 1 && !b.orMore ? "" : "s"}`;
}

/**
 * @example presentOrderFrequency(data, { currency: "USD", timeZone: "America/New_York" })
 */
export function presentOrderFrequency(d: CohortsData, ctx: PresentContext): Presentation {
  const f = d.frequency!;
  const provenance = { tool: "cohorts", show: "frequency", minOrders: f.minOrders, ...d.provenance };
  if (f.customers === 0)
    return {
      text: `No customer placed an order ${formatPeriod(d.period)}, so there is no order frequency to show.`,
      data: { columns: [], rows: [] },
      provenance,
    };
  const money = (v: number) => formatCurrency(v, ctx.currency);
  const n = count(f.minOrders);
  const lead = `For ${formatPeriod(d.period)}: ${customersOf(f.atLeast)} placed ${n} or more orders (${pct(f.atLeastShare ?? 0)} of the ${count(f.customers)} customers who ordered); ${count(f.oneTime)} (${pct(f.oneTimeShare ?? 0)}) ordered exactly once.`;
  const revenue =
    f.atLeastRevenueShare === null
      ? ""
      : `Customers with ${n} or more orders brought ${money(f.atLeastRevenue)} (${pct(f.atLeastRevenueShare)} of the period's revenue). Orders per customer: ${formatNumber(f.ordersPerCustomer ?? 0, 2)} (${count(f.orders)} orders).`;
  const rows = f.distribution.map((b) => ({
    orders: bucketLabel(b),
    customers: b.customers,
    share: b.share,
  }));
  const text = [
    lead,
    revenue,
    "Customers by orders in the period:",
    ...f.distribution.map((b) => `- ${bucketLabel(b)}: ${customersOf(b.customers)} (${pct(b.share)})`),
    "Only orders inside the period count; a customer's orders before or after it do not.",
    ordersThroughNote(d.provenance.dataFreshness.ordersThrough),
  ]
    .filter(Boolean)
    .join("\n");
  return {
    text,
    data: {
      columns: [
        { key: "orders", label: "Orders in the period" },
        { key: "customers", label: "Customers", unit: "count" },
        { key: "share", label: "Share of customers", unit: "percent" },
      ],
      rows,
    },
    chart: {
      $schema: SCHEMA,
      title: "Customers by orders in the period",
      description: "Customers by number of orders in the period",
      width: "container",
      data: { values: rows },
      mark: { type: "bar", tooltip: true },
      encoding: {
        x: { field: "orders", type: "nominal", title: "Orders in the period", sort: null },
        y: { field: "customers", type: "quantitative", title: "Customers" },
      },
    },
    provenance,
  };
}
