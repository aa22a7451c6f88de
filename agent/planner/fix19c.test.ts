/** fix19c: every named part of the ask kept: campaign drivers, Meta sources, contribution per channel. */
import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { platformSource } from "./platform-source.ts";
import { readProfitabilityIntent } from "./profitability-intent.ts";
import { testContext } from "./testing.ts";
import type { Frame } from "./types.ts";

const callsOf = (q: string, previous?: ReturnType<typeof planQuestion>) => {
  const plan = planQuestion(q, { ...testContext(), ...(previous ? { previous } : {}) });
  return plan.kind === "tool_calls" ? plan : undefined;
};

describe("a short jump in an ad metric", () => {
  it("is explained by campaign first on a single day", () => {
    expect(callsOf("what caused the jump in ad spend on june 3")?.calls[0]?.args).toMatchObject({
      dimensions: ["campaign", "channel"],
      period: { from: "2026-06-03", to: "2026-06-03" },
    });
  });
  it("keeps the channel for a month's change", () => {
    expect(callsOf("why did spend go up in september")?.calls[0]?.args).toMatchObject({
      dimensions: ["channel"],
    });
  });
});

describe("a Meta source typed with a slip", () => {
  const frame: Frame = {
    intent: "query",
    metrics: ["revenue"],
    dimensions: [],
    filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
    period: { from: "2026-10-01", to: "2026-10-31", label: "October 2026" },
  };
  it("still narrows to the sources named", () => {
    const read = platformSource("revenue faceboook vs instagarm", frame, [], () => true);
    expect(read?.kind === "narrowed" ? read.frame.filters : undefined).toEqual([
      { field: "source", op: "in", values: ["instagram", "facebook"] },
    ]);
  });
});

describe("contribution per channel", () => {
  it.each([
    ["contribution margin per channel in q3", "channel_profit"],
    ["which channel has the best contribution margin", "channel_profit"],
    ["gross profit minus spend per channel", "channel_profit"],
    ["contribution margin in october", "contribution_margin"],
  ])("%s -> %s", (q, analysis) => {
    expect(readProfitabilityIntent(q)).toBe(analysis);
  });

  it("confirms a profit answer is after ad spend only, with the same call", () => {
    const first = planQuestion("contribution margin per channel in q3", testContext());
    const next = callsOf("only ad spend taken out, right?", first);
    expect(next?.calls).toEqual(first.kind === "tool_calls" ? first.calls : []);
    expect(next?.notes).toEqual([
      "Yes: this is after ad spend only (gross margin x revenue minus ad spend); no other costs, such as shipping, fees or salaries, are taken out.",
    ]);
  });
});

describe("email or direct", () => {
  it("names two channels, not the email open rate", () => {
    expect(callsOf("email or direct which converts better")?.calls[0]?.args).toMatchObject({
      metrics: ["conversion_rate"],
      filters: [{ field: "channel", op: "in", values: ["email", "direct"] }],
    });
  });
});

describe("a metric on devices after whats", () => {
  it("is the missing-breakdown clarification", () => {
    expect(planQuestion("whats our cvr on mobile vs desktop", testContext()).kind).toBe("clarify");
  });
});
