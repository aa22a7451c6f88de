/** cohorts: customer cohorts, repeat purchase and lifetime value (LTV), LTV:CAC by channel. */
import { z } from "zod";
import { timeRange } from "../shared/schemas.ts";
import { defineTool } from "../shared/tool-definition.ts";
import { ORDER_VALUE_GROUPINGS } from "./order-values.ts";

/** How customers are grouped. */
export const COHORT_GROUPINGS = ["first_touch_channel", "first_order_month"] as const;

export const cohortsInput = z.object({
  period: timeRange.describe(
    "Customers whose FIRST order falls in this period (the acquisition window), e.g. { from: '2026-01-01', to: '2026-06-30' }.",
  ),
  groupBy: z
    .enum(COHORT_GROUPINGS)
    .default("first_touch_channel")
    .describe(
      "'first_touch_channel' (the channel of the first touch before the first order; with LTV:CAC) or 'first_order_month' (monthly acquisition cohorts), e.g. 'first_touch_channel'.",
    ),
  ltvDays: z
    .union([z.literal(30), z.literal(60), z.literal(90), z.literal(180), z.literal(365)])
    .default(90)
    .describe("The horizon LTV:CAC and the headline use, in days after the first order, e.g. 90."),
  show: z
    .enum([
      "ltv",
      "repeat",
      "retention",
      "payback",
      "frequency",
      "repeat_gap",
      "order_value",
      "second_order",
      "lapsed",
      "ltv_to_cac",
    ])
    .default("ltv")
    .describe(
      "'ltv' (repeat rate and LTV per cohort) or 'repeat' (the same table with the repeat-purchase rate as its chart, for questions about customers coming back) or 'retention' (monthly cohort retention table: the share of each first-order-month cohort ordering again in month 1, 2, 3 ... after; implies groupBy 'first_order_month') or 'payback' (CAC payback: the first horizon at which gross profit per customer, LTV x the organization's gross margin, covers CAC, overall and by first-touch channel; implies groupBy 'first_touch_channel') or 'frequency' (how often customers ordered IN the period: customers with an order in the period, how many ordered exactly once, how many at least minOrders times, and the orders-per-customer distribution; the period is then the ordering window, not an acquisition window) or 'repeat_gap' (days between a customer's first and second order: median and mean over the customers who ordered twice, overall and per cohort) or 'order_value' (the distribution of single order values IN the period: median, quartiles or any percentiles of order revenue with the mean beside them, grouped by orderValueBy; the period is then the ordering window) or 'second_order' (how many customers placed their SECOND order in the period, whenever their first was) or 'lapsed' (churned / lapsed customers by a no-order window: customers whose last order is more than lapsedDays days before the period's end or the data's last day) or 'ltv_to_cac' (the 'ltv' table by first-touch channel with LTV:CAC as its chart, for 'LTV:CAC by channel'), e.g. 'retention'.",
    ),
  excludeChannels: z
    .array(z.string().min(1).max(64))
    .max(10)
    .default([])
    .describe(
      "First-touch channels whose customers are left out of every figure (rows, total, LTV:CAC), e.g. ['affiliate'] for 'without affiliate'.",
    ),
  minOrders: z
    .number()
    .int()
    .min(2)
    .max(50)
    .default(2)
    .describe(
      "With show 'frequency': the threshold counted, customers with at least this many orders in the period, e.g. 2.",
    ),
  lapsedDays: z
    .number()
    .int()
    .min(1)
    .max(730)
    .default(180)
    .describe(
      "With show 'lapsed': the no-order window in days that defines a lapsed (churned) customer, e.g. 180 for 'no order in 180 days'.",
    ),
  orderValueBy: z
    .enum(ORDER_VALUE_GROUPINGS)
    .default("none")
    .describe(
      "With show 'order_value': 'none' (all orders), 'month', 'week', 'customer_type' (new vs returning) or 'channel' (the order's last-touch channel), e.g. 'month'.",
    ),
  percentiles: z
    .array(z.number().min(0).max(100))
    .min(1)
    .max(9)
    .default([25, 50, 75])
    .describe(
      "With show 'order_value': the percentiles of order value (0-100; 50 is the median), e.g. [25, 50, 75].",
    ),
  window: timeRange
    .optional()
    .describe(
      "fix20f: a short window inside the period (a sale, a holiday) whose customers are set against every other customer of the period: customers whose first order falls in the window vs all others, at the same horizons, with a verdict on LTV at ltvDays, e.g. { from: '2025-11-20', to: '2025-12-02' } with period { from: '2025-11-01', to: '2026-01-31' } for 'are Black Friday customers worth less than others'.",
    ),
  orderValueLevel: z
    .object({
      op: z.enum(["gt", "gte", "lt", "lte"]).describe("over (gt), at least (gte), under (lt), at most (lte)"),
      value: z.number().positive().describe("The order value in the organization's currency, e.g. 200."),
    })
    .optional()
    .describe(
      "With show 'order_value': a level on single order values ('orders over $200'): how many orders cross it, with their share of orders and of revenue, e.g. { op: 'gt', value: 200 }.",
    ),
});
export type CohortsInput = z.input<typeof cohortsInput>;

export const cohorts = defineTool({
  name: "cohorts",
  description:
    "Customer cohorts by first-touch channel or first-order month: customers, repeat-purchase rate, cumulative revenue per customer (LTV) 30/60/90/180/365 days after the first order (over customers observed that long), and by channel CAC and LTV:CAC. Use for 'LTV by channel', 'which channel brings customers who come back', 'repeat purchase rate', 'LTV to CAC', 'CAC payback period', 'monthly cohorts', and with show 'retention' 'cohort retention table', with show 'frequency' 'how many customers ordered 3+ times this year', 'one-time buyers', with show 'repeat_gap' 'median days between first and second order', with show 'order_value' 'median order value by month', 'p25/p75 order value for new vs returning', 'how many orders over $200' (with orderValueLevel). Do NOT use for revenue or customer counts in a period (query_metrics) or paths before an order (journeys).",
  inputSchema: cohortsInput,
});
