/**
 * Phrasings for session 13's fix8c kinds (unit economics): break-even thresholds (ROAS and CPA
 * at the gross margin, with current figures against them). Written by hand as my own wordings of
 * the kinds; the blind sets (evals/blind/) are held out and not copied here.
 */
import type { PhrasingRow } from "./phrasing-table.ts";

const BREAK_EVEN = { analysis: "break_even" };

export const FIX8C: PhrasingRow[] = [
  // break-even-intent.ts: the thresholds, not today's CPA or ROAS alone.
  ["what cpa can we afford", "profitability", BREAK_EVEN],
  ["highest cac we could tolerate without losing money", "profitability", BREAK_EVEN],
  ["how much can we pay to acquire a new customer", "profitability", BREAK_EVEN],
  ["cost per order at break even", "profitability", BREAK_EVEN],
  ["is 1.5x a decent roas for our business", "profitability", BREAK_EVEN],
  ["what's a healthy roas to aim for", "profitability", BREAK_EVEN],
  ["at what roas do our ads break even", "profitability", BREAK_EVEN],
];
