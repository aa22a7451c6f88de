import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSeededAnalytics, type SeededAnalytics } from "../../db/analytics/testing.ts";
import { createRecommend, type RecommendData } from "./execute.ts";
import { type ActionScope, actionsInScope } from "./scope.ts";

const action = (level: "channel" | "campaign" | "tracking", ...targets: string[]) => ({ level, targets });
const ranked = [
  action("channel", "paid_social"),
  action("campaign", "1009"),
  action("campaign", "1016"),
  action("channel", "paid_search", "paid_social"),
  action("campaign", "1001"),
  action("tracking", "email"),
];
const campaignChannel = new Map([
  ["1009", "paid_social"],
  ["1016", "paid_social"],
  ["1001", "paid_search"],
]);
const campaignPlatform = new Map([
  ["1009", "meta_ads"],
  ["1016", "tiktok_ads"],
  ["1001", "google_ads"],
]);
const social = { key: "paid_social", label: "Paid Social" };

describe("actionsInScope", () => {
  it("keeps every action without a scope", () => {
    expect(
      actionsInScope(ranked, { channel: null, platform: null }, campaignChannel, campaignPlatform),
    ).toEqual(ranked);
  });
  it("keeps a channel's own actions, moves touching it and its campaigns, in order", () => {
    const scope: ActionScope = { channel: social, platform: null };
    expect(actionsInScope(ranked, scope, campaignChannel, campaignPlatform)).toEqual([
      ranked[0],
      ranked[1],
      ranked[2],
      ranked[3],
    ]);
  });
  it("keeps a platform's campaigns and its channel's budget actions, not the channel's other platforms", () => {
    const scope: ActionScope = {
      channel: null,
      platform: { key: "meta_ads", label: "Meta Ads", channels: [social] },
    };
    expect(actionsInScope(ranked, scope, campaignChannel, campaignPlatform)).toEqual([
      ranked[0],
      ranked[1],
      ranked[3],
    ]);
  });
});

let s: SeededAnalytics;
let run: ReturnType<typeof createRecommend>;
beforeAll(async () => {
  s = await openSeededAnalytics();
  run = createRecommend({ ...s.deps, db: s.db });
}, 120_000);
afterAll(() => s?.db.close());

async function data(args: Record<string, unknown>): Promise<RecommendData> {
  const r = await run(args);
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
}

describe("recommend narrowed to a platform on the demo data", () => {
  it("names the platform and its channel, and keeps only its campaigns", async () => {
    const all = await data({ limit: 20 });
    const meta = await data({ platform: "meta_ads", limit: 20 });
    expect(meta.platform).toEqual({ key: "meta_ads", label: "Meta Ads", channels: [social] });
    const campaignsOnMeta = meta.recommendations.filter((r) => r.level === "campaign");
    expect(campaignsOnMeta.length).toBeGreaterThan(0);
    const metaIds = new Set(["1009", "1010", "1011", "1012"]);
    for (const r of campaignsOnMeta) expect(r.targets.some((t) => metaIds.has(t))).toBe(true);
    // Every kept action is one of the unscoped list's, in the same order.
    const ids = all.recommendations.map((r) => r.id);
    const kept = meta.recommendations.map((r) => ids.indexOf(r.id));
    expect(kept.every((i) => i >= 0)).toBe(true);
    expect([...kept].sort((a, b) => a - b)).toEqual(kept);
    expect(meta.found).toBeLessThan(all.found);
  }, 120_000);

  it("refuses a platform with no campaign, naming the field", async () => {
    const r = await run({ platform: "snapchat_ads" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^platform: no campaign runs on 'snapchat_ads'/);
  }, 120_000);
});
