/**
 * Managing the organization's schedules and alert rules from Slack: `/analyst list schedules`
 * (schedules and alert rules), `/analyst delete schedule 3`, `/analyst delete alert 2`. Answered in
 * the command's own acknowledgement (ephemeral), through briefs/manage.ts (the service the chat
 * agent uses too: the same repositories and audit actions as /api/v1/briefs and /api/v1/alerts); the organization is the one the workspace is installed for. Slack members act as
 * analysts (SLACK_ROLE), who may delete.
 */
import { changeAutomation, listAutomations } from "../briefs/manage.ts";
import type { Database } from "../db/database.ts";

/** What a management command asks for. */
export type ManageCommand = { kind: "list" } | { kind: "delete"; what: "schedule" | "alert"; id: number };

const LIST =
  /^(?:list|show|see|view)?\s*(?:(?:all|my|our|the)\s+)?(?:schedules?|scheduled (?:briefs|reports)|alerts?|alert rules|schedules? and alerts?|automations?)\s*$/i;
const DELETE =
  /^(?:delete|remove|cancel|stop|unsubscribe)\s+(?:the\s+)?(schedule|alert(?: rule)?)\s+#?(\d{1,15})\s*$/i;

/**
 * The management command in a slash command's text, or undefined for a question.
 * @example parseManageCommand("delete schedule 3") // { kind: "delete", what: "schedule", id: 3 }
 */
export function parseManageCommand(text: string): ManageCommand | undefined {
  const t = text.trim();
  if (LIST.test(t)) return { kind: "list" };
  const d = DELETE.exec(t);
  if (!d) return undefined;
  return {
    kind: "delete",
    what: d[1]!.toLowerCase().startsWith("alert") ? "alert" : "schedule",
    id: Number(d[2]),
  };
}

function destinations(
  ds: readonly { type: string; channel?: string; to?: string[]; url?: string }[],
): string {
  return ds
    .map((d) => (d.type === "slack" ? `<#${d.channel}>` : d.type === "email" ? "e-mail" : "webhook"))
    .join(", ");
}

/** Run a management command for the organization; the reply's mrkdwn text. */
export async function runManageCommand(
  deps: { db: Database; now: () => Date },
  org: { organizationId: number; timeZone: string },
  command: ManageCommand,
  actor: string,
): Promise<string> {
  const { db } = deps;
  const id = org.organizationId;
  if (command.kind === "list") {
    const all = await listAutomations(db, id, org.timeZone, deps.now());
    const s = all
      .filter((x) => x.what === "schedule")
      .map(
        (x) =>
          `• schedule ${x.id}: ${x.name} (\`${x.cron}\` ${org.timeZone}) to ${destinations(x.destinations)}${x.nextRunAt ? `, next ${x.nextRunAt}` : ", paused"}`,
      );
    const r = all
      .filter((x) => x.what === "alert")
      .map(
        (x) =>
          `• alert ${x.id}: ${x.name} (${x.metric}) to ${destinations(x.destinations)}${x.enabled ? "" : ", paused"}`,
      );
    if (!s.length && !r.length)
      return "No schedules or alert rules yet. Ask me, e.g. “post the weekly brief here every Monday at 9” or “alert me if CPA goes above $50”.";
    return [
      `*Schedules* (${s.length})`,
      ...(s.length ? s : ["• none"]),
      `*Alert rules* (${r.length})`,
      ...(r.length ? r : ["• none"]),
      "Remove one with `/analyst delete schedule <id>` or `/analyst delete alert <id>`.",
    ].join("\n");
  }
  const removed = await changeAutomation(
    db,
    { organizationId: id, actor, via: "slack" },
    { what: command.what, id: command.id, change: "delete" },
    deps.now(),
  );
  if (!removed)
    return `There is no ${command.what} ${command.id} in this workspace's organization. \`/analyst list schedules\` shows them.`;
  return `Deleted ${command.what} ${command.id} (“${removed.name}”).`;
}
