/** Cases for overview questions: headline KPIs against the previous period (the overview tool). */
import type { Expectation, SourceCase } from "../types.ts";
import { P } from "./helpers.ts";

const overview = (period: { from: string; to: string }): Expectation => ({
  calls: [{ name: "overview", args: { period } }],
});

export const OVERVIEW_CASES: SourceCase[] = [
  {
    id: "overview.default",
    tags: ["overview"],
    questions: ["How are we doing?", "is our marketing working?", "how's business"],
    expect: overview(P.last30),
  },
  {
    id: "overview.last-month",
    tags: ["overview"],
    questions: ["give me an overview of last month", "how did we do last month"],
    expect: overview(P.oct),
  },
  {
    id: "overview.last-week",
    tags: ["overview"],
    questions: ["how did we do last week", "how were our numbers last week"],
    expect: overview(P.lastWeek),
  },
  {
    id: "overview.q3-beta",
    tags: ["overview"],
    org: "beta-bikes",
    questions: ["how did we do in Q3"],
    expect: overview(P.q3),
  },
];
