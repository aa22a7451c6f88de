import { describe, expect, it } from "vitest";
import { readCustomerPick } from "./customer-pick.ts";

describe("readCustomerPick", () => {
  it("reads a customer described by their orders", () => {
    expect(readCustomerPick("walk me through the path of whoever made the largest purchase in may")).toBe(
      "largest_order",
    );
    expect(readCustomerPick("timeline of our biggest spender this year")).toBe("most_revenue");
    expect(readCustomerPick("touches of the shopper with the most orders")).toBe("most_orders");
    expect(readCustomerPick("how did the first buyer on oct 3 find us")).toBe("first_order");
    expect(readCustomerPick("journey of the customer who placed the latest order")).toBe("last_order");
  });

  it("leaves paths over many orders and questions without a journey alone", () => {
    expect(readCustomerPick("journeys of our biggest orders last month")).toBeUndefined();
    expect(readCustomerPick("how many touches before a customer's first order")).toBeUndefined();
    expect(readCustomerPick("what was the biggest order in october")).toBeUndefined();
  });
});
