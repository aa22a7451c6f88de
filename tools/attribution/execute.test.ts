import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSeededAnalytics, type SeededAnalytics } from "../../db/analytics/testing.ts";
import { materializeAttribution } from "../../db/attribution/materialize.ts";
import { createAttribution } from "./execute.ts";

let s: SeededAnalytics;
let run: ReturnType<typeof createAttribution>;
beforeAll(async () => {
  s = await openSeededAnalytics();
  await materializeAttribution(s.db, { organizationId: s.tenant.organizationId, models: ["linear"] });
  run = createAttribution({ ...s.deps, db: s.db });
}, 120_000);
afterAll(() => s?.db.close());

const OCT = { from: "2026-10-01", to: "2026-10-31" };

describe("attribution executor", () => {
  it("credits platforms, and filters to one platform's campaigns without changing their credit", async () => {
    const byPlatform = await run({ models: ["linear"], level: "platform", period: OCT });
    const meta = await run({ models: ["linear"], level: "platform", period: OCT, platforms: ["meta_ads"] });
    if (!byPlatform.ok || !meta.ok) throw new Error("attribution failed");
    const all = byPlatform.data.models[0]!.rows;
    expect(all.map((r) => r.key)).toContain("google_ads");
    const [only] = meta.data.models[0]!.rows;
    expect(meta.data.models[0]!.rows).toHaveLength(1);
    expect(only!.key).toBe("meta_ads");
    expect(only!.credit).toBeCloseTo(all.find((r) => r.key === "meta_ads")!.credit, 6);
    // Platform credit is the sum of its campaigns' credit.
    const campaigns = await run({
      models: ["linear"],
      level: "campaign",
      period: OCT,
      platforms: ["meta_ads"],
    });
    if (!campaigns.ok) throw new Error("attribution failed");
    const sum = campaigns.data.models[0]!.rows.reduce((a, r) => a + r.credit, 0);
    expect(sum).toBeCloseTo(only!.credit, 6);
  });

  it("rejects an unknown level with the field named", async () => {
    const bad = await run({ models: ["linear"], level: "country", period: OCT });
    expect(bad).toMatchObject({ ok: false, error: { code: "bad_input" } });
    expect(!bad.ok && bad.error.message).toContain("level");
  });
});
