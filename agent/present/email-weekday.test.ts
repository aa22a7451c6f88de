import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { emailWeekdayText } from "./email-weekday.ts";

/**
 * Email by weekday: Thursday 800 of 1,000 sends at a 2% click rate, Friday 150 at 4%, Monday 40
 * at 6%, Sunday 10 at 9% (Monday and Sunday are under 5% of the sends).
 */
const result = {
  columns: [
    { key: "day_of_week", label: "Day of week", kind: "dimension" },
    { key: "email_sends", label: "Email sends", kind: "metric", additive: true },
    { key: "email_open_rate", label: "Email open rate", kind: "metric" },
    { key: "email_click_rate", label: "Email click rate", kind: "metric" },
  ],
  rows: [
    { day_of_week: "Thursday", email_sends: 800, email_open_rate: 0.3, email_click_rate: 0.02 },
    { day_of_week: "Friday", email_sends: 150, email_open_rate: 0.4, email_click_rate: 0.04 },
    { day_of_week: "Monday", email_sends: 40, email_open_rate: 0.5, email_click_rate: 0.06 },
    { day_of_week: "Sunday", email_sends: 10, email_open_rate: 0.6, email_click_rate: 0.09 },
  ],
} as unknown as MetricResult;

describe("emailWeekdayText", () => {
  it("names the best weekday among those with a real share of sends, and how sends fall", () => {
    expect(emailWeekdayText(result, "best weekday for email?")).toBe(
      [
        "Best weekday for email: Friday, with the highest click rate (4.0%, open rate 40.0%) of the weekdays that carry at least 5.0% of the sends, ahead of Thursday (2.0%).",
        "Higher click rates on Sunday (9.0%) and Monday (6.0%) rest on under 5.0% of the sends each: too few to judge a weekday by.",
        "Most email goes out on Thursday: 800 of 1,000 sends (80.0%). Sends by weekday: Thursday 800 (80.0%), Friday 150 (15.0%), Monday 40 (4.0%), Sunday 10 (1.0%).",
      ].join("\n"),
    );
  });

  it("judges on the open rate when only opens are asked about", () => {
    expect(emailWeekdayText(result, "which weekday gets the most opens").split("\n")[0]).toBe(
      "Best weekday for email: Friday, with the highest open rate (40.0%) of the weekdays that carry at least 5.0% of the sends, ahead of Thursday (30.0%).",
    );
  });

  it("adds nothing for another breakdown or without sends", () => {
    const byCampaign = {
      ...result,
      columns: result.columns.map((c) => (c.key === "day_of_week" ? { ...c, key: "email_campaign" } : c)),
    } as MetricResult;
    expect(emailWeekdayText(byCampaign, "best email")).toBe("");
    const noSends = {
      ...result,
      columns: result.columns.filter((c) => c.key !== "email_sends"),
    } as MetricResult;
    expect(emailWeekdayText(noSends, "best weekday for email")).toBe("");
  });
});
