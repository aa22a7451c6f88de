import { describe, expect, it } from "vitest";
import { campaignsBeside, joinSides } from "./campaign-sides.ts";
import type { DimensionValue } from "./types.ts";

const campaign = (value: string, label: string): DimensionValue => ({
  dimension: "campaign",
  value,
  label,
  aliases: [],
});
const VALUES = [
  campaign("1", "Search - Brand - Exact"),
  campaign("2", "Search - NonBrand - Boots"),
  campaign("3", "Shopping - PMax - All Products"),
  campaign("4", "Retargeting - Cart 14d"),
];
const pmax = { field: "campaign", op: "in" as const, values: [3] };

describe("campaignsBeside", () => {
  it("adds every campaign named with the group's word as the second side", () => {
    expect(campaignsBeside("pmax roas vs the search campaigns", pmax, VALUES)?.filter).toEqual({
      field: "campaign",
      op: "in",
      values: [3, 1, 2],
    });
  });

  it("leaves a question with no second side, or no comparison, alone", () => {
    expect(campaignsBeside("pmax roas by month", pmax, VALUES)).toBeUndefined();
    expect(campaignsBeside("pmax roas in the search campaigns", pmax, VALUES)).toBeUndefined();
    expect(campaignsBeside("pmax vs the tiktok campaigns", pmax, VALUES)).toBeUndefined();
  });
});

describe("joinSides", () => {
  it("keeps a group and a campaign set against it, and nothing without a comparison", () => {
    const group = { field: "campaign", op: "in" as const, values: [4] };
    expect(joinSides("is pmax beating the retargeting campaigns", group, pmax)).toEqual({
      field: "campaign",
      op: "in",
      values: [4, 3],
    });
    expect(joinSides("pmax in the retargeting campaigns", group, pmax)).toBeUndefined();
    expect(joinSides("is pmax beating them", group, { ...pmax, op: "not_in" })).toBeUndefined();
  });
});
