/**
 * Cases for session 13's fix8f kinds: exclusions in every wording leave the value out (campaign
 * 1001 is Search - Brand - Exact in the eval organization), and top paths of the journeys that
 * began on a named platform. Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { fNot, notNone, P, qm } from "./helpers.ts";

const SCAN = ["revenue", "orders", "spend", "roas", "sessions", "conversion_rate"];
const LAST_90 = { from: "2026-08-03", to: "2026-10-31" };
const journeys = (args: Record<string, unknown>): Expectation => ({ calls: [{ name: "journeys", args }] });

export const FIX8F_CASES: SourceCase[] = [
  {
    id: "fix8f.leave-out-brand-search",
    tags: ["filters", "campaigns"],
    questions: ["which campaigns made the most revenue this year if we leave out brand search"],
    expect: qm({
      metrics: ["revenue"],
      dimensions: ["campaign"],
      filters: [fNot("campaign", 1001), notNone("campaign")],
      timeRange: P.ytd,
      orderBy: [{ field: "revenue", direction: "desc" }],
    }),
  },
  {
    id: "fix8f.not-counting-email",
    tags: ["filters"],
    questions: ["revenue by channel in september not counting email"],
    expect: qm({
      metrics: ["revenue"],
      dimensions: ["channel"],
      filters: [fNot("channel", "email")],
      timeRange: P.sep,
    }),
  },
  {
    id: "fix8f.paths-first-touch-tiktok",
    tags: ["journeys"],
    questions: ["in q3, what paths did buyers take after first finding us on tiktok"],
    expect: journeys({ analysis: "top_paths", period: P.q3, firstTouch: ["tiktok_ads"] }),
  },
  {
    id: "fix8f.scan-then-biggest",
    tags: ["anomalies", "thread"],
    turns: [
      {
        question: "spot anything unusual over the last 90 days",
        expect: { calls: [{ name: "detect_anomalies", args: { metrics: SCAN, period: LAST_90 } }] },
      },
      {
        question: "zoom in on the biggest one",
        expect: {
          calls: [{ name: "detect_anomalies", args: { metrics: SCAN, period: LAST_90, focus: "biggest" } }],
        },
      },
    ],
  },
];
