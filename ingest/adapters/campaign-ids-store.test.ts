import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertTestOrganizations } from "../../api/testing.ts";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { createDatabaseCampaignIds } from "./campaign-ids-store.ts";

describe("createDatabaseCampaignIds", () => {
  let db: Database;
  let orgs: { acme: number; beta: number };
  beforeAll(async () => {
    db = await openTestDatabase();
    orgs = await insertTestOrganizations(db);
    await db.query(
      "INSERT INTO channels (organization_id, key, label, is_paid) VALUES ($1, 'paid_search', 'Paid Search', true)",
      [orgs.acme],
    );
    await db.query(
      `INSERT INTO campaigns (organization_id, id, name, channel, platform, objective, start_date, daily_budget)
       VALUES ($1, 4, 'Search - Brand Tents', 'paid_search', 'google_ads', 'conversions', '2026-01-05', 100),
              ($1, 12, 'Search - Generic', 'paid_search', 'google_ads', 'conversions', '2026-01-05', 100)`,
      [orgs.acme],
    );
  });
  afterAll(async () => {
    await db.close();
  });

  it("adopts a campaign by platform and name once, then allocates after the largest id, and remembers", async () => {
    const ids = createDatabaseCampaignIds(db, orgs.acme);
    const brand = await ids.resolve({
      platform: "google_ads",
      externalId: "21436587901",
      name: "search - brand tents",
    });
    expect(brand).toEqual({
      id: 4,
      known: { id: 4, platform: "google_ads", name: "Search - Brand Tents", startDate: "2026-01-05" },
    });
    // A second platform id with the same name does not take campaign 4 again.
    expect(
      (await ids.resolve({ platform: "google_ads", externalId: "999", name: "Search - Brand Tents" })).id,
    ).toBe(13);
    expect(
      (await ids.resolve({ platform: "meta_ads", externalId: "120210987654321098", name: "x" })).id,
    ).toBe(14);

    // A fresh resolver (the next import) reads the same allocations back.
    const again = createDatabaseCampaignIds(db, orgs.acme);
    expect(
      (await again.resolve({ platform: "meta_ads", externalId: "120210987654321098", name: "renamed" })).id,
    ).toBe(14);
    expect((await again.resolve({ platform: "google_ads", externalId: "21436587901", name: "?" })).id).toBe(
      4,
    );

    // Another organization's allocations are its own.
    const beta = createDatabaseCampaignIds(db, orgs.beta);
    expect(
      (await beta.resolve({ platform: "meta_ads", externalId: "120210987654321098", name: "x" })).id,
    ).toBe(1);
  });
});
