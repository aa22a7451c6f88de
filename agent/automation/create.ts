/**
 * create_automation: create the schedule or alert rule the user confirmed (agent/planner/
 * automation-intent.ts). It goes through the same zod inputs, repositories and roles as
 * /api/v1/briefs and /api/v1/alerts, so a schedule made in chat is the same row the API and the web
 * app list. Only the local planner calls it, after the confirmation; it is not offered to a
 * configured model (which could skip the confirmation).
 * Security note: the organization and the role come from authentication (the deps), never the args.
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { insertAlertRule } from "../../briefs/alerts/repository.ts";
import { createAlertInput } from "../../briefs/alerts/rule.ts";
import { withSecrets } from "../../briefs/delivery/destinations.ts";
import { nextFires } from "../../briefs/schedule/cron.ts";
import { createScheduleInput } from "../../briefs/schedule/input.ts";
import { insertSchedule } from "../../briefs/schedule/repository.ts";
import type { Database } from "../../db/database.ts";
import { recordAudit } from "../../db/repositories/audit-log.ts";
import { createSavedReport } from "../../db/repositories/saved-reports.ts";
import { describeZodIssues } from "../../lib/errors.ts";
import { localDate } from "../../semantic/query/dates.ts";
import { getToolDefinition } from "../../tools/index.ts";
import { fail, ok, type ToolResult } from "../../tools/result.ts";
import { relativeToolCalls } from "../reports/relative-period.ts";

/** The tool's name (planner-only; not in tools/index.ts's registry). */
export const CREATE_AUTOMATION = "create_automation";

/** Who creates: the authenticated organization and role, and an actor for `created_by`. */
export interface CreateAutomationDeps {
  db: Database;
  organizationId: number;
  timeZone: string;
  now: Date;
  role: string;
  /** "key:12" or "slack:U123": recorded as created_by and in the audit log. */
  actor: string;
}

/** What was created, for the answer (every figure in the text is one of these). */
export interface CreatedAutomation {
  kind: "schedule" | "alert";
  id: number;
  name: string;
  /** Schedules: the cron and its first fire in UTC; hour and minute as said in the answer. */
  cron?: string;
  hour?: number;
  minute?: number;
  nextRunAt?: string | null;
  reportId?: string;
  /** Every number in the cron (hour, minute, day of month or week), so the answer's "1st" and "09:00" are grounded. */
  cronNumbers?: number[];
  when?: string;
  trigger?: string;
  /** Alerts: the threshold the rule compares with. */
  threshold?: number;
  destination: string;
  secrets: { destination: number; secret: string }[];
}

const draftArgs = z.object({
  draft: z.discriminatedUnion("kind", [
    z.object({
      kind: z.literal("schedule"),
      cron: z.string(),
      when: z.string(),
      what: z.enum(["brief", "this"]),
      briefPeriod: z.enum(["last_week", "last_month"]).optional(),
      question: z.string().optional(),
      toolCalls: z.array(z.object({ name: z.string(), args: z.record(z.string(), z.unknown()) })).optional(),
      destination: z.record(z.string(), z.unknown()),
      name: z.string(),
    }),
    z.object({
      kind: z.literal("alert"),
      metric: z.string(),
      metricLabel: z.string(),
      condition: z.record(z.string(), z.unknown()),
      scope: z.object({ dimension: z.string(), member: z.string(), label: z.string() }).optional(),
      destination: z.record(z.string(), z.unknown()),
      name: z.string(),
    }),
  ]),
});

const MANAGERS = new Set(["admin", "analyst"]);
const randomSecret = () => randomBytes(24).toString("base64url");

function destinationWords(d: Record<string, unknown>): string {
  if (d.type === "slack") return `Slack channel ${String(d.channel)}`;
  if (d.type === "email") return `e-mail to ${(d.to as string[]).join(", ")}`;
  return `webhook ${String(d.url)}`;
}

function invalid(error: z.ZodError): ToolResult<never> {
  return fail("bad_input", describeZodIssues(error.issues));
}

/** The executor: parse, check the role, create, audit. */
export function createCreateAutomation(deps: CreateAutomationDeps) {
  return async (args: unknown): Promise<ToolResult<CreatedAutomation>> => {
    const parsed = draftArgs.safeParse(args);
    if (!parsed.success) return invalid(parsed.error);
    if (!MANAGERS.has(deps.role))
      return fail(
        "bad_input",
        `creating schedules and alerts needs an analyst or admin; this is a ${deps.role}`,
      );
    const d = parsed.data.draft;
    const audit = (action: string, id: number) =>
      recordAudit(deps.db, {
        organizationId: deps.organizationId,
        actor: deps.actor,
        action,
        target: String(id),
        details: { via: "agent" },
      });
    if (d.kind === "alert") {
      const input = createAlertInput.safeParse({
        name: d.name,
        metric: d.metric,
        condition: d.condition,
        ...(d.scope ? { scope: { dimension: d.scope.dimension, member: d.scope.member } } : {}),
        destinations: [d.destination],
      });
      if (!input.success) return invalid(input.error);
      const { stored, secrets } = withSecrets(input.data.destinations, randomSecret);
      const row = await insertAlertRule(
        deps.db,
        deps.organizationId,
        {
          name: input.data.name,
          metric: input.data.metric,
          condition: input.data.condition,
          scope: input.data.scope ?? null,
          destinations: stored,
          enabled: true,
          evaluatedThrough: null,
          createdBy: deps.actor,
        },
        deps.now,
      );
      await audit("alert_rule.create", row.id);
      return ok({
        kind: "alert",
        id: row.id,
        name: row.name,
        trigger: d.name,
        ...(typeof d.condition.value === "number" ? { threshold: d.condition.value } : {}),
        destination: destinationWords(d.destination),
        secrets,
      });
    }
    let reportId: string | undefined;
    if (d.what === "this") {
      const calls = d.toolCalls ?? [];
      const bad = calls.findIndex((c) => !getToolDefinition(c.name)?.inputSchema.safeParse(c.args).success);
      if (!calls.length || bad >= 0)
        return fail("bad_input", "toolCalls: the previous answer ran no tool that can be repeated");
      const relative = relativeToolCalls(calls, localDate(deps.now, deps.timeZone));
      const report = await createSavedReport(deps.db, deps.organizationId, {
        name: d.name,
        question: d.question ?? d.name,
        toolCalls: relative.toolCalls,
        period: relative.period,
        sourceMessageId: null,
        createdByKeyId: null,
      });
      reportId = report.id;
    }
    const input = createScheduleInput.safeParse({
      name: d.name,
      kind: reportId ? "report" : "brief",
      target: reportId ? { reportId } : { period: { preset: d.briefPeriod ?? "last_week" } },
      cron: d.cron,
      destinations: [d.destination],
    });
    if (!input.success) return invalid(input.error);
    const { stored, secrets } = withSecrets(input.data.destinations, randomSecret);
    const row = await insertSchedule(
      deps.db,
      deps.organizationId,
      { ...input.data, destinations: stored, createdBy: deps.actor },
      deps.now,
    );
    await audit("schedule.create", row.id);
    const [minute, hour] = row.cron.split(" ").map(Number);
    return ok({
      kind: "schedule",
      id: row.id,
      name: row.name,
      cron: row.cron,
      ...(hour === undefined || minute === undefined ? {} : { hour, minute }),
      cronNumbers: (row.cron.match(/\d+/g) ?? []).map(Number),
      nextRunAt: nextFires(row.cron, deps.timeZone, deps.now)[0]?.toISOString() ?? null,
      ...(reportId ? { reportId } : {}),
      when: d.when,
      destination: destinationWords(d.destination),
      secrets,
    });
  };
}
