import { describe, expect, it } from "vitest";
import { changePremiseVerdict } from "./change-premise-verdict.ts";

const window = (from: string, to: string, spend: number) => ({
  from,
  to,
  spend,
  revenue: spend * 2,
  roas: 2,
  orders: 10,
  cpa: spend / 10,
});
const results = (before: number, after: number) => [
  {
    name: "campaigns",
    result: {
      ok: true,
      data: {
        change: {
          before: window("2026-07-04", "2026-07-31", before),
          after: window("2026-08-01", "2026-08-28", after),
        },
      },
    },
  },
];

describe("changePremiseVerdict", () => {
  it("says a stated doubling the spend does not show does not hold", () => {
    expect(changePremiseVerdict(results(1000, 800), "we doubled tiktok in august, worth it?", "USD")).toBe(
      "The premise does not hold: the data does not show spend that doubled; spend went from $1,000.00 to $800.00 (down 20.0%) over the same windows.",
    );
  });

  it("confirms a stated rise the spend shows", () => {
    expect(changePremiseVerdict(results(1000, 1900), "we dubled meta spend in july, results?", "USD")).toBe(
      "The change you describe shows in the data: spend went from $1,000.00 to $1,900.00 (up 90.0%).",
    );
  });

  it("reads a direction alone", () => {
    expect(changePremiseVerdict(results(1000, 1100), "we raised display in may, did it work", "USD")).toBe(
      "The change you describe shows in the data: spend went from $1,000.00 to $1,100.00 (up 10.0%).",
    );
    expect(changePremiseVerdict(results(1000, 1100), "we cut display in may, did it work", "USD")).toMatch(
      /^The premise does not hold: the data does not show spend that went down;/,
    );
  });

  it("is undefined without a change readout or a stated change", () => {
    expect(changePremiseVerdict([], "we doubled tiktok", "USD")).toBeUndefined();
    expect(changePremiseVerdict(results(1000, 800), "how did tiktok do in august", "USD")).toBeUndefined();
  });
});
