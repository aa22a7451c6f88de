import { describe, expect, it } from "vitest";
import { chartedQuestion } from "./charted-question.ts";

describe("chartedQuestion (fix8a)", () => {
  it("a chart-only turn is read with the last question that asked for figures", () => {
    expect(chartedQuestion("chart it", ["share of orders from returning customers by month"])).toBe(
      "share of orders from returning customers by month",
    );
    expect(chartedQuestion("as a bar chart", ["revenue by channel", "plot it"])).toBe("revenue by channel");
  });

  it("a turn asking more than a chart, or with nothing before, keeps its own words", () => {
    expect(chartedQuestion("chart revenue by month", ["spend by channel"])).toBe("chart revenue by month");
    expect(chartedQuestion("plot it", [])).toBe("plot it");
  });

  it("a table-only turn re-presents the previous answer; a new question in a table is itself", () => {
    expect(chartedQuestion("csv please", ["month over month growth of revenue"])).toBe(
      "month over month growth of revenue",
    );
    expect(chartedQuestion("table of orders by channel", ["share of revenue by month"])).toBe(
      "table of orders by channel",
    );
  });
});
