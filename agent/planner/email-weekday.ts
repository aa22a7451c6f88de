/**
 * leftA: "what day of the week should we send on", "email opens by weekday": email by day of week.
 * Email goes out on a few days (the newsletter weekly, each promo once), so the last 30 days hold
 * four or five sends and say little about a weekday; with no period named the breakdown covers
 * the last twelve months. Counts of opens and clicks depend on how much went out each day, so the
 * sends and both rates come with them: the answer can name the best weekday on rates and say how
 * the sends fall across the week (present/email-weekday.ts).
 */
import { campaignPeriod } from "./frame.ts";
import type { ParsedQuestion } from "./parse.ts";

/** What a weekday's email is judged on, beside what the question names. */
const WEEKDAY_MEASURES = ["email_sends", "email_open_rate", "email_click_rate"];

/**
 * Widen an email-by-weekday question (the caller has read it as about email) in place: the sends and rates beside its counts, and the last
 * twelve months when it names no period. Other questions are left alone.
 * @example applyEmailWeekday(parse("email opens by day of week")) // metrics + sends and rates, 12 months
 */
export function applyEmailWeekday(p: ParsedQuestion): void {
  if (!p.dims.dimensions.includes("day_of_week")) return;
  const rates = p.metrics.filter((m) => m.endsWith("_rate"));
  // "do our emails do better on some weekdays": email named (the caller read it), no measure.
  if (!p.metrics.length) p.metrics = [...WEEKDAY_MEASURES];
  if (!p.metrics.every((m) => m.startsWith("email_"))) return;
  p.metrics = [...new Set([...p.metrics, ...WEEKDAY_MEASURES])];
  // A ranking of weekdays ("which weekday is best") is on the rate asked, else the click rate (the
  // answer's verdict, present/email-weekday.ts): a count follows the send volume.
  if (p.ranking && !p.orderMetric?.endsWith("_rate")) p.orderMetric = rates[0] ?? "email_click_rate";
  // "do emails do better on some weekdays": the weekdays are what is compared, not two periods.
  if (!p.time.compare) p.signals.compare = false;
  if (!p.time.period) {
    p.time.period = campaignPeriod(p.today, p.dataEnd);
    p.time.compare = undefined;
  }
}
