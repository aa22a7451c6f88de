/**
 * Cases for fix19e: an audience or format word (client, boss, table, csv, paragraph) sets the voice
 * and the output; a report that names its own comparison is that comparison; targets by a
 * breakdown; both untracked parts of a revenue question; the tracking outage named with no date.
 * Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { anomalies, cmp, f, notNone, P, qm } from "./helpers.ts";

export const FIX19E_CASES: SourceCase[] = [
  {
    id: "fix19e.report-lead-in-comparison",
    tags: ["compare"],
    questions: ["prepping the client report, october month over month for orders and cac"],
    expect: cmp({ metrics: ["orders", "cac"], period: P.oct, compareTo: P.sep }),
  },
  {
    id: "fix19e.paragraph-on-a-channel",
    tags: ["compare"],
    questions: ["write up a blurb for the client about paid social, october compared to september"],
    expect: cmp({
      metrics: ["revenue", "spend", "roas", "orders"],
      period: P.oct,
      compareTo: P.sep,
      filters: [f("channel", "paid_social")],
    }),
  },
  {
    id: "fix19e.targets-by-breakdown",
    tags: ["targets"],
    questions: ["september by channel vs targets, in a table"],
    expect: qm({
      metrics: ["revenue", "spend", "roas", "orders", "cpa", "cac"],
      dimensions: ["channel"],
      timeRange: P.sep,
    }),
  },
  {
    id: "fix19e.table-as-csv",
    tags: ["format"],
    questions: ["campaign table for sept as csv pls", "can i download september's campaigns as excel"],
    expect: qm({
      metrics: ["revenue", "spend", "roas", "orders"],
      dimensions: ["campaign"],
      filters: [notNone("campaign")],
      timeRange: P.sep,
    }),
  },
  {
    id: "fix19e.refunds-and-shipping",
    tags: ["untracked"],
    questions: ["q2 revenue - is that net of returns and shipping?"],
    expect: qm({ metrics: ["orders", "revenue"], timeRange: P.q2 }),
  },
  {
    id: "fix19e.tracking-outage-cost",
    tags: ["anomalies"],
    questions: ["what did the tracking outage cost us in orders"],
    expect: anomalies({
      metrics: ["conversion_rate", "orders"],
      period: P.range("2026-02-17", "2026-04-14"),
    }),
  },
];
