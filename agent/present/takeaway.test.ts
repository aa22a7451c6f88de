import { describe, expect, it } from "vitest";
import type { TotalComparison } from "../../tools/compare-periods/execute.ts";
import { takeawayLine } from "./takeaway.ts";

const t = (
  metric: string,
  label: string,
  additive: boolean,
  current: number,
  previous: number,
  assessment: TotalComparison["assessment"],
): TotalComparison => ({
  metric,
  label,
  unit: "currency",
  additive,
  current,
  previous,
  change: current - previous,
  percentChange: (current - previous) / previous,
  assessment,
});

const totals = [
  t("spend", "Ad spend", true, 110, 100, null),
  t("revenue", "Revenue", true, 150, 120, "better"),
  t("mer", "MER (marketing efficiency ratio)", false, 150 / 110, 1.2, "better"),
  t("cac", "Customer acquisition cost", false, 44, 40, "worse"),
];

describe("takeawayLine", () => {
  it("says whether revenue outgrew spend and which ratios moved which way, from the figures", () => {
    expect(takeawayLine(totals, "q3 vs q2, plus a one-line takeaway")).toBe(
      "Takeaway: revenue grew faster than ad spend (up 25.0% against up 10.0%); MER (up 13.6%) improved; customer acquisition cost (up 10.0%) got worse.",
    );
  });

  it("names the largest move when there is no revenue and spend pair or ratio", () => {
    const orders = [
      t("orders", "Orders", true, 80, 100, "worse"),
      t("sessions", "Sessions", true, 1050, 1000, "better"),
    ];
    expect(takeawayLine(orders, "orders and sessions vs last month, tl;dr?")).toBe(
      "Takeaway: the largest move was orders (down 20.0%).",
    );
  });

  it("adds nothing when no takeaway is asked", () => {
    expect(takeawayLine(totals, "q3 vs q2")).toBe("");
  });
});
