import { describe, expect, it } from "vitest";
import { asksReshape, asksShorter, bulletsAsked, shapedText } from "./answer-length.ts";

const ANSWER = "Oct vs Sep:\nSpend: $1.\nRevenue: $2.\nROAS: 2x.\nOrders: 3.\nMovers: A up $4.";

describe("answer length (fix8a)", () => {
  it("reads a number of bullets and a shorter ask", () => {
    expect(bulletsAsked("recap in three bullet points")).toBe(3);
    expect(bulletsAsked("4 bullets please")).toBe(4);
    expect(bulletsAsked("revenue by channel")).toBeUndefined();
    // regress15: in a chart ask, lines and points are the chart's, not the text's length.
    expect(bulletsAsked("plot weekly sessions and orders as 2 lines")).toBeUndefined();
    expect(bulletsAsked("graph spend against revenue by day, two lines please")).toBeUndefined();
    expect(bulletsAsked("sum up october in 2 lines")).toBe(2);
    expect(asksShorter("make it shorter")).toBe(true);
    expect(asksShorter("tl;dr")).toBe(true);
    expect(asksShorter("shorter version of the plan for q3")).toBe(false);
  });

  it("folds the lines under the heading into the bullets asked, in order", () => {
    expect(shapedText(ANSWER, "in 2 bullets", [])).toBe(
      "Oct vs Sep:\n- Spend: $1. Revenue: $2. ROAS: 2x.\n- Orders: 3. Movers: A up $4.",
    );
  });

  it("shorter keeps the heading and the first half of the lines, one bullet fewer than asked before", () => {
    expect(shapedText(ANSWER, "make it shorter", [])).toBe(
      "Oct vs Sep:\nSpend: $1.\nRevenue: $2.\nROAS: 2x.",
    );
    expect(shapedText(ANSWER, "shorter", ["update in 3 bullets"])).toBe(
      "Oct vs Sep:\n- Spend: $1. Revenue: $2.\n- ROAS: 2x.",
    );
  });

  it("leaves an answer alone when no length is asked", () => {
    expect(shapedText(ANSWER, "and for august?", [])).toBe(ANSWER);
  });
});

describe("another length or form asked after an answer (fix18b)", () => {
  it("reads a turn that only reshapes the answer", () => {
    expect(asksReshape("in 2 sentences pls")).toBe(true);
    expect(asksReshape("put that in three bullets for the board")).toBe(true);
    expect(asksReshape("as bullets for my boss")).toBe(true);
    expect(asksReshape("make that a one-liner")).toBe(true);
    expect(asksReshape("boil it down to 2 sentances")).toBe(true);
    expect(asksReshape("revenue by channel in 3 bullets")).toBe(false);
    expect(asksReshape("recap october in two sentences")).toBe(false);
    expect(asksReshape("chart it as 2 lines")).toBe(false);
  });

  it("joins each group of lines into one sentence when sentences are asked", () => {
    expect(shapedText(ANSWER, "in two sentences", [])).toBe(
      "Oct vs Sep:\nSpend: $1; revenue: $2; ROAS: 2x.\nOrders: 3; movers: A up $4.",
    );
    expect(shapedText(ANSWER, "make it a one-liner", [])).toBe(
      "Oct vs Sep:\nSpend: $1; revenue: $2; ROAS: 2x; orders: 3; movers: A up $4.",
    );
  });

  it("bullets every line when bullets are asked without a count", () => {
    expect(
      shapedText("For October:\nSpend: $1.\nBy channel:\n- Email: $2.", "as bullets for the board", []),
    ).toBe("For October:\n- Spend: $1.\nBy channel:\n- Email: $2.");
  });
});
