/**
 * Phrasings for fix19a's kinds (session 24): a plain verdict verb asked of a named subject. A
 * campaign asked whether it worked (break-even against its run), the changes or tests made asked
 * whether they helped (the recorded holdouts), the profit paid marketing made (each paid channel at
 * the margin), and an email count named in a fatigue ask (its rate per send). Written by hand; the
 * blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const Q3 = { from: "2026-07-01", to: "2026-09-30" };

export const FIX19A: PhrasingRow[] = [
  ["did the tiktok creators campaign work", "profitability", { analysis: "break_even" }],
  ["is the summer sale prospecting campaign working?", "profitability", { analysis: "break_even" }],
  ["did brand search always on do its job this year", "profitability", { analysis: "break_even" }],
  ["has the bf24 retargeting campaign worked or not", "profitability", { analysis: "break_even" }],
  [
    "hows tiktok doing overall, is the creators campaign pulling its weight",
    "profitability",
    { analysis: "break_even" },
  ],
  ["did our recent tests work", "campaigns", { analysis: "holdout" }],
  ["what did we change lately and did it help?", "campaigns", { analysis: "holdout" }],
  ["recent experiments - did any of them work", "campaigns", { analysis: "holdout" }],
  ["how did the changes we made last quarter work out", "campaigns", { analysis: "holdout", around: Q3 }],
  ["did paid make us any money in q3", "profitability", { analysis: "channel_profit", period: Q3 }],
  ["profit from our ads last quarter", "profitability", { analysis: "channel_profit", period: Q3 }],
  [
    "how much profit did paid media bring in during q3",
    "profitability",
    { analysis: "channel_profit", period: Q3 },
  ],
  ["paid marketing profit q3", "profitability", { analysis: "channel_profit", period: Q3 }],
  [
    "are we emailing too much? unsubscribes going up?",
    "query_metrics",
    {
      metrics: ["email_unsubscribe_rate", "email_open_rate", "email_click_rate", "email_sends"],
      grain: "week",
    },
  ],
  [
    "newsletter subscribers tuning out? opens trend",
    "query_metrics",
    {
      metrics: ["email_open_rate", "email_click_rate", "email_unsubscribe_rate", "email_sends"],
      grain: "week",
    },
  ],
  [
    "list getting tired?? unsubs by week on the newsletter",
    "query_metrics",
    {
      metrics: ["email_unsubscribe_rate", "email_open_rate", "email_click_rate", "email_sends"],
      grain: "week",
    },
  ],
];
