/**
 * Phrasings for fix11c's kinds (session 16): parts of the US named instead of states (coasts,
 * Census regions), one total each when set side by side and a filter on their states alone. My own wordings; the blind
 * sets (evals/blind/) are held out.
 */
import type { PhrasingRow } from "./index.ts";

const EAST = ["ME", "NH", "MA", "RI", "CT", "NY", "NJ", "DE", "MD", "VA", "NC", "SC", "GA", "FL"];
const WEST = ["CA", "OR", "WA"];
const MIDWEST = ["IL", "IN", "MI", "OH", "WI", "IA", "KS", "MN", "MO", "NE", "ND", "SD"];
const region = (values: string[]) => [{ field: "region", op: "in", values }];

export const FIX11C: PhrasingRow[] = [
  // region-groups.ts: two parts side by side are one query each, labelled; the first is checked.
  ["atlantic coast vs pacific coast sales", "query_metrics", { filters: region(EAST), label: "East Coast" }],
  [
    "orders west coast compared to east coast last quarter",
    "query_metrics",
    { metrics: ["orders"], filters: region(WEST), label: "West Coast" },
  ],
  [
    "midwest vs the south, revenue this year",
    "query_metrics",
    { metrics: ["revenue"], filters: region(MIDWEST), label: "Midwest" },
  ],
  // One part alone: a filter on its states.
  ["how many new customers came from the midwest in q3", "query_metrics", { filters: region(MIDWEST) }],
  [
    "revenue from new england customers ytd",
    "query_metrics",
    { filters: region(["CT", "ME", "MA", "NH", "RI", "VT"]) },
  ],
  // intent.ts: "more efficient" is a judgement on the efficiency measures, not a catalog search.
  [
    "which platform is more efficient, google or meta",
    "query_metrics",
    { metrics: ["revenue", "spend", "roas", "orders"], dimensions: ["platform"] },
  ],
  ["is display or affiliate less efficient", "query_metrics", { dimensions: ["channel"] }],
  ["are our display campaigns inefficient", "query_metrics", { dimensions: ["campaign"] }],
];
