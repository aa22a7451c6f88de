import { describe, expect, it } from "vitest";
import { businessReview, costEachCustomer, yoyWithoutMeasure } from "./business-shorthand.ts";

describe("business shorthand", () => {
  it("reads a business review as its period against the one before, by channel", () => {
    expect(businessReview("mbr numbers")).toBe("last month vs the month before by channel");
    expect(businessReview("qbr figures q2 vs q1")).toBe("q2 vs q1 by channel");
    expect(businessReview("prep the wbr")).toBe("last week vs the week before by channel");
    expect(businessReview("board deck stats by platform")).toBe(
      "by platform last quarter vs the quarter before",
    );
    expect(businessReview("monthly business review for september")).toBe(
      "september vs the period before by channel",
    );
    // A board update is a written brief, not a review's numbers.
    expect(businessReview("draft a board update")).toBe("draft a board update");
  });

  it("reads what each customer cost as the acquisition cost, only beside customers", () => {
    expect(costEachCustomer("new customers in may and what did each one cost us")).toBe(
      "new customers in may and customer acquisition cost",
    );
    expect(costEachCustomer("new buyers, what did every one of them cost")).toBe(
      "new buyers, customer acquisition cost",
    );
    expect(costEachCustomer("campaigns in may and what did each one cost us")).toBe(
      "campaigns in may and what did each one cost us",
    );
  });

  it("gives growth year over year with no measure to revenue", () => {
    expect(yoyWithoutMeasure("yoy")).toBe("revenue yoy");
    expect(yoyWithoutMeasure("how much have we grown year on year")).toBe(
      "revenue how much have we grown year on year",
    );
    expect(yoyWithoutMeasure("orders yoy growth")).toBe("orders yoy growth");
    expect(yoyWithoutMeasure("growth by channel")).toBe("growth by channel");
  });
});
