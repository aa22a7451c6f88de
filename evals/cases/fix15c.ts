/**
 * Cases for session 20's fix15c: words misread or refused. Voice dictation's spellings, questions in
 * Spanish, Portuguese and German (with a follow-up), data the organization does not hold asked in
 * other words (coupon codes, a search rank by position), a seasonal low, and a dated event's before
 * and after. Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { f, notNone, P, qm } from "./helpers.ts";

const YEAR = P.range("2025-11-01", "2026-10-31");

export const FIX15C_CASES: SourceCase[] = [
  {
    id: "fix15c.voice-spelled-metric",
    tags: ["understanding"],
    questions: ["whats our see pee see on google for october", "sea pee see google ads october"],
    expect: qm({ metrics: ["cpc"], filters: [f("platform", "google_ads")], timeRange: P.oct }),
  },
  {
    id: "fix15c.voice-platform-follow-up",
    tags: ["understanding", "followup"],
    turns: [
      {
        question: "roe as on google in september",
        expect: qm({ metrics: ["roas"], filters: [f("platform", "google_ads")], timeRange: P.sep }),
      },
      {
        question: "and for tic toc?",
        expect: qm({ metrics: ["roas"], filters: [f("platform", "tiktok_ads")], timeRange: P.sep }),
      },
    ],
  },
  {
    id: "fix15c.spanish-with-follow-up",
    tags: ["understanding", "followup"],
    turns: [
      {
        question: "¿cuántos pedidos trajo google en septiembre?",
        expect: qm({ metrics: ["orders"], filters: [f("platform", "google_ads")], timeRange: P.sep }),
      },
      {
        question: "y frente a agosto?",
        expect: {
          calls: [
            {
              name: "compare_periods",
              args: {
                metrics: ["orders"],
                period: P.sep,
                compareTo: P.aug,
                dimensions: [],
                filters: [f("platform", "google_ads")],
              },
            },
          ],
        },
      },
    ],
  },
  {
    id: "fix15c.portuguese-quarter",
    tags: ["understanding"],
    questions: ["receita por canal no terceiro trimestre"],
    expect: qm({ metrics: ["revenue"], dimensions: ["channel"], timeRange: P.q3 }),
  },
  {
    id: "fix15c.german-month",
    tags: ["understanding"],
    questions: ["Wie viele Bestellungen hatten wir im Oktober?"],
    expect: qm({ metrics: ["orders"], timeRange: P.oct }),
  },
  {
    id: "fix15c.coupon-codes-nearest",
    tags: ["honesty"],
    questions: ["top discount codes redeemed last month"],
    expect: qm({
      metrics: ["spend", "orders", "revenue"],
      dimensions: ["campaign"],
      filters: [f("channel", "affiliate"), notNone("campaign")],
      timeRange: P.oct,
    }),
  },
  {
    id: "fix15c.search-rank-position",
    tags: ["honesty"],
    questions: ["is our site ranking number one for camp chairs in october"],
    expect: qm({
      metrics: ["sessions", "revenue"],
      filters: [f("channel", "organic_search")],
      timeRange: P.oct,
    }),
  },
  {
    id: "fix15c.seasonal-low",
    tags: ["understanding"],
    questions: ["whens our slow season"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: {
            metrics: ["revenue"],
            dimensions: ["date"],
            filters: [],
            timeRange: YEAR,
            grain: "month",
            orderBy: [{ field: "revenue", direction: "asc" }],
          },
        },
      ],
    },
  },
  {
    id: "fix15c.event-before-after",
    tags: ["understanding"],
    questions: ["how did paid social do after the aug 10 meltdown"],
    expect: {
      calls: [
        {
          name: "compare_periods",
          args: {
            metrics: ["revenue", "spend", "roas", "orders"],
            period: P.range("2026-08-11", "2026-09-07"),
            compareTo: P.range("2026-07-13", "2026-08-09"),
            dimensions: [],
            filters: [f("channel", "paid_social")],
          },
        },
      ],
    },
  },
];
