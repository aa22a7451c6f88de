import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import type { AttributionToolData } from "../../tools/attribution/execute.ts";
import type { ComparePeriodsData } from "../../tools/compare-periods/execute.ts";
import type { DetectAnomaliesData } from "../../tools/detect-anomalies/execute.ts";
import type { ExplainChangeData } from "../../tools/explain-change/execute.ts";
import { collectGroundNumbers } from "../verify/ground-numbers.ts";
import { verifyAnswer } from "../verify/verify-answer.ts";
import { presentComparison, presentExplanation } from "./analysis.ts";
import { presentAnomalies } from "./anomalies.ts";
import { presentAttribution } from "./attribution.ts";
import { presentMetricResult } from "./query-metrics.ts";

const ctx = { currency: "USD", timeZone: "America/New_York" };
const Q3 = { from: "2026-07-01", to: "2026-09-30", timeZone: "America/New_York" };
const provenance: MetricResult["provenance"] = {
  definitions: [],
  timeRange: { from: "2026-10-01", to: "2026-10-31", timeZone: "America/New_York" },
  filters: [],
  rowCount: 1,
  dataFreshness: { adSpendThrough: "2026-10-31", adSpendFrom: "2025-11-01" },
  sql: { rows: "select ...", totals: "select ...", params: [] },
};
const grounded = (text: string, data: unknown) =>
  expect(verifyAnswer(text, collectGroundNumbers([data])).ungrounded).toEqual([]);

describe("presentExplanation", () => {
  const data: ExplainChangeData = {
    metric: "cac",
    definition: {
      label: "Customer acquisition cost",
      unit: "currency",
      format: "currency",
      higherIsBetter: false,
    },
    period: Q3,
    basePeriod: { from: "2026-04-01", to: "2026-06-30" },
    byDimension: [
      {
        dimension: "channel",
        kind: "ratio",
        base: 45.0631,
        current: 43.8104,
        change: -1.2527,
        pctChange: -0.0278,
        contributions: [
          {
            member: "paid_search",
            base: 144.0965,
            current: 142.1343,
            contribution: -1.0872,
            shareOfChange: 0.87,
          },
          { member: "organic_search", base: 0, current: 0, contribution: -0.643, shareOfChange: 0.51 },
        ],
        otherContribution: 0,
        labels: {},
      },
    ],
    provenance: {
      definitions: [
        {
          key: "spend",
          label: "Ad spend",
          description: "",
          unit: "currency",
          formula: "sum(spend)",
          custom: false,
        },
        {
          key: "new_customers",
          label: "New customers",
          description: "",
          unit: "count",
          formula: "",
          custom: false,
        },
      ],
      shape: { kind: "ratio", metric: "cac", numerator: "spend", denominator: "new_customers", scale: 1 },
      timeZone: "America/New_York",
      filters: [],
      attribution: null,
      method: "shift-share",
    },
  };

  it("labels the explained metric, not its first input, and leaves out a member without a rate", () => {
    const { text } = presentExplanation(data, ctx);
    expect(text).toBe(
      [
        "Customer acquisition cost for July 1 – September 30, 2026 was $43.81, down 2.8% from $45.06 in April 1 – June 30, 2026.",
        "The biggest movers by channel:",
        "- paid_search: -$1.09 on the blended figure (its own $142.13, down 1.4% from $144.10)",
      ].join("\n"),
    );
    grounded(text, data);
  });
  it("sums the mix effect of channels without spend in one line when the tool gives the sum", () => {
    const first = data.byDimension[0]!;
    const withSum: ExplainChangeData = {
      ...data,
      byDimension: [
        {
          ...first,
          contributions: [
            ...first.contributions,
            { member: "direct", base: null, current: null, contribution: -0.2442, shareOfChange: 0.19 },
          ],
          withoutRate: [{ missing: "spend", members: ["organic_search", "direct"], contribution: -0.8872 }],
        },
      ],
    };
    const { text } = presentExplanation(withSum, ctx);
    expect(text).toBe(
      [
        "Customer acquisition cost for July 1 – September 30, 2026 was $43.81, down 2.8% from $45.06 in April 1 – June 30, 2026.",
        "The biggest movers by channel:",
        "- paid_search: -$1.09 on the blended figure (its own $142.13, down 1.4% from $144.10)",
        "Channels without ad spend (organic_search and direct) moved the blended customer acquisition cost by -$0.89 through mix.",
      ].join("\n"),
    );
    grounded(text, withSum);
  });
});

describe("presentComparison", () => {
  const yoy = (from: string, previous: number): ComparePeriodsData => ({
    period: { from: "2026-10-01", to: "2026-10-31", timeZone: "America/New_York" },
    comparisonPeriod: { from, to: "2025-10-31" },
    totals: [
      {
        metric: "revenue",
        label: "Revenue",
        unit: "currency",
        additive: true,
        current: 145_455.2,
        previous,
        change: 145_455.2 - previous,
        percentChange: previous ? (145_455.2 - previous) / previous : null,
        assessment: null,
      },
    ],
    rows: [],
    provenance,
  });

  it("says the comparison period has no data when it lies before the data starts", () => {
    const data = yoy("2025-10-01", 0);
    const { text } = presentComparison(data, ctx);
    expect(text).toBe(
      [
        "October 1–31, 2026 compared with October 1–31, 2025:",
        "Revenue: $145,455.",
        "There is no data for October 1–31, 2025: data starts November 1, 2025. Ask for October 1–31, 2026 against September 1–30, 2026 (the period before) for a comparison within the data.",
      ].join("\n"),
    );
    grounded(text, data);
  });

  it("compares, with a caveat, when there are values in a period the ad data does not cover", () => {
    const { text } = presentComparison(yoy("2025-10-01", 100_000), ctx);
    expect(text).toBe(
      [
        "October 1–31, 2026 compared with October 1–31, 2025:",
        "Revenue: $145,455 (up 45.5% from $100,000).",
        "Data starts November 1, 2025, so October 1–31, 2025 is only partly covered.",
      ].join("\n"),
    );
  });
});

describe("presentComparison against a baseline mostly before the data", () => {
  it("shows no change when under half the baseline's days are covered", () => {
    const data: ComparePeriodsData = {
      period: { from: "2026-01-01", to: "2026-10-31", timeZone: "America/New_York" },
      comparisonPeriod: { from: "2025-01-01", to: "2025-11-01" },
      totals: [
        {
          metric: "revenue",
          label: "Revenue",
          unit: "currency",
          additive: true,
          current: 346_684.99,
          previous: 436.36,
          change: 346_248.63,
          percentChange: 793.49,
          assessment: null,
        },
      ],
      rows: [],
      provenance,
    };
    const { text, chart } = presentComparison(data, ctx);
    expect(text).toBe(
      [
        "January 1 – October 31, 2026 compared with January 1 – November 1, 2025:",
        "Revenue: $346,685.",
        "Data starts November 1, 2025, so January 1 – November 1, 2025 is only partly covered. Only 1 of its 305 days is covered, so a change against it would compare unlike spans and is not shown.",
      ].join("\n"),
    );
    expect(chart).toBeUndefined();
  });
});

describe("presentComparison with a breakdown and past the data", () => {
  const cell = (current: number | null, previous: number | null) => ({
    current,
    previous,
    change: current !== null && previous !== null ? current - previous : null,
    percentChange: current !== null && previous ? (current - previous) / previous : null,
  });
  const byPlatform: ComparePeriodsData = {
    period: { from: "2026-04-01", to: "2026-06-30", timeZone: "Europe/Berlin" },
    comparisonPeriod: { from: "2026-01-01", to: "2026-03-31" },
    totals: [
      {
        metric: "spend",
        label: "Ad spend",
        unit: "currency",
        additive: true,
        current: 49_119.47,
        previous: 25_899.8,
        change: 23_219.67,
        percentChange: 0.8965,
        assessment: null,
      },
    ],
    rows: [
      { platform: "meta_ads", spend: cell(15_069.77, 7_557.4) },
      { platform: "awin", spend: cell(4_671.44, 2_523.44) },
      { platform: "google_ads", spend: cell(29_378.26, 15_818.96) },
    ],
    provenance,
  };
  const eur = { currency: "EUR", timeZone: "Europe/Berlin" };
  it("writes each member's current value and change, largest first", () => {
    const { text } = presentComparison(byPlatform, eur);
    expect(text).toBe(
      [
        "April 1 – June 30, 2026 compared with January 1 – March 31, 2026:",
        "Ad spend: €49,119 (up 89.7% from €25,900).",
        "Ad spend by platform:",
        "- google_ads: €29,378 (up 85.7% from €15,819)",
        "- meta_ads: €15,070 (up 99.4% from €7,557.40)",
        "- awin: €4,671.44 (up 85.1% from €2,523.44)",
      ].join("\n"),
    );
    grounded(text, byPlatform);
  });
  it("says when sums compare spans of clearly different length, and not for calendar units", () => {
    const mtd: ComparePeriodsData = {
      ...byPlatform,
      period: { from: "2026-10-01", to: "2026-10-20", timeZone: "America/New_York" },
      comparisonPeriod: { from: "2026-09-01", to: "2026-09-30" },
      rows: [],
    };
    const note =
      "The two periods hold different numbers of days with data, so their totals are not like for like;";
    const { text } = presentComparison(mtd, ctx);
    expect(text).toContain(note);
    grounded(text, mtd);
    const roasOnly = { ...mtd, totals: mtd.totals.map((t) => ({ ...t, additive: false })) };
    expect(presentComparison(roasOnly, ctx).text).not.toContain(note);
    // Q2 (91 days) against Q1 (90 days) is a like-for-like comparison.
    expect(presentComparison(byPlatform, eur).text).not.toContain(note);
    // A week the data ends inside (6 of its 7 days) against a full week is not.
    const lastWeek = {
      ...mtd,
      period: { ...mtd.period, from: "2026-10-26", to: "2026-11-01" },
      comparisonPeriod: { from: "2026-10-19", to: "2026-10-25" },
    };
    expect(presentComparison(lastWeek, ctx).text).toContain(note);
  });

  it("says where the data ends, and that a period after it has no data", () => {
    const partial: ComparePeriodsData = {
      ...byPlatform,
      period: { from: "2026-10-01", to: "2026-12-04", timeZone: "America/New_York" },
      comparisonPeriod: { from: "2026-07-01", to: "2026-09-30" },
      rows: [],
    };
    expect(presentComparison(partial, ctx).text).toBe(
      [
        "October 1 – December 4, 2026 compared with July 1 – September 30, 2026:",
        "Ad spend: $49,119 (up 89.7% from $25,900).",
        "The two periods hold different numbers of days with data, so their totals are not like for like; compare spans of equal length (such as the same days of last month) for that.",
        "Data runs through October 31, 2026.",
      ].join("\n"),
    );
    const after: ComparePeriodsData = {
      ...partial,
      period: { from: "2026-12-01", to: "2026-12-04", timeZone: "America/New_York" },
      totals: [
        {
          ...byPlatform.totals[0]!,
          metric: "roas",
          label: "Return on ad spend",
          unit: "ratio",
          current: null,
        },
      ],
    };
    expect(presentComparison(after, ctx).text).toBe(
      [
        "December 1–4, 2026 compared with July 1 – September 30, 2026:",
        "No data for December 1–4, 2026: data runs through October 31, 2026.",
        // Nothing to compare yet: the baseline's own figures are what can be answered.
        "July 1 – September 30, 2026, the period it would be compared with: Return on ad spend 25,899.80x.",
      ].join("\n"),
    );
  });
});

describe("presentMetricResult past the data", () => {
  it("says there is no data instead of an empty line", () => {
    const roas: MetricResult = {
      columns: [
        { key: "roas", label: "Return on ad spend", kind: "metric", unit: "ratio", format: "multiplier" },
      ],
      rows: [{ roas: null }],
      totals: { roas: null },
      provenance: {
        ...provenance,
        timeRange: { from: "2026-11-04", to: "2026-12-03", timeZone: "America/New_York" },
      },
    };
    expect(presentMetricResult(roas, {}, ctx).text).toBe(
      "No data for November 4 – December 3, 2026: data runs through October 31, 2026.",
    );
  });
});

describe("presentAnomalies", () => {
  const anomalies = (from: string, to: string): DetectAnomaliesData => ({
    period: { from, to, timeZone: "America/New_York" },
    dimension: null,
    sensitivity: "medium",
    threshold: 3.5,
    flaggedDays: 0,
    metrics: [
      {
        metric: "cpc",
        definition: { label: "Cost per click", unit: "currency", format: "currency" },
        shape: "ratio",
        series: [{ series: "overall", member: null, anomalies: [], evaluatedDays: 31, skippedDays: 0 }],
      },
    ],
    provenance: {
      definitions: [],
      baselineFrom: "2026-08-06",
      timeZone: "America/New_York",
      filters: [],
      model: "",
      events: [],
      dataFreshness: { adSpendThrough: "2026-10-31", adSpendFrom: "2025-11-01" },
    },
  });
  it("names the metric by its label, and says where the data ends", () => {
    expect(presentAnomalies(anomalies("2026-10-01", "2026-10-31"), ctx).text).toBe(
      "No anomalies in cost per click for October 1–31, 2026.",
    );
    expect(presentAnomalies(anomalies("2026-10-25", "2026-11-07"), ctx).text).toBe(
      [
        "No anomalies in cost per click for October 25 – November 7, 2026.",
        "Data runs through October 31, 2026.",
      ].join("\n"),
    );
    expect(presentAnomalies(anomalies("2026-11-23", "2026-11-29"), ctx).text).toBe(
      "No data for November 23–29, 2026: data runs through October 31, 2026.",
    );
  });

  it("lists flagged metrics first and the quiet ones in one sentence that names the filter", () => {
    const base = anomalies("2026-10-01", "2026-10-31");
    const quiet = base.metrics[0]!;
    const flaggedSpend = {
      metric: "spend",
      definition: { label: "Ad spend", unit: "currency", format: "currency" },
      shape: "additive" as const,
      series: [
        {
          ...quiet.series[0]!,
          anomalies: [
            {
              date: "2026-10-16",
              to: "2026-10-16",
              kind: "day" as const,
              value: 2_248.49,
              expected: 1_244.24,
              lower: 1_053.19,
              upper: 1_469.95,
              score: 14.2,
              direction: "up" as const,
              severity: "high" as const,
            },
          ],
        },
      ],
    };
    const d: DetectAnomaliesData = {
      ...base,
      metrics: [
        quiet,
        flaggedSpend,
        { ...quiet, metric: "ctr", definition: { label: "CTR", unit: "percent" } },
      ],
      provenance: { ...base.provenance, filters: [{ field: "channel", op: "in", values: ["paid_social"] }] },
    };
    const { text } = presentAnomalies(d, ctx);
    expect(text).toBe(
      [
        "1 anomaly in ad spend for October 1–31, 2026:",
        "- October 16, 2026: $2,248.49 vs $1,244.24 expected (up 80.7%)",
        "No anomalies in cost per click or CTR for October 1–31, 2026 (paid_social only).",
      ].join("\n"),
    );
  });

  it("reads a one-day scan's quiet metric against its normal, with what moved it, and names a tracking-loss pattern", () => {
    const base = anomalies("2026-03-17", "2026-03-17");
    const q = base.metrics[0]!;
    const one = (metric: string, label: string, unit: string, value: number, normal: number) => ({
      ...q,
      metric,
      shape: "additive" as const,
      definition: { label, unit, ...(unit === "currency" ? { format: "currency" } : {}) },
      day: { date: "2026-03-17", value, normal },
    });
    const d: DetectAnomaliesData = {
      ...base,
      metrics: [
        {
          ...one("orders", "Orders", "count", 0, 7),
          drivers: [
            {
              date: "2026-03-17",
              dimension: "channel",
              drivers: [{ member: "organic_search", value: 0, normal: 2, change: -2 }],
            },
          ],
        },
        one("sessions", "Sessions", "count", 113, 1164),
        one("spend", "Ad spend", "currency", 300.14, 241.82),
      ],
      plannedChanges: [],
    };
    const { text } = presentAnomalies(d, {
      ...ctx,
      valueLabels: { channel: { organic_search: "Organic Search" } },
    });
    expect(text).toBe(
      [
        // Orders and sessions at a tenth of normal are never "no anomaly", flagged or not.
        "No anomalies in ad spend for March 17, 2026.",
        "Ad spend on March 17, 2026: $300.14 vs $241.82 on a normal day (median of the 4 weeks before).",
        "Orders on March 17, 2026: 0 vs 7 on a normal day (median of the 4 weeks before). That is far from normal, though the day-to-day swings of orders are too wide for the detector to flag it.",
        "What moved March 17, 2026 (by channel, each against its median day over the 4 weeks before): Organic Search 0 vs 2 (down 100.0%).",
        "Sessions on March 17, 2026: 113 vs 1,164 on a normal day (median of the 4 weeks before). That is far from normal, though the day-to-day swings of sessions are too wide for the detector to flag it.",
        "Sessions and orders fell together while ad spend ran as usual: that pattern points to lost tracking (a tag or pixel outage) rather than lost demand. No recorded planned change covers the day.",
      ].join("\n"),
    );
  });
});

describe("presentAttribution", () => {
  const data = (filters: MetricResult["provenance"]["filters"]): AttributionToolData => ({
    metric: "revenue",
    level: "campaign",
    period: Q3,
    models: [
      {
        model: "last_touch",
        total: 30_000,
        rows: [
          { key: null as unknown as string, label: "null", credit: 25_442.31, share: 0.8481 },
          { key: 7, label: "Spring Sale", credit: 4_557.69, share: 0.1519 },
        ],
      },
    ],
    provenance: [{ ...provenance, filters }],
  });

  it("writes (no campaign) for credit without one, with shares of all credit", () => {
    expect(presentAttribution(data([]), ctx).text).toBe(
      "Under the last touch attribution model, attributed revenue for July 1 – September 30, 2026 is credited to " +
        "(no campaign) $25,442 (84.8%) and Spring Sale $4,557.69 (15.2%).",
    );
  });

  it("says where the data ends, and that a period after it has no data", () => {
    const partial = { ...data([]), period: { ...Q3, from: "2026-10-01", to: "2026-11-30" } };
    expect(presentAttribution(partial, ctx).text).toBe(
      [
        "Under the last touch attribution model, attributed revenue for October 1 – November 30, 2026 is credited to " +
          "(no campaign) $25,442 (84.8%) and Spring Sale $4,557.69 (15.2%).",
        "Data runs through October 31, 2026.",
      ].join("\n"),
    );
    const after: AttributionToolData = {
      ...partial,
      period: { ...Q3, from: "2026-11-01", to: "2026-11-30" },
      models: [{ model: "last_touch", total: 0, rows: [] }],
    };
    expect(presentAttribution(after, ctx).text).toBe(
      "No data for November 1–30, 2026: data runs through October 31, 2026.",
    );
  });
  it("leaves shares out under a filter, where they would be of the filtered credit", () => {
    const filtered = presentAttribution(data([{ field: "channel", op: "in", values: ["email"] }]), ctx);
    expect(filtered.text).toBe(
      "Under the last touch attribution model, attributed revenue for July 1 – September 30, 2026 is credited to " +
        "(no campaign) $25,442 and Spring Sale $4,557.69.",
    );
  });
});

describe("presentMetricResult trend", () => {
  const weekly: MetricResult = {
    columns: [
      { key: "date", label: "Date", kind: "dimension" },
      {
        key: "spend",
        label: "Ad spend",
        kind: "metric",
        unit: "currency",
        format: "currency",
        additive: true,
      },
    ],
    // Weeks start on Monday: July 27 holds August 1-2 only, August 31 only itself.
    rows: [
      { date: "2026-07-27", spend: 3_458.5 },
      { date: "2026-08-03", spend: 12_011.2 },
      { date: "2026-08-10", spend: 9_800.4 },
      { date: "2026-08-31", spend: 1_655.29 },
    ],
    totals: { spend: 26_925.39 },
    provenance: {
      ...provenance,
      timeRange: { from: "2026-08-01", to: "2026-08-31", timeZone: "America/New_York" },
    },
  };

  it("names the grain of the date buckets, from the result or the query", () => {
    const fromResult = presentMetricResult(
      { ...weekly, provenance: { ...weekly.provenance, grain: "week" } },
      {},
      ctx,
    );
    const fromArgs = presentMetricResult(weekly, { grain: "week" }, ctx);
    const expected =
      "Ad spend by week for August 1–31, 2026: $9,800.40 (week of August 10, 2026) in the latest week, " +
      "down 18.4% from $12,011 in the first week. Peak: $12,011 (week of August 3, 2026); " +
      "low: $9,800.40 (week of August 10, 2026). Compared over full weeks only: the week of July 27, " +
      "2026 (only August 1–2, 2026) and the week of August 31, 2026 (only August 31, 2026) are partial " +
      "and left out (they are in the table).";
    expect(fromResult.text).toBe(expected);
    expect(fromArgs.text).toBe(expected);
    expect(presentMetricResult(weekly, {}, ctx).text).toMatch(/^Ad spend by day for/);
  });
});
