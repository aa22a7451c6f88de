import { describe, expect, it } from "vitest";
import type { AttributionToolData } from "../../tools/attribution/execute.ts";
import { asksModelGap, modelGapLines } from "./attribution-gap.ts";

const data = (rows: [string, string, number][]): AttributionToolData =>
  ({
    metric: "revenue",
    level: "channel",
    period: { from: "2026-10-01", to: "2026-10-31", timeZone: "UTC" },
    models: [...new Set(rows.map((r) => r[0]))].map((model) => ({
      model,
      rows: rows
        .filter((r) => r[0] === model)
        .map(([, label, credit]) => ({ key: label, label, credit, share: null })),
    })),
    provenance: [],
  }) as unknown as AttributionToolData;
const name = (r: { label: string }) => r.label;

describe("modelGapLines", () => {
  it("states the gap in money and percent, higher model first, then why", () => {
    const d = data([
      ["first_touch", "Email", 800],
      ["linear", "Email", 1000],
    ]);
    const lines = modelGapLines(d, "how far apart are linear and first touch on email", name, "USD");
    expect(lines[0]).toBe("Linear credits Email $1,000.00, $200.00 (25.0%) more than first touch ($800.00).");
    expect(lines[1]).toMatch(
      /^Why: Linear splits each order equally .* while first touch gives all the credit/,
    );
    expect(lines[1]).toMatch(
      /Email gains under linear because it often sits on converting paths without being the touch that started them\.$/,
    );
  });

  it("says nothing unless the question asks for the gap, two models ran and few members are shown", () => {
    const two = data([
      ["markov", "Display", 300],
      ["last_touch", "Display", 200],
    ]);
    expect(modelGapLines(two, "markov vs last touch credit for display", name, "USD")).toEqual([]);
    const many = data(
      ["a", "b", "c", "d"].flatMap((m): [string, string, number][] => [
        ["markov", m, 10],
        ["last_touch", m, 20],
      ]),
    );
    expect(modelGapLines(many, "how much do markov and last touch differ", name, "USD")).toEqual([]);
  });

  it("reads gap asks", () => {
    expect(asksModelGap("how big is the discrepancy between shapley and linear")).toBe(true);
    expect(asksModelGap("show credit under markov")).toBe(false);
  });
});
