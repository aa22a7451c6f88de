import { describe, expect, it } from "vitest";
import { compareFunnels } from "../../core/funnel/compare.ts";
import { buildFunnel, type FunnelCounts } from "../../core/funnel/funnel.ts";
import { FUNNEL_DEFINITIONS, type FunnelData } from "../../tools/funnel/execute.ts";
import { collectGroundNumbers, verifyAnswer } from "../verify/index.ts";
import { presentFunnel } from "./funnel.ts";

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
const period = { from: "2026-10-01", to: "2026-10-31", timeZone: "America/New_York" };

function data(byChannel: boolean): FunnelData {
  return {
    period,
    counts: PAID,
    funnel: buildFunnel(PAID),
    ...(byChannel
      ? {
          byChannel: [
            {
              channel: "paid_search",
              label: "Paid Search",
              paid: true,
              counts: PAID,
              funnel: buildFunnel(PAID),
            },
          ],
        }
      : {}),
    unassignedOrders: 0,
    channelLabels: { paid_search: "Paid Search" },
    provenance: {
      definitions: FUNNEL_DEFINITIONS,
      timeRange: period,
      attributionModel: "last_touch",
      dataFreshness: { sessionsThrough: "2026-10-31" },
      sql: [],
    },
  };
}

describe("presentFunnel", () => {
  it("lists each step with its rate and names the biggest on-site drop, every figure grounded", () => {
    const d = data(false);
    const p = presentFunnel(d);
    expect(p.text).toContain("- Add to cart: 40 (20.0% of engaged sessions)");
    expect(p.text).toContain(
      "The biggest drop on the site is engaged sessions -> add to cart: 80.0% of engaged sessions (160) go no further.",
    );
    expect(p.text).toContain("Cart abandonment 75.0%");
    expect(verifyAnswer(p.text, collectGroundNumbers([d])).ungrounded).toEqual([]);
  });

  it("names channels by their labels with each channel's add-to-cart rate", () => {
    const d = data(true);
    const p = presentFunnel(d);
    expect(p.text).toContain(
      "- Paid Search: 320 sessions -> 40 carts (add-to-cart rate 12.5%) -> 20 checkouts -> 10 orders",
    );
    expect(p.data.rows[0]).toMatchObject({ channel: "Paid Search", add_to_cart_rate: 0.125 });
    expect(verifyAnswer(p.text, collectGroundNumbers([d])).ungrounded).toEqual([]);
  });

  it("compares step rates with another period in percentage points, every figure grounded", () => {
    // Before: add to cart 50 of 200 engaged (25.0%), checkout 28 of 50 (56.0%), orders 15 of 28.
    const before: FunnelCounts = { ...PAID, addToCarts: 50, checkouts: 28, orders: 15 };
    const d: FunnelData = {
      ...data(false),
      comparison: {
        period: { from: "2026-09-01", to: "2026-09-30", timeZone: "America/New_York" },
        counts: before,
        funnel: buildFunnel(before),
        changes: compareFunnels(buildFunnel(PAID), buildFunnel(before)),
      },
    };
    const p = presentFunnel(d);
    expect(p.text).toContain(
      "- Add to cart: 20.0% of the step before, against 25.0% (down 5.0 percentage points)",
    );
    expect(p.text).toContain(
      "- Checkout: 50.0% of the step before, against 56.0% (down 6.0 percentage points)",
    );
    expect(verifyAnswer(p.text, collectGroundNumbers([d])).ungrounded).toEqual([]);
  });
});
