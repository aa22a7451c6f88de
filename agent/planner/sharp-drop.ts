/**
 * fix7b: "why did sessions crater in early april", "what made orders plummet the week of the 10th":
 * a count that fell hard inside a short stretch is usually one or two days (an outage, a broken
 * checkout, a paused campaign), which an average of the stretch against the one before hides. The
 * answer is a scan of those days that finds the days that fell, with what moved them, beside
 * sessions, orders and spend (together they tell lost tracking from lost demand). Rates that broke
 * over weeks are a different ask (a change point, core/anomaly/).
 */
import { daysBetween } from "../../semantic/query/dates.ts";
import type { ParsedQuestion } from "./parse.ts";

/** A sudden, steep fall. */
const SHARP =
  /\b(?:tank(?:s|ed|ing)?|crash(?:es|ed|ing)?|plung(?:e|es|ed|ing)|plummet(?:s|ed|ing)?|collaps(?:e|es|ed|ing)|crater(?:s|ed|ing)?|nose ?div(?:e|es|ed|ing)|nosedove|tumbl(?:e|es|ed|ing)|(?:fell|fall|falls|drop(?:ped)?|went) off (?:a )?cliff|dropped off|fell off|dried up|vanish(?:ed|es)?|disappear(?:ed|s)?|went to (?:zero|nothing)|died)\b/;

/** Counts that a day can lose (rates break differently). */
const COUNTS = new Set([
  "orders",
  "revenue",
  "sessions",
  "conversions",
  "users",
  "new_customers",
  "clicks",
  "add_to_carts",
  "checkouts",
]);

/** Longest stretch read day by day. */
const MAX_DAYS = 16;

/** Read beside the metric: sessions, orders and spend tell a tracking loss from a demand drop. */
export const SHARP_DROP_COMPANIONS = ["sessions", "orders", "spend"] as const;

/**
 * @example asksSharpDrop(parse("why did orders tank mid march")) // true (Mar 11-20)
 */
export function asksSharpDrop(p: ParsedQuestion): boolean {
  const period = p.time.period;
  if (!period || p.time.compare?.mode === "explicit" || period.from > p.today) return false;
  if (daysBetween(period.from, period.to) + 1 > MAX_DAYS) return false;
  if (p.metrics.length !== 1 || !COUNTS.has(p.metrics[0]!) || p.dims.dimensions.length) return false;
  return SHARP.test(p.text);
}
