/** fix9c: a kind of customer's share of revenue asked in other words ("repeat buyer sales %"). */
import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { memberShares } from "./member-share.ts";

/** Revenue by month and customer type: new 60 of 100, then 45 of 90. */
const result = {
  columns: [
    { key: "date", label: "Date", kind: "dimension" },
    { key: "customer_type", label: "New vs returning customer", kind: "dimension" },
    { key: "revenue", label: "Revenue", kind: "metric", additive: true },
  ],
  rows: [
    { date: "2026-09-01", customer_type: "new", revenue: 60 },
    { date: "2026-09-01", customer_type: "returning", revenue: 40 },
    { date: "2026-10-01", customer_type: "new", revenue: 45 },
    { date: "2026-10-01", customer_type: "returning", revenue: 45 },
  ],
} as unknown as MetricResult;

describe("memberShares for customer types", () => {
  it("reads first-time buyers as new and repeat buyers as returning, with the share written after the metric", () => {
    expect(memberShares(result, "sales % from first-time buyers monthly")).toEqual({
      member: "New customers",
      label: "revenue",
      shares: [
        { at: "2026-09-01", share: 0.6 },
        { at: "2026-10-01", share: 0.5 },
      ],
    });
    expect(memberShares(result, "repeat buyer revenue share per month")?.member).toBe("Returning customers");
  });
});
