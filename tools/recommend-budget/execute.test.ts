import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSeededAnalytics, type SeededAnalytics } from "../../db/analytics/testing.ts";
import { createRecommendBudget } from "./execute.ts";

let s: SeededAnalytics;
let run: ReturnType<typeof createRecommendBudget>;
beforeAll(async () => {
  s = await openSeededAnalytics();
  run = createRecommendBudget({ ...s.deps, db: s.db });
}, 120_000);
afterAll(() => s?.db.close());

const NOV = { from: "2026-11-01", to: "2026-11-30" };

describe("recommend_budget executor", () => {
  it("keeps the current total by default and reports the plan with provenance", async () => {
    // Revenue spends the whole budget; the profit objective is checked in its own test below.
    const r = await run({ period: NOV, lockedChannels: ["paid_search"], objective: "revenue" });
    if (!r.ok) throw new Error(r.error.message);
    const [row] = await s.db.query<{ spend: number }>(
      `SELECT SUM(spend) AS spend FROM ad_spend_daily WHERE organization_id = $1 AND date BETWEEN '2026-10-02' AND '2026-10-31'`,
      [s.tenant.organizationId],
    );
    expect(r.data.mode).toBe("optimize");
    expect(r.data.period).toEqual({ ...NOV, timeZone: "America/New_York", days: 30 });
    expect(r.data.totalBudget).toBe(Math.round(row!.spend * 100) / 100);
    expect(r.data.report.recommendedTotal).toBeCloseTo(row!.spend, 2);
    expect(r.data.report.channels.find((c) => c.channel === "paid_search")!.status).toBe("locked");
    expect(r.data.provenance).toMatchObject({
      history: { from: "2026-05-05", to: "2026-10-31", timeZone: "America/New_York" },
      attributionModel: "last_touch",
      outcomeMetric: "attributed_revenue",
    });
  });

  it("sets the total relative to current spend: +20%, an extra amount, and never to zero", async () => {
    const base = await run({ period: NOV });
    const more = await run({ period: NOV, totalBudgetChangePercent: 20 });
    const extra = await run({ period: NOV, extraBudget: 5000 });
    if (!base.ok || !more.ok || !extra.ok) throw new Error("recommend_budget failed");
    expect(more.data.totalBudget).toBeCloseTo(base.data.totalBudget * 1.2, 1);
    expect(extra.data.totalBudget).toBeCloseTo(base.data.totalBudget + 5000, 1);
    expect(more.data.provenance.assumptions).toContain(
      "totalBudget is the current spend over 30 days changed by 20%.",
    );
    const both = await run({ period: NOV, totalBudget: 1000, extraBudget: 5000 });
    expect(both).toMatchObject({ ok: false, error: { code: "bad_input" } });
    expect(!both.ok && both.error.message).toContain("give at most one of totalBudget");
    const none = await run({ period: NOV, totalBudgetChangePercent: -100 });
    expect(!none.ok && none.error.message).toBe(
      "totalBudgetChangePercent: that would take the budget to zero or below",
    );
  });

  it("lets each channel move as far as asked, and keeps a tight bound even when it cannot reach the budget", async () => {
    const free = await run({ period: NOV, maxChangePercent: 1000, objective: "revenue" });
    const tight = await run({ period: NOV, maxChangePercent: 5, objective: "revenue" });
    const base = await run({ period: NOV, objective: "revenue" });
    if (!free.ok || !tight.ok || !base.ok) throw new Error("recommend_budget failed");
    for (const c of tight.data.report.channels) {
      if (c.status !== "optimized") continue;
      expect(c.bounds!.min).toBeCloseTo(c.currentSpend * 0.95, 1);
      expect(c.bounds!.max).toBeCloseTo(c.currentSpend * 1.05, 1);
    }
    for (const c of free.data.report.channels) {
      if (c.status === "optimized") expect(c.bounds!.max).toBeCloseTo(c.currentSpend * 11, 1);
    }
    // Wider bounds never earn less on the same curves.
    expect(free.data.report.totals.expectedRevenue).toBeGreaterThanOrEqual(
      base.data.report.totals.expectedRevenue - 0.01,
    );
    expect(base.data.report.totals.expectedRevenue).toBeGreaterThanOrEqual(
      tight.data.report.totals.expectedRevenue - 0.01,
    );
    expect(free.data.provenance.assumptions).toContain(
      "Each channel may move up to 1000% from its current spend, as asked.",
    );
    const unreachable = await run({
      period: NOV,
      totalBudget: tight.data.totalBudget * 2,
      maxChangePercent: 5,
      objective: "revenue",
    });
    expect(unreachable).toMatchObject({ ok: false, error: { code: "infeasible" } });
  });

  it("predicts a what-if cut with every other channel at current spend", async () => {
    const r = await run({
      period: NOV,
      changes: [{ dimension: "channel", value: "paid_social", changePercent: -50 }],
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data.mode).toBe("what_if");
    const [change] = r.data.changes;
    expect(Math.abs(change!.newSpend - change!.currentSpend / 2)).toBeLessThanOrEqual(0.01);
    for (const c of r.data.report.channels) {
      if (c.channel === "paid_social") expect(c.recommendedSpend).toBeCloseTo(change!.newSpend, 2);
      else expect(c.recommendedSpend).toBe(c.currentSpend);
    }
    expect(r.data.report.channels.find((c) => c.channel === "paid_social")!.revenueChange).toBeLessThan(0);
  });

  it("returns recoverable failures for bad arguments, unknown channels and infeasible budgets", async () => {
    const bad = await run({ period: NOV, totalBudget: -10 });
    expect(bad).toMatchObject({ ok: false, error: { code: "bad_input" } });
    expect(!bad.ok && bad.error.message).toContain("totalBudget");
    const unknown = await run({
      period: NOV,
      changes: [{ dimension: "channel", value: "tv", changePercent: 10 }],
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: "unknown_value" } });
    expect(!unknown.ok && unknown.error.suggestions).toContain("paid_search");
    const [display] = await s.db.query<{ spend: number }>(
      `SELECT SUM(spend) AS spend FROM ad_spend_daily
        WHERE organization_id = $1 AND channel = 'display' AND date BETWEEN '2026-10-02' AND '2026-10-31'`,
      [s.tenant.organizationId],
    );
    const cut = await run({
      period: NOV,
      changes: [{ dimension: "channel", value: "display", changeAmount: -1_000_000 }],
    });
    const spent = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(
      Math.round(display!.spend * 100) / 100,
    );
    expect(!cut.ok && cut.error.message).toBe(
      `changes.0.changeAmount: that would take display below zero: it spent ${spent} over the last 30 days, so it can give up at most that much`,
    );
    const negativeBound = await run({ period: NOV, maxChangePercent: -5 });
    expect(negativeBound).toMatchObject({ ok: false, error: { code: "bad_input" } });
    expect(!negativeBound.ok && negativeBound.error.message).toContain("maxChangePercent");
    const infeasible = await run({ period: NOV, totalBudget: 1_000_000, objective: "revenue" });
    expect(infeasible).toMatchObject({ ok: false, error: { code: "infeasible" } });
  });

  it("uses a margin stated for this answer, says so, and leaves the organization's margin as it was", async () => {
    const stored = await run({ period: NOV, totalBudget: 20_000 });
    const stated = await run({ period: NOV, totalBudget: 20_000, grossMargin: 0.8 });
    if (!stored.ok || !stated.ok) throw new Error("recommend_budget failed");
    expect(stated.data.grossMargin).toBe(0.8);
    expect(stated.data.grossMarginAssumed).toBe(true);
    expect(stated.data.grossMarginIsDefault).toBe(false);
    expect(stated.data.report.profit!.breakEvenRoas).toBe(1.25);
    expect(JSON.stringify(stated.data.provenance)).toContain(
      "Gross margin 80% (as stated in the question, for this answer only; the organization's setting is unchanged",
    );
    // A higher margin lowers break-even, so the profit plan spends at least as much.
    expect(stated.data.report.recommendedTotal).toBeGreaterThanOrEqual(stored.data.report.recommendedTotal);
    const after = await run({ period: NOV, totalBudget: 20_000 });
    expect(after.ok && after.data.grossMargin).toBe(0.5);
    expect(after.ok && after.data.grossMarginAssumed).toBe(false);
    const bad = await run({ period: NOV, grossMargin: 1.5 });
    expect(!bad.ok && bad.error.message).toContain("grossMargin");
  });

  it("maximizes profit by default: never spends past break-even unless a bound holds it, and says what the rest returns", async () => {
    const r = await run({ period: NOV, totalBudget: 1_000_000 });
    if (!r.ok) throw new Error(r.error.message);
    const p = r.data.report.profit!;
    expect(r.data.objective).toBe("profit");
    expect(r.data.grossMargin).toBe(0.5);
    expect(r.data.grossMarginIsDefault).toBe(true);
    expect(p.breakEvenRoas).toBe(2);
    expect(r.data.report.scenario).toBe("max_profit");
    expect(r.data.report.recommendedTotal).toBeLessThan(1_000_000);
    for (const c of p.channels) {
      // Below break-even only where the per-channel limit holds the channel at its minimum.
      if (c.belowBreakEven) expect(c.belowBreakEvenCause).toBe("lower_bound");
      const row = r.data.report.channels.find((x) => x.channel === c.channel)!;
      expect(c.marginalRevenuePerDollar).toBe(row.marginalRoasAfter);
      expect(c.marginalProfitPerDollar).toBeCloseTo(0.5 * row.marginalRoasAfter! - 1, 3);
    }
    const u = p.unspentBudget!;
    expect(u.totalBudget).toBe(1_000_000);
    expect(u.unspent).toBeCloseTo(1_000_000 - r.data.report.recommendedTotal, 1);
    // The tool's widest bound (11x current spend) cannot place all of $1M.
    expect(u.restSpend).toBeLessThan(u.unspent);
    // The rest, spent for revenue, returns less than break-even per dollar and loses profit.
    expect(u.restRevenuePerDollar).toBeLessThan(2);
    expect(u.restProfit).toBeLessThan(0);
  });

  it("moves money between two channels: a share of the source, or all of it when more is asked (fix6d)", async () => {
    const share = await run({
      period: NOV,
      changes: [
        { dimension: "channel", value: "display", changePercent: -20 },
        { dimension: "channel", value: "paid_social", receives: true },
      ],
    });
    const big = await run({
      period: NOV,
      changes: [
        { dimension: "channel", value: "display", changeAmount: -1_000_000 },
        { dimension: "channel", value: "paid_social", changeAmount: 1_000_000 },
      ],
    });
    if (!share.ok || !big.ok) throw new Error("recommend_budget failed");
    const [d, p] = share.data.changes;
    expect(d!.newSpend).toBeCloseTo(d!.currentSpend * 0.8, 1);
    expect(p!.newSpend - p!.currentSpend).toBeCloseTo(d!.currentSpend - d!.newSpend, 1);
    expect(share.data.move).toMatchObject({
      from: "display",
      to: "paid_social",
      percentOfSource: 20,
      askedAmount: null,
    });
    expect(big.data.move).toMatchObject({
      askedAmount: 1_000_000,
      amount: big.data.changes[0]!.currentSpend,
    });
    expect(big.data.changes[0]!.newSpend).toBe(0);
    expect(share.data.whatIf!.spendChange).toBeCloseTo(0, 1);
    const lonely = await run({
      period: NOV,
      changes: [{ dimension: "channel", value: "display", receives: true }],
    });
    expect(!lonely.ok && lonely.error.message).toBe(
      "changes.0.receives: a receiving change needs one change that gives money up",
    );
  });

  it("a what-if says what the changed dollars return, revenue and profit, from the report's rows", async () => {
    const r = await run({
      period: NOV,
      changes: [{ dimension: "channel", value: "paid_social", changePercent: 20 }],
    });
    if (!r.ok) throw new Error(r.error.message);
    const w = r.data.whatIf!;
    const row = r.data.report.channels.find((c) => c.channel === "paid_social")!;
    expect(w.members).toEqual(["paid_social"]);
    expect(w.spendChange).toBeCloseTo(row.recommendedSpend - row.currentSpend, 2);
    expect(w.revenueChange).toBe(row.revenueChange);
    expect(w.profitChange).toBeCloseTo(0.5 * row.revenueChange - w.spendChange, 2);
    expect(w.revenuePerDollar).toBeCloseTo(row.revenueChange / w.spendChange, 4);
  });
});
