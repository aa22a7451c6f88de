import { describe, expect, it } from "vitest";
import type { CampaignsData } from "../../tools/campaigns/execute.ts";
import { presentCampaigns } from "./campaigns.ts";

const ctx = { currency: "USD", timeZone: "America/New_York" };
const data = (planned: CampaignsData["planned"]): CampaignsData => ({
  analysis: "planned",
  filters: { status: "all" },
  today: "2026-11-01",
  campaigns: [],
  counts: { total: 0, live: 0, ended: 0, scheduled: 0, byObjective: {} },
  planned,
  within: { from: "2026-01-01", to: "2026-10-31" },
  dataEnd: "2026-10-31",
  labels: { channel: { display: "Display", affiliate: "Affiliate" }, platform: {} },
  provenance: { tool: "campaigns" },
});

describe("presentPlanned (fix8b)", () => {
  it("lists each recorded change with its dates, kind, expected change and note, counted by kind", () => {
    const p = presentCampaigns(
      data([
        {
          id: 1,
          kind: "holdout",
          channel: "affiliate",
          campaign: null,
          from: "2026-06-29",
          to: "2026-07-05",
          percent: -100,
          note: "Holdout week",
        },
        {
          id: 2,
          kind: "lasting",
          channel: "display",
          campaign: "Display - Prospecting",
          from: "2026-07-06",
          to: null,
          percent: 250,
          note: "Budget raised",
        },
      ]),
      ctx,
    );
    const lines = p.text.split("\n");
    expect(lines[0]).toBe(
      "2 planned changes are recorded for January 1 – October 31, 2026: 1 holdout (paused), 1 lasting budget change.",
    );
    expect(lines[1]).toBe("- June 29 – July 5, 2026: Affiliate, holdout (paused) -100%: Holdout week");
    expect(lines[2]).toBe(
      "- from July 6, 2026: Display (Display - Prospecting), lasting budget change +250%: Budget raised",
    );
    expect(p.data.rows).toHaveLength(2);
  });

  it("says when none is recorded", () => {
    expect(presentCampaigns(data([]), ctx).text).toBe(
      "No planned change is recorded for January 1 – October 31, 2026.",
    );
  });

  it("says plainly that none starts in a month ahead, then what still applies and the latest (fix16a)", () => {
    const lasting = {
      id: 2,
      kind: "lasting" as const,
      channel: "display",
      campaign: "Display - Prospecting",
      from: "2026-07-06",
      to: null,
      percent: 250,
      note: "Budget raised",
    };
    const flight = {
      id: 3,
      kind: "flight" as const,
      channel: "affiliate",
      campaign: null,
      from: "2026-08-31",
      to: "2026-09-13",
      percent: 30,
      note: "Budget flight",
    };
    const p = presentCampaigns(
      { ...data([lasting]), within: { from: "2026-11-01", to: "2026-11-30" }, latest: [lasting, flight] },
      ctx,
    );
    expect(p.text.split("\n")).toEqual([
      "No new planned change is recorded for November 1–30, 2026.",
      "Still in effect then, from earlier:",
      "- from July 6, 2026: Display (Display - Prospecting), lasting budget change +250%: Budget raised",
      "The latest planned change recorded before then:",
      "- August 31 – September 13, 2026: Affiliate, budget flight +30%: Budget flight",
      "Ask for the results of any of them (for example a holdout's effect on total sales, or a flight's extra spend and what it returned).",
    ]);
    expect(p.data.rows.map((r) => r.from)).toEqual(["2026-07-06", "2026-08-31"]);
  });
});
