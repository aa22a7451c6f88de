/**
 * Cases for session 20's fix15b: follow-ups that ask something new of the previous answer's rows
 * (below break-even, the other what-if, pausing them per month, drilling into the worst one, new
 * customers only, a channel left out of LTV:CAC and charted), whole months counted back, a move
 * denied ("didn't grow"), and a day against a "normal" one. Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";

export const FIX15B_CASES: SourceCase[] = [
  {
    id: "fix15b.full-months-break-even",
    tags: ["profitability", "roas"],
    turns: [
      {
        question: "spend and roas per channel for the previous 2 complete months",
        expect: {
          calls: [
            {
              name: "query_metrics",
              args: {
                metrics: ["spend", "roas"],
                dimensions: ["channel"],
                filters: [],
                timeRange: {
                  from: "2026-09-01",
                  to: "2026-10-31",
                },
              },
            },
          ],
        },
      },
      {
        question: "any of those under breakeven?",
        expect: {
          calls: [
            {
              name: "profitability",
              args: {
                analysis: "break_even",
                period: {
                  from: "2026-09-01",
                  to: "2026-10-31",
                },
              },
            },
            {
              name: "query_metrics",
              args: {
                metrics: ["spend", "attributed_revenue", "roas"],
                dimensions: ["channel"],
                filters: [],
                timeRange: {
                  from: "2026-09-01",
                  to: "2026-10-31",
                },
                orderBy: [
                  {
                    field: "roas",
                    direction: "asc",
                  },
                ],
              },
            },
          ],
        },
      },
    ],
  },
  {
    id: "fix15b.other-what-if",
    tags: ["budget", "followup"],
    turns: [
      {
        question: "what happens if we cut meta spend by 30%",
        expect: {
          calls: [
            {
              name: "recommend_budget",
              args: {
                period: {
                  from: "2026-11-01",
                  to: "2026-11-30",
                },
                level: "platform",
                lockedChannels: [],
                changes: [
                  {
                    dimension: "platform",
                    value: "meta_ads",
                    changePercent: -30,
                  },
                ],
                objective: "profit",
              },
            },
          ],
        },
      },
      {
        question: "how about doubling it instead",
        expect: {
          calls: [
            {
              name: "recommend_budget",
              args: {
                period: {
                  from: "2026-11-01",
                  to: "2026-11-30",
                },
                level: "platform",
                lockedChannels: [],
                changes: [
                  {
                    dimension: "platform",
                    value: "meta_ads",
                    changePercent: 100,
                  },
                ],
                objective: "profit",
              },
            },
          ],
        },
      },
    ],
  },
  {
    id: "fix15b.new-customers-only",
    tags: ["followup", "customers"],
    turns: [
      {
        question: "orders and cost per order last 2 weeks vs the 2 weeks before",
        expect: {
          calls: [
            {
              name: "compare_periods",
              args: {
                metrics: ["orders", "cpa"],
                period: {
                  from: "2026-10-18",
                  to: "2026-10-31",
                },
                compareTo: {
                  from: "2026-10-04",
                  to: "2026-10-17",
                },
                dimensions: [],
                filters: [],
              },
            },
          ],
        },
      },
      {
        question: "just first-time buyers",
        expect: {
          calls: [
            {
              name: "compare_periods",
              args: {
                metrics: ["new_customers", "cac"],
                period: {
                  from: "2026-10-18",
                  to: "2026-10-31",
                },
                compareTo: {
                  from: "2026-10-04",
                  to: "2026-10-17",
                },
                dimensions: [],
                filters: [],
              },
            },
          ],
        },
      },
    ],
  },
  {
    id: "fix15b.cohort-leave-out",
    tags: ["cohorts", "followup"],
    turns: [
      {
        question: "ltv to cac per channel",
        expect: {
          calls: [
            {
              name: "cohorts",
              args: {
                period: {
                  from: "2025-11-01",
                  to: "2026-10-31",
                },
                groupBy: "first_touch_channel",
                show: "ltv_to_cac",
              },
            },
          ],
        },
      },
      {
        question: "leave out display and chart that",
        expect: {
          calls: [
            {
              name: "cohorts",
              args: {
                period: {
                  from: "2025-11-01",
                  to: "2026-10-31",
                },
                groupBy: "first_touch_channel",
                show: "ltv_to_cac",
                excludeChannels: ["display"],
              },
            },
          ],
        },
      },
    ],
  },
  {
    id: "fix15b.pause-rows-saving",
    tags: ["followup", "campaigns"],
    turns: [
      {
        question: "which campaigns had roas below 1x in september",
        expect: {
          calls: [
            {
              name: "query_metrics",
              args: {
                metrics: ["roas"],
                dimensions: ["campaign"],
                filters: [
                  {
                    field: "campaign",
                    op: "neq",
                    value: null,
                  },
                ],
                timeRange: {
                  from: "2026-09-01",
                  to: "2026-09-30",
                },
              },
            },
          ],
        },
      },
      {
        question: "if we switched those off how much would we save a month",
        expect: {
          calls: [
            {
              name: "query_metrics",
              args: {
                metrics: ["spend", "attributed_revenue", "roas"],
                dimensions: ["campaign"],
                filters: [
                  {
                    field: "campaign",
                    op: "neq",
                    value: null,
                  },
                  {
                    field: "roas",
                    op: "lt",
                    value: 1,
                  },
                ],
                timeRange: {
                  from: "2026-09-01",
                  to: "2026-09-30",
                },
                orderBy: [
                  {
                    field: "spend",
                    direction: "desc",
                  },
                ],
                average: "per_month",
              },
            },
          ],
        },
      },
    ],
  },
  {
    id: "fix15b.not-grown-drill",
    tags: ["compare", "followup"],
    turns: [
      {
        question: "what channels didnt grow orders in sept vs aug",
        expect: {
          calls: [
            {
              name: "compare_periods",
              args: {
                metrics: ["orders"],
                period: {
                  from: "2026-09-01",
                  to: "2026-09-30",
                },
                compareTo: {
                  from: "2026-08-01",
                  to: "2026-08-31",
                },
                dimensions: ["channel"],
                filters: [],
              },
            },
          ],
        },
      },
      {
        question: "dig into the weakest",
        expect: {
          calls: [
            {
              name: "compare_periods",
              args: {
                metrics: ["orders"],
                period: {
                  from: "2026-09-01",
                  to: "2026-09-30",
                },
                compareTo: {
                  from: "2026-08-01",
                  to: "2026-08-31",
                },
                dimensions: ["channel"],
                filters: [],
              },
            },
          ],
        },
      },
    ],
  },
  {
    id: "fix15b.normal-day",
    tags: ["seasonality", "followup"],
    questions: ["cyber monday vs an ordinary day"],
    // fix21d: the ordinary Monday is the last one before the BF25 window (Nov 20 - Dec 2), not
    // Nov 24, which the promotion ran over.
    expect: {
      calls: [
        {
          name: "compare_periods",
          args: {
            metrics: ["revenue", "spend", "roas", "orders"],
            period: {
              from: "2025-12-01",
              to: "2025-12-01",
            },
            compareTo: {
              from: "2025-11-17",
              to: "2025-11-17",
            },
            dimensions: [],
            filters: [],
          },
        },
      ],
    },
  },
];
