/** Cases for customer journeys: paths to purchase, touches, time to convert, assists, one customer. */
import type { Expectation, SourceCase } from "../types.ts";
import { P } from "./helpers.ts";

const journeys = (args: Record<string, unknown>): Expectation => ({ calls: [{ name: "journeys", args }] });

export const JOURNEY_CASES: SourceCase[] = [
  {
    id: "journeys.top-paths-oct",
    tags: ["journeys"],
    questions: ["most common paths to purchase in October", "October's top conversion paths"],
    expect: journeys({ analysis: "top_paths", period: P.oct }),
  },
  {
    id: "journeys.top-paths-default",
    tags: ["journeys"],
    questions: ["what journeys do customers take before buying?"],
    expect: journeys({ analysis: "top_paths", period: P.last30 }),
  },
  {
    id: "journeys.top-paths-q3-beta",
    tags: ["journeys"],
    org: "beta-bikes",
    questions: ["top converting journeys in Q3"],
    expect: journeys({ analysis: "top_paths", period: P.q3 }),
  },
  {
    id: "journeys.path-length-oct",
    tags: ["journeys"],
    questions: [
      "how many touchpoints before a conversion in October",
      "average number of touches per order in october",
    ],
    expect: journeys({ analysis: "path_length", period: P.oct }),
  },
  {
    id: "journeys.path-length-sep",
    tags: ["journeys"],
    questions: ["what share of September orders came after a single touch?"],
    expect: journeys({ analysis: "path_length", period: P.sep }),
  },
  {
    id: "journeys.time-to-convert-oct",
    tags: ["journeys"],
    questions: [
      "how long do customers take to convert in October?",
      "median days to purchase for October orders",
    ],
    expect: journeys({ analysis: "time_to_convert", period: P.oct }),
  },
  {
    id: "journeys.time-to-convert-q3-beta",
    tags: ["journeys"],
    org: "beta-bikes",
    questions: ["what was the purchase cycle in Q3"],
    expect: journeys({ analysis: "time_to_convert", period: P.q3 }),
  },
  {
    id: "journeys.assists-oct",
    tags: ["journeys"],
    questions: ["assisted conversions per channel in October", "which channels assist sales in october"],
    expect: journeys({ analysis: "assists", period: P.oct }),
  },
  {
    id: "journeys.assists-last-week",
    tags: ["journeys"],
    questions: ["which channels helped convert last week without being the last click"],
    expect: journeys({ analysis: "assists", period: P.lastWeek }),
  },
];
