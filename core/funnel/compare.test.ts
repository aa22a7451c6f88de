import { describe, expect, it } from "vitest";
import { compareFunnels } from "./compare.ts";
import { buildFunnel } from "./funnel.ts";

// Hand-made counts: engaged 50/100 -> 60/100 (+10 pts), carts 20/50 -> 15/60 (40% -> 25%, -15 pts),
// checkouts 10/20 -> 6/15 (50% -> 40%, -10 pts), orders 5/10 -> 3/6 (50% -> 50%, unchanged).
const before = {
  impressions: 1000,
  clicks: 100,
  sessions: 100,
  engagedSessions: 50,
  addToCarts: 20,
  checkouts: 10,
  orders: 5,
};
const now = {
  impressions: 1000,
  clicks: 100,
  sessions: 100,
  engagedSessions: 60,
  addToCarts: 15,
  checkouts: 6,
  orders: 3,
};

describe("compareFunnels", () => {
  it("gives each on-site step's rate in both periods and the change in points", () => {
    const c = compareFunnels(buildFunnel(now), buildFunnel(before));
    expect(c.steps.map((s) => s.step)).toEqual(["engaged_sessions", "add_to_carts", "checkouts", "orders"]);
    const rates = Object.fromEntries(c.steps.map((s) => [s.step, [s.stepRate, s.previousStepRate]]));
    expect(rates).toEqual({
      engaged_sessions: [0.6, 0.5],
      add_to_carts: [0.25, 0.4],
      checkouts: [0.4, 0.5],
      orders: [0.5, 0.5],
    });
    expect(c.steps[1]!.change).toBeCloseTo(-0.15, 12);
    expect(c.steps[3]!.change).toBe(0);
  });

  it("names the step that fell most and the one that rose most", () => {
    const c = compareFunnels(buildFunnel(now), buildFunnel(before));
    expect(c.worsened?.step).toBe("add_to_carts");
    expect(c.improved?.step).toBe("engaged_sessions");
  });

  it("has no worsened step when nothing fell, and no rates for an empty period", () => {
    const same = compareFunnels(buildFunnel(before), buildFunnel(before));
    expect(same.worsened).toBeNull();
    expect(same.improved).toBeNull();
    const empty = {
      impressions: null,
      clicks: null,
      sessions: 0,
      engagedSessions: 0,
      addToCarts: 0,
      checkouts: 0,
      orders: 0,
    };
    const c = compareFunnels(buildFunnel(empty), buildFunnel(before));
    expect(c.steps.every((s) => s.change === null)).toBe(true);
    expect(c.worsened).toBeNull();
  });
});
