import { describe, expect, it } from "vitest";
import { readCampaignWindows, windowNote, withWindows } from "./campaign-windows.ts";
import { planQuestion } from "./plan.ts";
import { DEMO_DIMENSION_VALUES, testContext } from "./testing.ts";
import type { DimensionValue } from "./types.ts";

const campaign = (id: string, label: string, from: string, to: string): DimensionValue => ({
  dimension: "campaign",
  value: id,
  label,
  aliases: [],
  flight: { from, to },
});

/** Two always-on campaigns and two promotions of two campaigns each, with their flights. */
const VALUES: DimensionValue[] = [
  campaign("1", "Search - Brand - Exact", "2025-11-01", "2026-10-31"),
  campaign("2", "Display - Remarketing", "2025-11-01", "2026-10-31"),
  campaign("3", "BF25 - Search - Deals", "2025-11-20", "2025-12-02"),
  campaign("4", "BF25 - Sitewide - Prospecting", "2025-11-21", "2025-12-01"),
  campaign("5", "Holiday25 - Display - Gift Guide", "2025-12-03", "2025-12-22"),
  campaign("6", "Holiday25 - Gift Guide - Carousel", "2025-12-04", "2025-12-20"),
];

describe("readCampaignWindows", () => {
  it("reads a promotion's window from its campaigns' flights, and one set beside it", () => {
    const read = readCampaignWindows("revenue in the bf25 window vs holiday25", VALUES);
    expect(read.windows.map((w) => [w.name, w.period.from, w.period.to])).toEqual([
      ["BF25", "2025-11-20", "2025-12-02"],
      ["Holiday25", "2025-12-03", "2025-12-22"],
    ]);
    expect(read.rest).not.toMatch(/bf25|holiday25/);
  });

  it("reads a time word before it, or the prefix written apart", () => {
    expect(readCampaignWindows("orders during holiday 25", VALUES).windows.map((w) => w.name)).toEqual([
      "Holiday25",
    ]);
  });

  it("leaves the campaigns as a filter, always-on prefixes alone, and unflown names out", () => {
    expect(readCampaignWindows("roas of the bf25 campaigns", VALUES).windows).toEqual([]);
    expect(readCampaignWindows("spend during the search window", VALUES).windows).toEqual([]);
    expect(readCampaignWindows("revenue in bf25 window", DEMO_DIMENSION_VALUES).windows).toEqual([]);
  });

  it("leaves prefixes listed before one campaign noun as their campaigns", () => {
    for (const q of [
      "spend for bf25 and holiday25 campaigns",
      "roas for bf25 vs holiday25 ads",
      "cpa for bf25, holiday 25 campaigns",
    ])
      expect(readCampaignWindows(q, VALUES).windows).toEqual([]);
    expect(readCampaignWindows("revenue for bf25 and holiday25", VALUES).windows.map((w) => w.name)).toEqual([
      "BF25",
      "Holiday25",
    ]);
  });
});

describe("withWindows", () => {
  it("compares two windows later against earlier", () => {
    const [bf, holiday] = readCampaignWindows("the bf25 window vs holiday25", VALUES).windows;
    const time = withWindows({ rest: "" }, [bf!, holiday!]);
    expect(time.period?.from).toBe("2025-12-03");
    expect(time.compare).toEqual({ mode: "explicit", period: bf!.period });
  });
});

describe("windowNote", () => {
  it("says where the dates come from and what the figures cover", () => {
    const { windows } = readCampaignWindows("during the bf25 push", VALUES);
    expect(windowNote(windows)).toBe(
      "The BF25 window is November 20 – December 2, 2025: it runs from its campaigns' first to last day of ad spend. The figures cover everything over those dates, not only what those campaigns drove.",
    );
  });
});

describe("planQuestion with campaign flights", () => {
  it("compares total revenue over two named windows, with the note", () => {
    const plan = planQuestion(
      "how much revenue did the bf25 window bring in compared to the holiday25 one",
      testContext({ dimensionValues: [...DEMO_DIMENSION_VALUES, ...VALUES] }),
    );
    expect(plan.kind).toBe("tool_calls");
    if (plan.kind !== "tool_calls") return;
    expect(plan.calls[0]).toEqual({
      name: "compare_periods",
      args: {
        metrics: ["revenue"],
        period: { from: "2025-12-03", to: "2025-12-22" },
        compareTo: { from: "2025-11-20", to: "2025-12-02" },
        dimensions: [],
        filters: [],
      },
    });
    expect(plan.notes?.[0]).toMatch(/^The BF25 window is November 20 – December 2, 2025 and the Holiday25/);
  });
});

describe("readCampaignWindows and undated prefixes", () => {
  it("reads an undated prefix only with a window word after it", () => {
    const values = [...VALUES, campaign("7", "TikTok - Spark Ads", "2026-03-01", "2026-10-31")];
    expect(readCampaignWindows("orders in tiktok", values).windows).toEqual([]);
    expect(readCampaignWindows("orders during the tiktok flight", values).windows.map((w) => w.name)).toEqual(
      ["TikTok"],
    );
  });
});

describe("three or more windows side by side (lead22)", () => {
  const values = [
    ...DEMO_DIMENSION_VALUES,
    ...VALUES,
    campaign("8", "Summer26 - Camping - Video", "2026-06-01", "2026-08-31"),
  ];
  const ctx = testContext({ dimensionValues: values });

  it("reads every window of a list, not only the one after the time word", () => {
    expect(
      readCampaignWindows("spend during bf25, holiday25 and summer26", values).windows.map((w) => w.name),
    ).toEqual(["BF25", "Holiday25", "Summer26"]);
  });

  it("answers each window over its own dates: one labelled total each, with the note for all", () => {
    const plan = planQuestion("spend during bf25, holiday25 and summer26", ctx);
    if (plan.kind !== "tool_calls") throw new Error(plan.kind);
    expect(plan.calls.map((c) => [c.args.label, c.args.timeRange, c.args.filters])).toEqual([
      ["BF25", { from: "2025-11-20", to: "2025-12-02" }, []],
      ["Holiday25", { from: "2025-12-03", to: "2025-12-22" }, []],
      ["Summer26", { from: "2026-06-01", to: "2026-08-31" }, []],
    ]);
    expect(plan.notes?.[0]).toMatch(
      /^The BF25 window is November 20 – December 2, 2025, the Holiday25 window is December 3–22, 2025 and the Summer26 window is June 1 – August 31, 2026: each runs/,
    );
  });

  it("with a breakdown, the breakdown once per window", () => {
    const plan = planQuestion("compare the bf25, holiday25 and summer26 windows: roas by channel", ctx);
    if (plan.kind !== "tool_calls") throw new Error(plan.kind);
    expect(plan.calls.map((c) => [c.name, c.args.label, c.args.dimensions, c.args.timeRange])).toEqual([
      ["query_metrics", undefined, ["channel"], { from: "2025-11-20", to: "2025-12-02" }],
      ["query_metrics", undefined, ["channel"], { from: "2025-12-03", to: "2025-12-22" }],
      ["query_metrics", undefined, ["channel"], { from: "2026-06-01", to: "2026-08-31" }],
    ]);
  });
});
