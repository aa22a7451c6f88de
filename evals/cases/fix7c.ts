/**
 * Cases for session 12's fix7c kinds: a ranking of months with no period (the last twelve whole
 * months, by revenue), how current the data is, a definition of a word with several readings,
 * which attribution model to choose, pacing for a month with no spend yet, two campaign groups side
 * by side, a plural campaign group one campaign per row, and revenue with no campaign. Own
 * wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { attr, f, P, qm } from "./helpers.ts";

const YEAR = P.range("2025-11-01", "2026-10-31");
const describe = (...metrics: string[]): Expectation => ({
  calls: metrics.map((metric) => ({ name: "describe_metric", args: { metric } })),
});

export const FIX7C_CASES: SourceCase[] = [
  {
    id: "fix7c.month-most-sales",
    tags: ["trend", "ranking"],
    questions: ["which month brought in the most revenue"],
    expect: qm({
      metrics: ["revenue"],
      dimensions: ["date"],
      grain: "month",
      timeRange: YEAR,
      orderBy: [{ field: "revenue", direction: "desc" }],
      limit: 1,
    }),
  },
  {
    id: "fix7c.data-current",
    tags: ["freshness"],
    questions: ["how up to date are the figures"],
    expect: qm({
      metrics: ["spend", "orders", "sessions"],
      dimensions: ["date"],
      grain: "day",
      timeRange: P.last7,
    }),
  },
  {
    id: "fix7c.define-conversion-readings",
    tags: ["definitions"],
    questions: ["what counts as a conversion"],
    expect: describe("orders", "platform_conversions", "attributed_conversions"),
  },
  {
    id: "fix7c.attribution-model-choice",
    tags: ["attribution"],
    questions: ["what attribution model would you recommend for us"],
    expect: attr({
      models: ["last_touch", "linear", "markov"],
      level: "channel",
      metric: "revenue",
      period: P.last30,
    }),
  },
  {
    id: "fix7c.pacing-month-to-date",
    tags: ["campaigns", "budget"],
    questions: ["how is campaign spend pacing against budget month to date"],
    expect: { calls: [{ name: "campaigns", args: { analysis: "pacing", period: P.oct } }] },
  },
  {
    id: "fix7c.two-campaign-groups",
    tags: ["campaigns", "comparison"],
    questions: ["summer26 campaigns against the bf25 campaigns"],
    expect: qm({
      metrics: ["revenue", "spend", "roas", "orders"],
      dimensions: ["campaign"],
      filters: [f("campaign", 1005, 1012, 1014, 1017), { field: "campaign", op: "neq", value: null }],
      timeRange: YEAR,
    }),
  },
  {
    id: "fix7c.group-one-per-row",
    tags: ["campaigns"],
    questions: ["new customer acquisition cost for our prospecting campaigns in september"],
    expect: qm({
      metrics: ["cac"],
      dimensions: ["campaign"],
      filters: [f("campaign", 1007, 1009, 1010, 1012, 1016)],
      timeRange: P.sep,
    }),
  },
  {
    id: "fix7c.revenue-outside-campaigns",
    tags: ["revenue", "campaigns"],
    questions: ["how much of september's revenue didn't come through any campaign"],
    expect: qm({ metrics: ["revenue"], dimensions: ["campaign"], timeRange: P.sep }),
  },
];
