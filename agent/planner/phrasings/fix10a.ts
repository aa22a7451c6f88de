/**
 * Phrasings for session 15's fix10a kinds that a single question can show: a review of a period
 * (what went well and what did not, wins and worries, a quarterly review) is the brief; the usual
 * headline figures and a stakeholder update are the overview; the one change worth most is the top
 * recommendation; "how'd" reads as "how did"; a trailing "and why" on a model choice is the choice
 * explained; spend for a holiday still ahead is planned from last year's; a margin stated with a
 * contribution question is used for that answer. The follow-up kinds are threads, tested in
 * follow-up-fix10a.test.ts and evals/cases/fix10a.ts. My own wordings; the blind sets are held out.
 */
import type { PhrasingRow } from "./index.ts";

const AUG = { from: "2026-08-01", to: "2026-08-31" };
const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const Q2 = { from: "2026-04-01", to: "2026-06-30" };
const LAST_WEEK = { from: "2026-10-19", to: "2026-10-25" };
const MODELS = { models: ["last_touch", "linear", "markov"], level: "channel" };

export const FIX10A: PhrasingRow[] = [
  // review-asks.ts: a review of a period is its brief.
  ["what landed and what flopped in q2", "brief", { period: Q2 }],
  ["tell me what went well in august and what went badly", "brief", { period: AUG }],
  ["the wins and the concerns from september for the team", "brief", { period: SEPT }],
  ["a q2 retrospective please", "brief", { period: Q2 }],
  ["bright spots and red flags for august", "brief", { period: AUG }],
  // review-asks.ts: the usual headline figures are the overview.
  ["can you grab the regular numbers for last week", "overview", { period: LAST_WEEK }],
  ["our standard kpis for september please", "overview", { period: SEPT }],
  ["the usual figures for august", "overview", { period: AUG }],
  // review-asks.ts: the single change worth most.
  ["what is the number one lever we could pull", "recommend", { focus: "all", limit: 1 }],
  ["where is the biggest opportunity right now", "recommend", { focus: "all", limit: 1 }],
  ["what would move the needle the most", "recommend", { focus: "all" }],
  // normalize.ts: "how'd" is "how did".
  ["how'd august go", "overview", { period: AUG }],
  ["how'd we do in september", "overview", { period: SEPT }],
  ["how'd things look last week", "overview", { period: LAST_WEEK }],
  // intent.ts: "and why" after a model choice asks for the reasoning.
  ["what attribution model do you recommend for us and why", "attribution", MODELS],
  ["which attribution model should i trust, and why?", "attribution", MODELS],
  ["what's the best attribution model for a store like ours and why", "attribution", MODELS],
  // plan-from-history.ts: spend for a holiday still ahead, from last year's.
  [
    "what should we spend on cyber monday this year",
    "query_metrics",
    {
      metrics: ["spend", "revenue", "roas", "orders"],
      dimensions: ["channel"],
      timeRange: { from: "2025-12-01", to: "2025-12-01" },
    },
  ],
  [
    "what should we spend next cyber monday",
    "query_metrics",
    {
      metrics: ["spend", "revenue", "roas", "orders"],
      timeRange: { from: "2025-12-01", to: "2025-12-01" },
    },
  ],
  [
    "what should i put behind next black friday",
    "query_metrics",
    {
      metrics: ["spend", "revenue", "roas", "orders"],
      timeRange: { from: "2025-11-28", to: "2025-11-28" },
    },
  ],
  // profitability-intent.ts: a margin stated with the question is used for that answer.
  [
    "contribution margin after ad spend in q2 at a 40% margin",
    "profitability",
    {
      analysis: "contribution_margin",
      period: Q2,
      grossMargin: 0.4,
    },
  ],
  [
    "profit after ads in september assuming margins of 35 percent",
    "profitability",
    {
      analysis: "contribution_margin",
      period: SEPT,
      grossMargin: 0.35,
    },
  ],
  [
    "gross profit minus ad spend for august with a 60% gross margin",
    "profitability",
    {
      analysis: "contribution_margin",
      period: AUG,
      grossMargin: 0.6,
    },
  ],
];
