/**
 * Listing, deleting, pausing and resuming an organization's schedules and alert rules: the one
 * service the chat agent (agent/automation/manage.ts) and Slack (`/analyst list schedules`,
 * slack/manage.ts) share. Same repositories and audit actions as /api/v1/briefs and /api/v1/alerts
 * (`schedule.delete`, `schedule.update`, `alert_rule.delete`, `alert_rule.update`); the callers
 * check the role (analysts and admins change, every role lists).
 */
import type { Database } from "../db/database.ts";
import { recordAudit } from "../db/repositories/audit-log.ts";
import { deleteAlertRule, getAlertRule, listAlertRules, updateAlertRule } from "./alerts/repository.ts";
import { nextFires } from "./schedule/cron.ts";
import { deleteSchedule, getSchedule, listSchedules, updateSchedule } from "./schedule/repository.ts";

/** A schedule or alert rule as the chat and Slack show it. */
export interface AutomationSummary {
  what: "schedule" | "alert";
  id: number;
  name: string;
  enabled: boolean;
  /** Schedules: the cron (in the organization's time zone), what they deliver, the next fire (UTC ISO). */
  cron?: string;
  kind?: "brief" | "report";
  nextRunAt?: string | null;
  /** Alert rules: the catalog metric watched. */
  metric?: string;
  destinations: { type: string; channel?: string; to?: string[]; url?: string }[];
}

/** What a change does. */
export type AutomationChange = "delete" | "pause" | "resume";

/** Roles that may delete, pause or resume (as the API's MANAGE_ROLES). */
export const MANAGE_ROLES: ReadonlySet<string> = new Set(["admin", "analyst"]);

/**
 * Every schedule and alert rule of the organization, schedules first, each by id.
 * @example (await listAutomations(db, 1, "America/New_York", now))[0] // { what: "schedule", id: 3, name: "Weekly brief", ... }
 */
export async function listAutomations(
  db: Database,
  organizationId: number,
  timeZone: string,
  now: Date,
): Promise<AutomationSummary[]> {
  const [schedules, rules] = await Promise.all([
    listSchedules(db, organizationId),
    listAlertRules(db, organizationId),
  ]);
  return [
    ...schedules.map(
      (s): AutomationSummary => ({
        what: "schedule",
        id: s.id,
        name: s.name,
        enabled: s.enabled,
        cron: s.cron,
        kind: s.kind,
        nextRunAt: s.enabled ? (nextFires(s.cron, timeZone, now)[0]?.toISOString() ?? null) : null,
        destinations: s.destinations,
      }),
    ),
    ...rules.map(
      (r): AutomationSummary => ({
        what: "alert",
        id: r.id,
        name: r.name,
        enabled: r.enabled,
        metric: r.metric,
        destinations: r.destinations,
      }),
    ),
  ];
}

/**
 * Delete, pause or resume one schedule or rule of the organization, and audit it. Returns the
 * name it had, or undefined when the organization has no such schedule or rule.
 * @example await changeAutomation(db, { organizationId: 1, actor: "key:3", via: "agent" }, { what: "alert", id: 2, change: "pause" }, now)
 */
export async function changeAutomation(
  db: Database,
  who: { organizationId: number; actor: string; via: "agent" | "slack" },
  target: { what: "schedule" | "alert"; id: number; change: AutomationChange },
  now: Date,
): Promise<{ name: string } | undefined> {
  const { organizationId } = who;
  const { what, id, change } = target;
  const found =
    what === "schedule"
      ? await getSchedule(db, organizationId, id)
      : await getAlertRule(db, organizationId, id);
  if (!found) return undefined;
  let done: boolean;
  if (change === "delete")
    done =
      what === "schedule"
        ? await deleteSchedule(db, organizationId, id)
        : await deleteAlertRule(db, organizationId, id);
  else {
    const enabled = change === "resume";
    done =
      (what === "schedule"
        ? await updateSchedule(db, organizationId, id, { enabled }, now)
        : await updateAlertRule(db, organizationId, id, { enabled }, now)) !== undefined;
  }
  if (!done) return undefined;
  const noun = what === "schedule" ? "schedule" : "alert_rule";
  await recordAudit(db, {
    organizationId,
    actor: who.actor,
    action: `${noun}.${change === "delete" ? "delete" : "update"}`,
    target: String(id),
    details:
      change === "delete"
        ? { via: who.via }
        : { via: who.via, fields: ["enabled"], enabled: change === "resume" },
  });
  return { name: found.name };
}
