/**
 * Phrasings for fix19e: a report, a paragraph or a table for someone (a client, a boss), with a
 * format word (table, csv, spreadsheet) or an audience word that sets the output and the voice,
 * never another organization or a catalog search; targets by a breakdown; the tracking outage
 * named with no date. Own wordings; the blind sets are held out.
 */
import type { PhrasingRow } from "./index.ts";

const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEP = { from: "2026-09-01", to: "2026-09-30" };
const AUG = { from: "2026-08-01", to: "2026-08-31" };
const AROUND_OUTAGE = { from: "2026-02-17", to: "2026-04-14" };

export const FIX19E: PhrasingRow[] = [
  [
    "for the client's report: september vs august revenue, orders and cpa",
    "compare_periods",
    { metrics: ["revenue", "orders", "cpa"], period: SEP, compareTo: AUG },
  ],
  [
    "doing my boss's monthly update, need oct mom on spend and mer",
    "compare_periods",
    { metrics: ["spend", "mer"], period: OCT, compareTo: SEP },
  ],
  [
    "quick para for the board: affiliate performance oct vs sep",
    "compare_periods",
    { period: OCT, compareTo: SEP, filters: [{ field: "channel", op: "in", values: ["affiliate"] }] },
  ],
  [
    "give me a paragraph for my manager on paid social, october vs september",
    "compare_periods",
    { period: OCT, compareTo: SEP, filters: [{ field: "channel", op: "in", values: ["paid_social"] }] },
  ],
  [
    "platform results vs targets for october, table please",
    "query_metrics",
    {
      metrics: ["revenue", "spend", "roas", "orders", "cpa", "cac"],
      dimensions: ["platform"],
      timeRange: OCT,
    },
  ],
  [
    "how did each channel do against target in sept",
    "query_metrics",
    { dimensions: ["channel"], timeRange: SEP },
  ],
  [
    "september campaign breakdown as a spreadsheet",
    "query_metrics",
    { dimensions: ["campaign"], timeRange: SEP },
  ],
  ["give me october platform table in csv", "query_metrics", { dimensions: ["platform"], timeRange: OCT }],
  [
    "q3 revenue - is that net of returns and shipping?",
    "query_metrics",
    { metrics: ["orders", "revenue"], timeRange: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  [
    "what did the tracking outage cost us in orders",
    "detect_anomalies",
    { metrics: ["conversion_rate", "orders"], period: AROUND_OUTAGE },
  ],
  [
    "estimate lost orders from the pixel outage",
    "detect_anomalies",
    { metrics: ["conversion_rate", "orders"], period: AROUND_OUTAGE },
  ],
];
