import { describe, expect, it } from "vitest";
import { asksDataTrust, dataTrustNote } from "./data-trust-intent.ts";
import { parseQuestion } from "./parse.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

const p = (q: string) => parseQuestion(q, testContext());

describe("data-trust", () => {
  it("reads trust, use and exclusion asks, not a cost or a plain scan", () => {
    for (const q of [
      "can we rely on the september data",
      "is the tracking for apr 2 still valid",
      "should we leave the 17th out of our baseline",
      "bad data days we should ignore?",
    ])
      expect(asksDataTrust(p(q), q), q).toBe(true);
    for (const q of [
      "how many orders did the tracking outage cost",
      "any data gaps in october",
      "revenue last week",
    ])
      expect(asksDataTrust(p(q), q), q).toBe(false);
  });

  it("names the lost day first and scans two weeks either side of it", () => {
    const plan = planQuestion("can we rely on the march figures or not", testContext());
    expect(plan.kind).toBe("tool_calls");
    if (plan.kind !== "tool_calls") return;
    expect(plan.calls).toEqual([
      {
        name: "detect_anomalies",
        args: {
          metrics: ["orders", "sessions"],
          period: { from: "2026-03-03", to: "2026-03-31" },
          filters: [],
          focus: "loss",
        },
      },
    ]);
    expect(plan.notes?.[0]).toMatch(/^March 17, 2026 is a day tracking was lost: .* Leave it out of trends/);
  });

  it("says a month with no lost day can be used, and scans that month", () => {
    const q = "is the data for july trustworthy";
    expect(dataTrustNote(p(q), ["2026-03-17"])).toMatch(
      /^I found no day of lost tracking from July 1, 2026 to July 31, 2026: its days can be used as they are .* The one gap in your data: March 17, 2026/,
    );
    const plan = planQuestion(q, testContext());
    expect(plan.kind === "tool_calls" && plan.calls[0]?.args.period).toEqual({
      from: "2026-07-01",
      to: "2026-07-31",
    });
  });
});
