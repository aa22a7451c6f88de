import { describe, expect, it } from "vitest";
import { asksTestResults, readDataQuality, readTestResults } from "./scan-asks.ts";

describe("a data health check", () => {
  it("reads as the scan of sessions, orders and spend, over all the data unless a period is named", () => {
    expect(readDataQuality("any gaps or broken days in the data")).toBe(
      "anomalies in sessions, orders and spend all time",
    );
    expect(readDataQuality("is the tracking ok in q3")).toBe(
      "anomalies in sessions, orders and spend in q3 all time",
    );
  });

  it("leaves questions about a metric's gap or a broken page's cost alone", () => {
    expect(readDataQuality("gap between platform and our roas")).toBe("gap between platform and our roas");
    expect(readDataQuality("did the broken page cost us orders")).toBe("did the broken page cost us orders");
  });
});

describe("every planned test with its result", () => {
  it("is asked when the tests and what each did are named together", () => {
    expect(asksTestResults("list the experiments we ran and what each one showed")).toBe(true);
    expect(asksTestResults("outcomes of our holdouts")).toBe(true);
    expect(readTestResults("results of all the planned tests this year")).toBe(
      "anomalies in sessions, orders and spend this year all time",
    );
  });

  it("is not the list alone, nor one named test", () => {
    expect(asksTestResults("what tests have we run")).toBe(false);
    expect(asksTestResults("what did the display holdout do")).toBe(false);
  });
});
