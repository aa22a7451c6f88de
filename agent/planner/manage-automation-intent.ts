/**
 * Managing schedules and alert rules in chat: "list my schedules", "what alerts do I have" (any
 * role: a list_automations call), "delete schedule 3", "pause the CPA alert", "stop sending the
 * monday brief" (analysts and admins: a confirmation naming exactly which one, then on Confirm a
 * manage_automation call through briefs/manage.ts, the service Slack uses). The schedule or rule
 * is found among the organization's own (`ctx.automations`, read by the service only for these
 * questions) by id, or by what the words say about it: the metric an alert watches, the weekday or
 * rhythm of a schedule, words of its name. Wordings are data (phrasings/manage.ts).
 */
import type { AutomationDraft } from "./automation-intent.ts";
import type { ParsedQuestion } from "./parse.ts";
import {
  ALERT_NOUN,
  CHANGE_VERBS,
  CREATE_WORDS,
  LIST_REQUEST,
  MANAGE_NOUN,
  SCHEDULE_NOUN,
  scheduleWeekday,
} from "./phrasings/manage.ts";
import type { ClarifyOption, Plan, PlannerContext } from "./types.ts";

/** A schedule or rule as the planner knows it (briefs/manage.ts AutomationSummary fits). */
export interface KnownAutomation {
  what: "schedule" | "alert";
  id: number;
  name: string;
  enabled: boolean;
  cron?: string | undefined;
  kind?: "brief" | "report" | undefined;
  metric?: string | undefined;
}

type Change = "delete" | "pause" | "resume";
const MANAGERS = new Set(["admin", "analyst"]);
const OPTIONS: ClarifyOption[] = [
  { id: "automation:confirm", label: "Confirm" },
  { id: "automation:cancel", label: "Cancel" },
];

/** The change a question asks for, if it asks to delete, pause or resume one. */
function changeOf(text: string): Change | undefined {
  return CHANGE_VERBS.find((v) => v.re.test(text))?.change;
}

/** Whether the words ask to list, delete, pause or resume schedules or alerts (not to create one). */
export function isManageRequest(text: string): boolean {
  return LIST_REQUEST.test(text) || isChangeRequest(text);
}

function isChangeRequest(text: string): boolean {
  return changeOf(text) !== undefined && MANAGE_NOUN.test(text) && !CREATE_WORDS.test(text);
}

function label(a: KnownAutomation): string {
  return `${a.what === "schedule" ? "schedule" : "alert rule"} ${a.id} ("${a.name}")`;
}

/** How well a schedule or rule fits the words (0: not at all). */
function matchScore(a: KnownAutomation, text: string, p: ParsedQuestion): number {
  let score = 0;
  if (a.what === "alert" && a.metric && p.metrics.includes(a.metric)) score += 3;
  const day = scheduleWeekday(text);
  if (a.what === "schedule" && day !== undefined && a.cron) {
    const dow = a.cron.split(" ")[4] ?? "*";
    if (dow === String(day) || (dow.includes("-") && day >= 1 && day <= 5)) score += 3;
    else return 0;
  }
  if (a.what === "schedule" && /\b(?:brief|digest|summary)\b/.test(text) && a.kind === "brief") score += 1;
  if (a.what === "schedule" && /\breport\b/.test(text) && a.kind === "report") score += 1;
  const nameWords = new Set(
    a.name
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2),
  );
  for (const w of text.split(" ")) if (w.length > 2 && nameWords.has(w)) score += 1;
  return score;
}

/**
 * The plan for a management request, or undefined when the question is not one.
 * @example planManageAutomation("delete schedule 3", p, ctx) // { kind: "clarify", question: "I'll delete schedule 3 (...)" }
 */
export function planManageAutomation(
  question: string,
  p: ParsedQuestion,
  ctx: PlannerContext,
): Plan | undefined {
  const text = p.text;
  const change = changeOf(text);
  if (change === undefined || !isChangeRequest(text)) {
    if (!LIST_REQUEST.test(text)) return undefined;
    return {
      kind: "tool_calls",
      intent: "automation",
      calls: [{ name: "list_automations", args: {} }],
      frame: {
        intent: "automation",
        metrics: [],
        dimensions: [],
        filters: [],
        period: { from: "", to: "", label: "default" },
      },
    };
  }
  const role = ctx.requester?.role;
  if (role && !MANAGERS.has(role))
    return {
      kind: "decline",
      message: `Deleting, pausing or resuming schedules and alerts needs an analyst or admin key; yours is a ${role} key. "List my schedules" shows them.`,
    };
  const wantsAlert = ALERT_NOUN.test(text);
  const wantsSchedule = SCHEDULE_NOUN.test(text);
  const all = ctx.automations ?? [];
  const pool = all.filter((a) =>
    wantsAlert && !wantsSchedule
      ? a.what === "alert"
      : wantsSchedule && !wantsAlert
        ? a.what === "schedule"
        : true,
  );
  const idMatch =
    /\b(?:schedule|alert(?: rule)?|rule|brief|report|number|no|#)\s*#?\s*(\d{1,9})\b/.exec(text) ??
    /#(\d{1,9})\b/.exec(question);
  let target: KnownAutomation | undefined;
  if (idMatch) {
    const id = Number(idMatch[1]);
    target = pool.find((a) => a.id === id);
    if (!target)
      return {
        kind: "decline",
        message: `There is no ${wantsAlert && !wantsSchedule ? "alert rule" : "schedule"} ${id} in your organization. "List my schedules" shows them with their numbers.`,
      };
  } else {
    const scored = pool.map((a) => ({ a, s: matchScore(a, text, p) })).filter((x) => x.s > 0);
    const best = Math.max(0, ...scored.map((x) => x.s));
    const top = scored.filter((x) => x.s === best).map((x) => x.a);
    if (top.length !== 1) {
      const listed = (top.length ? top : pool).map(label).join(", ");
      return {
        kind: "decline",
        message: pool.length
          ? `Which one? ${top.length ? "These fit" : "Nothing fits those words; you have"}: ${listed}. Say e.g. "${change} ${(top[0] ?? pool[0])!.what} ${(top[0] ?? pool[0])!.id}".`
          : `You have no ${wantsAlert && !wantsSchedule ? "alert rules" : wantsSchedule && !wantsAlert ? "schedules" : "schedules or alert rules"} to ${change}.`,
      };
    }
    target = top[0]!;
  }
  if (change === "pause" && !target.enabled)
    return {
      kind: "decline",
      message: `${label(target)} is already paused. Say "resume ${target.what} ${target.id}" to turn it back on.`,
    };
  if (change === "resume" && target.enabled)
    return { kind: "decline", message: `${label(target)} is already on.` };
  const draft: AutomationDraft = {
    kind: "manage",
    change,
    what: target.what,
    id: target.id,
    name: target.name,
  };
  return {
    kind: "clarify",
    question: describeManage(draft),
    options: OPTIONS,
    originalQuestion: question,
    automation: draft,
  };
}

/** The confirmation: exactly which one and what happens to it. */
export function describeManage(d: Extract<AutomationDraft, { kind: "manage" }>): string {
  const which = `${d.what === "schedule" ? "schedule" : "alert rule"} ${d.id} ("${d.name}")`;
  if (d.change === "delete")
    return `I'll delete ${which}; it will not be sent again and this cannot be undone. Shall I delete it?`;
  if (d.change === "pause")
    return `I'll pause ${which}: nothing is sent until it is resumed ("resume ${d.what} ${d.id}"). Shall I pause it?`;
  return `I'll resume ${which}: it is sent again from its next ${d.what === "schedule" ? "scheduled time" : "evaluation"}. Shall I resume it?`;
}
