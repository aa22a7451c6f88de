import { describe, expect, it } from "vitest";
import { applyTextRewrites } from "./text-rewrites.ts";

describe("the question's text rewrites, in order", () => {
  it("turns a metric paraphrase into catalog words and leaves the period", () => {
    expect(applyTextRewrites("whats the typical order size last 7 days")).toBe(
      "whats average order value last 7 days",
    );
  });

  it("reads period shorthand after the metric words are settled", () => {
    expect(applyTextRewrites("7 day roas by platform")).toBe("last 7 days roas by platform");
  });

  it("corrects a misspelled period word and leaves other unknown words for the typo matcher", () => {
    expect(applyTextRewrites("reveneu yesturday")).toBe("reveneu yesterday");
  });

  it("replaces a data health check with the anomaly scan before anything else reads it", () => {
    expect(applyTextRewrites("any gaps or broken days in the data")).toBe(
      "anomalies in sessions, orders and spend all time",
    );
  });
});
