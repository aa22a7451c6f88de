/**
 * Cases for session 23's premise and empty-period fixes (fix18f): a change stated as done on a
 * platform, a period before the data starts, a named platform's influencers, ad frequency and
 * misspelt words. Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { f, notNone, qm } from "./helpers.ts";

const change = (args: Record<string, unknown>) => ({ calls: [{ name: "campaigns", args }] });

export const FIX18F_CASES: SourceCase[] = [
  {
    id: "fix18f.platform-change-premise",
    tags: ["campaigns", "budget"],
    questions: [
      "we tripled our meta budget in june, did that work?",
      "we upped facebook spend in june. results?",
    ],
    expect: change({
      analysis: "change",
      around: { from: "2026-06-01", to: "2026-06-30" },
      platform: "meta_ads",
    }),
  },
  {
    id: "fix18f.period-before-data",
    tags: ["time"],
    questions: ["what was revenue in sept 2025", "how much revenue did we make in sept 2025?"],
    expect: qm({ metrics: ["revenue"], timeRange: { from: "2026-09-01", to: "2026-09-30" } }),
  },
  {
    id: "fix18f.influencers-on-a-platform",
    tags: ["scope"],
    questions: ["what revenue did facebook influencers drive last quarter"],
    expect: qm({
      metrics: ["revenue"],
      dimensions: ["campaign"],
      filters: [f("platform", "meta_ads"), notNone("campaign")],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    }),
  },
  {
    id: "fix18f.frequency-nearest",
    tags: ["scope"],
    questions: ["avg freq by campaign on facebook in october"],
    expect: qm({
      metrics: ["impressions", "clicks", "ctr"],
      dimensions: ["campaign"],
      filters: [f("platform", "meta_ads")],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    }),
  },
  {
    id: "fix18f.word-typos",
    tags: ["typos"],
    questions: ["add2cart rate by channel in october"],
    expect: qm({
      metrics: ["add_to_cart_rate"],
      dimensions: ["channel"],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    }),
  },
];
