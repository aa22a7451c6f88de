/**
 * The monthly cohort retention answer: a sentence on months 1-3, one line per cohort, the table
 * (cohort x month offset, shares) and a heatmap. Months not observed yet read "not yet", never 0%.
 * Every figure is a value of the tool's data (a share as its percentage), so the verifier grounds it.
 */
import type { CohortsData } from "../../tools/cohorts/execute.ts";
import { formatNumber, formatPeriod, ordersThroughNote } from "../answer/index.ts";
import type { Presentation, PresentContext } from "./types.ts";

const SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";
const pct = (r: number) => `${formatNumber(r * 100, 1)}%`;
/** Offsets spelled out in each cohort's line; the table has all of them. */
const SHOWN = 3;

/**
 * @example presentRetention(data, { currency: "USD", timeZone: "America/New_York" })
 */
export function presentRetention(d: CohortsData, _ctx: PresentContext): Presentation {
  const rows = d.retention ?? [];
  const provenance = { tool: "cohorts", groupBy: "first_order_month", show: "retention", ...d.provenance };
  if (!rows.length)
    return {
      text: `No customer placed a first order ${formatPeriod(d.period)}, so there is no cohort retention to show.`,
      data: { columns: [], rows: [] },
      provenance,
    };
  const lines = rows.map((r) => {
    const cells = r.months
      .slice(0, SHOWN)
      .map((c) => `month ${c.offset} ${c.rate === null ? "not yet" : pct(c.rate)}`);
    return `- ${r.cohort} (${formatNumber(r.customers, 0)} customers): ${cells.join(", ")}`;
  });
  const offsets = rows[0]!.months.map((c) => c.offset);
  const table = rows.map((r) => ({
    cohort: r.cohort,
    customers: r.customers,
    ...Object.fromEntries(r.months.map((c) => [`m${c.offset}`, c.rate])),
  }));
  const cells = rows.flatMap((r) =>
    r.months
      .filter((c) => c.rate !== null)
      .map((c) => ({ cohort: r.cohort, month: c.offset, retention: c.rate })),
  );
  const text = [
    `Monthly cohort retention: of the customers whose first order was in each month ${formatPeriod(d.period)}, the share who ordered again 1, 2, 3 ... calendar months later.`,
    ...lines,
    'Months after the data\'s last full month read "not yet": they are not observed, not zero. The table has every month up to 12.',
    ordersThroughNote(d.provenance.dataFreshness.ordersThrough),
  ]
    .filter(Boolean)
    .join("\n");
  return {
    text,
    data: {
      columns: [
        { key: "cohort", label: "First-order month" },
        { key: "customers", label: "Customers", unit: "count" },
        ...offsets.map((o) => ({ key: `m${o}`, label: `Month ${o}`, unit: "percent" })),
      ],
      rows: table,
    },
    chart: {
      $schema: SCHEMA,
      title: "Monthly cohort retention",
      description: "Share of each first-order-month cohort ordering again N months later",
      width: "container",
      data: { values: cells },
      mark: { type: "rect", tooltip: true },
      encoding: {
        x: { field: "month", type: "ordinal", title: "Months after first order" },
        y: { field: "cohort", type: "ordinal", title: "First-order month", sort: null },
        color: { field: "retention", type: "quantitative", title: "Retention", format: ".1%" },
      },
    },
    provenance,
  };
}
