/**
 * Cases for session 19's fix14c kinds: journeys filtered by where a channel sits (the first
 * touches of the orders a channel closed, one channel closing after another, a channel anywhere
 * on the path) and a switch between attribution models. Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { P } from "./helpers.ts";

const call = (name: string, args: Record<string, unknown>): Expectation => ({ calls: [{ name, args }] });

export const FIX14C_CASES: SourceCase[] = [
  {
    id: "fix14c.first-touch-of-email-closes",
    tags: ["journeys"],
    questions: ["customers who close on email, where did they first come from"],
    expect: call("journeys", { analysis: "first_last", period: P.last30, lastChannel: "email" }),
  },
  {
    id: "fix14c.affiliate-after-paid-search",
    tags: ["journeys", "attribution"],
    questions: [
      "how often does affiliate close the sale after a paid search click",
      "share of affiliate last clicks that had paid search earlier in the path",
    ],
    expect: call("journeys", {
      analysis: "first_last",
      period: P.last30,
      lastChannel: "affiliate",
      earlierChannel: "paid_search",
    }),
  },
  {
    id: "fix14c.paths-through-display-q3",
    tags: ["journeys"],
    questions: ["top converting paths in q3 that go through display at some point"],
    expect: call("journeys", { analysis: "top_paths", period: P.q3, limit: 10, anyTouch: ["display"] }),
  },
  {
    id: "fix14c.switch-last-to-linear",
    tags: ["attribution"],
    questions: ["who comes out ahead if we go from last click to linear"],
    expect: call("attribution", {
      models: ["last_touch", "linear"],
      level: "channel",
      metric: "revenue",
      period: P.last30,
    }),
  },
];
