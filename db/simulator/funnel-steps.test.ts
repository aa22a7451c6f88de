import { describe, expect, it } from "vitest";
import { funnelStepCounts, type SessionDay } from "./funnel-steps.ts";

const DAYS: SessionDay[] = [
  { date: "2026-10-02", channel: "email", sessions: 400, bounces: 140, orders: 12 },
  { date: "2026-10-01", channel: "paid_search", sessions: 1000, bounces: 380, orders: 30 },
  { date: "2026-10-01", channel: "direct", sessions: 10, bounces: 5, orders: 9 },
  { date: "2026-10-01", channel: "referral", sessions: 0, bounces: 0, orders: 2 },
];

describe("funnelStepCounts", () => {
  it("holds orders <= checkouts <= add to carts <= engaged sessions (or the orders, when they exceed them)", () => {
    for (const c of funnelStepCounts(42, "acme", DAYS)) {
      const d = DAYS.find((x) => x.date === c.date && x.channel === c.channel)!;
      const engaged = d.sessions - d.bounces;
      expect(c.checkouts).toBeGreaterThanOrEqual(d.orders);
      expect(c.addToCarts).toBeGreaterThanOrEqual(c.checkouts);
      expect(c.addToCarts).toBeLessThanOrEqual(Math.max(engaged, d.orders));
    }
  });

  it("gives the same counts for the same seed whatever the input order, and other counts for another seed", () => {
    const a = funnelStepCounts(42, "acme", DAYS);
    expect(funnelStepCounts(42, "acme", [...DAYS].reverse())).toEqual(a);
    expect(a.map((c) => `${c.date} ${c.channel}`)).toEqual([
      "2026-10-01 direct",
      "2026-10-01 paid_search",
      "2026-10-01 referral",
      "2026-10-02 email",
    ]);
    expect(funnelStepCounts(43, "acme", DAYS)).not.toEqual(a);
  });

  it("keeps every order when a day has more orders than engaged sessions", () => {
    const [direct, , referral] = funnelStepCounts(42, "acme", DAYS);
    expect(direct).toEqual({ date: "2026-10-01", channel: "direct", addToCarts: 9, checkouts: 9 });
    expect(referral).toEqual({ date: "2026-10-01", channel: "referral", addToCarts: 2, checkouts: 2 });
  });
});
