/**
 * Phrasings for the insight brief and ranked recommendations (issue #15). Written for the brief and
 * recommend tools; the blind set (evals/blind/questions.jsonl) is held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

const LAST_WEEK = { preset: "last_week" };
const LAST_MONTH_DATES = { from: "2026-10-01", to: "2026-10-31" };
const LAST_WEEK_DATES = { from: "2026-10-19", to: "2026-10-25" };

export const ADVICE: PhrasingRow[] = [
  ["weekly recap please", "brief", { period: LAST_WEEK }],
  ["can I get the weekly report", "brief", { period: LAST_WEEK }],
  ["put together an executive summary", "brief", { period: LAST_WEEK }],
  ["draft a board update on marketing", "brief", { period: LAST_WEEK }],
  ["insights summary for the team", "brief", { period: LAST_WEEK }],
  ["the monday briefing", "brief", { period: LAST_WEEK }],
  ["summarise the past week for me", "brief", { period: { from: "2026-10-25", to: "2026-10-31" } }],
  ["brief me on last week", "brief", { period: LAST_WEEK_DATES }],
  ["monthly recap", "brief", { period: { preset: "last_month" } }],
  ["wrap up last month for the cmo", "brief", { period: LAST_MONTH_DATES }],
  ["last month in review", "brief", { period: LAST_MONTH_DATES }],
  ["how did the month go", "brief", { period: { preset: "last_month" } }],
  ["which ads should I turn off", "recommend", { focus: "campaigns" }],
  ["what campaigns should we cut", "recommend", { focus: "campaigns" }],
  ["which campaigns should be scaled back", "recommend", { focus: "campaigns" }],
  ["campaigns we should stop", "recommend", { focus: "campaigns" }],
  ["which campaigns should I scale up", "recommend", { focus: "campaigns" }],
  // fix17a: campaigns losing money are every campaign against break-even (campaign-losses).
  ["any unprofitable campaigns?", "profitability", { analysis: "break_even" }],
  ["is our pixel working", "recommend", { focus: "tracking" }],
  ["any tracking issues lately", "recommend", { focus: "tracking" }],
  ["what should I do with my ad budget", "recommend", { focus: "budget" }],
  ["where can we save money", "recommend", { focus: "budget" }],
  ["which channels are below break even", "recommend", { focus: "budget" }],
  ["what should we prioritize", "recommend", { focus: "all" }],
  ["what are our biggest opportunities", "recommend", { focus: "all" }],
  ["give me your top recommendations", "recommend", { focus: "all" }],
  ["what should I work on next", "recommend", { focus: "all" }],
  ["where should we start", "recommend", { focus: "all" }],
  ["how can we improve profitability", "recommend", { focus: "all" }],
  ["any quick wins?", "recommend", { focus: "all" }],
  ["what changes do you recommend", "recommend", { focus: "all" }],
  ["next steps for marketing", "recommend", { focus: "all" }],
];
