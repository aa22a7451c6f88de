import { describe, expect, it } from "vitest";
import { judgedNote } from "./judged-notes.ts";
import { SOURCES_NOTE, sourcesNote } from "./sources-note.ts";

const present = { currency: "USD", timeZone: "America/New_York" };

const revenueByChannel = {
  name: "query_metrics",
  args: {},
  result: {
    ok: true,
    data: {
      provenance: {
        definitions: [
          {
            label: "Revenue",
            description: "Tracked order revenue. Broken down by channel it is attributed.",
            formula: "sum(attribution_results.revenue) with attribution model last_touch",
          },
          {
            label: "Ad spend",
            description: "Money spent on advertising.",
            formula: "sum(ad_spend_daily.spend)",
          },
          { label: "ROAS", description: "Revenue over spend.", formula: "revenue / spend" },
        ],
        timeRange: { from: "2026-10-01", to: "2026-10-31", timeZone: "America/New_York" },
        attribution: { model: "last_touch", lookbackDays: 30 },
      },
    },
  },
};

describe("sourcesNote", () => {
  it("says what each figure sums, from which data, under which model, over which days", () => {
    expect(sourcesNote([revenueByChannel])?.split("\n").slice(0, 6)).toEqual([
      "Where these figures come from:",
      "- Revenue: Tracked order revenue, from your tracked orders, credited to the touches before them.",
      "- Ad spend: Money spent on advertising, from the ad platforms' own daily reports per campaign (Google Ads, Meta Ads, TikTok Ads, Impact).",
      "- ROAS: Revenue over spend.",
      '- Orders and revenue by channel, platform or campaign are credited under the last touch attribution model (touches up to 30 days before each order); ask "by first touch" or "under linear" to see another model.',
      "- Period: October 1–31, 2026, days cut in your time zone (America/New_York).",
    ]);
  });

  it("names the gross margin and whether it is the default, the organization's or the question's", () => {
    const profit = (extra: Record<string, unknown>) => ({
      name: "profitability",
      result: {
        ok: true,
        data: { grossMarginPercent: 50, grossMarginIsDefault: true, grossMarginAssumed: false, ...extra },
      },
    });
    expect(sourcesNote([profit({})])).toContain(
      "- Gross margin: 50%, the default, because your organization has not set its own;",
    );
    expect(sourcesNote([profit({ grossMarginIsDefault: false, grossMarginPercent: 42 })])).toContain(
      "- Gross margin: 42%, your organization's setting",
    );
    expect(sourcesNote([profit({ grossMarginAssumed: true, grossMarginPercent: 30 })])).toContain(
      "- Gross margin: 30%, the figure your question gave, for this answer only.",
    );
  });

  it("replaces the planner's placeholder, and leaves it when no result says where its figures came from", () => {
    expect(judgedNote(SOURCES_NOTE, [revenueByChannel], present)).toMatch(
      /^Where these figures come from:\n- Revenue/,
    );
    expect(sourcesNote([{ name: "query_metrics", result: { ok: false } }])).toBeUndefined();
  });
});
