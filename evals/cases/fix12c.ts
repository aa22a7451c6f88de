/**
 * Cases for fix12c's kinds (session 17): a ranking by how a metric moved inside one named period
 * (against the period before) and "why?" after it (that move explained), paid channels losing
 * money at a margin (channel profit), and which attribution model credits one member most (every
 * model). Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { attr, cmp, P, why } from "./helpers.ts";

const EVERY_PATH_MODEL = [
  "first_touch",
  "last_touch",
  "last_non_direct",
  "linear",
  "linear_distinct",
  "time_decay",
  "position_based",
  "w_shaped",
  "markov",
  "shapley",
];

export const FIX12C_CASES: SourceCase[] = [
  {
    id: "fix12c.move-in-one-month",
    tags: ["comparison"],
    questions: [
      "which channel saw the steepest fall in roas in september",
      "biggest roas decline by channel in september",
    ],
    expect: cmp({ metrics: ["roas"], dimensions: ["channel"], period: P.sep, compareTo: P.aug }),
  },
  {
    id: "fix12c.move-in-one-quarter",
    tags: ["comparison"],
    questions: [
      "which platform's cpc rose the most in q3",
      "what platform had the largest cpc increase in q3",
    ],
    expect: cmp({ metrics: ["cpc"], dimensions: ["platform"], period: P.q3, compareTo: P.q2 }),
  },
  {
    id: "fix12c.move-then-why",
    tags: ["explain"],
    turns: [
      {
        question: "which campaign had the largest jump in spend in september",
        expect: cmp({ metrics: ["spend"], dimensions: ["campaign"], period: P.sep, compareTo: P.aug }),
      },
      {
        question: "how come?",
        expect: why({ metric: "spend", period: P.sep, compareTo: P.aug, dimensions: ["campaign"] }),
      },
    ],
  },
  {
    id: "fix12c.paid-channels-losing-money",
    tags: ["profitability"],
    questions: [
      "which paid channels lost money last quarter at a 40% margin",
      "at a 40% gross margin, which of our ad channels were underwater in q3",
    ],
    expect: {
      calls: [
        { name: "profitability", args: { analysis: "channel_profit", period: P.q3, grossMargin: 0.4 } },
      ],
    },
  },
  {
    id: "fix12c.model-kindest-to-member",
    tags: ["attribution"],
    questions: [
      "under which model does paid search get the most credit in september",
      "what attribution model is most generous to paid search in september",
    ],
    expect: attr({ models: EVERY_PATH_MODEL, channels: ["paid_search"], level: "channel", period: P.sep }),
  },
  {
    id: "fix12c.model-kindest-to-platform",
    tags: ["attribution"],
    questions: ["which model favours tiktok the most last quarter"],
    expect: attr({ models: EVERY_PATH_MODEL, platforms: ["tiktok_ads"], level: "platform", period: P.q3 }),
  },
];
