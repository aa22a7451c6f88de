import { describe, expect, it } from "vitest";
import { orderValueDistribution } from "./order-value-distribution.ts";

describe("orderValueDistribution", () => {
  const orders = [
    { group: "new", revenue: 20 },
    { group: "returning", revenue: 100 },
    { group: "new", revenue: 40 },
    { group: "new", revenue: 10 },
    { group: "returning", revenue: 60 },
    { group: "new", revenue: 200 },
  ];

  it("gives each group's count, mean and interpolated percentiles", () => {
    const { rows, all } = orderValueDistribution(orders, [25, 50, 75]);
    // new: sorted 10, 20, 40, 200; ranks (n-1)p = 0.75, 1.5, 2.25
    expect(rows[0]).toEqual({
      group: "new",
      orders: 4,
      revenue: 270,
      mean: 67.5,
      percentiles: [
        { percentile: 25, value: 17.5 },
        { percentile: 50, value: 30 },
        { percentile: 75, value: 80 },
      ],
    });
    // returning: 60, 100; ranks 0.25, 0.5, 0.75
    expect(rows[1]).toEqual({
      group: "returning",
      orders: 2,
      revenue: 160,
      mean: 80,
      percentiles: [
        { percentile: 25, value: 70 },
        { percentile: 50, value: 80 },
        { percentile: 75, value: 90 },
      ],
    });
    // all: 10, 20, 40, 60, 100, 200; ranks 1.25, 2.5, 3.75
    expect(all).toEqual({
      group: "all",
      orders: 6,
      revenue: 430,
      mean: 71.67,
      percentiles: [
        { percentile: 25, value: 25 },
        { percentile: 50, value: 50 },
        { percentile: 75, value: 90 },
      ],
    });
  });

  it("rounds to cents and has no rows without orders", () => {
    const { rows } = orderValueDistribution(
      [
        { group: "m", revenue: 10.01 },
        { group: "m", revenue: 10.02 },
        { group: "m", revenue: 10.04 },
      ],
      [90],
    );
    // rank 1.8: 10.02 + 0.8 * 0.02 = 10.036
    expect(rows[0]!.percentiles).toEqual([{ percentile: 90, value: 10.04 }]);
    expect(orderValueDistribution([], [50])).toEqual({ rows: [], all: null });
  });
});
