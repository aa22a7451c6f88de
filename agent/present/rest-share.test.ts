import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { restQuestion } from "../answer/rest-ask.ts";
import { restShareText } from "./rest-share.ts";

/** Orders by state, top 2 asked: 'other' listed among the three rows, the total over every state. */
function byState(rows: Record<string, unknown>[], total: number): MetricResult {
  return {
    columns: [
      { key: "region", label: "Customer state", kind: "dimension" },
      { key: "orders", label: "Orders", kind: "metric", additive: true, format: "integer", unit: "count" },
    ],
    rows,
    totals: { orders: total },
    provenance: { timeRange: { from: "2026-07-01", to: "2026-09-30", timeZone: "UTC" }, filters: [] },
  } as unknown as MetricResult;
}
const ARGS = { orderBy: [{ field: "orders", direction: "desc" }], limit: 3 };

describe("restShareText (fix14b)", () => {
  it("lists the top N named states and the rest, 'other' included, with shares of all", () => {
    const result = byState(
      [
        { region: "Other states (combined)", orders: 260 },
        { region: "California", orders: 140 },
        { region: "Texas", orders: 90 },
      ],
      1000,
    );
    expect(restShareText(result, ARGS, "top 2 states by orders and what % is outside those", "USD")).toBe(
      [
        "For July 1 – September 30, 2026: Orders 1,000 in all.",
        "Top 2 named states by orders, each with its share of all:",
        "- California: 140 (14.0%)",
        "- Texas: 90 (9.0%)",
        "- Everything outside the top 2: 770 (77.0% of all), including states not recorded by name ('other'): 260 (26.0%).",
      ].join("\n"),
    );
  });

  it("takes the top N when 'other' ranks below them, and says nothing when no rest is asked", () => {
    const result = byState(
      [
        { region: "California", orders: 140 },
        { region: "Texas", orders: 90 },
        { region: "Colorado", orders: 80 },
      ],
      400,
    );
    expect(restShareText(result, ARGS, "top 2 states by orders and the rest", "USD")).toContain(
      "- Everything outside the top 2: 170 (42.5% of all).",
    );
    expect(restShareText(result, ARGS, "top 2 states by orders", "USD")).toBe("");
  });

  it("carries the rest ask into a short 'same for revenue', not into a new question", () => {
    const earlier = ["top 2 states by orders and what % is outside those"];
    expect(restQuestion("same for revenue", earlier)).toBe(`${earlier[0]} same for revenue`);
    expect(restQuestion("what about revenue", earlier)).toBe(`${earlier[0]} what about revenue`);
    expect(restQuestion("revenue by channel last month", earlier)).toBe("revenue by channel last month");
  });
});
