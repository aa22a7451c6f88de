/**
 * Funnel comparisons: "which funnel step got worse vs last month", "funnel this month compared with
 * last", or, after a funnel answer, "which step got worse vs the month before?". The funnel tool
 * then gives each step's rate in both periods and names the step that got most worse; without
 * this, the follow-up was declined and the fresh question showed one period's funnel only.
 */
import type { ParsedQuestion } from "./parse.ts";
import { baselineOf } from "./time.ts";
import type { Frame } from "./types.ts";

/** Catalog metrics that are one step of the site funnel (their series are trends, not funnels). */
export const FUNNEL_STEP_METRICS: ReadonlySet<string> = new Set([
  "engaged_sessions",
  "engagement_rate",
  "add_to_carts",
  "add_to_cart_rate",
  "checkouts",
  "checkout_rate",
  "checkout_abandonment_rate",
  "cart_abandonment_rate",
]);

/** Words that ask how the funnel changed between two periods. */
const CHANGED =
  /\b(?:improv\w*|deteriorat\w*|declined|declining|dropped|drop(?! ?(?:offs?|outs?)\b)|fell|changed?|changes|moved?|shift\w*|(?:month|week|quarter|year) (?:over|on) (?:month|week|quarter|year)|mom|wow|yoy)\b/;
/** Contrast words: a period comparison unless the contrast is between channels ("compare the funnel across channels"). */
const CONTRAST = /\b(?:worse|better|vs|versus|compared?|comparison|comparing|against|than)\b/;
const ACROSS_CHANNELS =
  /\b(?:(?:across|between|among|by|per|each|every) (?:the )?(?:marketing )?(?:channels?|sources?)|which (?:channels?|sources?))\b/;

const asksChange = (text: string) =>
  CHANGED.test(text) || (CONTRAST.test(text) && !ACROSS_CHANNELS.test(text));

/** A follow-up to a funnel answer that is about its steps. */
const ABOUT_STEPS = /\b(?:steps?|stages?|funnel|drop ?offs?|conversion|carts?|checkouts?)\b/;

/**
 * The comparison period a funnel question asks for, if it asks for one: the question's own
 * baseline ("vs September"), else the period just before.
 */
export function funnelBaseline(p: ParsedQuestion, frame: Frame): Frame["compare"] {
  const c = p.time.compare;
  // fix7d: "... and why" is a change too: why it leaked is read against the period before.
  if (!c && !asksChange(p.text) && !frame.funnel?.why) return undefined;
  if (c?.period && c.mode === "explicit") return { mode: "explicit", period: c.period };
  const mode =
    c?.mode === "previous_year" || /\byoy|year (?:over|on) year|last year\b/.test(p.text)
      ? "previous_year"
      : "previous_period";
  return { mode, period: baselineOf(frame.period, mode) };
}

/**
 * "which step got worse vs the month before?" after a funnel answer: the same funnel (period,
 * channel, breakdown) compared with the period before it. Undefined when the question is not a
 * comparison of the funnel's steps.
 */
export function funnelFollowUp(p: ParsedQuestion, previous: Frame | undefined): Frame | undefined {
  if (previous?.intent !== "funnel" || !asksChange(p.text) || !ABOUT_STEPS.test(p.text)) return undefined;
  if (p.metrics.length > 0 && !/\b(?:steps?|stages?)\b/.test(p.text)) return undefined;
  const period = p.time.period && !p.time.compare ? p.time.period : previous.period;
  const frame = { ...previous, period };
  return { ...frame, compare: funnelBaseline(p, frame) };
}
