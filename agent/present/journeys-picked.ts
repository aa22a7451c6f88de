/**
 * leftD: the lead line of a customer journey whose customer was picked from a period's orders
 * ("the customer with the biggest order in October"): which order or customer was picked and why,
 * so the timeline that follows answers the question asked, not a customer from nowhere.
 */
import type { JourneysData } from "../../tools/journeys/execute.ts";
import { formatCurrency, formatNumber, formatPeriod } from "../answer/index.ts";
import type { PresentContext } from "./types.ts";

const ORDER_PICKS: Record<string, string> = {
  largest_order: "The largest order",
  first_order: "The first order",
  last_order: "The last order",
};

/** An instant's day in the organization's time zone ("2026-10-16T02:03:25Z" -> "2026-10-15" in New York). */
export function localDay(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(iso));
}

/** The sentence naming the picked customer, or undefined when nothing was picked. */
export function pickedLead(d: JourneysData, ctx: PresentContext): string | undefined {
  const p = d.picked;
  const c = d.customer;
  if (!p || !c || !d.period) return undefined;
  const period = formatPeriod(d.period);
  if (p.order)
    return `${ORDER_PICKS[p.by] ?? "The order"} placed ${period} was order ${p.order.orderId} on ${p.order.date} (${formatCurrency(p.order.revenue, ctx.currency)}), by customer ${c.customerId}. Their journey:`;
  const what = p.by === "most_orders" ? `placed the most orders ${period}` : `spent the most ${period}`;
  return `Customer ${c.customerId} ${what}: ${formatNumber(p.ordersInPeriod, 0)} orders totalling ${formatCurrency(p.revenueInPeriod, ctx.currency)}. Their journey:`;
}

/** The answer when a pick found no order in its period. */
export function nothingPicked(d: JourneysData): string | undefined {
  if (!d.picked && d.analysis === "customer" && !d.customer && d.period)
    return `No orders were placed ${formatPeriod(d.period)}, so there is no customer to pick.`;
  return undefined;
}
