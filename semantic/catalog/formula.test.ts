import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFormula, formulaRefs, parseFormula } from "./formula.ts";

describe("parseFormula", () => {
  it.each([
    ["revenue / spend", "(revenue / spend)"],
    ["(revenue - spend) / spend", "((revenue - spend) / spend)"],
    ["spend / impressions * 1000", "((spend / impressions) * 1000)"],
    ["-a + b * c", "(-a + (b * c))"],
    ["  ROAS ", "roas"],
  ])("parses %s", (src, canonical) => {
    const r = parseFormula(src);
    expect(r.ok && formatFormula(r.ast)).toBe(canonical);
  });

  it.each([
    ["", "formula is empty"],
    ["revenue /", "expected a metric, a number or '(' at the end"],
    ["revenue; DROP TABLE x", "unexpected character ';' at position 8"],
    ["a b", "unexpected 'b' at position 3"],
    ["(a", "expected ')' at the end"],
  ])("rejects %j", (src, error) => {
    expect(parseFormula(src)).toEqual({ ok: false, error });
  });

  it("lists references once", () => {
    const r = parseFormula("a / b + a");
    expect(r.ok && formulaRefs(r.ast)).toEqual(["a", "b"]);
  });

  it("never throws on arbitrary input", () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (s) => typeof parseFormula(s).ok === "boolean"));
  });
});
