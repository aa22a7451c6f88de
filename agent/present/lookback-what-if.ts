/**
 * fix10c: "what if the lookback were 7 days": beside time to convert, the share of orders whose
 * first touch (inside the current window) falls within the window asked, read from the tool's
 * cumulative bucket counts, so the figure is the result's own. Only a window that ends on a bucket
 * boundary (1, 3, 7, 14 or 30 days) is read exactly; another length is read at the nearest shorter
 * boundary, and the line says which.
 */
import { TIME_TO_CONVERT_BUCKETS } from "../../core/journeys/time-to-convert.ts";
import type { JourneysData } from "../../tools/journeys/execute.ts";
import { orders, pct } from "./journeys-format.ts";

const ASKED =
  /\b(\d{1,3})[- ]?(days?|d|weeks?|wks?)\b[^.?!]{0,40}?\b(?:look ?back|window)|\b(?:look ?back|window)\b[^.?!]{0,40}?\b(\d{1,3})[- ]?(days?|d|weeks?|wks?)\b|\b(?:look ?back|window)\b[^.?!]{0,40}?\b(a week|a fortnight)\b/i;

/** The window asked, in days, if the question names one. */
export function askedWindowDays(question: string | undefined): number | undefined {
  const m = question ? ASKED.exec(question) : null;
  if (!m) return undefined;
  if (m[5]) return m[5].toLowerCase() === "a week" ? 7 : 14;
  const n = Number(m[1] ?? m[3]);
  const unit = (m[2] ?? m[4] ?? "").toLowerCase();
  return unit.startsWith("w") ? n * 7 : n;
}

/**
 * "With a 7-day lookback: 412 of 590 orders (69.8%) had their first touch within 7 days ...".
 * Empty when no shorter window is asked or there is nothing to read.
 */
export function lookbackWhatIfLines(d: JourneysData, question: string | undefined): string[] {
  const asked = askedWindowDays(question);
  const t = d.timeToConvert;
  if (!asked || !t?.overall || asked >= d.lookbackDays) return [];
  const index = TIME_TO_CONVERT_BUCKETS.reduce((best, b, i) => (b.to <= asked ? i : best), -1);
  const bucket = t.histogram[index];
  if (index < 0 || !bucket) return [];
  const edge = TIME_TO_CONVERT_BUCKETS[index]!.to;
  const read = edge === asked ? "" : ` (read at ${edge} days, the nearest shorter mark I have)`;
  return [
    `Your attribution lookback window is ${d.lookbackDays} days. With a ${asked}-day window${read}: ${orders(bucket.ordersWithin)} of ${orders(t.overall.orders)} with a tracked touch (${pct(bucket.shareWithin)}) had their first touch within ${edge} days, so their journeys would stay whole; the other ${pct(1 - bucket.shareWithin)} have older touches that would drop out, and their credit would move to the touches left inside the window (Direct when none is left).`,
  ];
}
