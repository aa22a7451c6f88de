import { agentAnswerSchema, agentQueryInput } from "../../agent/contract.ts";
import { attributionRequestSchema } from "../../core/attribution/request.ts";
import { budgetOptimizeRequestSchema } from "../../core/budget/schemas.ts";
import { explainChangeRequestSchema } from "../../core/explain/schemas.ts";
import { customMetricInput, customMetricPatch } from "../../db/catalog/repository.ts";
import { channelRuleListSchema } from "../../ingest/channels/channel-rules.ts";
import { eventBatchSchema } from "../../ingest/events/event-schema.ts";
import { metricQuerySchema } from "../../semantic/query/types.ts";
import { briefInput } from "../../tools/brief/definition.ts";
import { funnelInput } from "../../tools/funnel/definition.ts";
import { journeysInput } from "../../tools/journeys/definition.ts";
import { recommendInput } from "../../tools/recommend/definition.ts";
import { decisionInput } from "../routes/agent-actions.ts";
import { anomaliesQuerySchema } from "../routes/anomalies.ts";
import { storedAttributionQuery } from "../routes/attribution.ts";
import { pathFileQuery } from "../routes/attribution-path-file.ts";
import { sessionInput } from "../routes/auth-session.ts";
import { catalogSearchQuery } from "../routes/catalog.ts";
import { channelRulesResponse } from "../routes/channel-rules.ts";
import {
  currencyRatesImportResponse,
  currencyRatesInput,
  currencyRatesQuery,
  currencyRatesResponse,
} from "../routes/currency-rates.ts";
import { customerDeleteQuery } from "../routes/customers.ts";
import { eventsQuery } from "../routes/events.ts";
import { feedbackInput } from "../routes/feedback.ts";
import { createdKeyResponse, createKeyInput, keyListResponse, keysQuery } from "../routes/keys.ts";
import { organizationPatchInput } from "../routes/organization.ts";
import { overviewQuery } from "../routes/overview.ts";
import {
  createReportInput,
  renameReportInput,
  reportListResponse,
  reportResponse,
  reportRunResponse,
} from "../routes/reports.ts";
import { threadListResponse, threadResponse, threadsQuery } from "../routes/threads.ts";
import type { Operation } from "./build.ts";
import { SCHEDULING_OPERATIONS } from "./scheduling-operations.ts";

/** Every public operation, with the zod schemas its route parses. */
export const OPERATIONS: readonly Operation[] = [
  {
    method: "get",
    path: "/health",
    summary:
      "Service and database status; with an API key also that organization's data freshness (401 for a wrong key)",
    tags: ["operations"],
    auth: false,
    statuses: [401, 503],
  },
  {
    method: "get",
    path: "/health/live",
    summary: "Liveness: the process is up (never touches the database)",
    tags: ["operations"],
    auth: false,
  },
  {
    method: "get",
    path: "/health/ready",
    summary: "Readiness: the database answers within 2 s; 503 with Retry-After otherwise",
    tags: ["operations"],
    auth: false,
    statuses: [503],
  },
  { method: "get", path: "/openapi.json", summary: "This document", tags: ["operations"], auth: false },
  {
    method: "get",
    path: "/api/v1/me",
    summary: "The organization and role of the presented API key",
    tags: ["account"],
  },
  {
    method: "get",
    path: "/api/v1/keys",
    summary:
      "The organization's API keys, without secrets (admin role, or the local operator token with ?org=)",
    tags: ["account"],
    query: keysQuery,
    response: keyListResponse,
    statuses: [404],
  },
  {
    method: "post",
    path: "/api/v1/keys",
    summary: "Create an API key; its secret is returned this once (admin role, or the operator token)",
    tags: ["account"],
    query: keysQuery,
    body: createKeyInput,
    response: createdKeyResponse,
    success: 201,
    statuses: [404],
  },
  {
    method: "delete",
    path: "/api/v1/keys/:id",
    summary: "Revoke an API key; it is refused from the next request on (admin role, or the operator token)",
    tags: ["account"],
    query: keysQuery,
    success: 204,
    statuses: [404],
  },
  {
    method: "get",
    path: "/api/v1/channel-rules",
    summary:
      "The organization's channel rules (source/medium/campaign -> channel), evaluated before GA4's defaults (admin role)",
    tags: ["account"],
    response: channelRulesResponse,
  },
  {
    method: "put",
    path: "/api/v1/channel-rules",
    summary: "Replace the organization's channel rules; the first matching rule wins (admin role)",
    tags: ["account"],
    body: channelRuleListSchema,
    response: channelRulesResponse,
  },
  {
    method: "get",
    path: "/api/v1/currency-rates",
    summary: "The organization's daily exchange rates into its currency, used to convert imported amounts",
    tags: ["account"],
    query: currencyRatesQuery,
    response: currencyRatesResponse,
  },
  {
    method: "post",
    path: "/api/v1/currency-rates",
    summary: "Import a rate file (date,currency,rate); upserts by day and currency (admin role)",
    tags: ["account"],
    body: currencyRatesInput,
    response: currencyRatesImportResponse,
  },
  {
    method: "post",
    path: "/agents/query",
    summary: "Ask a question; JSON answer, or server-sent events with Accept: text/event-stream",
    tags: ["agent"],
    body: agentQueryInput,
    response: agentAnswerSchema,
    statuses: [404],
  },
  {
    method: "post",
    path: "/agents/brief",
    summary:
      "The insight brief for a period (default last week): answer text, KPI table, chart, provenance, verification and sections",
    tags: ["agent"],
    body: briefInput,
  },
  {
    method: "post",
    path: "/agents/recommend",
    summary: "Ranked actions with expected gross-profit impact, confidence, evidence and the latest decision",
    tags: ["agent"],
    body: recommendInput,
  },
  {
    method: "post",
    path: "/agents/recommend/:id/decision",
    summary:
      "Approve or dismiss a recommendation (admin or analyst; recorded with who and when, never sent to an ad platform)",
    tags: ["agent"],
    body: decisionInput,
    success: 201,
    statuses: [404],
  },
  {
    method: "get",
    path: "/api/v1/organization",
    summary: "Organization settings used by budget advice: gross margin and its default",
    tags: ["account"],
  },
  {
    method: "patch",
    path: "/api/v1/organization",
    summary: "Set the gross margin (admin); budget answers break even at marginal ROAS 1 / margin",
    tags: ["account"],
    body: organizationPatchInput,
  },
  {
    method: "post",
    path: "/api/v1/chat",
    summary:
      "Ask a question as the web app does: an AI SDK UI message stream (SSE) with status, text and a data-answer part holding the answer contract",
    tags: ["agent"],
    body: agentQueryInput,
  },
  {
    method: "post",
    path: "/auth/session",
    summary:
      "Web sign-in: verify an API key and set a signed httpOnly SameSite=Lax session cookie (a reference to the key, never the key)",
    tags: ["account"],
    auth: false,
    body: sessionInput,
    success: 201,
    statuses: [400, 401, 403, 429],
  },
  {
    method: "delete",
    path: "/auth/session",
    summary: "Web sign-out: clear the session cookie",
    tags: ["account"],
    auth: false,
    success: 204,
  },
  {
    method: "post",
    path: "/api/v1/feedback",
    summary: "Thumbs up or down on an answer",
    tags: ["agent"],
    body: feedbackInput,
    statuses: [404],
  },
  {
    method: "get",
    path: "/api/v1/threads",
    summary:
      "The organization's conversation threads, newest first (title = first question, message count), paginated with a cursor",
    tags: ["agent"],
    query: threadsQuery,
    response: threadListResponse,
  },
  {
    method: "get",
    path: "/api/v1/threads/:id",
    summary:
      "One thread's messages in order; each answer with its full contract (text, data, chart, provenance, tool calls); another organization's thread is 404",
    tags: ["agent"],
    response: threadResponse,
    statuses: [404],
  },
  {
    method: "get",
    path: "/api/v1/reports",
    summary: "The organization's saved reports, most recently changed first (every role)",
    tags: ["reports"],
    response: reportListResponse,
  },
  {
    method: "post",
    path: "/api/v1/reports",
    summary:
      "Save a report: pin an answer (messageId) or give tool calls; periods are stored relative, e.g. last_month (analyst or admin)",
    tags: ["reports"],
    body: createReportInput,
    response: reportResponse,
    success: 201,
    statuses: [404],
  },
  {
    method: "get",
    path: "/api/v1/reports/:id",
    summary: "One saved report; another organization's is 404",
    tags: ["reports"],
    response: reportResponse,
    statuses: [404],
  },
  {
    method: "patch",
    path: "/api/v1/reports/:id",
    summary: "Rename a saved report (analyst or admin)",
    tags: ["reports"],
    body: renameReportInput,
    response: reportResponse,
    statuses: [404],
  },
  {
    method: "delete",
    path: "/api/v1/reports/:id",
    summary: "Delete a saved report (analyst or admin)",
    tags: ["reports"],
    success: 204,
    statuses: [404],
  },
  {
    method: "post",
    path: "/api/v1/reports/:id/run",
    summary:
      "Run a saved report on fresh data (its period resolved today): the same answer contract as /agents/query",
    tags: ["reports"],
    response: reportRunResponse,
    statuses: [404],
  },
  {
    method: "post",
    path: "/api/v1/metrics",
    summary: "Run a MetricQuery: rows, totals, comparison and provenance",
    tags: ["metrics"],
    body: metricQuerySchema,
  },
  {
    method: "get",
    path: "/api/v1/catalog",
    summary: "Metrics and dimensions of this organization's catalog",
    tags: ["catalog"],
  },
  {
    method: "get",
    path: "/api/v1/catalog/search",
    summary: "Hybrid search over metrics, dimensions and values",
    tags: ["catalog"],
    query: catalogSearchQuery,
  },
  { method: "get", path: "/api/v1/catalog/metrics", summary: "Custom metrics", tags: ["catalog"] },
  {
    method: "post",
    path: "/api/v1/catalog/metrics",
    summary: "Create a custom metric (formula over metrics)",
    tags: ["catalog"],
    body: customMetricInput,
  },
  {
    method: "patch",
    path: "/api/v1/catalog/metrics/:key",
    summary: "Change a custom metric",
    tags: ["catalog"],
    body: customMetricPatch,
    statuses: [404],
  },
  {
    method: "delete",
    path: "/api/v1/catalog/metrics/:key",
    summary: "Deactivate a custom metric",
    tags: ["catalog"],
    statuses: [404],
  },
  {
    method: "post",
    path: "/api/v1/attribution/paths",
    summary:
      "Attribute given paths with any models. With Content-Type text/csv the body is a ChannelAttribution path file (path;total_conversions;total_conversion_value;total_null, channels joined by ' > '), streamed, and the models come from ?models=",
    tags: ["attribution"],
    body: attributionRequestSchema,
    query: pathFileQuery.partial(),
  },
  {
    method: "post",
    path: "/api/v1/events",
    summary:
      "Tracking: up to 1,000 events (page, touchpoint, order, consent); each validated on its own (bad ones reported by index and field), stored once per event id, without analytics consent or from bots not stored. A write key (role writer) or an admin key",
    tags: ["tracking"],
    body: eventBatchSchema,
    query: eventsQuery,
  },
  {
    method: "get",
    path: "/api/v1/customers/:externalId/export",
    summary:
      "GDPR export: everything stored about one customer (empty lists when there is none); admins only",
    tags: ["gdpr"],
  },
  {
    method: "delete",
    path: "/api/v1/customers/:externalId",
    summary:
      "GDPR erasure: the customer, its touchpoints, conversions, events, consent records and attribution credit in one transaction, answered with 202 and a job; the data-driven models are recomputed in the background (GET /api/v1/import/jobs/:id); audit-logged without personal data; admins only",
    tags: ["gdpr"],
    query: customerDeleteQuery,
    statuses: [202, 404],
  },
  {
    method: "get",
    path: "/api/v1/attribution",
    summary: "Stored attribution by model, channel or campaign",
    tags: ["attribution"],
    query: storedAttributionQuery,
  },
  {
    method: "post",
    path: "/api/v1/budget/optimize",
    summary: "Optimize the budget on fitted or given response curves",
    tags: ["budget"],
    body: budgetOptimizeRequestSchema,
  },
  {
    method: "get",
    path: "/api/v1/anomalies",
    summary: "Anomalies in a metric's daily series",
    tags: ["analysis"],
    query: anomaliesQuerySchema,
  },
  {
    method: "post",
    path: "/api/v1/explain-change",
    summary: "Contributions to a metric's change between two periods",
    tags: ["analysis"],
    body: explainChangeRequestSchema,
  },
  {
    method: "get",
    path: "/api/v1/overview",
    summary:
      "Headline KPIs vs the previous period (spend, revenue, MER, paid ROAS, orders, new-customer CAC, each with a chat question), daily trend, channel table, movers, anomalies and provenance",
    tags: ["analysis"],
    query: overviewQuery,
  },
  {
    method: "post",
    path: "/api/v1/journeys",
    summary:
      "Customer journeys: top converting paths, touches before conversion, time to convert, assists, one customer",
    tags: ["analysis"],
    body: journeysInput,
  },
  ...SCHEDULING_OPERATIONS,
  {
    method: "post",
    path: "/api/v1/funnel",
    summary:
      "Conversion funnel: impressions, clicks, sessions, engaged sessions, add to cart, checkout, orders; step rates and the biggest drop",
    tags: ["analysis"],
    body: funnelInput,
  },
];
