/**
 * Cases for session 13's fix8d kinds: offline media answered with unpaid demand week by week, the
 * connected half of a question that also names a platform not connected, a business review as its
 * period against the one before by channel, and what each new customer cost as CAC. Own wordings;
 * the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { cmp, f, P, qm } from "./helpers.ts";

const UNPAID = f("channel", "direct", "organic_search");

export const FIX8D_CASES: SourceCase[] = [
  {
    id: "fix8d.offline-radio-q3",
    tags: ["honesty", "untracked"],
    questions: ["did our radio ads last quarter bring anyone in"],
    expect: qm({
      metrics: ["sessions", "revenue"],
      dimensions: ["date"],
      filters: [UNPAID],
      timeRange: P.q3,
      grain: "week",
    }),
  },
  {
    id: "fix8d.missing-platform-half",
    tags: ["honesty", "platform"],
    questions: ["snapchat versus meta cost per click in september"],
    expect: qm({ metrics: ["cpc"], filters: [f("platform", "meta_ads")], timeRange: P.sep }),
  },
  {
    id: "fix8d.business-review-quarters",
    tags: ["comparison", "shorthand"],
    questions: ["quarterly business review numbers, q2 against q1"],
    expect: cmp({
      metrics: ["revenue", "spend", "roas", "orders"],
      period: P.q2,
      compareTo: P.q1,
      dimensions: ["channel"],
    }),
  },
  {
    id: "fix8d.cac-each-customer",
    tags: ["kpi", "cac"],
    questions: ["how many new customers in september and what did each of them cost us"],
    expect: qm({ metrics: ["new_customers", "cac"], timeRange: P.sep }),
  },
];
