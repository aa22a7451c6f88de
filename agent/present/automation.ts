/** Answers of the planner-only automation tools: what was created, listed or changed. */
import type { CreatedAutomation } from "../automation/create.ts";
import type { AutomationList, ManagedAutomation } from "../automation/manage.ts";
import type { Presentation } from "./types.ts";

/** The confirmation that a schedule or alert rule now exists. */
export function presentAutomation(data: unknown): Presentation {
  const c = data as CreatedAutomation;
  // A secret never goes into a chat transcript: the API shows a new one once on PATCH.
  const path = c.kind === "schedule" ? "briefs" : "alerts";
  const secret = c.secrets.length
    ? ` The webhook's signing secret is not shown in chat; to get one, set it with PATCH /api/v1/${path}/${c.id} (the response shows it once).`
    : "";
  const text =
    c.kind === "schedule"
      ? `Created schedule ${c.id} (${c.reportId ? "your previous question, re-run with fresh data" : `"${c.name}"`}): ${c.when}, delivered to ${c.destination}.${secret} To remove it: DELETE /api/v1/briefs/${c.id}, or "/analyst delete schedule ${c.id}" in Slack.`
      : `Created alert rule ${c.id} ("${c.name}"), delivered to ${c.destination}; it is checked after each data load and daily.${secret} To remove it: DELETE /api/v1/alerts/${c.id}, or "/analyst delete alert ${c.id}" in Slack.`;
  return {
    text,
    data: {
      columns: [
        { key: "kind", label: "Kind" },
        { key: "id", label: "Id" },
        { key: "name", label: "Name" },
        { key: "destination", label: "Destination" },
      ],
      rows: [{ kind: c.kind, id: c.id, name: c.name, destination: c.destination }],
    },
    provenance: { tool: "create_automation", kind: c.kind, id: c.id, cron: c.cron ?? null },
  };
}

function destinationWords(ds: AutomationList["automations"][number]["destinations"]): string {
  return ds
    .map((d) =>
      d.type === "slack"
        ? `Slack channel ${d.channel}`
        : d.type === "email"
          ? `e-mail to ${(d.to ?? []).join(", ")}`
          : "a webhook",
    )
    .join(" and ");
}

/** list_automations' answer: every schedule and alert rule with its number, so it can be changed. */
export function presentAutomationList(data: unknown): Presentation {
  const d = data as AutomationList;
  const schedules = d.automations.filter((a) => a.what === "schedule");
  const rules = d.automations.filter((a) => a.what === "alert");
  const lines: string[] = [];
  if (!d.automations.length)
    lines.push(
      'You have no schedules or alert rules yet. Ask e.g. "email me the weekly brief every Monday morning" or "alert me if CPA goes above its target".',
    );
  else {
    lines.push(`Schedules (${schedules.length}):`);
    for (const s of schedules)
      lines.push(
        `- schedule ${s.id}: "${s.name}" (${s.kind === "report" ? "a saved report" : "the insight brief"}), cron \`${s.cron}\` in ${d.timeZone}, to ${destinationWords(s.destinations)}${s.enabled ? `; next ${s.nextRunAt ?? "never"}` : "; paused"}`,
      );
    if (!schedules.length) lines.push("- none");
    lines.push(`Alert rules (${rules.length}):`);
    for (const r of rules)
      lines.push(
        `- alert ${r.id}: "${r.name}" (watches ${r.metric}), to ${destinationWords(r.destinations)}${r.enabled ? "" : "; paused"}`,
      );
    if (!rules.length) lines.push("- none");
    lines.push('To change one, say e.g. "pause alert 2", "resume schedule 3" or "delete schedule 3".');
  }
  return {
    text: lines.join("\n"),
    data: {
      columns: [
        { key: "what", label: "Kind" },
        { key: "id", label: "Id" },
        { key: "name", label: "Name" },
        { key: "enabled", label: "On" },
        { key: "when", label: "Cron or metric" },
        { key: "nextRunAt", label: "Next run (UTC)" },
      ],
      rows: d.automations.map((a) => ({
        what: a.what,
        id: a.id,
        name: a.name,
        enabled: a.enabled,
        when: a.cron ?? a.metric ?? null,
        nextRunAt: a.nextRunAt ?? null,
      })),
    },
    provenance: { tool: "list_automations", timeZone: d.timeZone, count: d.automations.length },
  };
}

/** manage_automation's answer: what was done to which one. */
export function presentAutomationChange(data: unknown): Presentation {
  const c = data as ManagedAutomation;
  const which = `${c.what === "schedule" ? "schedule" : "alert rule"} ${c.id} ("${c.name}")`;
  const text =
    c.change === "delete"
      ? `Deleted ${which}. It will not be sent again.`
      : c.change === "pause"
        ? `Paused ${which}: nothing is sent until you resume it ("resume ${c.what} ${c.id}").`
        : `Resumed ${which}: it is sent again from its next ${c.what === "schedule" ? "scheduled time" : "evaluation"}.`;
  return {
    text,
    data: {
      columns: [
        { key: "change", label: "Change" },
        { key: "what", label: "Kind" },
        { key: "id", label: "Id" },
        { key: "name", label: "Name" },
      ],
      rows: [{ change: c.change, what: c.what, id: c.id, name: c.name }],
    },
    provenance: { tool: "manage_automation", change: c.change, what: c.what, id: c.id },
  };
}
