/**
 * The first-to-second order gap (cohorts with show "repeat_gap", fix8e): "how long until a
 * customer orders again". Leads with the median days over the customers who did order twice, says
 * how many that is out of all, and warns that customers who have not come back yet are left out
 * (recent customers can only show short gaps). Every figure is a value of the tool's data.
 */
import type { RepeatGapRow } from "../../core/cohorts/repeat-gap.ts";
import type { CohortsData } from "../../tools/cohorts/execute.ts";
import { formatNumber, formatPeriod, ordersThroughNote } from "../answer/index.ts";
import type { Presentation, PresentContext } from "./types.ts";

const SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";
const pct = (r: number) => `${formatNumber(r * 100, 1)}%`;
const days = (v: number) => `${formatNumber(v, 1)} days`;

function rowLine(name: string, r: RepeatGapRow): string {
  if (r.medianDays === null || r.meanDays === null)
    return `- ${name}: ${formatNumber(r.customers, 0)} customers, none has ordered a second time yet`;
  return `- ${name}: median ${days(r.medianDays)} (mean ${days(r.meanDays)}) over ${formatNumber(r.repeaters, 0)} of ${formatNumber(r.customers, 0)} customers who ordered again`;
}

/**
 * @example presentRepeatGap(data, { currency: "USD", timeZone: "America/New_York" })
 */
export function presentRepeatGap(d: CohortsData, _ctx: PresentContext): Presentation {
  const g = d.repeatGap!;
  const byChannel = d.groupBy === "first_touch_channel";
  const name = (cohort: string) => (byChannel ? (d.channelLabels[cohort] ?? cohort) : cohort);
  const provenance = { tool: "cohorts", show: "repeat_gap", groupBy: d.groupBy, ...d.provenance };
  const o = g.overall;
  if (o.customers === 0)
    return {
      text: `No customer placed a first order ${formatPeriod(d.period)}, so there is no time to a second order to show.`,
      data: { columns: [], rows: [] },
      provenance,
    };
  const lead =
    o.medianDays === null || o.meanDays === null
      ? `None of the ${formatNumber(o.customers, 0)} customers who first ordered ${formatPeriod(d.period)} has placed a second order yet, so there is no time between first and second order to measure.`
      : `Median time between first and second order: ${days(o.medianDays)} (mean ${days(o.meanDays)}), over the ${formatNumber(o.repeaters, 0)} customers who ordered again out of ${formatNumber(o.customers, 0)} who first ordered ${formatPeriod(d.period)} (repeat-purchase rate ${pct(d.total.repeatRate)}).`;
  const quick =
    o.within30 === null ? "" : `${pct(o.within30)} of those second orders came within 30 days of the first.`;
  const rows = g.rows
    .filter((r) => r.customers > 0)
    .sort((a, b) => (byChannel ? b.customers - a.customers : 0) || (a.cohort < b.cohort ? -1 : 1))
    .map((r) => ({
      cohort: name(r.cohort),
      customers: r.customers,
      repeaters: r.repeaters,
      median_days: r.medianDays,
      mean_days: r.meanDays,
    }));
  const text = [
    lead,
    quick,
    `${byChannel ? "By first-touch channel" : "By first-order month"}:`,
    ...g.rows
      .filter((r) => r.customers > 0)
      .sort((a, b) => (byChannel ? b.customers - a.customers : 0) || (a.cohort < b.cohort ? -1 : 1))
      .map((r) => rowLine(name(r.cohort), r)),
    "Only customers who have placed a second order count; those who have not come back yet are left out, so recent customers (who can only show short gaps so far) pull the median down.",
    ordersThroughNote(d.provenance.dataFreshness.ordersThrough),
  ]
    .filter(Boolean)
    .join("\n");
  return {
    text,
    data: {
      columns: [
        { key: "cohort", label: byChannel ? "First-touch channel" : "First-order month" },
        { key: "customers", label: "Customers", unit: "count" },
        { key: "repeaters", label: "Ordered again", unit: "count" },
        { key: "median_days", label: "Median days to second order", unit: "number" },
        { key: "mean_days", label: "Mean days to second order", unit: "number" },
      ],
      rows,
    },
    chart: {
      $schema: SCHEMA,
      title: "Median days from first to second order",
      description: "Median days from first to second order by cohort",
      width: "container",
      data: { values: rows },
      mark: { type: "bar", tooltip: true },
      encoding: {
        x: {
          field: "cohort",
          type: "nominal",
          title: byChannel ? "First-touch channel" : "First-order month",
          sort: null,
        },
        y: { field: "median_days", type: "quantitative", title: "Median days" },
      },
    },
    provenance,
  };
}
