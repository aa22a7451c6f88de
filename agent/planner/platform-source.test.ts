import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import type { Plan } from "./types.ts";

const ctx = testContext();
const callOf = (plan: Plan) => (plan.kind === "tool_calls" ? plan.calls[0]?.args : undefined);

describe("a source inside a platform", () => {
  it("narrows 'instagram' to orders whose last touch came from instagram", () => {
    const args = callOf(planQuestion("how much revenue came from instagram in october", ctx));
    expect(args).toMatchObject({
      metrics: ["revenue"],
      filters: [{ field: "source", op: "in", values: ["instagram"] }],
      attributionModel: "last_touch",
    });
  });

  it("sets two named sources side by side", () => {
    const args = callOf(planQuestion("orders from facebook versus instagram last quarter", ctx));
    expect(args).toMatchObject({
      metrics: ["orders"],
      dimensions: ["source"],
      filters: [{ field: "source", op: "in", values: ["instagram", "facebook"] }],
    });
  });

  it("keeps the whole platform for ad spend, and says so", () => {
    const plan = planQuestion("what did we spend on instagram ads in september", ctx);
    expect(callOf(plan)).toMatchObject({
      metrics: ["spend"],
      filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
    });
    expect(plan.kind === "tool_calls" && plan.notes?.join(" ")).toContain(
      "Meta Ads reports ad spend, clicks and impressions for Instagram and its other placements together",
    );
  });

  it("leaves a question about the platform itself alone", () => {
    const plan = planQuestion("meta and instagram revenue last month", ctx);
    expect(callOf(plan)).toMatchObject({ filters: [{ field: "platform", op: "in", values: ["meta_ads"] }] });
  });
});
