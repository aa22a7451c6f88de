/** brief: the insight brief for a period (headline KPIs, movers, anomalies, budget proposal, insights). */
import { z } from "zod";
import { briefPeriodSchema } from "../../briefs/period.ts";
import { defineTool } from "../shared/tool-definition.ts";

export const briefInput = z.object({
  period: briefPeriodSchema.describe(
    "The period the brief covers, e.g. { preset: 'last_week' } (Monday to Sunday, the default), { preset: 'last_month' }, or { from: '2026-10-19', to: '2026-10-25' }.",
  ),
  review: z
    .object({
      wins: z.number().int().min(0).max(7).default(3),
      concerns: z.number().int().min(0).max(7).default(3),
      short: z.boolean().default(false),
    })
    .strict()
    .optional()
    .describe(
      "Ask for a review that judges the period instead of the full brief: the topline against the period before, then up to `wins` wins and `concerns` concerns ranked by size, e.g. { wins: 3, concerns: 3 }; short: true for a terse version (an exec or client update).",
    ),
});
export type BriefInput = z.input<typeof briefInput>;

export const brief = defineTool({
  name: "brief",
  description:
    "Write the insight brief for a period: headline KPIs (MER, paid ROAS, spend, revenue, orders, CAC) against the previous period and last year, what moved revenue, anomalies, the budget proposal for the next period and 3-5 insights ranked by money at stake. Use for 'give me a weekly summary', 'write an insight brief for leadership', 'summarize last month'; with review for 'what worked and what didn't', 'wins and concerns', 'a client update'. Do NOT use for one metric (query_metrics) or to explain one change (explain_change).",
  inputSchema: briefInput,
});
