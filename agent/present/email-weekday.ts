/**
 * leftA: "which weekday is best for email": email by day of week, judged on rates over each
 * weekday's sends. Email goes out on few days (a weekly newsletter, one day per promo), so most
 * sends fall on one or two weekdays and the rest carry small automated sends whose rates run
 * high on little volume. The answer names the best weekday among those with a real share of the
 * sends, says how the sends fall across the week, and names any higher rate resting on few sends.
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { formatNumber, joinList } from "../answer/format.ts";

/** A weekday with less than this share of all sends is too small to judge a weekday by. */
const MIN_SEND_SHARE = 0.05;

interface Day {
  day: string;
  sends: number;
  rate: number;
  openRate?: number | undefined;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const num = (x: unknown) => (typeof x === "number" && Number.isFinite(x) ? x : undefined);

/** The rate the best weekday is judged on: clicks unless the question asks about opens alone. */
function rateKey(result: MetricResult, question: string): "email_click_rate" | "email_open_rate" | undefined {
  const has = (k: string) => result.columns.some((c) => c.key === k);
  const opensOnly = /\bopen/i.test(question) && !/\bclick|\bctr\b/i.test(question);
  if (opensOnly && has("email_open_rate")) return "email_open_rate";
  if (has("email_click_rate")) return "email_click_rate";
  return has("email_open_rate") ? "email_open_rate" : undefined;
}

/**
 * The lead of an email-by-weekday answer; "" unless the result is email sends and a rate by day of
 * week alone.
 * @example emailWeekdayText(byWeekday, "best weekday for email?")
 *   // "Best weekday for email: Friday, with the highest email click rate (3.4%) of the weekdays ..."
 */
export function emailWeekdayText(result: MetricResult, question = ""): string {
  const dims = result.columns.filter((c) => c.kind === "dimension");
  if (dims.length !== 1 || dims[0]!.key !== "day_of_week") return "";
  const key = rateKey(result, question);
  if (!key || !result.columns.some((c) => c.key === "email_sends")) return "";
  const days: Day[] = result.rows.flatMap((r) => {
    const sends = num(r.email_sends);
    const rate = num(r[key]);
    return sends && rate !== undefined
      ? [{ day: String(r.day_of_week), sends, rate, openRate: num(r.email_open_rate) }]
      : [];
  });
  const total = days.reduce((s, d) => s + d.sends, 0);
  if (days.length < 2 || total <= 0) return "";
  const rateName = key === "email_click_rate" ? "click rate" : "open rate";
  const byRate = [...days].sort((a, b) => b.rate - a.rate);
  const bySends = [...days].sort((a, b) => b.sends - a.sends);
  const sized = byRate.filter((d) => d.sends / total >= MIN_SEND_SHARE);
  const best = sized[0] ?? byRate[0]!;
  const main = bySends[0]!;
  const lines: string[] = [];
  const opens = (d: Day) =>
    key === "email_click_rate" && d.openRate !== undefined ? `, open rate ${pct(d.openRate)}` : "";
  const others = sized.filter((d) => d !== best);
  const against = others.length
    ? `, ahead of ${joinList(others.map((d) => `${d.day} (${pct(d.rate)})`))}`
    : "";
  lines.push(
    `Best weekday for email: ${best.day}, with the highest ${rateName} (${pct(best.rate)}${opens(best)}) of the weekdays that carry at least ${pct(MIN_SEND_SHARE)} of the sends${against}.`,
  );
  const small = byRate.filter((d) => d.rate > best.rate && d.sends / total < MIN_SEND_SHARE);
  if (small.length)
    lines.push(
      `Higher ${rateName}s on ${joinList(small.map((d) => `${d.day} (${pct(d.rate)})`))} rest on under ${pct(MIN_SEND_SHARE)} of the sends each: too few to judge a weekday by.`,
    );
  lines.push(
    `Most email goes out on ${main.day}: ${formatNumber(main.sends, 0)} of ${formatNumber(total, 0)} sends (${pct(main.sends / total)}). Sends by weekday: ${bySends.map((d) => `${d.day} ${formatNumber(d.sends, 0)} (${pct(d.sends / total)})`).join(", ")}.`,
  );
  // fix14c: promo sends picked by name go out once each, on one day: a weekday's rate is the rate of
  // the few promos sent on it, so the weekday cannot be told apart from the promo.
  const sends = result.provenance?.filters.find((f) => f.field === "email_campaign" && f.op === "in");
  if (sends)
    lines.push(
      `Each of these emails went out on one day only, so a weekday's ${rateName} is the ${rateName} of the few sends that fell on it: the weekday and the email itself cannot be told apart${byRate[0]!.rate - byRate.at(-1)!.rate < 0.01 ? `, and the weekdays sit close together (${pct(byRate.at(-1)!.rate)} to ${pct(byRate[0]!.rate)})` : ""}. Sending one promo on two weekdays to split audiences would settle it.`,
    );
  return lines.join("\n");
}
