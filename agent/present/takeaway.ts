/**
 * "... plus a one-line takeaway", "tl;dr?", "what's the bottom line": one sentence computed from
 * the comparison's own figures (#12: a part of the question that asks for something gets it).
 * Revenue against spend first (did the money grow faster than the cost), then the efficiency
 * ratios that moved the right or wrong way; with neither, the largest move.
 */
import type { TotalComparison } from "../../tools/compare-periods/execute.ts";
import { formatValue } from "../answer/format.ts";

const ASKS_TAKEAWAY =
  /\b(?:take ?aways?|tl ?;? ?dr|one[- ]line(?:r| summary)?|one[- ]liner|bottom line|headline|in a nutshell|so what|key message|the gist)\b/i;

/** Whether the question asks for a takeaway line. */
export function asksTakeaway(question: string | undefined): boolean {
  return !!question && ASKS_TAKEAWAY.test(question);
}

const pct = (v: number) => formatValue(Math.abs(v), { unit: "ratio", format: "percent" }, "USD");
const moved = (v: number) => `${v >= 0 ? "up" : "down"} ${pct(v)}`;
/** "MER (marketing efficiency ratio)" -> "MER"; "Customer acquisition cost" -> "customer acquisition cost". */
const lower = (label: string) => {
  const short = label.replace(/\s*\(.*\)\s*$/, "");
  return /^[A-Z]{2,}/.test(short) ? short : short.charAt(0).toLowerCase() + short.slice(1);
};

/**
 * The takeaway sentence, or "" when the question asks none or no metric has a change.
 * @example takeaway(totals, "plus a one-line takeaway") // "Takeaway: revenue grew faster than ad spend (up 23.4% against up 10.0%); MER improved (up 12.1%) ..."
 */
export function takeawayLine(totals: readonly TotalComparison[], question: string | undefined): string {
  if (!asksTakeaway(question)) return "";
  const changed = totals.filter((t) => typeof t.percentChange === "number");
  if (!changed.length) return "";
  const revenue = changed.find((t) => t.metric === "revenue");
  const spend = changed.find((t) => t.metric === "spend");
  const parts: string[] = [];
  if (revenue && spend) {
    const r = revenue.percentChange!;
    const s = spend.percentChange!;
    const pace = r > s ? "faster than" : r < s ? "slower than" : "in step with";
    const verb = r >= 0 ? "grew" : "fell";
    parts.push(`revenue ${verb} ${pace} ad spend (${moved(r)} against ${moved(s)})`);
  }
  const ratios = changed.filter((t) => !t.additive && t.assessment && t.assessment !== "unchanged");
  const better = ratios.filter((t) => t.assessment === "better");
  const worse = ratios.filter((t) => t.assessment === "worse");
  const list = (ts: TotalComparison[]) =>
    ts.map((t) => `${lower(t.label)} (${moved(t.percentChange!)})`).join(" and ");
  if (better.length) parts.push(`${list(better.slice(0, 2))} improved`);
  if (worse.length) parts.push(`${list(worse.slice(0, 2))} got worse`);
  if (!parts.length) {
    const biggest = changed.reduce((a, b) =>
      Math.abs(b.percentChange!) > Math.abs(a.percentChange!) ? b : a,
    );
    parts.push(`the largest move was ${lower(biggest.label)} (${moved(biggest.percentChange!)})`);
  }
  const text = parts.join("; ");
  return `Takeaway: ${text.charAt(0).toLowerCase()}${text.slice(1)}.`;
}
