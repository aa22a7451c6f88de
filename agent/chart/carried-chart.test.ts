import { describe, expect, it } from "vitest";
import { carriedChart, repeatsPreviousAsk } from "./carried-chart.ts";

describe("carriedChart (fix7s)", () => {
  it("carries the chart type a previous turn named into a follow-up that repeats the ask", () => {
    expect(carriedChart("same thing for revenue", ["pie chart of spend by channel"])).toBe("pie");
    expect(carriedChart("do that again for orders please", ["donut of sessions by channel"])).toBe("pie");
    expect(carriedChart("what about orders?", ["spend by platform as a bar chart"])).toBe("bar");
    expect(carriedChart("now for roas", ["line chart of revenue by week"])).toBe("line");
  });

  it("carries it back through a run of follow-ups, and no further than a fresh question", () => {
    const thread = ["pie chart of spend by channel last month", "same for revenue"];
    expect(carriedChart("and orders", thread)).toBe("pie");
    expect(carriedChart("and orders", [...thread, "top campaigns by roas"])).toBeUndefined();
  });

  it("keeps no chart for a fresh question or one that names its own", () => {
    expect(carriedChart("revenue by channel last month", ["pie chart of spend by channel"])).toBeUndefined();
    expect(carriedChart("same but as a bar chart", ["pie chart of spend by channel"])).toBeUndefined();
    expect(carriedChart("same thing for revenue", ["spend by channel"])).toBeUndefined();
    expect(carriedChart("same thing for revenue", [])).toBeUndefined();
  });

  it("reads repeat asks, not any question", () => {
    expect(repeatsPreviousAsk("show that for google only")).toBe(true);
    expect(repeatsPreviousAsk("which channel had the best roas")).toBe(false);
  });
});
