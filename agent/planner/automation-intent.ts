/**
 * Scheduling and alert requests ("send me this every Monday at 9", "alert me if CPA goes above
 * $50"): read into a draft of exactly what would be created, shown for confirmation with two
 * options. Nothing is created here (the planner is pure): on "confirm" the planner emits the
 * `create_automation` call (agent/automation/) whose executor creates it through the same
 * repositories, validation and roles as /api/v1/briefs and /api/v1/alerts. Wordings are data
 * (phrasings/automation.ts).
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { describeManage, planManageAutomation } from "./manage-automation-intent.ts";
import type { ParsedQuestion } from "./parse.ts";
import {
  ABOVE,
  ANOMALY,
  BELOW,
  BRIEF_WORDS,
  DAY_PARTS,
  EMAIL_ADDRESS,
  EMAIL_WORDS,
  RECURRENCES,
  SLACK_WORDS,
  TARGET_WORDS,
  THIS_WORDS,
  WEBHOOK_URL,
} from "./phrasings/automation.ts";
import { scheduleRequest } from "./scope.ts";
import type { ClarifyOption, Plan, PlannedCall, PlannerContext } from "./types.ts";

/** Where a created schedule or rule delivers (the API's destination shapes). */
export type AutomationDestination =
  | { type: "slack"; channel: string }
  | { type: "email"; to: string[] }
  | { type: "webhook"; url: string };

/** A schedule or alert rule the user asked for, exactly as it would be created. */
export type AutomationDraft =
  | {
      kind: "schedule";
      cron: string;
      /** The cron in words in the organization's time zone ("every Monday at 09:00 (America/New_York)"). */
      when: string;
      what: "brief" | "this";
      briefPeriod?: "last_week" | "last_month" | undefined;
      /** "this": the previous question and its tool calls, to save as a report. */
      question?: string | undefined;
      toolCalls?: PlannedCall[] | undefined;
      destination: AutomationDestination;
      name: string;
    }
  | {
      kind: "alert";
      metric: string;
      metricLabel: string;
      condition:
        | { kind: "threshold"; op: "above" | "below"; value: number }
        | { kind: "anomaly"; sensitivity: number }
        | { kind: "target" };
      scope?: { dimension: "channel" | "campaign"; member: string; label: string } | undefined;
      destination: AutomationDestination;
      name: string;
    }
  | {
      /** Delete, pause or resume an existing schedule or rule (manage-automation-intent.ts). */
      kind: "manage";
      change: "delete" | "pause" | "resume";
      what: "schedule" | "alert";
      id: number;
      name: string;
    };

/** The caller as the planner may know it: for destinations and whether they may create things. */
export interface AutomationRequester {
  /** "admin" and "analyst" create schedules and rules; other roles only read. */
  role: string;
  surface?: "api" | "cli" | "slack" | "web" | undefined;
  /** The Slack channel the question was asked in (a schedule there posts there). */
  slackChannel?: string | undefined;
  /** The asker's e-mail address, when the key or user has one. */
  email?: string | undefined;
}

/** Clarification ids of the confirmation. */
export const CONFIRM_ID = "automation:confirm";
export const CANCEL_ID = "automation:cancel";
const MANAGERS = new Set(["admin", "analyst"]);
const DEFAULT_SENSITIVITY = 4;

// para23: "a weekly report on monday mornings", "on fridays": a weekday in the plural recurs.
const DELIVERY_OR_RHYTHM =
  /\b(?:send|sent|email|e mail|mail|post|deliver|schedul\w*|subscribe|alert|notify|ping|warn|message|text|slack|inbox|every|each|(?:mon|tues|wednes|thurs|fri|satur|sun)days|(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:mornings|afternoons|evenings))\b/;
const EMAIL_VERB = /\b(?:e ?mail|mail) (?:me|us|it|this|that|them)\b/;

/** Whether the words ask for something recurring or triggered (the old decline's test, widened). */
export function isAutomationRequest(text: string): boolean {
  return (
    // "can I get the weekly report" is the brief now; a delivery or a rhythm makes it a schedule.
    (scheduleRequest(text) && DELIVERY_OR_RHYTHM.test(text)) ||
    /\b(?:let me know|tell me|notify me|alert me|ping me|warn me|email me|text me) (?:if|when|whenever|as soon as)\b/.test(
      text,
    ) ||
    /\b(?:create|add|make|set up|setup) (?:an? |me an? )?(?:alert|notification)s?\b/.test(text) ||
    /\bsubscribe (?:me|us) to\b/.test(text) ||
    (/\b(?:schedul\w*|set up|setup)\b/.test(text) && RECURRENCES.some((r) => r.re.test(text))) ||
    (/\bin my inbox\b/.test(text) && RECURRENCES.some((r) => r.re.test(text)))
  );
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The time of day: a clock time ("at 9", "9:30 am", "at 17 00"), a part of the day, or 09:00. */
function timeOf(text: string): { hour: number; minute: number } {
  const m =
    /\bat (\d{1,2})(?:[: ](\d{2}))?(?: ?(am|pm|a m|p m))?\b/.exec(text) ??
    /\b(\d{1,2})(?:[: ](\d{2}))? ?(am|pm|a m|p m)\b/.exec(text);
  if (m) {
    let hour = Number(m[1]);
    const minute = m[2] ? Number(m[2]) : 0;
    const pm = m[3]?.startsWith("p");
    if (pm && hour < 12) hour += 12;
    if (m[3]?.startsWith("a") && hour === 12) hour = 0;
    if (hour <= 23 && minute <= 59) return { hour, minute };
  }
  const part = DAY_PARTS.find((d) => d.re.test(text));
  return { hour: part?.hour ?? 9, minute: 0 };
}

/** A Slack channel named with its hash: "#marketing", "#growth-team". */
const SLACK_HASH = /(?:^|[\s(])#([a-z0-9][a-z0-9_-]{0,79})\b/i;
/** A Slack channel named in words: "the slack channel marketing", "slack channel called growth". */
const SLACK_NAMED = /\bslack channel (?:called |named )?["']?([a-z0-9][a-z0-9_-]{0,79})\b/i;

/** Where it goes, or what is missing, in words. */
function destinationOf(
  text: string,
  raw: string,
  requester: AutomationRequester | undefined,
): { destination: AutomationDestination } | { missing: string } {
  const address = EMAIL_ADDRESS.exec(raw)?.[0];
  if (address) return { destination: { type: "email", to: [address.toLowerCase()] } };
  const url = WEBHOOK_URL.exec(raw)?.[0];
  if (url) return { destination: { type: "webhook", url: url.replace(/[.,;)]+$/, "") } };
  // "to slack #marketing", "in the slack channel growth-team": that channel, wherever it is asked
  // from (the delivery takes a channel id or #name).
  const channel = (SLACK_HASH.exec(raw) ?? SLACK_NAMED.exec(raw))?.[1];
  if (channel) return { destination: { type: "slack", channel: `#${channel.toLowerCase()}` } };
  const slackAsked = SLACK_WORDS.test(text);
  const emailAsked = EMAIL_WORDS.test(text) && !slackAsked;
  if (emailAsked) {
    if (requester?.email) return { destination: { type: "email", to: [requester.email] } };
    return {
      missing:
        'Which e-mail address should it go to? Your key has none on file: say it again with the address, e.g. "email me a weekly report every Monday at name@example.com".',
    };
  }
  if (requester?.slackChannel) return { destination: { type: "slack", channel: requester.slackChannel } };
  if (slackAsked)
    return {
      missing:
        'To post in Slack, ask me from the Slack channel it should go to (it posts where you ask). From here I can deliver by e-mail ("… at name@example.com") or to a webhook URL ("… to https://…").',
    };
  if (requester?.email) return { destination: { type: "email", to: [requester.email] } };
  return {
    missing:
      'Where should it go? Name an e-mail address ("… at name@example.com") or a webhook URL ("… to https://…"), or ask me from the Slack channel it should post in.',
  };
}

function destinationWords(d: AutomationDestination): string {
  // A channel named in the question ("#marketing"), else the one it was asked from.
  if (d.type === "slack")
    return d.channel.startsWith("#") ? `the Slack channel ${d.channel}` : `this Slack channel (${d.channel})`;
  if (d.type === "email") return `e-mail to ${d.to.join(", ")}`;
  return `the webhook ${d.url} (signed with HMAC-SHA256; the secret is shown once)`;
}

/** A threshold's value in the metric's unit: "$2k" -> 2000, "2%" -> 0.02 for a percentage. */
function thresholdValue(text: string, after: number, percentMetric: boolean): number | undefined {
  const m = /(?:[$€£]\s*)?(\d+(?:\.\d+)?)\s*(k|m|%|percent|x)?(?![\d])/.exec(text.slice(after));
  if (!m) return undefined;
  let v = Number(m[1]);
  if (m[2] === "k") v *= 1000;
  if (m[2] === "m") v *= 1_000_000;
  if (percentMetric && (m[2] === "%" || m[2] === "percent" || v > 1)) v /= 100;
  return Math.round(v * 1e6) / 1e6;
}

function isPercent(catalog: Catalog, metric: string): boolean {
  const def = catalog.metrics.get(metric);
  return def?.unit === "percent" || (def?.unit === "ratio" && def.format === "percent");
}

function alertDraft(
  p: ParsedQuestion,
  ctx: PlannerContext,
  destination: AutomationDestination,
): AutomationDraft | string {
  const text = p.text;
  const metric = p.metrics.find((m) => m !== "mer") ?? p.metrics[0];
  if (!metric)
    return 'Which metric should the alert watch? For example "alert me if CPA goes above $50" or "notify me if spend spikes".';
  const def = ctx.catalog.metrics.get(metric);
  const metricLabel = def?.label ?? metric;
  let condition: Extract<AutomationDraft, { kind: "alert" }>["condition"] | undefined;
  if (TARGET_WORDS.test(text)) condition = { kind: "target" };
  else {
    const above = ABOVE.exec(text);
    const below = BELOW.exec(text);
    const op = above && (!below || above.index < below.index) ? above : below;
    if (op) {
      const value = thresholdValue(text, op.index + op[0].length, isPercent(ctx.catalog, metric));
      if (value !== undefined) condition = { kind: "threshold", op: op === above ? "above" : "below", value };
    }
    if (!condition && ANOMALY.test(text)) condition = { kind: "anomaly", sensitivity: DEFAULT_SENSITIVITY };
  }
  if (!condition)
    return `What should trigger the alert on ${metricLabel}? A value ("above 50", "below 2"), its target ("misses its target"), or anything unusual ("spikes").`;
  // "email me if ...": the verb is not an email-channel filter.
  const filters = p.dims.filters.filter(
    (f) =>
      !(f.field === "channel" && f.values.length === 1 && f.values[0] === "email" && EMAIL_VERB.test(text)),
  );
  const f = filters.find((x) => x.field === "channel" || x.field === "campaign");
  if (filters.length > 1 || (filters.length === 1 && f?.values.length !== 1))
    return "An alert can watch the whole business, one channel or one campaign; name at most one.";
  const value = f ? String(f.values[0]) : undefined;
  const label = value
    ? (ctx.dimensionValues.find((v) => v.dimension === f!.field && v.value === value)?.label ?? value)
    : undefined;
  // Alert scopes name campaigns by name and channels by key (briefs/alerts/rule.ts).
  const scope =
    f && value && label
      ? {
          dimension: f.field as "channel" | "campaign",
          member: f.field === "campaign" ? label : value,
          label,
        }
      : undefined;
  const where = scope ? ` on ${scope.label}` : "";
  const name =
    condition.kind === "threshold"
      ? `${metricLabel}${where} ${condition.op} ${condition.value}`
      : condition.kind === "target"
        ? `${metricLabel}${where} off target`
        : `${metricLabel}${where} unusual`;
  return { kind: "alert", metric, metricLabel, condition, ...(scope ? { scope } : {}), destination, name };
}

function scheduleDraft(
  p: ParsedQuestion,
  ctx: PlannerContext,
  destination: AutomationDestination,
): AutomationDraft | string {
  const text = p.text;
  // "subscribe me to the weekly digest" names its rhythm; a bare "subscribe" means weekly.
  const recurrence =
    RECURRENCES.find((r) => r.re.test(text)) ??
    (/\bsubscribe\b/.test(text) ? RECURRENCES.find((r) => r.words === "every Monday") : undefined);
  if (!recurrence)
    return 'How often should it go out? For example "every Monday at 9", "every day at 8" or "monthly".';
  const { hour, minute } = timeOf(text);
  const [dom, dow] = recurrence.days.split(" ");
  const cron = `${minute} ${hour} ${dom} * ${dow}`;
  const when = `${recurrence.words} at ${pad(hour)}:${pad(minute)} (${ctx.timeZone})`;
  const previous = ctx.previous?.kind === "tool_calls" ? ctx.previous : undefined;
  const wantsThis = THIS_WORDS.test(text.replace(/\bthis (?:week|month|morning|channel)\b/g, ""));
  const wantsBrief = BRIEF_WORDS.test(text);
  if (wantsThis && !wantsBrief) {
    if (!previous || !ctx.previousQuestion)
      return 'Send which answer? Ask the question first, then say "send me this every Monday at 9" in the same conversation.';
    return {
      kind: "schedule",
      cron,
      when,
      what: "this",
      question: ctx.previousQuestion,
      toolCalls: previous.calls,
      destination,
      name: ctx.previousQuestion.slice(0, 100),
    };
  }
  if (!recurrence.briefPeriod)
    return 'The insight brief covers a week or a month, so it goes out weekly or monthly. For a daily delivery, ask the question first and then say "send me this every day at 9".';
  return {
    kind: "schedule",
    cron,
    when,
    what: "brief",
    briefPeriod: recurrence.briefPeriod,
    destination,
    name: recurrence.briefPeriod === "last_month" ? "Monthly brief" : "Weekly brief",
  };
}

/** The confirmation question: exactly what would be created. */
export function describeDraft(d: AutomationDraft): string {
  if (d.kind === "manage") return describeManage(d);
  if (d.kind === "schedule") {
    const what =
      d.what === "this"
        ? `the answer to "${d.question}" (re-run with fresh data each time)`
        : `the insight brief for the ${d.briefPeriod === "last_month" ? "previous month" : "previous week (Monday to Sunday)"}`;
    return `I'll schedule ${what}, ${d.when}, delivered to ${destinationWords(d.destination)}. Shall I create it?`;
  }
  const where = d.scope ? ` on ${d.scope.label}` : " across the whole business";
  const trigger =
    d.condition.kind === "threshold"
      ? `when a day's ${d.metricLabel}${where} is ${d.condition.op} ${d.condition.value}`
      : d.condition.kind === "target"
        ? `when a day's ${d.metricLabel}${where} misses its target (set in /api/v1/targets)`
        : `when the anomaly detector finds an unusual day for ${d.metricLabel}${where}`;
  return `I'll create an alert rule ${trigger}, checked after each data load and daily (at most one alert per day), delivered to ${destinationWords(d.destination)}. Shall I create it?`;
}

const OPTIONS: ClarifyOption[] = [
  { id: CONFIRM_ID, label: "Confirm" },
  { id: CANCEL_ID, label: "Cancel" },
];

/**
 * The plan for a scheduling or alert request: a confirmation with the draft, or a decline that
 * says what is missing (a viewer's key, an e-mail address, a metric). Undefined when the question
 * is not such a request.
 */
export function planAutomation(question: string, p: ParsedQuestion, ctx: PlannerContext): Plan | undefined {
  const manage = planManageAutomation(question, p, ctx);
  if (manage) return manage;
  if (!isAutomationRequest(p.text)) return undefined;
  const requester = ctx.requester;
  if (requester && !MANAGERS.has(requester.role))
    return {
      kind: "decline",
      message: `Creating schedules and alerts needs an analyst or admin key; yours is a ${requester.role} key. I can answer the question now instead, or an analyst can set it up.`,
    };
  const isAlert =
    /\b(?:alerts?|notifications?|if|when|whenever|as soon as)\b/.test(p.text) &&
    !RECURRENCES.some((r) => r.re.test(p.text));
  const where = destinationOf(p.text, question, requester);
  if ("missing" in where) return { kind: "decline", message: where.missing };
  const draft = isAlert ? alertDraft(p, ctx, where.destination) : scheduleDraft(p, ctx, where.destination);
  if (typeof draft === "string") return { kind: "decline", message: draft };
  return {
    kind: "clarify",
    question: describeDraft(draft),
    options: OPTIONS,
    originalQuestion: question,
    automation: draft,
  };
}

/** The answer to the confirmation: the create call on "confirm", a plain word on "cancel". */
export function planAutomationChoice(ctx: PlannerContext): Plan | undefined {
  const prev = ctx.previous;
  if (prev?.kind !== "clarify" || !prev.automation) return undefined;
  if (ctx.clarificationId === CANCEL_ID)
    return {
      kind: "decline",
      message:
        prev.automation.kind === "manage"
          ? "Cancelled: nothing was changed."
          : "Cancelled: nothing was created.",
    };
  if (ctx.clarificationId !== CONFIRM_ID) return undefined;
  const d = prev.automation;
  if (d.kind === "manage")
    return {
      kind: "tool_calls",
      intent: "automation",
      calls: [{ name: "manage_automation", args: { change: d.change, what: d.what, id: d.id } }],
      frame: {
        intent: "automation",
        metrics: [],
        dimensions: [],
        filters: [],
        period: { from: "", to: "", label: "default" },
      },
    };
  return {
    kind: "tool_calls",
    intent: "automation",
    calls: [{ name: "create_automation", args: { draft: prev.automation } }],
    frame: {
      intent: "automation",
      metrics: [],
      dimensions: [],
      filters: [],
      period: { from: "", to: "", label: "default" },
    },
  };
}
