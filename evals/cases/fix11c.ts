/**
 * Cases for fix11c's kinds (session 16): parts of the US named instead of states, one total each
 * when set side by side (a labelled query per part) and a filter on their states alone. Own
 * wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { P, qm } from "./helpers.ts";

const EAST = ["ME", "NH", "MA", "RI", "CT", "NY", "NJ", "DE", "MD", "VA", "NC", "SC", "GA", "FL"];
const WEST = ["CA", "OR", "WA"];
const MIDWEST = ["IL", "IN", "MI", "OH", "WI", "IA", "KS", "MN", "MO", "NE", "ND", "SD"];
const states = (values: string[]) => [{ field: "region", op: "in" as const, values }];

export const FIX11C_CASES: SourceCase[] = [
  {
    id: "fix11c.coasts-side-by-side",
    tags: ["geo", "groups"],
    questions: ["atlantic coast vs pacific coast orders in q3"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: {
            metrics: ["orders"],
            dimensions: [],
            filters: states(EAST),
            timeRange: P.q3,
            label: "East Coast",
          },
        },
        {
          name: "query_metrics",
          args: {
            metrics: ["orders"],
            dimensions: [],
            filters: states(WEST),
            timeRange: P.q3,
            label: "West Coast",
          },
        },
      ],
    },
  },
  {
    id: "fix11c.one-part-filter",
    tags: ["geo"],
    questions: ["revenue from the midwest ytd"],
    expect: qm({ metrics: ["revenue"], filters: states(MIDWEST), timeRange: P.ytd }),
  },
];
