/** create_automation's answer: what was created, where it goes, and how to remove it. */
import type { CreatedAutomation } from "../automation/create.ts";
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
