import { describe, expect, it } from "vitest";
import { rowsBreakEvenVerdict } from "./rows-break-even-verdict.ts";

const profit = { name: "profitability", args: {}, result: { ok: true, data: { breakEvenRoas: 2 } } };
const rows = {
  name: "query_metrics",
  args: { dimensions: ["channel"] },
  result: {
    ok: true,
    data: {
      rows: [
        { channel: "display", roas: 0.72 },
        { channel: "affiliate", roas: 2.4 },
        { channel: "email", roas: null },
      ],
    },
  },
};
const labels = { channel: { display: "Display", affiliate: "Affiliate" } };

describe("rowsBreakEvenVerdict (fix15b)", () => {
  it("names the rows below break-even first, then those at or above it", () => {
    expect(rowsBreakEvenVerdict([profit, rows], labels)).toBe(
      "Below break-even ROAS 2.00x: Display (0.72x). At or above it: Affiliate (2.40x).",
    );
  });

  it("is undefined without break-even", () => {
    expect(rowsBreakEvenVerdict([rows], labels)).toBeUndefined();
  });
});
