/**
 * The saved-report producer: a scheduled report is the report's tool calls run at the fire time
 * with its relative period (agent/reports/run-tool-calls.ts, the same code as
 * `POST /api/v1/reports/:id/run`), so the delivery shows fresh figures, each from the core.
 */

import { plannerDimensionValues } from "../../agent/planner-context.ts";
import { valueLabelsOf } from "../../agent/present/value-labels.ts";
import { runToolCalls } from "../../agent/reports/run-tool-calls.ts";
import { loadOrgCatalog } from "../../db/catalog/repository.ts";
import type { Database } from "../../db/database.ts";
import { findSavedReport } from "../../db/repositories/saved-reports.ts";
import type { Embedder } from "../../semantic/search/embedder.ts";
import type { DeliveryMessage } from "../delivery/message.ts";
import type { ProduceContext, Producer } from "./producers.ts";

interface OrgRow {
  name: string;
  currency: string;
  industry: string;
  default_attribution_model: string;
  attribution_lookback_days: number;
}

/** A producer of saved reports (`target.reportId`); `appUrl` links back into the chat. */
export function reportProducer(db: Database, embedder: Embedder, appUrl: string): Producer {
  return async (ctx: ProduceContext): Promise<DeliveryMessage> => {
    const reportId = String(ctx.target.reportId ?? "");
    const report = await findSavedReport(db, ctx.organizationId, reportId);
    if (!report) throw new Error(`saved report ${reportId} no longer exists`);
    const [org] = await db.query<OrgRow & Record<string, unknown>>(
      "SELECT name, currency, industry, default_attribution_model, attribution_lookback_days FROM organizations WHERE id = $1",
      [ctx.organizationId],
    );
    if (!org) throw new Error(`organization ${ctx.organizationId} not found`);
    const answer = await runToolCalls(
      {
        db,
        catalog: await loadOrgCatalog(db, ctx.organizationId),
        tenant: {
          organizationId: ctx.organizationId,
          timeZone: ctx.timeZone,
          defaultAttributionModel: org.default_attribution_model,
          attributionLookbackDays: org.attribution_lookback_days,
          currency: org.currency,
          industry: org.industry,
        },
        now: ctx.firedAt,
        embedder,
        present: {
          currency: org.currency,
          timeZone: ctx.timeZone,
          // Channel and platform labels, as the chat's answers show them.
          valueLabels: valueLabelsOf(await plannerDimensionValues(db, ctx.organizationId)),
        },
      },
      report,
    );
    return {
      title: `Report "${report.name}": ${org.name}`,
      text: answer.answer,
      data: { report: { id: report.id, name: report.name, period: report.period }, answer },
      link: `${appUrl.replace(/\/$/, "")}/?q=${encodeURIComponent(report.question)}`,
    };
  };
}
