import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { filterNote } from "./filter-note.ts";

/** Only the parts filterNote reads. */
function result(filters: unknown[], dimensions: string[] = []): Pick<MetricResult, "provenance" | "columns"> {
  return {
    provenance: { filters } as unknown as MetricResult["provenance"],
    columns: dimensions.map((key) => ({ key, kind: "dimension" })) as unknown as MetricResult["columns"],
  };
}

describe("filterNote", () => {
  it("names a campaign left out, by its name (left16c)", () => {
    const labels = { campaign_name: { "1001": "Search - Brand - Exact" } };
    expect(filterNote(result([{ field: "campaign", op: "not_in", values: [1001] }]), labels)).toBe(
      "All channels, excluding the campaign (Search - Brand - Exact).",
    );
  });

  it("names a campaign left out of one channel after a comma (para19: 'non-brand search')", () => {
    const labels = {
      campaign_name: { "1001": "Search - Brand - Exact" },
      channel: { paid_search: "Paid Search" },
    };
    const filters = [
      { field: "channel", op: "in", values: ["paid_search"] },
      { field: "campaign", op: "not_in", values: [1001] },
    ];
    expect(filterNote(result(filters), labels)).toBe(
      "Only Paid Search, excluding the campaign (Search - Brand - Exact).",
    );
  });

  it("says nothing of a campaign kept, or of one left out of a breakdown by campaign", () => {
    expect(filterNote(result([{ field: "campaign", op: "in", values: [1001] }]))).toBe("");
    expect(filterNote(result([{ field: "campaign", op: "not_in", values: [1001] }], ["campaign"]))).toBe("");
  });

  it("says the paid channels were kept", () => {
    expect(filterNote(result([{ field: "channel_group", op: "in", values: ["paid"] }]))).toBe(
      "Only paid channels.",
    );
  });
});
