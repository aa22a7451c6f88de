import { describe, expect, it } from "vitest";
import type { DimensionValue } from "./types.ts";
import { merchCampaignsPart } from "./untracked-merch.ts";

const campaign = (value: string, label: string): DimensionValue => ({
  dimension: "campaign",
  value,
  label,
  aliases: [],
});
const VALUES: DimensionValue[] = [
  campaign("1", "Search - NonBrand - Kayaks & Canoes"),
  campaign("2", "Search - NonBrand - Rain Jackets"),
  campaign("3", "Winter25 - Ski Collection - Video"),
  campaign("4", "Winter25 - TikTok - Ski Trips"),
  campaign("5", "Prospecting - Broad - Advantage+"),
  {
    dimension: "email_campaign",
    value: "Spring Ski Collection",
    label: "Spring Ski Collection",
    aliases: [],
  },
];
const TODAY = "2026-11-01";

describe("merchCampaignsPart", () => {
  it("says a collection is not tracked and gives every campaign named after it, all time by default", () => {
    const part = merchCampaignsPart("how did the ski collection do", VALUES, TODAY);
    expect(part?.campaigns).toEqual([3, 4]);
    expect(part?.rest).toBe("revenue, spend and roas by campaign all time");
    expect(part?.note).toMatch(/^Sales by product, collection or category are not tracked/);
    expect(part?.note).toContain("Winter25 - Ski Collection - Video, Winter25 - TikTok - Ski Trips");
  });

  it("sets two categories' campaigns side by side on growth, this year by default", () => {
    const part = merchCampaignsPart("rain jackets vs kayaks: which category grew faster", VALUES, TODAY);
    expect(part?.campaigns).toEqual([2, 1]);
    expect(part?.rest).toBe("revenue, clicks, spend and roas by campaign growing fastest this year");
    expect(part?.note).toContain("for Rain Jackets, Search - NonBrand - Rain Jackets; for Kayaks,");
  });

  it("keeps the period and the measures the question names", () => {
    const part = merchCampaignsPart("orders from the kayak product line last month", VALUES, TODAY);
    expect(part?.campaigns).toEqual([1]);
    expect(part?.rest).toBe("orders by campaign last month");
  });

  it("leaves emails, campaigns named as such and groups no campaign is named after", () => {
    expect(merchCampaignsPart("how did the ski collection email do", VALUES, TODAY)).toBeUndefined();
    expect(merchCampaignsPart("how did the ski collection campaign do", VALUES, TODAY)).toBeUndefined();
    expect(merchCampaignsPart("how did the ski collection video do", VALUES, TODAY)).toBeUndefined();
    expect(merchCampaignsPart("how did the tents category do", VALUES, TODAY)).toBeUndefined();
    expect(merchCampaignsPart("how did skis do last month", VALUES, TODAY)).toBeUndefined();
    expect(merchCampaignsPart("spring ski collection vs the kayak promo", VALUES, TODAY)).toBeUndefined();
  });
});
