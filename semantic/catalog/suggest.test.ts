import { describe, expect, it } from "vitest";
import { SUGGEST_MAX_INPUT, suggest } from "./suggest.ts";

const candidates = [
  { key: "roas", words: ["return on ad spend"] },
  { key: "revenue", words: ["sales"] },
  { key: "spend", words: ["cost", "ad spend"] },
];

describe("suggest", () => {
  it("finds the closest key or synonym", () => {
    expect(suggest("roaz", candidates)).toBe("roas");
    expect(suggest("Revenu", candidates)).toBe("revenue");
    expect(suggest("return on adspend", candidates)).toBe("roas");
    expect(suggest("zzzz", candidates)).toBeUndefined();
  });

  it("compares only the first SUGGEST_MAX_INPUT characters of a huge input", () => {
    expect(SUGGEST_MAX_INPUT).toBe(100);
    expect(suggest("x".repeat(100_000), candidates)).toBeUndefined();
    expect(suggest(`roas${" ".repeat(200)}${"x".repeat(100_000)}`, candidates)).toBe("roas");
  });
});
