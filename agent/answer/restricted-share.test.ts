import { describe, expect, it } from "vitest";
import { restrictedShareQuestion } from "./restricted-share.ts";

describe("a restriction after a share question (fix10a)", () => {
  it("is read with the share question it narrows", () => {
    const earlier = ["returning customers' share of orders each month"];
    for (const q of ["just paid search", "only google please", "exclude display"])
      expect(restrictedShareQuestion(q, earlier)).toBe(`${earlier[0]} ${q}`);
  });
  it("leaves other turns as asked", () => {
    expect(restrictedShareQuestion("only paid search", ["revenue by channel last month"])).toBe(
      "only paid search",
    );
    expect(restrictedShareQuestion("and by platform?", ["share of revenue by channel"])).toBe(
      "and by platform?",
    );
    expect(restrictedShareQuestion("only paid search", [])).toBe("only paid search");
  });
});
