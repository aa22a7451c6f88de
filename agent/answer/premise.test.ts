import { describe, expect, it } from "vitest";
import { premiseCorrection, presumedDirection } from "./premise.ts";

describe("premise checks", () => {
  it.each([
    ["why did revenue drop last week?", "down"],
    ["what made orders fall in October", "down"],
    ["why is ROAS down this month", "down"],
    ["why did spend spike yesterday", "up"],
    ["what drove the increase in CAC", "up"],
    ["why did revenue change", undefined],
    ["why did revenue go up and orders go down", undefined],
  ])("%s presumes %s", (q, d) => expect(presumedDirection(q)).toBe(d));

  it("says a presumed drop was a rise, and says nothing when the premise holds", () => {
    expect(premiseCorrection("why did revenue drop last week?", "Revenue", 117.4, 100)).toBe(
      "Revenue did not fall: it rose over these periods. Here is what moved it.",
    );
    expect(premiseCorrection("why did CAC jump?", "Customer acquisition cost", 40, 50)).toBe(
      "Customer acquisition cost did not rise: it fell over these periods. Here is what moved it.",
    );
    expect(premiseCorrection("why did orders drop?", "Orders", 90, 100)).toBeUndefined();
    expect(premiseCorrection("why did orders drop?", "Orders", 100, 100)).toBe(
      "Orders did not fall: it was unchanged over these periods.",
    );
    expect(premiseCorrection("why did orders change?", "Orders", 90, 100)).toBeUndefined();
  });
});
