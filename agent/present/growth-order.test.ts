import { describe, expect, it } from "vitest";
import { growthHeadline, orderByGrowth } from "./growth-order.ts";

const pct = (x: number) => `${x >= 0 ? "+" : "-"}${(Math.abs(x) * 100).toFixed(1)}%`;
const rows = [
  { region: "CA", revenue: { current: 300, previous: 250 } },
  { region: "CO", revenue: { current: 150, previous: 100 } },
  { region: "NV", revenue: { current: 20, previous: 0 } },
];

describe("growth order", () => {
  it("orders members by growth rate, not size, a member without a base last", () => {
    // CO +50% before CA +20%; NV had nothing in the earlier half, so no rate.
    expect(orderByGrowth(rows, "revenue").map((r) => r.region)).toEqual(["CO", "CA", "NV"]);
  });

  it("names the faster of two, the fastest of more, and says when none grew", () => {
    expect(
      growthHeadline(
        [
          { name: "Colorado", growth: 0.5 },
          { name: "California", growth: 0.2 },
        ],
        "Revenue",
        pct,
      ),
    ).toBe("Colorado grew faster than California in revenue (+50.0% against +20.0%).");
    expect(
      growthHeadline(
        [
          { name: "A", growth: 0.3 },
          { name: "B", growth: 0.1 },
          { name: "C", growth: -0.1 },
        ],
        "Orders",
        pct,
      ),
    ).toBe("A grew fastest in orders (+30.0%).");
    expect(
      growthHeadline(
        [
          { name: "A", growth: -0.05 },
          { name: "B", growth: -0.2 },
        ],
        "Orders",
        pct,
      ),
    ).toBe("None grew in orders: A held up best (-5.0%).");
  });
});
