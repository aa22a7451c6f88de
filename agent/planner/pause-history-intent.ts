/**
 * "When we paused paid search for a week in late September, how much did revenue drop?": a past
 * pause (a holdout) asked about after the fact. It is history, not a forecast and not a what-if:
 * the answer is the paused channel's spend week by week (the pause shows as the week it stops)
 * beside the asked metric in total over the same weeks, from a few weeks before the named period
 * to a couple after, so the pause week can be read against the weeks around it.
 */
import { addDays, startOfWeek } from "../../semantic/query/dates.ts";
import { assembleCalls } from "./assemble.ts";
import type { ParsedQuestion } from "./parse.ts";
import { PAUSE_WEEKS_NOTE, splitPaused } from "./pause-effect.ts";
import type { DimensionValue, Frame, FrameFilter, Period, Plan } from "./types.ts";

/** A pause told as something that happened ("when we paused", "the week we switched off"). */
export const PAUSED =
  /\b(?:when|while|after|during|since|the (?:week|weeks|days?|time|period|month) (?:that )?)\s*(?:we|they|i|you|the team)\s+(?:had\s+)?(?:paused|turned off|switched off|stopped|shut off|shut down|killed|held out|cut off|went dark on|took down|turned down|froze)\b/;
/** A pause named as a thing ("during the paid search holdout", "the pause of meta in june"). */
const PAUSE_NOUN =
  /\b(?:during|in|over|across|after|from) (?:the |our |that |this )?(?:[a-z]+ ){0,3}?(?:pause|holdout|hold out|blackout|shutdown|dark period|go dark test)\b/;

/** Weeks shown before and after the named period. */
const WEEKS_BEFORE = 3;
const WEEKS_AFTER = 2;

/** The past period the pause happened in: the latest named period that ended by today. */
function pastPeriod(p: ParsedQuestion): Period | undefined {
  const named = [p.time.period, p.time.compare?.period].filter(
    (x): x is Period => !!x && x.to <= p.today && !/\bfor an? (?:week|day|month)\b/.test(x.label),
  );
  return named.sort((a, b) => (a.to < b.to ? 1 : -1))[0];
}

/** What a past-pause question asks for: the paused channel or platform and the period. */
export interface PauseHistory {
  paused: FrameFilter[];
  /** fix14e: members the effect is asked of ("how much did organic pick up"), not paused. */
  effect: FrameFilter[];
  period: Period;
}

/**
 * @example readPauseHistory(parse("when we paused paid search in late sept how much did revenue drop"))
 * // { paused: [channel paid_search], period: Sep 21-30 }
 */
export function readPauseHistory(
  p: ParsedQuestion,
  values: readonly DimensionValue[] = [],
): PauseHistory | undefined {
  const told = PAUSED.exec(p.text) ?? PAUSE_NOUN.exec(p.text);
  if (!told) return undefined;
  const members = p.dims.filters.filter(
    (f) => (f.field === "channel" || f.field === "platform" || f.field === "campaign") && f.op === "in",
  );
  const period = pastPeriod(p);
  if (!members.length || !period) return undefined;
  return { ...splitPaused(p.text, told.index + told[0].length, members, values), period };
}

/** The note the answer leads with: how to read the weeks, and what the data does not record. */
export const PAUSE_NOTE =
  "This is history, not a forecast. Your data does not record the pause itself, so here is the paused spend week by week (the pause is the week it stops) and the total for the same weeks: compare the pause week with the weeks around it.";

/** fix14e: the note when another member's figures are asked of the pause. */
export const PAUSE_EFFECT_NOTE =
  "This is history, not a forecast. Your data does not record the pause itself, so here is the paused spend week by week (the pause is the week it stops) and the figures you asked about for the same weeks: compare the pause week with the weeks around it.";

/** Channels with no ad spend: a pause of one shows in its activity, not its spend. */
const UNPAID = new Set(["email", "organic_search", "referral", "direct"]);

/**
 * fix16b: "since we turned off email over the summer": a channel with no ad spend has no paused
 * spend to show (it read $0 and no rows, keeping the premise). Its own activity week by week shows
 * whether it really stopped: email's sends, another unpaid channel's sessions.
 */
function unpaidActivity(paused: readonly FrameFilter[]): { frame: Partial<Frame>; note: string } | undefined {
  const channels = paused.flatMap((f) => (f.field === "channel" && f.op === "in" ? f.values : [undefined]));
  if (!channels.length || !channels.every((c) => typeof c === "string" && UNPAID.has(c))) return undefined;
  const email = channels.every((c) => c === "email");
  const what = email ? "its sends" : "its sessions";
  return {
    frame: email
      ? { metrics: ["email_sends"], filters: [] }
      : { metrics: ["sessions"], filters: [...paused] },
    note: `This is history, not a forecast. ${email ? "Email" : "That channel"} has no ad spend to stop and your data does not record a pause, so here are ${what} week by week: a week with ${email ? "sends" : "sessions"} was not switched off. Beside them, the figures you asked about for the same weeks.`,
  };
}

/** The two weekly series that answer a past-pause question. */
export function pauseHistoryPlan(pause: PauseHistory, p: ParsedQuestion): Plan {
  const end = p.dataEnd && p.dataEnd < p.today ? p.dataEnd : p.today;
  const from = addDays(startOfWeek(pause.period.from), -7 * WEEKS_BEFORE);
  // Whole weeks (Monday to Sunday), so no bucket is a part week.
  const after = addDays(startOfWeek(pause.period.to), 7 * WEEKS_AFTER + 6);
  const period: Period = {
    from,
    to: after < end ? after : end,
    label: `${pause.period.label.replace(/^(?:in|during|for|over) /, "")} and the weeks around it`,
  };
  const metrics = p.metrics.filter((m) => m !== "spend");
  const base: Frame = {
    intent: "trend",
    metrics: [],
    dimensions: ["date"],
    filters: [],
    period,
    grain: "week",
  };
  const unpaid = unpaidActivity(pause.paused);
  const spend: Frame = { ...base, metrics: ["spend"], filters: pause.paused, ...unpaid?.frame };
  // fix14e: the member asked about ("how did organic do"): its visits and revenue, not the total.
  const total: Frame = pause.effect.length
    ? { ...base, metrics: metrics.length ? metrics : ["sessions", "revenue"], filters: pause.effect }
    : { ...base, metrics: metrics.length ? metrics : ["revenue"] };
  return {
    kind: "tool_calls",
    intent: "trend",
    calls: [...assembleCalls(spend), ...assembleCalls(total)],
    frame: total,
    notes: unpaid ? [unpaid.note] : [pause.effect.length ? PAUSE_EFFECT_NOTE : PAUSE_NOTE, PAUSE_WEEKS_NOTE],
  };
}
