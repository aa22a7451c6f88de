/** Cases for honest ROAS: paid-channel ROAS on attributed revenue, with MER (blended) beside it. */
import type { SourceCase } from "../types.ts";
import { P, qm } from "./helpers.ts";

export const HONEST_ROAS_CASES: SourceCase[] = [
  {
    id: "roas.with-mer-oct",
    tags: ["lookup", "roas"],
    questions: ["ROAS last month", "what was our return on ad spend in October"],
    expect: qm({ metrics: ["roas", "mer"], timeRange: P.oct }),
  },
  {
    id: "roas.paid-sep",
    tags: ["lookup", "roas"],
    questions: ["paid roas in september"],
    expect: qm({ metrics: ["roas", "mer"], timeRange: P.sep }),
  },
  {
    id: "roas.mer-oct",
    tags: ["lookup", "roas"],
    questions: ["what is our MER in October", "marketing efficiency ratio last month"],
    expect: qm({ metrics: ["mer"], timeRange: P.oct }),
  },
  {
    id: "roas.mer-beta-q3",
    tags: ["lookup", "roas"],
    org: "beta-bikes",
    questions: ["blended roas for Q3"],
    expect: qm({ metrics: ["mer"], timeRange: P.q3 }),
  },
  {
    id: "roas.with-mer-beta-q3",
    tags: ["lookup", "roas"],
    org: "beta-bikes",
    questions: ["ROAS in Q3"],
    expect: qm({ metrics: ["roas", "mer"], timeRange: P.q3 }),
  },
  {
    id: "roas.by-channel-no-mer",
    tags: ["lookup", "roas"],
    questions: ["ROAS by channel in October"],
    expect: qm({ metrics: ["roas"], dimensions: ["channel"], timeRange: P.oct }),
  },
];

/** Cases for a source / medium pair: it filters source_medium (last touch), not the platform. */
export const SOURCE_MEDIUM_CASES: SourceCase[] = [
  {
    id: "filter.source-medium-google-cpc",
    tags: ["filter", "source_medium"],
    questions: ["revenue from google / cpc in October", "orders and revenue from google/cpc in October"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: {
            filters: [{ field: "source_medium", op: "in", values: ["google / cpc"] }],
            attributionModel: "last_touch",
            timeRange: P.oct,
          },
          compute: {
            metrics: ["revenue"],
            dimensions: [],
            filters: [{ field: "source_medium", op: "in", values: ["google / cpc"] }],
            attributionModel: "last_touch",
            timeRange: P.oct,
          },
        },
      ],
    },
  },
];
