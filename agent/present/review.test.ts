import { describe, expect, it } from "vitest";
import type { Brief } from "../../briefs/build-brief.ts";
import type { KpiRow } from "../../briefs/kpis.ts";
import type { ReviewChannel } from "../../briefs/review-section.ts";
import { presentReview } from "./review.ts";
import { reviewItems } from "./review-items.ts";

const kpi = (
  key: KpiRow["key"],
  label: string,
  unit: KpiRow["unit"],
  current: number,
  previous: number,
): KpiRow => ({
  key,
  label,
  unit,
  current,
  previous,
  lastYear: null,
  changeVsPrevious: (current - previous) / previous,
  changeVsLastYear: null,
});

const channel = (
  member: string,
  label: string,
  spend: number,
  previousSpend: number,
  revenue: number,
  previousRevenue: number,
): ReviewChannel => ({
  member,
  label,
  spend,
  previousSpend,
  revenue,
  previousRevenue,
  revenueChange: revenue - previousRevenue,
  revenuePctChange: (revenue - previousRevenue) / previousRevenue,
  roas: spend > 0 ? revenue / spend : null,
  previousRoas: previousSpend > 0 ? previousRevenue / previousSpend : null,
  breakEvenShortfall: spend > 0 ? spend * 2 - revenue : null,
});

/** A hand-made month: search up, social down with a rate break, email up, affiliate above break-even. */
function fixture(): Brief {
  return {
    organization: { id: 1, name: "Acme", timeZone: "UTC", currency: "USD" },
    period: {
      from: "2026-10-01",
      to: "2026-10-31",
      kind: "month",
      timeZone: "UTC",
      days: 31,
      previous: { from: "2026-09-01", to: "2026-09-30" },
      lastYear: { from: "2025-10-01", to: "2025-10-31" },
      next: { from: "2026-11-01", to: "2026-11-30" },
    },
    sections: {
      kpis: {
        attributionModel: "last_touch",
        lastYearAvailable: false,
        rows: [
          kpi("mer", "MER (revenue / ad spend)", "ratio", 4, 5),
          kpi("paid_roas", "Paid ROAS (last touch attribution)", "ratio", 1.5, 1.6),
          kpi("spend", "Ad spend", "currency", 4000, 3000),
          kpi("revenue", "Revenue", "currency", 16000, 15000),
          kpi("orders", "Orders", "count", 160, 150),
          kpi("cac", "CAC (spend / new customers)", "currency", 40, 30),
        ],
        sums: {
          current: {
            spend: 4000,
            revenue: 16000,
            orders: 160,
            newCustomers: 100,
            paidAttributedRevenue: 6000,
          },
          previous: {
            spend: 3000,
            revenue: 15000,
            orders: 150,
            newCustomers: 100,
            paidAttributedRevenue: 4800,
          },
          lastYear: null,
        },
      },
      movers: null,
      anomalies: { scanned: ["revenue", "spend", "orders"], items: [] },
      budget: { available: false, reason: "none", grossMargin: 0.5, breakEvenRoas: 2 },
      insights: [],
      review: {
        attributionModel: "last_touch",
        grossMargin: 0.5,
        breakEvenRoas: 2,
        averageOrderValue: 100,
        channels: [
          channel("paid_search", "Paid Search", 2000, 1000, 3000, 1000),
          channel("paid_social", "Paid Social", 1000, 1000, 500, 1500),
          channel("affiliate", "Affiliate", 1000, 1000, 2500, 2300),
          channel("email", "Email", 0, 0, 1200, 1000),
        ],
        rateBreaks: [
          {
            member: "paid_social",
            label: "Paid Social",
            from: "2026-10-10",
            to: "2026-10-23",
            days: 14,
            rateInside: 0.005,
            rateOutside: 0.01,
            relativeChange: -0.5,
            recovered: true,
            orders: -30,
            revenue: -3000,
          },
        ],
      },
    },
    narrative: "",
    provenance: [],
    notes: [],
  } as unknown as Brief;
}

const ctx = (question: string) => ({ currency: "USD", timeZone: "UTC", question });

describe("review (left16d)", () => {
  it("ranks the wins and concerns by dollars, one line per channel and side", () => {
    const items = reviewItems(fixture());
    const wins = items.filter((i) => i.side === "win").map((i) => [i.key, i.size]);
    // Search: revenue +$2,000 and ROAS 1.5x from 1.0x on $2,000 (+$1,000); affiliate 2.5x beats 2.0x.
    expect(wins).toContainEqual(["paid_search", 2000]);
    expect(wins).toContainEqual(["paid_search", 1000]);
    expect(wins).toContainEqual(["affiliate", 250]);
    expect(wins).toContainEqual(["email", 200]);
    const concerns = items.filter((i) => i.side === "concern").map((i) => [i.key, i.size]);
    // The break: 30 orders at $100; paid social revenue -$1,000; below break-even: search $1,000
    // short and social $1,500 short, at a 50% margin $1,250 of gross profit.
    expect(concerns).toContainEqual(["break:paid_social", 3000]);
    expect(concerns).toContainEqual(["paid_social", 1000]);
    expect(concerns).toContainEqual(["break-even", 1250]);
  });

  it("puts the topline first, then the wins and the concerns as asked", () => {
    const text = presentReview(
      fixture(),
      { wins: 2, concerns: 2, short: false },
      ctx("wins and worries"),
    ).text;
    expect(text.split("\n")).toEqual([
      "October 1–31, 2026 vs September 1–30, 2026: revenue $16,000 (up 6.7%), ad spend $4,000 (up 33.3%), orders 160 (up 6.7%), MER 4.00x (down 20.0%).",
      "Wins:",
      "- Paid Search revenue up $2,000 (200.0%) to $3,000 against September 1–30, 2026, ROAS 1.50x from 1.00x.",
      "- Affiliate beat break-even: ROAS 2.50x on $1,000 of spend, above 2.00x at a 50% gross margin.",
      "Concerns:",
      "- Paid Social conversion rate broke down to 0.50% from 1.0%, October 10–23, 2026 (14 days), about 30 orders ($3,000) lost; it came back after.",
      "- Paid ROAS 1.50x (last touch attribution), below the 2.00x break-even at a 50% gross margin; furthest below: Paid Social 0.50x on $1,000, Paid Search 1.50x on $2,000.",
      "Channel revenue is attributed revenue (last touch); ranked by dollars at stake.",
    ]);
  });

  it("gives exactly the bullets asked, each a whole line marked worked or didn't", () => {
    const lines = presentReview(
      fixture(),
      { wins: 3, concerns: 3, short: false },
      ctx("how did it go, in 3 bullets"),
    ).text.split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/What worked and what didn't:$/);
    expect(lines.slice(1).map((l) => l.split(":")[0])).toEqual(["Worked", "Worked", "Didn't"]);
  });

  it("keeps it short when the question says so, even after the planner took the words out", () => {
    const text = presentReview(
      fixture(),
      { wins: 1, concerns: 1, short: false },
      ctx("recap, keep it short"),
    ).text;
    expect(text.split("\n")).toEqual([
      "October 1–31, 2026 vs September 1–30, 2026: revenue $16,000 (up 6.7%), ad spend $4,000 (up 33.3%), orders 160 (up 6.7%), MER 4.00x (down 20.0%).",
      "Wins:",
      "- Paid Search revenue up $2,000 (200.0%).",
      "Concerns:",
      "- Paid Social conversion rate broke down to 0.50% from 1.0%, October 10–23, 2026 (14 days), about 30 orders ($3,000) lost.",
    ]);
  });

  it("leaves a side out when none was asked", () => {
    const text = presentReview(fixture(), { wins: 2, concerns: 0, short: true }, ctx("our wins")).text;
    expect(text).not.toMatch(/Concerns/);
  });
});

describe("review in one paragraph (left16d)", () => {
  it("runs the lines together, each side one sentence", () => {
    const text = presentReview(
      fixture(),
      { wins: 1, concerns: 1, short: true },
      ctx("board update, one paragraph"),
    ).text;
    expect(text).toBe(
      "October 1–31, 2026 vs September 1–30, 2026: revenue $16,000 (up 6.7%), ad spend $4,000 (up 33.3%), orders 160 (up 6.7%), MER 4.00x (down 20.0%). Wins: Paid Search revenue up $2,000 (200.0%). Concerns: Paid Social conversion rate broke down to 0.50% from 1.0%, October 10–23, 2026 (14 days), about 30 orders ($3,000) lost.",
    );
  });
});
