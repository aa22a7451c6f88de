import { describe, expect, it } from "vitest";
import { premiseCorrection } from "./premise.ts";
import { sizePremiseCorrection } from "./premise-size.ts";

const usd = (v: number) => `$${v.toFixed(2)}`;

describe("size premises", () => {
  it("says a presumed multiple did not happen, with the real change", () => {
    expect(sizePremiseCorrection("why did email revenue double", "Email revenue", 114, 100, usd)).toBe(
      "Email revenue did not double: it rose 14.0% ($114.00 against $100.00) over these periods. Here is what moved it.",
    );
    expect(sizePremiseCorrection("what made orders triple", "Orders", 80, 100)).toBe(
      "Orders did not triple: it fell 20.0% over these periods. Here is what moved it.",
    );
    expect(sizePremiseCorrection("why did sessions halve", "Sessions", 100, 100)).toBe(
      "Sessions did not halve: it was unchanged over these periods. Here is what moved it.",
    );
  });

  it("says nothing when the multiple holds, within an eighth of it", () => {
    expect(sizePremiseCorrection("why did revenue double", "Revenue", 210, 100)).toBeUndefined();
    expect(sizePremiseCorrection("why did revenue halve", "Revenue", 45, 100)).toBeUndefined();
    expect(sizePremiseCorrection("why did revenue rise", "Revenue", 110, 100)).toBeUndefined();
  });

  it("says a presumed nothing was not zero, with the figure", () => {
    expect(
      sizePremiseCorrection("why did we spend nothing on tiktok", "TikTok Ads spend", 512.5, 400, usd),
    ).toBe("TikTok Ads spend was not zero in these dates: it was $512.50. Here is what moved it.");
    expect(
      sizePremiseCorrection("why was there zero spend on meta", "Meta Ads spend", 0, 400),
    ).toBeUndefined();
  });

  it("is checked before the direction", () => {
    expect(premiseCorrection("why did revenue double and go up", "Revenue", 105, 100)).toBe(
      "Revenue did not double: it rose 5.0% over these periods. Here is what moved it.",
    );
  });
});
