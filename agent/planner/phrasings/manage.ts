/**
 * The words of managing schedules and alert rules in chat, as data (manage-automation-intent.ts
 * reads them), and the phrasings that must plan to their answers: listing is a tool call (rows in
 * the phrasing table); a change is a confirmation of exactly which one (MANAGE_CHANGES, tested in
 * manage-automation-intent.test.ts against the schedules and rules of MANAGE_KNOWN).
 */
import type { KnownAutomation } from "../manage-automation-intent.ts";
import type { PhrasingRow } from "./index.ts";

const THINGS =
  "(?:schedules?|scheduled (?:briefs?|reports?|emails?|deliveries|messages)|alerts?(?: rules?)?|automations?|subscriptions?|notifications?)";
/**
 * fix7e: words that name schedules only beside another automation word or a "set up / scheduled"
 * ending ("what reports / schedules do we have set up", "which briefs are scheduled"); alone,
 * "show me reports" could be a data question.
 */
const AUTOMATED = "(?:(?:automated|recurring|scheduled|saved) )?";
const LOOSE_THINGS = `(?:${AUTOMATED}(?:reports?|briefs?|digests?|alert rules?|rules?)|${THINGS})`;
const THINGS_AND = `${THINGS}(?: (?:and|or|&) ${THINGS})?`;
/** Automation words that name schedules or rules on their own ("recurring reports", "alerts"). */
const STRICT_THINGS = `(?:(?:automated|recurring|scheduled) (?:reports?|briefs?|digests?)|${THINGS})`;
/** A list of automation words, at least one of them a strict one ("reports / schedules"). */
const LOOSE_LIST = `(?:${LOOSE_THINGS} (?:(?:and|or|&|/|,) )*)*${STRICT_THINGS}(?: (?:(?:and|or|&|/|,) )*${LOOSE_THINGS})*`;
/** "right now", "currently": when the list is asked for, not part of the request. */
const NOW = "(?: (?:right now|now|currently|at the moment|today|so far|running|active|live|in place))*";

/** A request to see the organization's schedules and alert rules. */
export const LIST_REQUEST = new RegExp(
  [
    `^(?:please )?(?:list|show|see|view|display|give me|get)(?: me)?(?: all)?(?: of)?(?: my| our| the)?(?: active| current| existing)? ${THINGS_AND}(?: please)?$`,
    `^(?:my|our|all) ${THINGS_AND}$`,
    `^(?:what|which) ${THINGS_AND} (?:do|have|did) (?:i|we) (?:have|got|set up|created?)(?: set up)?$`,
    `^(?:what|which) ${THINGS_AND} (?:are|is) (?:set up|active|on|running|there)$`,
    `^(?:do|have) (?:i|we) (?:have |got |set up )?any ${THINGS_AND}(?: set up)?$`,
    "^what (?:am i|are we) (?:subscribed to|getting sent|scheduled to get)$",
    // fix7e: looser lists ("what reports / schedules do we have set up right now").
    `^(?:what|which)(?: kind of| sort of)? ${LOOSE_LIST} (?:do|have|did) (?:i|we|you) (?:have|got|set up|created?|running)(?: set up| scheduled| configured)?${NOW}$`,
    `^(?:what|which) ${LOOSE_LIST} (?:are|is) (?:set up|active|on|running|there|configured|in place|live|scheduled)${NOW}$`,
    // "which briefs are scheduled", "what reports are set to go out": briefs and reports said to be scheduled.
    `^(?:what|which) ${AUTOMATED}(?:reports?|briefs?|digests?)(?: (?:and|or|&|/) (?:reports?|briefs?|digests?|alerts?))? (?:are|is) (?:scheduled|set up|set to go out|automated|recurring|going out)${NOW}$`,
    `^(?:list|show|see|view|display|give me|get)(?: me)?(?: all)?(?: of)?(?: my| our| the)?(?: active| current| existing)? ${LOOSE_LIST}${NOW}$`,
    `^(?:do|have) (?:i|we) (?:have |got |set up )?any ${LOOSE_LIST}(?: set up| scheduled| configured)?${NOW}$`,
    `^(?:what is|what s|whats|anything) scheduled(?: to go out| to run| to be sent)?${NOW}$`,
  ].join("|"),
);

/** Verbs of a change, tried in order (resume before pause: "turn back on" is not "turn off"). */
export const CHANGE_VERBS: readonly { re: RegExp; change: "delete" | "pause" | "resume" }[] = [
  {
    re: /\b(?:delete|remove|get rid of|cancel|kill|unsubscribe(?: me)? from|unsubscribe)\b/,
    change: "delete",
  },
  {
    re: /\b(?:resume|unpause|un pause|turn (?:it )?back on|back on|turn on|switch on|re ?enable|enable|restart|start sending(?: again)?)\b/,
    change: "resume",
  },
  {
    re: /\b(?:pause|turn off|switch off|disable|mute|silence|stop sending|stop emailing|stop posting|stop|suspend|snooze)\b/,
    change: "pause",
  },
];

/** Words that ask to create an alert or delivery ("alert me when orders suddenly drop"), not to change one. */
export const CREATE_WORDS =
  /\b(?:(?:alert|notify|ping|warn|tell|email|text|message) me|let me know|create|set up|setup|add|make)\b/;

/** A schedule or rule named in a change request ("the CPA alert", "the monday brief", "schedule 3"). */
export const MANAGE_NOUN =
  /\b(?:schedules?|scheduled|alerts?|rules?|briefs?|reports?|digest|summary|subscriptions?|automations?|notifications?)\b/;
export const ALERT_NOUN = /\b(?:alerts?|alert rules?|rules?|notifications?)\b/;
export const SCHEDULE_NOUN = /\b(?:schedules?|scheduled|briefs?|reports?|digest|summary|subscriptions?)\b/;

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** The weekday a schedule is named by ("the monday brief" -> 1), if any. */
export function scheduleWeekday(text: string): number | undefined {
  const i = WEEKDAYS.findIndex((d) => new RegExp(`\\b${d}s?\\b`).test(text));
  return i < 0 ? undefined : i;
}

/** Listing: any role, one tool call. */
export const MANAGE_LIST: PhrasingRow[] = [
  ["list my schedules", "list_automations", {}],
  ["what alerts do I have", "list_automations", {}],
  ["show my scheduled reports", "list_automations", {}],
  ["which schedules and alerts are set up", "list_automations", {}],
  ["do we have any alerts set up", "list_automations", {}],
  ["show me all alert rules", "list_automations", {}],
  ["my subscriptions", "list_automations", {}],
  ["what am I subscribed to", "list_automations", {}],
];

/** The schedules and rules MANAGE_CHANGES resolve against. */
export const MANAGE_KNOWN: KnownAutomation[] = [
  { what: "schedule", id: 3, name: "Weekly brief", enabled: true, cron: "0 9 * * 1", kind: "brief" },
  {
    what: "schedule",
    id: 4,
    name: "Revenue by channel last week",
    enabled: true,
    cron: "0 8 * * 5",
    kind: "report",
  },
  { what: "alert", id: 2, name: "Cost per acquisition above 50", enabled: true, metric: "cpa" },
  { what: "alert", id: 5, name: "Ad spend unusual", enabled: false, metric: "spend" },
];

/** A change request -> the change, the kind and the id it resolves to. */
export const MANAGE_CHANGES: [
  question: string,
  change: "delete" | "pause" | "resume",
  what: "schedule" | "alert",
  id: number,
][] = [
  ["delete schedule 3", "delete", "schedule", 3],
  ["remove alert #2", "delete", "alert", 2],
  ["pause the CPA alert", "pause", "alert", 2],
  ["turn off the CPA alert", "pause", "alert", 2],
  ["stop sending the monday brief", "pause", "schedule", 3],
  ["cancel the friday report", "delete", "schedule", 4],
  ["get rid of the weekly brief", "delete", "schedule", 3],
  ["mute the cost per acquisition alert", "pause", "alert", 2],
  ["turn the spend alert back on", "resume", "alert", 5],
  ["unsubscribe me from the monday brief", "delete", "schedule", 3],
];
