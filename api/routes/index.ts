import type { Router } from "express";
import type { AppDeps } from "../deps.ts";
import { agentActionsRouter } from "./agent-actions.ts";
import { agentsRouter } from "./agents.ts";
import { alertsRouter } from "./alerts.ts";
import { anomaliesRouter } from "./anomalies.ts";
import { attributionRouter } from "./attribution.ts";
import { briefsRouter } from "./briefs.ts";
import { budgetRouter } from "./budget.ts";
import { catalogRouter } from "./catalog.ts";
import { channelRulesRouter } from "./channel-rules.ts";
import { chatRouter } from "./chat.ts";
import { currencyRatesRouter } from "./currency-rates.ts";
import { customersRouter } from "./customers.ts";
import { explainChangeRouter } from "./explain-change.ts";
import { feedbackRouter } from "./feedback.ts";
import { funnelRouter } from "./funnel.ts";
import { journeysRouter } from "./journeys.ts";
import { meRouter } from "./me.ts";
import { metricsRouter } from "./metrics.ts";
import { organizationRouter } from "./organization.ts";
import { overviewRouter } from "./overview.ts";
import { plannedChangesRouter } from "./planned-changes.ts";
import { reportsRouter } from "./reports.ts";
import { targetsRouter } from "./targets.ts";
import { threadsRouter } from "./threads.ts";

/** Every authenticated route, by mount path. Adding a resource means adding one line here. */
export const apiRoutes: ReadonlyArray<readonly [string, (deps: AppDeps) => Router]> = [
  ["/api/v1/me", meRouter],
  ["/api/v1/catalog", catalogRouter],
  ["/api/v1/metrics", metricsRouter],
  ["/api/v1/attribution", attributionRouter],
  ["/api/v1/budget", budgetRouter],
  ["/api/v1/anomalies", anomaliesRouter],
  ["/api/v1/explain-change", explainChangeRouter],
  ["/api/v1/journeys", journeysRouter],
  ["/api/v1/funnel", funnelRouter],
  ["/api/v1/feedback", feedbackRouter],
  ["/api/v1/chat", chatRouter],
  ["/api/v1/threads", threadsRouter],
  ["/api/v1/overview", overviewRouter],
  ["/api/v1/reports", reportsRouter],
  ["/api/v1/organization", organizationRouter],
  ["/api/v1/customers", customersRouter],
  ["/api/v1/briefs", briefsRouter],
  ["/api/v1/alerts", alertsRouter],
  ["/api/v1/targets", targetsRouter],
  ["/api/v1/planned-changes", plannedChangesRouter],
  ["/api/v1/channel-rules", channelRulesRouter],
  ["/api/v1/currency-rates", currencyRatesRouter],
  ["/agents", agentsRouter],
  ["/agents", agentActionsRouter],
];
