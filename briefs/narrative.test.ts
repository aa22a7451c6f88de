import { describe, expect, it } from "vitest";
import type { BudgetChannel } from "./budget-section.ts";
import type { BriefSections } from "./build-brief.ts";
import { writeNarrative } from "./narrative.ts";

const period = {
  kind: "week" as const,
  from: "2026-10-19",
  to: "2026-10-25",
  timeZone: "America/New_York",
  days: 7,
  previous: { from: "2026-10-12", to: "2026-10-18" },
  lastYear: { from: "2026-10-20", to: "2026-10-26" },
  next: { from: "2026-10-26", to: "2026-11-01" },
};

const channel = (c: Partial<BudgetChannel> & { channel: string }): BudgetChannel => ({
  label: c.channel,
  currentSpend: 0,
  recommendedSpend: 0,
  revenueChange: 0,
  marginalRoasAfter: null,
  belowBreakEven: false,
  cutUnproven: false,
  ...c,
});

function budgetLines(channels: BudgetChannel[]): string[] {
  const plannedSpend = channels.reduce((a, c) => a + c.recommendedSpend, 0);
  const sections = {
    kpis: { rows: [] },
    movers: null,
    anomalies: { scanned: [], items: [] },
    budget: {
      available: true,
      period: { from: "2026-10-26", to: "2026-11-01", days: 7 },
      grossMargin: 0.5,
      breakEvenRoas: 2,
      totalBudget: 1000,
      plannedSpend,
      unspent: 1000 - plannedSpend,
      channels,
      expectedRevenueChange: -700,
      expectedProfitChange: 650,
      responseModel: "incremental",
    },
    insights: [],
  } as unknown as BriefSections;
  const text = writeNarrative({
    organization: { name: "Acme", currency: "USD" },
    period,
    sections,
    notes: [],
  });
  return text.split("\n").filter((l) => l.startsWith("Budget for") || l.startsWith("Return on the last"));
}

describe("the brief's budget lines", () => {
  it("say how much of the budget the plan leaves unspent instead of 'keep total spend'", () => {
    const [plan, returns] = budgetLines([
      channel({
        channel: "display",
        label: "Display",
        currentSpend: 600,
        marginalRoasAfter: 1.3,
        cutUnproven: true,
      }),
      channel({
        channel: "paid_search",
        label: "Paid Search",
        currentSpend: 400,
        recommendedSpend: 250,
        marginalRoasAfter: 2.1,
      }),
    ]);
    expect(plan).toBe(
      "Budget for October 26 – November 1, 2026: spend $250.00 of the $1,000.00 budget, leaving $750.00 unspent because past that no channel's next dollar pays for itself at a 50% gross margin, and move Display $600.00 to $0.00; Paid Search $400.00 to $250.00. Expected: $700.00 less revenue and $650.00 more gross profit (at a 50% gross margin, break-even marginal ROAS 2.00x).",
    );
    expect(returns).toBe(
      "Return on the last dollar after the move: Display cut to nothing (1.30x on average at the lowest spend its history covers), Paid Search 2.10x.",
    );
  });

  it("keep total spend when the plan spends the whole budget", () => {
    const [plan] = budgetLines([
      channel({
        channel: "display",
        label: "Display",
        currentSpend: 600,
        recommendedSpend: 500,
        marginalRoasAfter: 2.2,
      }),
      channel({
        channel: "paid_search",
        label: "Paid Search",
        currentSpend: 400,
        recommendedSpend: 500,
        marginalRoasAfter: 2.2,
      }),
    ]);
    expect(plan).toContain("keep total spend at $1,000.00 and move Display $600.00 to $500.00");
  });
});
