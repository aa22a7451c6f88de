import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createMemoryCampaignIds } from "./campaign-ids.ts";
import { customerIdFor } from "./customer-ids.ts";
import { FIXTURES } from "./fixtures/index.ts";
import { detectKinds } from "./registry.ts";
import type { AdapterKind } from "./types.ts";

/** The header line of a fixture: the first line that detects as any kind. */
function headerOf(file: string): string[] {
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const cells = line.split(",");
    if (detectKinds(cells).length > 0) return cells;
  }
  throw new Error(`no header in ${file}`);
}

describe("detectKinds", () => {
  it("detects each fixture's header as its own kind only", () => {
    for (const [kind, file] of Object.entries(FIXTURES)) {
      expect([kind, detectKinds(headerOf(file))]).toEqual([kind, [kind as AdapterKind]]);
    }
  });
  it("detects nothing in title lines or the export format", () => {
    expect(detectKinds(["Campaign report"])).toEqual([]);
    expect(
      detectKinds(["date", "campaign_id", "channel", "platform", "spend", "impressions", "clicks"]),
    ).toEqual([]);
  });
  it("ignores a byte-order mark and case", () => {
    expect(detectKinds(["\uFEFFName", "EMAIL", "Financial Status", "Total", "Created at"])).toEqual([
      "shopify_orders",
    ]);
  });
});

describe("campaign ids", () => {
  it("gives each platform campaign one id for good, adopting a known campaign by platform and name", async () => {
    const ids = createMemoryCampaignIds(
      [{ id: 7, platform: "google_ads", name: "Search - Brand Tents", startDate: "2026-01-01" }],
      [{ platform: "meta_ads", externalId: "120210987654321098", campaignId: 9 }],
    );
    expect(
      await ids.resolve({ platform: "google_ads", externalId: "21436587901", name: "search - brand tents" }),
    ).toEqual({
      id: 7,
      known: { id: 7, platform: "google_ads", name: "Search - Brand Tents", startDate: "2026-01-01" },
    });
    expect(
      (await ids.resolve({ platform: "google_ads", externalId: "21436587902", name: "Search - Brand Tents" }))
        .id,
    ).toBe(10);
    expect(
      (await ids.resolve({ platform: "meta_ads", externalId: "120210987654321098", name: "renamed" })).id,
    ).toBe(9);
    expect((await ids.resolve({ platform: "tiktok_ads", externalId: "21436587901", name: "x" })).id).toBe(11);
    expect(
      (await ids.resolve({ platform: "google_ads", externalId: "21436587901", name: "renamed" })).id,
    ).toBe(7);
  });
  it("derives customer ids from the e-mail alone, case-insensitively", () => {
    expect(customerIdFor("Ann.Lee@Example.com", "1")).toBe(customerIdFor("ann.lee@example.com ", "2"));
    expect(customerIdFor(null, "1")).not.toBe(customerIdFor(null, "2"));
    expect(Number.isSafeInteger(customerIdFor("x@y.z", ""))).toBe(true);
  });
});
