import { Router } from "express";
import { z } from "zod";
import { agentAnswerSchema } from "../../agent/contract.ts";
import { plannerDimensionValues } from "../../agent/planner-context.ts";
import { valueLabelsOf } from "../../agent/present/value-labels.ts";
import { relativeToolCalls } from "../../agent/reports/relative-period.ts";
import { runToolCalls } from "../../agent/reports/run-tool-calls.ts";
import { loadOrgCatalog } from "../../db/catalog/repository.ts";
import { recordAudit } from "../../db/repositories/audit-log.ts";
import {
  createSavedReport,
  deleteSavedReport,
  findSavedReport,
  listSavedReports,
  renameSavedReport,
  type SavedReport,
} from "../../db/repositories/saved-reports.ts";
import { findMessage, questionBefore } from "../../db/repositories/threads.ts";
import { AppError, describeZodIssues } from "../../lib/errors.ts";
import { safeText, TEXT_LIMITS } from "../../lib/safe-text.ts";
import { isIsoDate, localDate } from "../../semantic/query/dates.ts";
import { getToolDefinition, TOOL_NAMES } from "../../tools/index.ts";
import type { AppDeps } from "../deps.ts";
import { requireRole, type Tenant, tenantOf } from "../tenant.ts";
import { compileContextOf } from "./metrics.ts";

/** Who may change reports; every role may list, open and run them. */
const EDITORS = ["admin", "analyst"] as const;
const REPORT_ID = /^[0-9a-f-]{36}$/;

const reportName = safeText({
  max: TEXT_LIMITS.label,
  min: 1,
  trim: true,
  messages: { min: "the name is empty", max: "the name is too long (at most 200 characters)" },
}).describe("What the report is called in the sidebar, e.g. 'Revenue by channel, last month'.");

const toolCall = z
  .object({
    name: z.enum(TOOL_NAMES, { error: `expected a tool name: ${TOOL_NAMES.join(", ")}` }),
    args: z
      .record(z.string().max(100), z.unknown())
      .describe("The tool's arguments, e.g. { metrics: ['revenue'], timeRange: { preset: 'last_month' } }."),
  })
  .strict();

export const createReportInput = z
  .object({
    name: reportName,
    messageId: z
      .number()
      .int()
      .positive()
      .optional()
      .describe(
        "Pin this answer: the messageId /agents/query returned (or a thread's assistant message id).",
      ),
    question: safeText({ max: TEXT_LIMITS.prose, min: 1, multiline: true, trim: true })
      .optional()
      .describe("The question the report answers; defaults to the pinned answer's question."),
    toolCalls: z
      .array(toolCall)
      .min(1)
      .max(10)
      .optional()
      .describe(
        "Instead of messageId: the tool calls to run, periods as presets, e.g. { preset: 'last_month' }.",
      ),
  })
  .strict()
  .superRefine((v, ctx) => {
    if ((v.messageId === undefined) === (v.toolCalls === undefined))
      ctx.addIssue({ code: "custom", path: ["messageId"], message: "give either messageId or toolCalls" });
    else if (v.toolCalls && v.question === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["question"],
        message: "the question is required with toolCalls",
      });
  });

export const renameReportInput = z.object({ name: reportName }).strict();

/** A saved report as the API shows it (documented in /openapi.json). */
export const reportResponse = z.object({
  id: z.string(),
  name: z.string(),
  question: z.string(),
  period: z
    .string()
    .nullable()
    .describe("The relative period its tool calls run on (e.g. 'last_month'); null for fixed dates."),
  toolCalls: z.array(toolCall),
  sourceMessageId: z.number().int().nullable(),
  createdByKeyId: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const reportListResponse = z.object({ reports: z.array(reportResponse) });
export const reportRunResponse = agentAnswerSchema.extend({
  threadId: z.literal("").describe("Empty: a report run is not a conversation."),
  report: z.object({ id: z.string(), name: z.string(), period: z.string().nullable() }),
});

/** Parse each call's arguments with its tool's own schema; errors name `toolCalls.<i>.args.<field>`. */
function checkToolCalls(calls: readonly z.infer<typeof toolCall>[]): void {
  calls.forEach((c, i) => {
    const parsed = getToolDefinition(c.name)!.inputSchema.safeParse(c.args);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((x) => ({ ...x, path: ["toolCalls", i, "args", ...x.path] }));
      throw new AppError("input.invalid", describeZodIssues(issues), {
        details: { path: `toolCalls.${i}.args` },
      });
    }
  });
}

/** The tool calls and question of a stored answer of this organization, or 404 / 400. */
async function pinnedAnswer(deps: Pick<AppDeps, "db">, tenant: Tenant, messageId: number) {
  const message = await findMessage(deps.db, tenant.organizationId, messageId);
  if (message?.role !== "assistant")
    throw new AppError("not_found", `unknown answer ${messageId}`, { details: { path: "messageId" } });
  const payload = message.payload as { toolCalls?: unknown; asOf?: unknown } | null;
  const calls = payload?.toolCalls;
  const parsed = z.array(toolCall).min(1).safeParse(calls);
  if (!parsed.success)
    throw new AppError(
      "input.invalid",
      "messageId: this answer ran no tool to repeat (a clarification or a refusal)",
      {
        details: { path: "messageId" },
      },
    );
  // The day the answer resolved its periods on (stored with it), else the day it was stored.
  const createdAt = message.createdAt instanceof Date ? message.createdAt : new Date(message.createdAt);
  const today =
    typeof payload?.asOf === "string" && isIsoDate(payload.asOf)
      ? payload.asOf
      : localDate(createdAt, tenant.timeZone);
  return {
    toolCalls: parsed.data,
    question: await questionBefore(deps.db, tenant.organizationId, message.threadId, messageId),
    today,
  };
}

const notFound = (id: string) => new AppError("not_found", `unknown report '${id.slice(0, 100)}'`);

/**
 * /api/v1/reports: saved reports of the organization. POST pins an answer (messageId) or explicit
 * tool calls under a name, with periods made relative ("last_month"); GET lists or opens one;
 * PATCH renames; DELETE removes; POST /:id/run re-runs the calls with the period resolved today and
 * answers with the same contract as /agents/query. Viewers list, open and run; analysts and admins
 * also create, rename and delete. Another organization's report id is 404, like a missing one.
 */
export function reportsRouter(deps: AppDeps): Router {
  const router = Router();
  const find = async (tenant: Tenant, id: string) => {
    const report = REPORT_ID.test(id) ? await findSavedReport(deps.db, tenant.organizationId, id) : undefined;
    if (!report) throw notFound(id);
    return report;
  };
  const audit = (tenant: Tenant, action: string, report: SavedReport) =>
    recordAudit(deps.db, {
      organizationId: tenant.organizationId,
      actor: `key:${tenant.keyId}`,
      action,
      target: report.id,
      details: { name: report.name },
    });

  router.get("/", async (_req, res) => {
    const tenant = tenantOf(res);
    res.json({ reports: await listSavedReports(deps.db, tenant.organizationId) });
  });

  router.post("/", async (req, res) => {
    const tenant = tenantOf(res);
    requireRole(tenant, EDITORS);
    const input = createReportInput.parse(req.body ?? {});
    const source = input.messageId
      ? await pinnedAnswer(deps, tenant, input.messageId)
      : {
          toolCalls: input.toolCalls!,
          question: input.question,
          today: localDate(deps.now(), tenant.timeZone),
        };
    checkToolCalls(source.toolCalls);
    const relative = relativeToolCalls(source.toolCalls, source.today);
    const report = await createSavedReport(deps.db, tenant.organizationId, {
      name: input.name,
      question: input.question ?? source.question ?? input.name,
      toolCalls: relative.toolCalls,
      period: relative.period,
      sourceMessageId: input.messageId ?? null,
      createdByKeyId: tenant.keyId,
    });
    await audit(tenant, "report.create", report);
    res.status(201).json(report);
  });

  router.get("/:id", async (req, res) => {
    res.json(await find(tenantOf(res), req.params.id));
  });

  router.patch("/:id", async (req, res) => {
    const tenant = tenantOf(res);
    requireRole(tenant, EDITORS);
    const input = renameReportInput.parse(req.body ?? {});
    const id = req.params.id;
    const report = REPORT_ID.test(id)
      ? await renameSavedReport(deps.db, tenant.organizationId, id, input.name)
      : undefined;
    if (!report) throw notFound(id);
    await audit(tenant, "report.rename", report);
    res.json(report);
  });

  router.delete("/:id", async (req, res) => {
    const tenant = tenantOf(res);
    requireRole(tenant, EDITORS);
    const report = await find(tenant, req.params.id);
    await deleteSavedReport(deps.db, tenant.organizationId, report.id);
    await audit(tenant, "report.delete", report);
    res.status(204).end();
  });

  router.post("/:id/run", async (req, res) => {
    const tenant = tenantOf(res);
    const report = await find(tenant, req.params.id);
    const answer = await runToolCalls(
      {
        db: deps.db,
        catalog: await loadOrgCatalog(deps.db, tenant.organizationId),
        tenant: { ...compileContextOf(tenant), currency: tenant.currency, industry: tenant.industry },
        now: deps.now(),
        embedder: deps.embedder,
        present: {
          currency: tenant.currency,
          timeZone: tenant.timeZone,
          // Channel and platform labels, as the chat's answers show them.
          valueLabels: valueLabelsOf(await plannerDimensionValues(deps.db, tenant.organizationId)),
        },
      },
      report,
    );
    res.json({
      ...answer,
      threadId: "",
      report: { id: report.id, name: report.name, period: report.period },
    });
  });
  return router;
}
