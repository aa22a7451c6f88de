/**
 * list_automations and manage_automation: the chat's side of briefs/manage.ts (the service Slack's
 * `/analyst list schedules` uses). Listing is open to every role; deleting, pausing and resuming
 * need an analyst or admin (as /api/v1/briefs and /api/v1/alerts) and come only after the user
 * confirmed (agent/planner/manage-automation-intent.ts). Planner-only tools, like create_automation.
 * Security note: the organization and the role come from authentication (the deps), never the args.
 */
import { z } from "zod";
import {
  type AutomationSummary,
  changeAutomation,
  listAutomations,
  MANAGE_ROLES,
} from "../../briefs/manage.ts";
import type { Database } from "../../db/database.ts";
import { describeZodIssues } from "../../lib/errors.ts";
import { fail, ok, type ToolResult } from "../../tools/result.ts";

export const LIST_AUTOMATIONS = "list_automations";
export const MANAGE_AUTOMATION = "manage_automation";

/** Who asks: the authenticated organization, its time zone, the role and an actor for the audit log. */
export interface ManageAutomationDeps {
  db: Database;
  organizationId: number;
  timeZone: string;
  now: Date;
  role: string;
  actor: string;
}

/** What list_automations returns. */
export interface AutomationList {
  timeZone: string;
  automations: (AutomationSummary & { cronNumbers?: number[] })[];
}

/** What manage_automation returns. */
export interface ManagedAutomation {
  change: "delete" | "pause" | "resume";
  what: "schedule" | "alert";
  id: number;
  name: string;
}

const manageArgs = z.object({
  change: z.enum(["delete", "pause", "resume"]),
  what: z.enum(["schedule", "alert"]),
  id: z.number().int().positive(),
});

/** The list executor (any role). */
export function createListAutomations(deps: ManageAutomationDeps) {
  return async (_args: unknown): Promise<ToolResult<AutomationList>> => {
    const all = await listAutomations(deps.db, deps.organizationId, deps.timeZone, deps.now);
    return ok({
      timeZone: deps.timeZone,
      // The cron's numbers, so an answer showing the cron is grounded.
      automations: all.map((a) =>
        a.cron ? { ...a, cronNumbers: (a.cron.match(/\d+/g) ?? []).map(Number) } : a,
      ),
    });
  };
}

/** The change executor: parse, check the role, change through briefs/manage.ts (which audits). */
export function createManageAutomation(deps: ManageAutomationDeps) {
  return async (args: unknown): Promise<ToolResult<ManagedAutomation>> => {
    const parsed = manageArgs.safeParse(args);
    if (!parsed.success) return fail("bad_input", describeZodIssues(parsed.error.issues));
    if (!MANAGE_ROLES.has(deps.role))
      return fail(
        "bad_input",
        `deleting, pausing or resuming schedules and alerts needs an analyst or admin; this is a ${deps.role}`,
      );
    const { change, what, id } = parsed.data;
    const done = await changeAutomation(
      deps.db,
      { organizationId: deps.organizationId, actor: deps.actor, via: "agent" },
      { what, id, change },
      deps.now,
    );
    if (!done)
      return fail("bad_input", `id: there is no ${what === "schedule" ? "schedule" : "alert rule"} ${id}`);
    return ok({ change, what, id, name: done.name });
  };
}
