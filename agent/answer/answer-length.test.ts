import { describe, expect, it } from "vitest";
import { asksShorter, bulletsAsked, shapedText } from "./answer-length.ts";

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
