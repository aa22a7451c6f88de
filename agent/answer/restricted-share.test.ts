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

describe("another member, period or a split by period after a share question (fix16d)", () => {
  it("is read after the share question, so the share stays what is asked", () => {
    const earlier = ["what % of orders came from affiliate last month"];
    for (const q of ["and direct?", "what about organic search", "by month", "monthly pls", "and in q2?"])
      expect(restrictedShareQuestion(q, earlier)).toBe(
        `what % of orders came from affiliate last month? ${q}`,
      );
  });
  it("leaves a new breakdown or a turn after another question as asked", () => {
    expect(restrictedShareQuestion("and by campaign", ["email share of revenue"])).toBe("and by campaign");
    expect(restrictedShareQuestion("and direct?", ["orders by channel last month"])).toBe("and direct?");
  });
});
