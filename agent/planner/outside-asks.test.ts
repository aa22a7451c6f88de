/** Asks about things the data does not hold: declined or caveated, never answered as something else. */
import { describe, expect, it } from "vitest";
import { outsideCause } from "./outside-cause.ts";
import { ownerBeforeMetric } from "./owner-name.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

const plan = (q: string) => planQuestion(q, testContext());

describe("names the data does not have, in the owner's place", () => {
  it.each([
    "whats globex revenue last month",
    "show me initech orders in october",
    "how much is patagonia spending on google",
    "what is umbrella corp spending on meta ads",
  ])("%s -> declined", (q) => {
    const p = plan(q);
    expect(p.kind).toBe("decline");
  });

  it("says which name it does not know", () => {
    const p = plan("whats globex revenue last month");
    expect(p.kind === "decline" && p.message).toContain('I don\'t know "globex"');
  });

  it.each(["whats revenue last month", "whats the roas on paid social", "show me paid social revenue"])(
    "%s -> still answered",
    (q) => expect(plan(q).kind).toBe("tool_calls"),
  );

  it("needs a metric word right after the name", () => {
    const isMetric = (w: string) => w === "revenue";
    expect(ownerBeforeMetric("whats globex revenue", ["globex"], new Set(), isMetric)).toBe("globex");
    expect(ownerBeforeMetric("whats globex in july", ["globex"], new Set(), isMetric)).toBeUndefined();
    expect(ownerBeforeMetric("whats brand revenue", ["brand"], new Set(["brand"]), isMetric)).toBeUndefined();
  });
});

describe("a cause outside the data", () => {
  it("compares the period with the one before and leads with a note", () => {
    const p = plan("did the heat wave in july boost orders");
    expect(p.kind).toBe("tool_calls");
    if (p.kind !== "tool_calls") return;
    expect(p.calls[0]?.name).toBe("compare_periods");
    expect(p.calls[0]?.args).toMatchObject({ period: { from: "2026-07-01", to: "2026-07-31" } });
    expect(p.notes?.[0]).toContain('I have no data on "heat wave"');
  });

  it("leaves our own channels and campaigns alone", () => {
    expect(outsideCause("did paid social drive revenue last month", [])).toBeUndefined();
    expect(outsideCause("did black friday boost orders", [])).toBeUndefined();
  });
});

describe("breakdowns the data has no dimension for", () => {
  it.each([
    ["revenue by sku last month", "product"],
    ["orders by zip code in september", "country or city"],
  ])("%s -> says %s is missing", (q, label) => {
    const p = plan(q);
    expect(p.kind).toBe("clarify");
    expect(p.kind === "clarify" && p.question).toContain(label);
  });

  // fix13e: sales by product are said to be untracked first, then the store-wide orders and revenue.
  it("top selling products in october -> says product sales are not tracked, then the totals", () => {
    const p = plan("top selling products in october");
    expect(p.kind === "tool_calls" && p.notes?.[0]).toMatch(/^Sales by product are not tracked in your data/);
    expect(p.kind === "tool_calls" && p.calls[0]?.args).toMatchObject({ metrics: ["orders", "revenue"] });
  });

  // fix5b: customers carry a US state, so a state breakdown is answered, not declined.
  it.each([
    ["orders by state in september", ["orders"]],
    ["which regions bring in the most revenue", ["revenue"]],
  ])("%s -> %j by state", (q, metrics) => {
    const p = plan(q);
    expect(p.kind).toBe("tool_calls");
    if (p.kind !== "tool_calls") return;
    expect(p.calls[0]?.args).toMatchObject({ metrics, dimensions: ["region"] });
  });
});

describe("hour of day: orders have a time, daily data does not", () => {
  it.each([
    ["which hour of the day gets the most orders", ["orders"]],
    ["hourly revenue yesterday", ["revenue"]],
    ["what time of day do people place orders", ["orders"]],
    ["at what hour do shoppers buy the most", ["customers"]],
  ])("%s -> %j by hour of day", (q, metrics) => {
    const p = plan(q);
    expect(p.kind).toBe("tool_calls");
    if (p.kind !== "tool_calls") return;
    expect(p.calls[0]?.args).toMatchObject({ metrics, dimensions: ["hour_of_day"] });
  });

  it.each(["spend by hour last week", "sessions by time of day", "ctr per hour in october"])(
    "%s -> says only orders have a time of day",
    (q) => {
      const p = plan(q);
      expect(p.kind).toBe("decline");
      expect(p.kind === "decline" && p.message).toContain("Only orders carry the time they were placed");
    },
  );
});

describe("asks the data can only answer in part lead with what is missing", () => {
  it.each([["is meta actually incremental", "Attribution can't show incrementality"]])(
    "%s -> a note about %s",
    (q, words) => {
      const p = plan(q);
      expect(p.kind).toBe("tool_calls");
      expect(p.kind === "tool_calls" && p.notes?.join(" ")).toContain(words);
    },
  );

  // fix6a: pacing is answered (the campaigns tool: budgets from daily budgets and recorded changes).
  it("reads a pacing question's month as the one that happened", () => {
    const p = plan("which campaigns hit their daily budget in september");
    expect(p.kind === "tool_calls" && p.calls[0]).toEqual({
      name: "campaigns",
      args: { analysis: "pacing", period: { from: "2026-09-01", to: "2026-09-30" } },
    });
  });
});
