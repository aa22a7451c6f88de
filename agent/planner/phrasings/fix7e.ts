/**
 * Phrasings for session 12's fix7e kinds: email measures asked together (the sends count and the
 * click-to-open rate), "which email made the most money" (email campaigns ranked, revenue said to
 * be per channel only), and the organization's schedules and alert rules listed under looser
 * words. Named sends ("the labor day email") need the demo's send names, so they are tested in
 * send-vs-typical.test.ts with those names. Written by hand as my own wordings of the kinds; the
 * blind sets (evals/blind/) are held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const AUG = { from: "2026-08-01", to: "2026-08-31" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const SENDS_AND_CTOR = ["email_sends", "email_click_to_open_rate"];

export const FIX7E: PhrasingRow[] = [
  // paraphrase.ts: "emails went out", "emails did we send" are the sends count, beside the other part.
  [
    "how many emails did we send in september and what was the click to open rate",
    "query_metrics",
    { metrics: SENDS_AND_CTOR, timeRange: SEPT },
  ],
  ["emails that went out in august plus ctor", "query_metrics", { metrics: SENDS_AND_CTOR, timeRange: AUG }],
  [
    "number of emails we sent last month, and the click-to-open rate",
    "query_metrics",
    { metrics: SENDS_AND_CTOR },
  ],
  [
    "how many mailings went out in q3 and what open rate did they get",
    "query_metrics",
    { metrics: ["email_sends", "email_open_rate"], timeRange: Q3 },
  ],
  // email-intent.ts: one email among several ranked; revenue is the Email channel's (first call).
  [
    "what email brought in the most money in q3",
    "query_metrics",
    { metrics: ["email_revenue"], timeRange: Q3 },
  ],
  ["which of our emails made us the most cash this year", "query_metrics", { metrics: ["email_revenue"] }],
  [
    "our top email campaign by revenue in september",
    "query_metrics",
    { metrics: ["email_revenue"], timeRange: SEPT },
  ],
  // phrasings/manage.ts: the organization's schedules and rules, under looser words.
  ["which briefs are scheduled right now", "list_automations", {}],
  ["what reports and alerts do we have set up currently", "list_automations", {}],
  ["do we have any recurring reports configured", "list_automations", {}],
  ["show me our scheduled reports / alert rules", "list_automations", {}],
  ["what is scheduled to go out", "list_automations", {}],
];
