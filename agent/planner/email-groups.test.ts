/** Email campaigns named as a kind ("the newsletter", "promo emails") filter to that kind. */
import { describe, expect, it } from "vitest";
import { emailKind } from "./email-groups.ts";
import { planQuestion } from "./plan.ts";
import { DEMO_DIMENSION_VALUES, testContext } from "./testing.ts";
import type { DimensionValue } from "./types.ts";

const send = (label: string): DimensionValue => ({
  dimension: "email_campaign",
  value: label,
  label,
  aliases: [],
});
const values = [
  ...DEMO_DIMENSION_VALUES.filter((v) => v.dimension !== "email_campaign"),
  send("Welcome Series"),
  send("Abandoned Cart"),
  send("Monthly Base Camp Digest"),
  send("Spring Clearance Sale"),
  send("Founders Day 2026"),
];
const ctx = testContext({ dimensionValues: values, dataEnd: "2026-10-31" });
const args = (q: string) => {
  const plan = planQuestion(q, ctx);
  return plan.kind === "tool_calls" ? plan.calls[0]?.args : plan;
};
const PROMOS = ["Spring Clearance Sale", "Founders Day 2026"];

describe("emailKind", () => {
  it("tells flows, newsletters and promotional sends apart by name", () => {
    expect(
      ["Welcome Series", "Abandoned Cart", "Monthly Base Camp Digest", "Founders Day 2026"].map(emailKind),
    ).toEqual(["flow", "flow", "newsletter", "promo"]);
  });
});

describe("named email groups", () => {
  it("filters to the one newsletter when the question says 'the newsletter'", () => {
    expect(args("what click rate did our newsletter get in august")).toEqual({
      metrics: ["email_click_rate"],
      dimensions: [],
      filters: [{ field: "email_campaign", op: "in", values: ["Monthly Base Camp Digest"] }],
      timeRange: { from: "2026-08-01", to: "2026-08-31" },
    });
  });

  it("ranks the promotional sends over the last twelve months when asked which did best", () => {
    for (const q of [
      "top promotional email by open rate",
      "out of our promo sends which got the most clicks",
    ])
      expect(args(q)).toMatchObject({
        dimensions: ["email_campaign"],
        filters: [{ field: "email_campaign", op: "in", values: PROMOS }],
        timeRange: { from: "2025-11-01", to: "2026-10-31" },
      });
    expect(args("top promotional email by open rate")).toMatchObject({
      orderBy: [{ field: "email_open_rate", direction: "desc" }],
    });
  });

  it("sets the newsletter beside the promos, each a row", () => {
    expect(
      args("newsletter vs promo emails: open rate in q3, the newsletter against the rest"),
    ).toMatchObject({
      metrics: ["email_open_rate"],
      dimensions: ["email_campaign"],
      filters: [{ field: "email_campaign", op: "in", values: ["Monthly Base Camp Digest", ...PROMOS] }],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    });
  });

  it("leaves 'by newsletter' as all email; fix15e: a bare 'newsletter ctr' is the newsletter", () => {
    expect(args("newsletter ctr last month")).toMatchObject({
      filters: [{ field: "email_campaign", op: "in", values: ["Monthly Base Camp Digest"] }],
    });
    expect(args("open rate by newsletter last month")).toMatchObject({ filters: [] });
  });

  it("sets the promos beside the newsletter the last answer showed, on its measures and period", () => {
    const first = planQuestion("what click rate did our newsletter get in august", ctx);
    const next = planQuestion("now put the promo sends next to it", { ...ctx, previous: first });
    expect(next.kind === "tool_calls" && next.calls[0]?.args).toMatchObject({
      metrics: ["email_click_rate"],
      dimensions: ["email_campaign"],
      filters: [{ field: "email_campaign", op: "in", values: ["Monthly Base Camp Digest", ...PROMOS] }],
      timeRange: { from: "2026-08-01", to: "2026-08-31" },
    });
  });
});

describe("emails named by a word of their names", () => {
  const named = testContext({
    dimensionValues: [
      ...DEMO_DIMENSION_VALUES.filter((v) => v.dimension !== "email_campaign"),
      send("Weekly Trail Notes"),
      send("Hammock Line Launch"),
      send("Winter Stove Collection"),
      send("Labor Day Sale"),
    ],
    dataEnd: "2026-10-31",
  });
  const call = (q: string) => {
    const plan = planQuestion(q, named);
    return plan.kind === "tool_calls" ? plan.calls[0]?.args : plan;
  };

  it("ranks the sends whose names hold the words before 'email', over the last twelve months", () => {
    expect(call("which launch or collection email got the most clicks")).toMatchObject({
      metrics: ["email_clicks"],
      dimensions: ["email_campaign"],
      filters: [
        { field: "email_campaign", op: "in", values: ["Hammock Line Launch", "Winter Stove Collection"] },
      ],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
    });
  });

  it("leaves an email ask whose words name no send to the usual reading", () => {
    expect(call("which email got the most clicks last month")).toMatchObject({
      dimensions: ["email_campaign"],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    });
  });
});
