/**
 * The lifecycle-count answers (cohorts with show "second_order" or "lapsed", fix13d): how many
 * customers placed their second order in the period, or how many lapsed by the user's own no-order
 * window, each with its definition and cut-off days stated, as a small table. Every figure is a
 * value of the tool's data (a share as its percentage), so the verifier grounds it.
 */
import type { LapsedCount, SecondOrderCount } from "../../core/cohorts/lifecycle-counts.ts";
import type { CohortsData } from "../../tools/cohorts/execute.ts";
import { formatCurrency, formatDate, formatNumber, formatPeriod } from "../answer/index.ts";
import type { Presentation, PresentContext } from "./types.ts";

const pct = (r: number) => `${formatNumber(r * 100, 1)}%`;
const count = (n: number) => formatNumber(n, 0);
const customersOf = (n: number) => `${count(n)} customer${n === 1 ? "" : "s"}`;
const COLUMNS = [
  { key: "group", label: "Customers" },
  { key: "customers", label: "Count", unit: "count" as const },
];

/** "How many customers made their second purchase in Q3". */
function secondOrderAnswer(s: SecondOrderCount, d: CohortsData): Omit<Presentation, "provenance"> {
  const period = formatPeriod(d.period);
  const text = [
    `${customersOf(s.secondOrders)} placed their second order ${period}.`,
    `- ${count(s.firstBefore)} of them had placed their first order before that; ${count(s.firstInPeriod)} placed both orders in the period.`,
    `For comparison, ${customersOf(s.newCustomers)} placed their first order in the period (new customers).`,
    "A customer's second order is the second in our data, which starts on the data's first day: anyone who bought before then is counted from their first order in the data.",
  ].join("\n");
  return {
    text,
    data: {
      columns: COLUMNS,
      rows: [
        { group: "Second order in the period", customers: s.secondOrders },
        { group: "of which first order before the period", customers: s.firstBefore },
        { group: "of which first order in the period", customers: s.firstInPeriod },
        { group: "First order in the period (new customers)", customers: s.newCustomers },
      ],
    },
  };
}

/** "How many churned customers, churned = no order in 180 days". */
function lapsedAnswer(l: LapsedCount, currency: string): Omit<Presentation, "provenance"> {
  const money = (v: number) => formatCurrency(v, currency);
  const share =
    l.lapsedShare === null
      ? ""
      : ` (${pct(l.lapsedShare)} of the ${count(l.customers)} customers who have ever ordered)`;
  const text = [
    `${customersOf(l.lapsed)} ${l.lapsed === 1 ? "has" : "have"} not ordered in the last ${count(l.days)} days as of ${formatDate(l.asOf)}${share}: their last order was on or before ${formatDate(l.lastOrderOnOrBefore)}.`,
    `Definition used: churned = no order from ${formatDate(l.windowFrom)} to ${formatDate(l.asOf)} (${count(l.days)} days); ${customersOf(l.active)} ordered in that window.`,
    // fix20f: what they spent with us before is their order revenue ("spend with us" is not ad spend).
    l.lapsed > 0 && l.lapsedRevenuePerCustomer !== null
      ? `Before they went quiet, those ${customersOf(l.lapsed)} placed ${count(l.lapsedOrders)} orders worth ${money(l.lapsedRevenue)} in revenue (what they spent with us, not ad spend), ${money(l.lapsedRevenuePerCustomer)} per customer.`
      : "",
    `${count(l.lapsedOneTime)} of the churned customers ordered only once.`,
    l.earliestOrder !== null && l.windowFrom <= l.earliestOrder
      ? `The window reaches back to the first day of our order data (${formatDate(l.earliestOrder)}), so no customer can be seen going that long without an order; a shorter window can be counted.`
      : "",
    "Only customers with an order in our data count (it starts on the data's first day); customers who first ordered within the window cannot have churned yet.",
  ]
    .filter(Boolean)
    .join("\n");
  return {
    text,
    data: {
      columns: COLUMNS,
      rows: [
        { group: `No order in the last ${count(l.days)} days (churned)`, customers: l.lapsed },
        { group: `Ordered in the last ${count(l.days)} days`, customers: l.active },
        { group: "Churned and ordered only once", customers: l.lapsedOneTime },
        { group: "Orders the churned customers placed", customers: l.lapsedOrders },
        { group: "All customers with an order", customers: l.customers },
      ],
    },
  };
}

/**
 * @example presentLifecycle(data) // "512 customers placed their second order July 1 – September 30, 2026. ..."
 */
export function presentLifecycle(d: CohortsData, ctx: Pick<PresentContext, "currency">): Presentation {
  const l = d.lifecycle!;
  const provenance = { tool: "cohorts", show: l.kind, ...d.provenance };
  const answer =
    l.kind === "second_order" ? secondOrderAnswer(l.secondOrder, d) : lapsedAnswer(l.lapsed, ctx.currency);
  return { ...answer, provenance };
}
