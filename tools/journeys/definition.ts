/** journeys: customer journeys before a purchase: paths, path lengths, time to convert, assists. */
import { z } from "zod";
import { CUSTOMER_PICKS } from "../../db/journeys/pick-customer.ts";
import { timeRange } from "../shared/schemas.ts";
import { defineTool } from "../shared/tool-definition.ts";

/** The analyses the tool runs over the journeys of a period's orders. */
export const JOURNEY_ANALYSES = [
  "top_paths",
  "path_length",
  "time_to_convert",
  "assists",
  "first_last",
  "customer",
] as const;

export const journeysInput = z
  .object({
    analysis: z
      .enum(JOURNEY_ANALYSES)
      .describe(
        "What to report: 'top_paths' (most common channel sequences before a purchase, with orders, revenue and share), 'path_length' (touches per order: distribution, average, median, single-touch share), 'time_to_convert' (days from first touch to order: median, percentiles, histogram, by first-touch channel), 'assists' (how often each channel appears on a path without being the last touch; GA4's assist ratio), 'first_last' (each journey's first-touch channel against its last-touch channel: where customers who found us through one channel end up buying), 'customer' (one customer's touches and orders, needs customerId), e.g. 'top_paths'.",
      ),
    period: timeRange
      .optional()
      .describe(
        "Orders placed in this period, e.g. { from: '2026-10-01', to: '2026-10-31' }; required except for 'customer'.",
      ),
    collapseRepeats: z
      .boolean()
      .optional()
      .describe(
        "Count consecutive touches of one channel once ('email > email > direct' reads 'email > direct'), e.g. true. Default: true for 'top_paths' and 'customer' paths, false for 'path_length' (every touch counts).",
      ),
    limit: z.number().int().min(1).max(50).default(10).describe("Top paths to return, e.g. 10."),
    firstChannel: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .describe(
        "For 'first_last': only journeys whose first touch is this channel key, e.g. 'organic_search'.",
      ),
    lastChannel: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .describe(
        "For 'first_last': only journeys whose last touch is this channel key, e.g. 'direct'; with firstChannel, the share of converting paths that start with one and end with the other.",
      ),
    firstTouch: z
      .array(z.string().min(1).max(64))
      .min(1)
      .max(4)
      .optional()
      .describe(
        "For 'time_to_convert' and 'path_length': set the journeys whose first touch is on each of these ad platforms or channels side by side, in this order, e.g. ['tiktok_ads', 'google_ads'] or ['paid_social']. For 'top_paths': only the journeys whose first touch is on one of them, e.g. ['tiktok_ads'].",
      ),
    anyTouch: z
      .array(z.string().min(1).max(64))
      .min(1)
      .max(4)
      .optional()
      .describe(
        "For 'top_paths': only the journeys with a touch on one of these channels or ad platforms at any step (first, middle or last), e.g. ['display'] for 'paths with display anywhere in them'.",
      ),
    earlierChannel: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .describe(
        "For 'first_last' with lastChannel: the channel touched at some step before the last touch, e.g. 'paid_search' with lastChannel 'affiliate' for 'how often does affiliate close after paid search': how many journeys that touched it closed on lastChannel after it, and how many lastChannel closes had it earlier.",
      ),
    customerType: z
      .enum(["new", "returning"])
      .optional()
      .describe(
        "Only the orders of new customers (their first purchase) or of returning customers, for 'top_paths', 'path_length', 'time_to_convert', 'assists' and 'first_last', e.g. 'new' for 'path to purchase for new customers'.",
      ),
    byCustomerType: z
      .boolean()
      .optional()
      .describe(
        "For 'path_length': also the touch counts of new customers' orders and of returning customers' orders, side by side, e.g. true.",
      ),
    customerId: z
      .number()
      .int()
      .positive()
      .max(Number.MAX_SAFE_INTEGER)
      .optional()
      .describe("The customer's id for 'customer', e.g. 1234."),
    pick: z
      .enum(CUSTOMER_PICKS)
      .optional()
      .describe(
        "For 'customer' without a customerId: pick the customer from the period's orders: 'largest_order' (the biggest single order), 'most_orders', 'most_revenue' (the biggest spender), 'first_order' or 'last_order' (the period's first or last order), e.g. 'largest_order' with period October.",
      ),
  })
  .superRefine((v, ctx) => {
    if (v.analysis === "customer" && v.customerId === undefined && v.pick === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["customerId"],
        message: "required for the 'customer' analysis (or a pick with a period)",
      });
    if (v.earlierChannel !== undefined && v.lastChannel === undefined)
      ctx.addIssue({ code: "custom", path: ["lastChannel"], message: "required with an earlierChannel" });
    if (v.pick !== undefined && v.period === undefined)
      ctx.addIssue({ code: "custom", path: ["period"], message: "required with a pick" });
    if (v.analysis !== "customer" && v.period === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["period"],
        message: `required for the '${v.analysis}' analysis`,
      });
  });
export type JourneysInput = z.input<typeof journeysInput>;

export const journeys = defineTool({
  name: "journeys",
  description:
    "Customer journeys before a purchase, built by the same rules as attribution (the organization's lookback window; only touches after the customer's previous order): top converting paths, touches before conversion, time to convert, assisted conversions, first-touch vs last-touch channel, or one customer's journey (by id, or picked: the customer with the period's largest order, most orders or revenue, first or last order). Use for 'most common paths to purchase', 'how many touchpoints before buying', 'how long do customers take to convert', 'which channels assist', 'do people who find us via organic end up buying through paid', 'show me customer 1234', 'journey of whoever placed the biggest order in October'. Do NOT use for credit per channel (attribution) or plain totals (query_metrics).",
  inputSchema: journeysInput,
});
