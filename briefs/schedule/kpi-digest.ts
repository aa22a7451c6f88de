/**
 * The brief producer until the full brief builder (briefs/build, issue #15 item 1) is wired in:
 * the period's headline KPIs against the previous period, read through the semantic layer, so every
 * number is the core's. `target.period` is `{ preset: "last_week" | "last_month" }`, resolved at
 * the run's fire time in the organization's zone.
 */
import { runMetricQuery } from "../../db/analytics/deps.ts";
import { loadOrgCatalog } from "../../db/catalog/repository.ts";
import type { DeliveryMessage } from "../delivery/message.ts";
import type { ProduceContext, Producer } from "./producers.ts";

const KPIS = ["spend", "revenue", "orders", "roas"] as const;

const pct = (p: number | null | undefined) =>
  p === null || p === undefined ? "n/a" : `${(p * 100).toFixed(1)}%`;
const num = (n: number | null | undefined) => (n === null || n === undefined ? "n/a" : n.toFixed(2));

/** A producer of the KPI digest; `appUrl` is the web app's base URL for the link into the chat. */
export function kpiDigestProducer(appUrl: string): Producer {
  return async (ctx: ProduceContext): Promise<DeliveryMessage> => {
    const period =
      (ctx.target.period as { preset?: string } | undefined)?.preset === "last_month"
        ? "last_month"
        : "last_week";
    const [org] = await ctx.db.query<{
      name: string;
      default_attribution_model: string;
      attribution_lookback_days: number;
    }>("SELECT name, default_attribution_model, attribution_lookback_days FROM organizations WHERE id = $1", [
      ctx.organizationId,
    ]);
    if (!org) throw new Error(`organization ${ctx.organizationId} not found`);
    const result = await runMetricQuery(
      {
        db: ctx.db,
        catalog: await loadOrgCatalog(ctx.db, ctx.organizationId),
        tenant: {
          organizationId: ctx.organizationId,
          timeZone: ctx.timeZone,
          defaultAttributionModel: org.default_attribution_model,
          attributionLookbackDays: org.attribution_lookback_days,
        },
        now: ctx.firedAt,
      },
      { metrics: [...KPIS], dimensions: [], timeRange: { preset: period }, compareTo: "previous_period" },
    );
    const range = result.provenance.timeRange;
    const lines = KPIS.map((k) => {
      const c = result.comparison?.totals[k];
      return `${k}: ${num(result.totals[k])} (previous ${num(c?.previous)}, ${pct(c?.percentChange)})`;
    });
    const question = `what moved ${period === "last_week" ? "last week" : "last month"} and why?`;
    return {
      title: `${period === "last_week" ? "Weekly" : "Monthly"} KPIs: ${org.name}, ${range.from} to ${range.to}`,
      text: lines.join("\n"),
      data: { period: range, totals: result.totals, comparison: result.comparison ?? null },
      link: `${appUrl.replace(/\/$/, "")}/?q=${encodeURIComponent(question)}`,
    };
  };
}
