/**
 * Phrasings for session 10's fixes (fix5a): ad spend with what it brought in (paid attributed
 * revenue, ROAS and MER, not total revenue), platform-reported against tracked figures, and budget
 * asks. Written by hand as my own wordings of the kinds; the blind sets (evals/blind/) are held
 * out and not copied here.
 */
import type { PhrasingRow } from "./phrasing-table.ts";

const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const AD_RETURN = ["spend", "paid_attributed_revenue", "roas", "mer"];

export const FIX5A: PhrasingRow[] = [
  // ad-return.ts: spend and what it returned is paid attributed revenue, ROAS and MER.
  ["ad spend last quarter and what it generated", "query_metrics", { metrics: AD_RETURN }],
  [
    "how much went into advertising in september, and what did we get back for it?",
    "query_metrics",
    { metrics: AD_RETURN, timeRange: SEPT },
  ],
  [
    "what did the ads bring in last month vs what we spent",
    "query_metrics",
    { metrics: ["paid_attributed_revenue", "roas", "mer", "spend"] },
  ],
];
