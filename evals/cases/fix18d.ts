/**
 * Cases for session 23's fix18d kinds: breakdown words cut short ("chnl", "cr"), converting as a
 * verb, a direction asked ("growing"), a search ranking asked of a quoted term, campaign
 * objectives named by a metric word, a campaign side named with a filler word, our figure against
 * a platform's own screen, and what happened to one campaign over a few days. Own wordings; the
 * blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { anomalies, f, notNone, P, qm } from "./helpers.ts";

const GAP = [
  "platform_conversions",
  "orders",
  "platform_conversions_minus_tracked",
  "platform_conversions_over_tracked",
  "platform_revenue",
  "revenue",
  "platform_revenue_minus_tracked",
  "platform_revenue_over_tracked",
];

export const FIX18D_CASES: SourceCase[] = [
  {
    id: "fix18d.shorthand-channel",
    tags: ["dimensions"],
    questions: ["cpa per chnl in q3", "q3 cpa by ch"],
    expect: qm({ metrics: ["cpa"], dimensions: ["channel"], timeRange: P.q3 }),
  },
  {
    id: "fix18d.shorthand-cr",
    tags: ["metrics"],
    questions: ["cr by channel in q3"],
    expect: qm({ metrics: ["conversion_rate"], dimensions: ["channel"], timeRange: P.q3 }),
  },
  {
    id: "fix18d.converts-verb",
    tags: ["metrics"],
    questions: ["does email convert better than direct in september"],
    expect: qm({
      metrics: ["conversion_rate"],
      dimensions: ["channel"],
      filters: [f("channel", "email", "direct")],
      timeRange: P.sep,
    }),
  },
  {
    id: "fix18d.growth-direction",
    tags: ["trend"],
    questions: ["is referral traffic growing?", "are referral visits going up lately"],
    expect: qm({
      metrics: ["sessions"],
      dimensions: ["date"],
      filters: [f("channel", "referral")],
      grain: "week",
      timeRange: P.range("2026-08-10", "2026-10-31"),
    }),
  },
  {
    id: "fix18d.ranking-quoted-term",
    tags: ["honesty"],
    questions: ["what's our position for 'camping tents'", 'how do we rank for "camp stoves"'],
    expect: qm({
      metrics: ["sessions", "revenue"],
      filters: [f("channel", "organic_search")],
      timeRange: P.range("2026-10-02", "2026-10-31"),
    }),
  },
  {
    id: "fix18d.objective-groups",
    tags: ["campaigns"],
    questions: ["traffic campaigns vs catalog sales campaigns spend in q3"],
    expect: qm({
      metrics: ["spend"],
      dimensions: ["campaign_objective"],
      filters: [f("campaign_objective", "traffic", "catalog_sales")],
      timeRange: P.q3,
    }),
  },
  {
    id: "fix18d.campaign-side-filler",
    tags: ["campaigns"],
    questions: ["pmax or the normal search campaigns: roas in september"],
    expect: qm({
      metrics: ["roas"],
      dimensions: ["campaign"],
      filters: [f("campaign", 1004, 1001, 1002, 1003, 1005), notNone("campaign")],
      timeRange: P.sep,
    }),
  },
  {
    id: "fix18d.platform-screen",
    tags: ["attribution"],
    questions: ["our tiktok figures don't match what tiktok ads manager shows for q3"],
    expect: qm({ metrics: GAP, filters: [f("platform", "tiktok_ads")], timeRange: P.q3 }),
  },
  {
    id: "fix18d.subject-event",
    tags: ["anomalies"],
    questions: ["anything odd happen to the cart abandoners campaign in early june"],
    expect: anomalies({
      metrics: ["spend", "revenue", "orders"],
      filters: [f("campaign", 1011)],
      period: { from: "2026-06-01", to: "2026-06-10" },
    }),
  },
];
