import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { filterNote } from "./filter-note.ts";
import { noneExcludedNote } from "./none-excluded.ts";

const result = (filters: unknown[], dims: string[] = []) =>
  ({
    columns: dims.map((key) => ({ key, label: key, kind: "dimension" })),
    provenance: { filters },
  }) as unknown as MetricResult;

describe("filterNote", () => {
  it("names the channel and platform a figure is for, by label", () => {
    const r = result([
      { field: "platform", op: "in", values: ["google_ads"] },
      { field: "channel", op: "in", values: ["paid_search"] },
    ]);
    expect(
      filterNote(r, { platform: { google_ads: "Google Ads" }, channel: { paid_search: "Paid Search" } }),
    ).toBe("Only Google Ads on Paid Search.");
  });

  it("names a named email send, its year kept out of the figures", () => {
    const r = result([{ field: "email_campaign", op: "in", values: ["Cyber Monday 2025"] }]);
    expect(filterNote(r)).toBe("Only the email send (Cyber Monday 2025).");
  });

  it("says a source counts orders by the site of their last touch", () => {
    const r = result([{ field: "source", op: "in", values: ["instagram"] }]);
    expect(filterNote(r)).toBe("Only orders whose last touch came from instagram.");
  });

  it("says a state ranking leaves out the catch-all of unnamed states, even broken down by state", () => {
    const r = result([{ field: "region", op: "not_in", values: ["other"] }], ["region"]);
    expect(filterNote(r, { region: { other: "Other states (combined)" } })).toBe(
      "Only named states; Other states (combined) is left out of the ranking.",
    );
  });

  it("says nothing when the breakdown already names the rows", () => {
    expect(filterNote(result([{ field: "channel", op: "in", values: ["email"] }], ["channel"]))).toBe("");
  });
});

describe("noneExcludedNote", () => {
  it("says the no-campaign row was left out", () => {
    expect(noneExcludedNote(result([{ field: "campaign", op: "neq", value: null }]))).toMatch(
      /^Left out: revenue and orders with no campaign/,
    );
  });

  it("is empty without that filter", () => {
    expect(noneExcludedNote(result([]))).toBe("");
  });
});
