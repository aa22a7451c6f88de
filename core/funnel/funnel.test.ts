import { describe, expect, it } from "vitest";
import { addFunnelCounts, buildFunnel, type FunnelCounts } from "./funnel.ts";

/** A hand-made paid channel: every rate below is this fixture's count over the step before. */
const PAID: FunnelCounts = {
  impressions: 20_000,
  clicks: 400,
  sessions: 320,
  engagedSessions: 200,
  addToCarts: 40,
  checkouts: 20,
  orders: 10,
  paidSessions: 320,
};
/** A hand-made unpaid channel: no impressions or clicks. */
const ORGANIC: FunnelCounts = {
  impressions: null,
  clicks: null,
  sessions: 480,
  engagedSessions: 300,
  addToCarts: 60,
  checkouts: 45,
  orders: 30,
  paidSessions: 0,
};

describe("buildFunnel", () => {
  it("gives each step's rate from the step before, its share of sessions, and the biggest on-site drop", () => {
    const f = buildFunnel(PAID);
    expect(f.steps.map((s) => [s.step, s.count, s.stepRate, s.ofSessions])).toEqual([
      ["impressions", 20_000, null, null],
      ["clicks", 400, 0.02, null],
      ["sessions", 320, 0.8, 1],
      ["engaged_sessions", 200, 0.625, 0.625],
      ["add_to_carts", 40, 0.2, 0.125],
      ["checkouts", 20, 0.5, 0.0625],
      ["orders", 10, 0.5, 0.03125],
    ]);
    expect(f.steps[4]?.dropRate).toBe(0.8);
    // Click-through loses 98% but is not on the site; engaged -> cart loses 80%.
    expect(f.biggestDrop).toEqual({ from: "engaged_sessions", to: "add_to_carts", dropRate: 0.8, lost: 160 });
    expect(f.conversionRate).toBe(10 / 320);
    expect(f.cartAbandonmentRate).toBe(0.75);
    expect(f.checkoutAbandonmentRate).toBe(0.5);
  });

  it("starts an unpaid channel's funnel at sessions", () => {
    const f = buildFunnel(ORGANIC);
    expect(f.steps.map((s) => [s.step, s.stepRate])).toEqual([
      ["sessions", null],
      ["engaged_sessions", 0.625],
      ["add_to_carts", 0.2],
      ["checkouts", 0.75],
      ["orders", 30 / 45],
    ]);
    expect(f.biggestDrop).toEqual({ from: "engaged_sessions", to: "add_to_carts", dropRate: 0.8, lost: 240 });
  });

  it("takes clicks -> sessions over the paid channels' sessions only in a total", () => {
    const total = addFunnelCounts(PAID, ORGANIC);
    expect(total).toEqual({
      impressions: 20_000,
      clicks: 400,
      sessions: 800,
      engagedSessions: 500,
      addToCarts: 100,
      checkouts: 65,
      orders: 40,
      paidSessions: 320,
    });
    const f = buildFunnel(total);
    expect(f.steps.map((s) => [s.step, s.count, s.stepRate])).toEqual([
      ["impressions", 20_000, null],
      ["clicks", 400, 0.02],
      ["sessions", 800, 0.8],
      ["engaged_sessions", 500, 0.625],
      ["add_to_carts", 100, 0.2],
      ["checkouts", 65, 0.65],
      ["orders", 40, 40 / 65],
    ]);
    expect(f.biggestDrop?.from).toBe("engaged_sessions");
    expect(f.cartAbandonmentRate).toBe(0.6);
  });

  it("leaves rates empty when a step before is zero", () => {
    const f = buildFunnel({
      ...ORGANIC,
      sessions: 0,
      engagedSessions: 0,
      addToCarts: 0,
      checkouts: 0,
      orders: 0,
    });
    expect(f.steps.map((s) => s.stepRate)).toEqual([null, null, null, null, null]);
    expect(f.biggestDrop).toBeNull();
    expect(f.conversionRate).toBeNull();
    expect(f.cartAbandonmentRate).toBeNull();
  });
});
