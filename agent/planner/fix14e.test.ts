/** fix14e: two-step asks, a why that presumes a rank, a past pause with another member, whys after an overview or a funnel. */
import { describe, expect, it } from "vitest";
import { foundStepCalls } from "./found-step-run.ts";
import { lastPlanOfThread } from "./testing-thread.ts";
import type { Plan } from "./types.ts";

const last = lastPlanOfThread;
const tools = (plan: Plan) => (plan.kind === "tool_calls" ? plan : undefined);

describe("two-step asks about what the first finds (fix14e)", () => {
  it("the top week or month, then the channels behind it", () => {
    for (const q of [
      "what was our strongest month for orders this year, then which channels were behind it",
      "identify the top revenue week in q3 and which channels drove it",
      "pick out our biggest sales week of 2026, then tell me what channels contributed to it",
    ]) {
      const plan = tools(last(q));
      expect(plan?.then?.calls[0]?.name, q).toBe("explain_change");
      expect(plan?.then?.calls[0]?.args.dimensions, q).toEqual(["channel", "campaign"]);
    }
  });

  it("the channel whose figure moved most, then its campaigns over the same periods", () => {
    for (const [q, metric, direction] of [
      [
        "which channel saw the largest roas drop in september vs august, and which campaign in it was responsible",
        "roas",
        "down",
      ],
      ["what channel's cpc climbed the most last month, then which campaigns drove that", "cpc", "up"],
      [
        "which platform had the biggest spend increase in q3 vs q2 and what campaign caused it",
        "spend",
        "up",
      ],
    ] as const) {
      const plan = tools(last(q));
      expect(plan?.calls[0]?.name, q).toBe("compare_periods");
      expect(plan?.then?.pick, q).toEqual({ metric, direction });
      const second = plan?.then?.calls[0];
      expect(second?.name, q).toBe("compare_periods");
      expect(second?.args.dimensions, q).toEqual(["campaign"]);
      expect(second?.args.compareTo, q).toEqual(plan?.calls[0]?.args.compareTo);
    }
  });

  it("the top channel, then which campaigns drove it", () => {
    const plan = tools(last("top channel by revenue in september and which campaigns drove it"));
    expect(plan?.calls[0]?.args.dimensions).toEqual(["channel"]);
    expect(plan?.then?.calls[0]?.args.dimensions).toEqual(["campaign"]);
  });

  it("the found member is the one that moved most in the asked direction, not the first row", () => {
    const step = tools(
      last("what channel's cpc climbed the most last month, then which campaigns drove that"),
    )!.then!;
    const result = {
      ok: true,
      data: {
        rows: [
          { channel: "paid_search", cpc: { current: 2, previous: 2.5 } },
          { channel: "display", cpc: { current: 1.4, previous: 1.1 } },
          { channel: "paid_social", cpc: { current: 1.2, previous: 1.0 } },
        ],
      },
    };
    const calls = foundStepCalls(step, result, undefined);
    expect(calls?.[0]?.args.filters).toContainEqual({ field: "channel", op: "in", values: ["display"] });
  });
});

describe("a why that presumes a rank (fix14e)", () => {
  it("ranks the members on the measure first, then explains the one named", () => {
    for (const [q, metric, direction] of [
      ["how come paid search is our top channel for revenue", "revenue", "desc"],
      ["why is affiliate our cheapest channel on cpa in september", "cpa", "asc"],
      ["why is display our weakest roas channel", "roas", "asc"],
      ["why is paid social our worst channel on cpa", "cpa", "desc"],
    ] as const) {
      const plan = tools(last(q));
      expect(plan?.calls[0]?.args.orderBy, q).toEqual([{ field: metric, direction }]);
      expect(plan?.calls[0]?.args.filters, q).toEqual([]);
      expect(plan?.calls.length, q).toBeGreaterThan(1);
    }
  });

  it("a why of a move is no premise of rank", () => {
    expect(tools(last("why is display roas down"))?.calls[0]?.name).toBe("explain_change");
  });
});

describe("a past pause with another member asked (fix14e)", () => {
  it("the paused member's spend, then the asked member's figures", () => {
    for (const [q, paused, asked] of [
      ["after we switched off meta in october did direct traffic go up", "meta_ads", "direct"],
      ["the week we paused tiktok in june, did email revenue change", "tiktok_ads", "email"],
      [
        "since we stopped paid social in mid october how did organic search do",
        "paid_social",
        "organic_search",
      ],
    ] as const) {
      const plan = tools(last(q))!;
      expect(plan.calls[0]?.args.filters, q).toEqual([expect.objectContaining({ values: [paused] })]);
      expect(plan.calls[1]?.args.filters, q).toEqual([{ field: "channel", op: "in", values: [asked] }]);
    }
  });

  it("one member named: the pause alone, the total beside it", () => {
    const plan = tools(last("after we switched off meta in october did revenue go up"));
    expect(plan?.calls[1]?.args.filters).toEqual([]);
  });
});

describe("a why after an overview or a funnel (fix14e)", () => {
  it("after an overview: what moved revenue, by channel", () => {
    for (const why of [
      "what's behind the biggest move there",
      "whats driving the biggest change there?",
      "what caused the largest drop",
    ]) {
      const plan = tools(last("quick overview of how we're doing", why));
      expect(plan?.calls[0]?.name, why).toBe("explain_change");
    }
  });

  it("after a funnel: the funnel again with the conversion rate's change explained", () => {
    for (const why of ["why?", "how come", "what's behind that"]) {
      const plan = tools(last("show the checkout funnel for paid social in august compared with july", why));
      expect(
        plan?.calls.map((c) => c.name),
        why,
      ).toEqual(["funnel", "explain_change"]);
    }
    const plain = tools(last("show me the funnel for email in september", "why"));
    expect(plain?.calls[1]?.args.compareTo).toEqual({ from: "2026-08-01", to: "2026-08-31" });
  });
});
