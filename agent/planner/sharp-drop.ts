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

/** A fall said plainly ("drop", "dip", "so low"), read as sharp only around a lost-tracking day. */
const FELL =
  /\b(?:drop(?:s|ped|ping)?|dip(?:s|ped)?|fell|fall(?:s|ing)?|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|slump(?:s|ed)?|down|low|lower|weak|bad|lost|lose|loss|missing|gone|happen(?:ed)?)\b/;

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
  if (SHARP.test(p.text)) return true;
  // fix17f: "why did revenue drop in mid march": a plain fall over a stretch that holds a day
  // tracking was lost is that day first; two averages hide it (or show a rise around it).
  const lost = p.trackingLossDays?.some((d) => d >= period.from && d <= period.to);
  return lost === true && FELL.test(p.text);
}
