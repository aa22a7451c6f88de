/** funnel: the conversion funnel from ad impressions to orders, overall and by channel. */
import { z } from "zod";
import { catalogKey } from "../../semantic/catalog/types.ts";
import { timeRange } from "../shared/schemas.ts";
import { defineTool } from "../shared/tool-definition.ts";

export const funnelInput = z.object({
  period: timeRange.describe(
    "Days whose funnel to report, e.g. { from: '2026-10-01', to: '2026-10-31' } or { preset: 'last_month' }.",
  ),
  byChannel: z
    .boolean()
    .default(false)
    .describe("Also give each channel's funnel (its own step rates and biggest drop), e.g. true."),
  compareTo: timeRange
    .optional()
    .describe(
      "An earlier period to compare the funnel with (each step's rate in both, the step that got most worse), e.g. { from: '2026-09-01', to: '2026-09-30' }.",
    ),
  channel: catalogKey
    .optional()
    .describe("Only this channel's funnel (a channel key from list_dimension_values), e.g. 'paid_search'."),
});
export type FunnelInput = z.input<typeof funnelInput>;

export const funnel = defineTool({
  name: "funnel",
  description:
    "The conversion funnel: impressions -> clicks (paid media) -> sessions -> engaged sessions -> add to cart -> checkout -> orders, with each step's conversion from the one before, cart and checkout abandonment, and the biggest drop on the site named; overall, by channel, or for one channel. Use for 'show me the conversion funnel', 'where do we lose people', 'cart abandonment rate', 'checkout drop-off by channel', 'which funnel step got worse than last month' (with compareTo). Do NOT use for one metric's value or trend (query_metrics) or paths between channels (journeys).",
  inputSchema: funnelInput,
});
