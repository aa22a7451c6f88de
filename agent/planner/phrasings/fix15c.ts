/**
 * Phrasings for session 20's fix15c: words misread or refused. Voice dictation's spellings of
 * metric and platform names (spoken-words.ts), questions in Spanish, Portuguese and German
 * (foreign-words.ts), data the organization does not hold asked in other words (coupon codes, a
 * rank by position; untracked-data-intent.ts), a seasonal low or peak (conversational-wordings.ts)
 * and a dated event's before and after (event-day-window.ts). Written by hand; the blind sets
 * (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEP = { from: "2026-09-01", to: "2026-09-30" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const YEAR = { from: "2025-11-01", to: "2026-10-31" };
const google = { field: "platform", op: "in", values: ["google_ads"] };
const tiktok = { field: "platform", op: "in", values: ["tiktok_ads"] };
const meta = { field: "platform", op: "in", values: ["meta_ads"] };

export const FIX15C: PhrasingRow[] = [
  // Voice dictation.
  [
    "roe as on google in september",
    "query_metrics",
    { metrics: ["roas"], filters: [google], timeRange: SEP },
  ],
  [
    "whats the see pee see on facebook last month",
    "query_metrics",
    { metrics: ["cpc"], filters: [meta], timeRange: OCT },
  ],
  ["tic toc spend in q3", "query_metrics", { metrics: ["spend"], filters: [tiktok], timeRange: Q3 }],
  [
    "sea tee are by platform in october",
    "query_metrics",
    { metrics: ["ctr"], dimensions: ["platform"], timeRange: OCT },
  ],
  ["ay oh vee last month pls", "query_metrics", { metrics: ["average_order_value"], timeRange: OCT }],
  // Spanish, Portuguese, German.
  [
    "ingresos por canal el mes pasado",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["channel"], timeRange: OCT },
  ],
  ["cuántos pedidos tuvimos en septiembre", "query_metrics", { metrics: ["orders"], timeRange: SEP }],
  [
    "gasto de tiktok en el tercer trimestre",
    "query_metrics",
    { metrics: ["spend"], filters: [tiktok], timeRange: Q3 },
  ],
  [
    "receita do google no mês passado",
    "query_metrics",
    { metrics: ["revenue"], filters: [google], timeRange: OCT },
  ],
  ["quantos pedidos tivemos em setembro?", "query_metrics", { metrics: ["orders"], timeRange: SEP }],
  ["Wie viele Bestellungen hatten wir im Oktober?", "query_metrics", { metrics: ["orders"], timeRange: OCT }],
  [
    "Umsatz nach Kanal im letzten Monat",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["channel"], timeRange: OCT },
  ],
  // Data the organization does not hold, answered with the nearest.
  [
    "which discount codes were redeemed the most",
    "query_metrics",
    { metrics: ["spend", "orders", "revenue"], dimensions: ["campaign"] },
  ],
  [
    "top promo codes last month?",
    "query_metrics",
    { metrics: ["spend", "orders", "revenue"], timeRange: OCT },
  ],
  ["is our site ranking number one for trail shoes", "query_metrics", { metrics: ["sessions", "revenue"] }],
  ["r we #1 on google for camp stoves", "query_metrics", { metrics: ["sessions", "revenue"] }],
  // A seasonal low or peak: the months in revenue order.
  [
    "whens our slow season",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date"], grain: "month", timeRange: YEAR },
  ],
  [
    "seasonal peak month?",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date"], grain: "month", timeRange: YEAR },
  ],
  [
    "what time of year is the seasonal dip for us",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date"], grain: "month" },
  ],
  // A dated event's before and after: four weeks each side, the day left out.
  [
    "how did paid social do after the aug 10 meltdown",
    "compare_periods",
    { period: { from: "2026-08-11", to: "2026-09-07" }, compareTo: { from: "2026-07-13", to: "2026-08-09" } },
  ],
  [
    "google spend before and after sept 21",
    "compare_periods",
    {
      metrics: ["spend"],
      period: { from: "2026-09-22", to: "2026-10-19" },
      compareTo: { from: "2026-08-24", to: "2026-09-20" },
    },
  ],
  [
    "roas since the 5th of october incident",
    "compare_periods",
    { period: { from: "2026-10-06", to: "2026-11-01" }, compareTo: { from: "2026-09-08", to: "2026-10-04" } },
  ],
];
