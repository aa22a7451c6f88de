import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { unnamedStateNote, unnamedStates } from "./unnamed-state.ts";

/** Only the parts the note reads. */
function result(codes: string[], rows: Record<string, unknown>[]): Pick<MetricResult, "provenance" | "rows"> {
  return {
    provenance: {
      filters: [{ field: "region", op: "in", values: codes }],
    } as unknown as MetricResult["provenance"],
    rows: rows as MetricResult["rows"],
  };
}

describe("unnamedStateNote (fix14b)", () => {
  it("names a state with no row as not recorded by name, never as zero", () => {
    const note = unnamedStateNote(result(["OH"], []));
    expect(note).toBe(
      "Ohio is not recorded by name in your data for this period: orders from states with few customers are kept together under 'other', so its own figures can't be given (they are not zero). Ask for the same figure by state to see every state recorded by name and 'other'.",
    );
  });

  it("names only the missing states, whether rows carry codes or labels", () => {
    expect(unnamedStates(result(["OH", "CA", "MI"], [{ region: "California", orders: 175 }]))).toEqual([
      "Ohio",
      "Michigan",
    ]);
    expect(unnamedStates(result(["CA"], [{ region: "CA", orders: 175 }]))).toEqual([]);
    expect(unnamedStateNote(result(["OH", "MI"], []))).toMatch(/^Ohio and Michigan are not recorded by name/);
  });

  it("says nothing without a filter on named states, or for 'other' itself", () => {
    expect(unnamedStateNote(result(["other"], []))).toBe("");
    const noFilter = { provenance: { filters: [] }, rows: [] } as unknown as Pick<
      MetricResult,
      "provenance" | "rows"
    >;
    expect(unnamedStateNote(noFilter)).toBe("");
  });
});
