import { breakEvenPoints } from "../../core/recommend/break-even.ts";
import { DEFAULT_GROSS_MARGIN } from "../../core/recommend/profit.ts";
import { channelProfit, contributionMargin, overspending } from "../../core/recommend/profitability.ts";
import { readChannelHistory, withSpend } from "../../db/analytics/channel-history.ts";
import { runMetricQuery } from "../../db/analytics/deps.ts";
import { readGrossMargin } from "../../db/repositories/recommendations.ts";
import { addDays, daysBetween, localDate } from "../../semantic/query/dates.ts";
import { resolveTimeRange } from "../../semantic/query/time-range.ts";
import { channelLabels } from "../recommend/execute.ts";
import { createRecommendBudget } from "../recommend-budget/execute.ts";
import { fail, ok, type ToolResult } from "../result.ts";
import type { ToolDeps } from "../shared/deps.ts";
import { runTool } from "../shared/run-tool.ts";
import { profitabilityInput } from "./definition.ts";

/** What profitability returns: one analysis, the margin it used, and where the figures came from. */
export interface ProfitabilityData {
  analysis: "overspend" | "channel_profit" | "contribution_margin" | "break_even";
  grossMargin: number;
  grossMarginPercent: number;
  grossMarginIsDefault: boolean;
  /** The margin was stated in the question for this answer only (the stored one is unchanged). */
  grossMarginAssumed: boolean;
  breakEvenRoas: number;
  period: { from: string; to: string; timeZone: string; days: number };
  overspend?: ReturnType<typeof overspending>;
  channelProfit?: ReturnType<typeof channelProfit>;
  contributionMargin?: ReturnType<typeof contributionMargin>;
  breakEven?: ReturnType<typeof breakEvenPoints>;
  /** With a grain: the contribution of each week or month in the period (its first day as `period`). */
  contributionByPeriod?: {
    grain: "week" | "month";
    rows: (ReturnType<typeof contributionMargin> & { period: string })[];
  };
  labels: Record<string, string>;
  provenance: Record<string, unknown>;
}

/**
 * profitability: the three after-margin questions (core/recommend/profitability.ts) at the
 * organization's gross margin. Overspend reads each channel's marginal return at current spend
 * from recommend_budget's fitted curves over the next 30 days (the profit-optimal spend with money
 * moved freely is where the last dollar breaks even); channel profit and contribution margin read
 * attributed revenue (organization's default model), revenue and spend over the period.
 */
export function createProfitability(deps: ToolDeps) {
  return (args: unknown): Promise<ToolResult<ProfitabilityData>> =>
    runTool(profitabilityInput, args, async (input) => {
      const tz = deps.tenant.timeZone;
      const grossMarginAssumed = input.grossMargin !== undefined;
      const grossMargin = input.grossMargin ?? (await readGrossMargin(deps.db, deps.tenant.organizationId));
      const grossMarginIsDefault =
        !grossMarginAssumed && Math.abs(grossMargin - DEFAULT_GROSS_MARGIN) < 1e-12;
      const labels = await channelLabels(deps);
      const base = {
        analysis: input.analysis,
        grossMargin,
        grossMarginPercent: Math.round(grossMargin * 1000) / 10,
        grossMarginIsDefault,
        grossMarginAssumed,
        breakEvenRoas: Math.round((1 / grossMargin) * 10_000) / 10_000,
        labels,
      };
      const marginNote = grossMarginAssumed
        ? `Gross margin ${base.grossMarginPercent}% as stated in the question, for this answer only (the organization's setting is unchanged).`
        : `Gross margin ${base.grossMarginPercent}% (${grossMarginIsDefault ? "the default until the organization sets its own" : "the organization's setting"}, PATCH /api/v1/organization).`;
      if (input.analysis === "overspend") {
        const today = localDate(deps.now, tz);
        const split = await createRecommendBudget(deps)({
          period: { from: today, to: addDays(today, 29) },
          maxChangePercent: 1000,
        });
        if (!split.ok) return split;
        const r = split.data.report;
        const rows = r.channels
          .filter((c) => c.status !== "not_fitted" && c.marginalRoasBefore !== null)
          .map((c) => ({
            channel: c.channel,
            currentSpend: c.currentSpend,
            marginalRoas: c.marginalRoasBefore!,
            breakEvenSpend: c.recommendedSpend,
          }));
        return ok({
          ...base,
          period: split.data.period,
          overspend: overspending(rows, grossMargin),
          provenance: {
            ...split.data.provenance,
            method:
              "Marginal return of each channel's last dollar at its spend over the last 30 days, from the budget optimizer's fitted response curves; the break-even spend is the profit-optimal spend with money moved freely (0..11x current).",
            assumptions: [marginNote, ...((split.data.provenance.assumptions as string[]) ?? [])],
          },
        });
      }
      const period = resolveTimeRange(input.period ?? { preset: "last_30_days" }, deps.now, tz);
      const days = daysBetween(period.from, period.to) + 1;
      const periodOut = { from: period.from, to: period.to, timeZone: period.timeZone, days };
      if (input.analysis === "channel_profit") {
        const read = await readChannelHistory(deps, { from: period.from, to: period.to, level: "channel" });
        const rows = withSpend(read.history).map((h) => ({
          channel: h.channel,
          spend: h.days.reduce((a, d) => a + d.spend, 0),
          attributedRevenue: h.days.reduce((a, d) => a + d.revenue, 0),
        }));
        if (rows.length === 0)
          return fail("insufficient_data", `no channel had spend from ${period.from} to ${period.to}`);
        return ok({
          ...base,
          period: periodOut,
          channelProfit: channelProfit(rows, grossMargin),
          provenance: {
            definitions: read.provenance.definitions,
            attributionModel: read.attributionModel,
            attribution: read.provenance.attribution,
            dataFreshness: read.provenance.dataFreshness,
            method: `Profit after ad spend = gross margin x revenue attributed to the channel (${read.attributionModel} model) - the channel's spend.`,
            assumptions: [marginNote],
          },
        });
      }
      if (input.analysis === "break_even") {
        const read = await runMetricQuery(deps, {
          metrics: ["average_order_value", "cpa", "roas", "mer"],
          dimensions: [],
          filters: [],
          timeRange: { from: period.from, to: period.to },
        });
        const row = read.rows[0] ?? {};
        const num = (k: string) => (typeof row[k] === "number" && Number.isFinite(row[k]) ? row[k] : null);
        return ok({
          ...base,
          period: periodOut,
          breakEven: breakEvenPoints(
            {
              averageOrderValue: num("average_order_value"),
              cpa: num("cpa"),
              roas: num("roas"),
              mer: num("mer"),
            },
            grossMargin,
          ),
          provenance: {
            ...read.provenance,
            method:
              "Break-even ROAS = 1 / gross margin; break-even CPA = average order value x gross margin. CPA is ad spend over every tracked order; paid CPA is average order value / paid ROAS (spend per order credited to paid channels).",
            assumptions: [marginNote],
          },
        });
      }
      const result = await runMetricQuery(deps, {
        metrics: ["revenue", "spend"],
        dimensions: [],
        filters: [],
        timeRange: { from: period.from, to: period.to },
      });
      const row = result.rows[0] ?? {};
      // fix8e: "gross profit after ad spend by month": the same sum for each month of the period.
      const series = input.grain
        ? await runMetricQuery(deps, {
            metrics: ["revenue", "spend"],
            dimensions: ["date"],
            filters: [],
            timeRange: { from: period.from, to: period.to },
            grain: input.grain,
          })
        : undefined;
      return ok({
        ...base,
        period: periodOut,
        contributionMargin: contributionMargin(
          { revenue: Number(row.revenue ?? 0), adSpend: Number(row.spend ?? 0) },
          grossMargin,
        ),
        ...(input.grain && series
          ? {
              contributionByPeriod: {
                grain: input.grain,
                rows: series.rows.map((r) => ({
                  period: String(r.date),
                  ...contributionMargin(
                    { revenue: Number(r.revenue ?? 0), adSpend: Number(r.spend ?? 0) },
                    grossMargin,
                  ),
                })),
              },
            }
          : {}),
        provenance: {
          ...result.provenance,
          method:
            "Contribution after ad spend = gross margin x revenue (all orders, tracked or not attributed) - ad spend; MER = revenue / ad spend.",
          assumptions: [marginNote],
        },
      });
    });
}
