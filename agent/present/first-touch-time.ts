/**
 * fix6c: time to convert for the first touches a question names ("do people who first come in via
 * TikTok take longer to buy than Google people?"): each named first touch's median days, then the
 * answer to the comparison in words (yes / no when the question asks "longer" or "faster"). A
 * platform is read from the first touch's campaign, so unpaid first touches never count for one.
 * Every figure is a value of the tool's data.
 */
import type { JourneysData } from "../../tools/journeys/execute.ts";
import { formatNumber } from "../answer/index.ts";
import type { PresentContext } from "./types.ts";

/** Fewer orders than this behind a median: the answer says to read it with care. */
const FEW_ORDERS = 20;

const days = (d: number) => `${formatNumber(d, 1)} days`;
const orders = (n: number) => `${formatNumber(n, 0)} ${n === 1 ? "order" : "orders"}`;

/** "do they ever convert", "does anyone actually buy": whether, not how long. */
const ASKS_WHETHER = /\b(?:ever|actually|at all|really|even)\b/i;

/** Which way the question asks: "take longer" / "slower" (more days) or "faster" / "sooner". */
function askedDirection(question: string | undefined): "longer" | "shorter" | undefined {
  const q = (question ?? "").toLowerCase();
  if (/\b(?:longer|slower|more time|more days|drag|lag behind)\b/.test(q)) return "longer";
  if (/\b(?:faster|quicker|sooner|less time|fewer days|more quickly)\b/.test(q)) return "shorter";
  return undefined;
}

/**
 * The lines that lead a time-to-convert answer when first touches were named; [] otherwise.
 * @example firstTouchLines(data, ctx)[0] // "First touch TikTok Ads: median 6.1 days over 12 orders (mean 7.0 days)."
 */
export function firstTouchLines(d: JourneysData, ctx: PresentContext): string[] {
  const groups = d.timeToConvert?.byFirstTouch;
  if (!groups?.length) return [];
  const label = (g: (typeof groups)[number]) =>
    g.kind === "channel" ? (d.channelLabels[g.key] ?? g.key) : (ctx.valueLabels?.platform?.[g.key] ?? g.key);
  const lines = groups.map((g) =>
    g.summary
      ? `First touch ${label(g)}: median ${days(g.summary.medianDays)} from first touch to order over ${orders(g.summary.orders)} (mean ${days(g.summary.meanDays)}).`
      : `First touch ${label(g)}: no order in the period had a journey that started there.`,
  );
  const [a, b] = groups;
  if (a?.summary && b?.summary) {
    const x = a.summary.medianDays;
    const y = b.summary.medianDays;
    const same = formatNumber(x, 1) === formatNumber(y, 1);
    const slower = x > y;
    const direction = askedDirection(ctx.question);
    const verdict = same
      ? `About the same: journeys that start on ${label(a)} and on ${label(b)} take a median ${days(x)}.`
      : `${direction ? ((direction === "longer") === slower ? "Yes: " : "No: ") : ""}journeys that start on ${label(a)} take ${slower ? "longer" : "less time"} to convert than those that start on ${label(b)} (median ${formatNumber(x, 1)} vs ${days(y)}).`;
    lines.push(verdict.charAt(0).toUpperCase() + verdict.slice(1));
  } else if (a?.summary && d.timeToConvert?.overall) {
    const all = d.timeToConvert.overall;
    lines.push(
      `${ASKS_WHETHER.test(ctx.question ?? "") ? "Yes, they convert: " : ""}${orders(a.summary.orders)} (${formatNumber((a.summary.orders / all.orders) * 100, 1)}% of the ${orders(all.orders)} with a tracked touch) came from journeys that started on ${label(a)}; all journeys with a tracked touch: median ${days(all.medianDays)}.`,
    );
  } else if (a && !a.summary) {
    lines.push(
      `${ASKS_WHETHER.test(ctx.question ?? "") ? "No: " : ""}None of the period's orders came from a journey that started on ${label(a)}.`,
    );
  }
  const few = groups.filter((g) => g.summary && g.summary.orders < FEW_ORDERS);
  if (few.length)
    lines.push(
      `Few orders behind ${few.map(label).join(" and ")}: read the difference with care, or ask over a longer period.`,
    );
  if (groups.some((g) => g.kind === "platform"))
    lines.push(
      "A platform first touch is an ad click on one of that platform's campaigns; organic, direct, email and referral first touches have no platform.",
    );
  return lines;
}
