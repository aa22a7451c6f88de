import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

const callOf = (q: string) => {
  const p = planQuestion(q, testContext());
  return p.kind === "tool_calls" ? p.calls[0] : undefined;
};

describe("incident cost", () => {
  it("scans conversion rate and orders around the month asked, for the loss", () => {
    expect(callOf("did the june page glitch hurt orders, roughly how many")).toEqual({
      name: "detect_anomalies",
      args: {
        metrics: ["conversion_rate", "orders"],
        period: { from: "2026-05-04", to: "2026-07-28" },
        filters: [],
        focus: "loss",
      },
    });
  });

  it("leaves an incident asked about without its cost to the other readings", () => {
    expect(callOf("was there a tracking outage in march")?.args).not.toMatchObject({ focus: "loss" });
  });
});
