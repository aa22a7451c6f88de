/**
 * Phrasings for fix13b's kinds (session 18): a yes-or-no on a direction answered against the
 * period before, email performance as the program's own measures, and a figure quoted from another
 * report checked against ours (the placeholder note carries the figure; the threads are tested in
 * fix13b.test.ts). My own wordings; the blind sets (evals/blind/) are held out.
 */
import type { PhrasingRow } from "./index.ts";

const AUG = { from: "2026-08-01", to: "2026-08-31" };
const JUL = { from: "2026-07-01", to: "2026-07-31" };
const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const EMAIL = [
  "email_sends",
  "email_opens",
  "email_open_rate",
  "email_clicks",
  "email_click_rate",
  "email_revenue",
];

export const FIX13B: PhrasingRow[] = [
  // intent.ts ASKED_DIRECTION: the period against the one before, so the answer can say yes or no.
  ["did orders fall in august", "compare_periods", { metrics: ["orders"], period: AUG, compareTo: JUL }],
  ["did revenue dip in august?", "compare_periods", { metrics: ["revenue"], period: AUG, compareTo: JUL }],
  [
    "were sales down in september?",
    "compare_periods",
    { metrics: ["revenue"], period: SEPT, compareTo: AUG },
  ],
  ["was spend up or down in august", "compare_periods", { metrics: ["spend"], period: AUG, compareTo: JUL }],
  // email-performance.ts: sends, opens, clicks, their rates and the revenue credited to Email.
  ["email performance in q3", "query_metrics", { metrics: EMAIL, filters: [], timeRange: Q3 }],
  ["email stats for september", "query_metrics", { metrics: EMAIL, timeRange: SEPT }],
  ["how did our newsletters do in q3", "compare_periods", { metrics: EMAIL, period: Q3 }],
  ["how are our emails performing", "compare_periods", { metrics: EMAIL }],
  // quoted-figure.ts: ours for the same ask, the quoted figure checked in the note.
  [
    "our shopify report has 450 orders for august, does that match",
    "query_metrics",
    { metrics: ["orders"], timeRange: AUG },
  ],
  [
    "finance says september revenue was $120k, is that correct?",
    "query_metrics",
    { metrics: ["revenue"], timeRange: SEPT },
  ],
  [
    "i was told cac was $85 in september, can you confirm",
    "query_metrics",
    { metrics: ["cac"], timeRange: SEPT },
  ],
];
