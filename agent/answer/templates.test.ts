import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collectGroundNumbers } from "../verify/ground-numbers.ts";
import { verifyAnswer } from "../verify/verify-answer.ts";
import { BY_CHANNEL, EXAMPLES, OCTOBER, ORDERS, REVENUE, SEPTEMBER, SPEND } from "./fixtures.ts";
import { writeAnswer } from "./index.ts";
import type {
  AttributionAnswerInput,
  BudgetAnswerInput,
  ChangeExplanationAnswerInput,
  MetricSpec,
  MetricTableAnswerInput,
  TrendAnswerInput,
} from "./types.ts";

const CPA: MetricSpec = { key: "cpa", label: "Cost per acquisition", unit: "currency", additive: false };
const DECIMAL_ORDERS: MetricSpec = { ...ORDERS, format: "decimal", additive: true };
const OCT_2025 = { from: "2025-10-01", to: "2025-10-31", timeZone: "America/New_York" };

describe("answer templates", () => {
  it.each(Object.entries(EXAMPLES))(
    "%s: every number it writes verifies against its own input",
    (_name, input) => {
      const text = writeAnswer(input);
      expect(text.length).toBeGreaterThan(0);
      expect(verifyAnswer(text, collectGroundNumbers([input]))).toEqual({ ok: true, ungrounded: [] });
    },
  );

  it("writes a breakdown with totals, shares and changes", () => {
    expect(writeAnswer(BY_CHANNEL)).toBe(
      [
        "For October 1–31, 2026 compared with September 1–30, 2026:",
        "Overall, across every channel (ratios as total over total): Spend $1.75M (up 12.3% from $1.55M); ROAS 2.73x (down 5.8% from 2.90x); " +
          "CTR 2.5% (down 0.1 percentage points from 2.6%).",
        "Spend by channel:",
        "- Paid Search: $1.23M (70.7% of the total, up 12.2% from $1.10M, ROAS 3.21x, CTR 4.2%)",
        "- Paid Social: $412,346 (23.6% of the total, up 14.5% from $360,211, ROAS 1.87x, CTR 1.2%)",
        "- Display: $98,765 (5.7% of the total, up 4.9% from $94,110, ROAS 0.92x, CTR 0.41%)",
      ].join("\n"),
    );
  });

  it("names campaigns by name, with the id only where two share a name", () => {
    const text = writeAnswer({
      kind: "metric_table",
      metrics: [SPEND],
      dimensions: [
        { key: "campaign", label: "Campaign" },
        { key: "campaign_name", label: "Campaign name" },
      ],
      rows: [
        { campaign: 1001, campaign_name: "Search - Brand", spend: 300 },
        { campaign: 1002, campaign_name: "Retargeting", spend: 200 },
        { campaign: 1003, campaign_name: "Retargeting", spend: 100 },
      ],
      totals: { spend: 600 },
      period: OCTOBER,
      currency: "USD",
    });
    expect(text).toContain("Spend by campaign:\n- Search - Brand: $300.00 (50.0% of the total)");
    expect(text).toContain("- Retargeting (id 1002): $200");
    expect(text).toContain("- Retargeting (id 1003): $100");
    expect(text).not.toContain("1001");
  });

  it("reads a dated breakdown's dates by its grain, and every number still verifies", () => {
    const input: MetricTableAnswerInput = {
      kind: "metric_table",
      metrics: [SPEND],
      dimensions: [
        { key: "date", label: "Date" },
        { key: "channel", label: "Channel" },
      ],
      rows: [
        { date: "2026-01-01", channel: "Display", spend: 300 },
        { date: "2026-02-01", channel: "Display", spend: 100 },
      ],
      totals: { spend: 400 },
      period: { from: "2026-01-01", to: "2026-02-28", timeZone: "America/New_York" },
      currency: "USD",
      grain: "month",
    };
    const text = writeAnswer(input);
    expect(text).toContain(
      "Spend by month and channel:\n- January 2026 / Display: $300.00 (75.0% of the total)",
    );
    expect(text).toContain("- February 2026 / Display: $100.00 (25.0% of the total)");
    expect(verifyAnswer(text, collectGroundNumbers([input]))).toEqual({ ok: true, ungrounded: [] });
    const weekly = writeAnswer({
      ...input,
      grain: "week",
      rows: [{ ...input.rows[0]!, date: "2026-01-05" }],
    });
    expect(weekly).toContain("- week of January 5, 2026 / Display: $300.00");
  });

  it("writes totals with the org currency and a top-N heading", () => {
    expect(writeAnswer(EXAMPLES.metric_totals)).toBe(
      "For October 1–31, 2026 compared with September 1–30, 2026: " +
        "Revenue €482,913 (down 3.7% from €501,338); Orders 6,421 (up 0.5% from 6,388).",
    );
    expect(writeAnswer(EXAMPLES.top_n)).toContain("Top 2 by ROAS (channel):\n- Paid Search: 3.21x");
  });

  it("writes a trend with first vs last and the peak, over full weeks of a summed metric", () => {
    // The week of October 26 runs to November 1: only six of its days are in October.
    expect(writeAnswer(EXAMPLES.trend)).toBe(
      "Spend by week for October 1–31, 2026: $38,221 (week of October 19, 2026) in the latest week, " +
        "down 4.7% from $40,112 in the first week. Peak: $52,978 (week of October 12, 2026); " +
        "low: $38,221 (week of October 19, 2026). Compared over full weeks only: the week of " +
        "October 26, 2026 (only October 26–31, 2026) is partial and left out (it is in the table).",
    );
  });

  it("leaves partial weeks at both ends out of a trend, summed or ratio", () => {
    const weekly: TrendAnswerInput = {
      kind: "trend",
      metric: SPEND,
      grain: "week",
      points: [
        { date: "2026-09-28", value: 16_960 },
        { date: "2026-10-05", value: 32_881 },
        { date: "2026-10-12", value: 32_676 },
        { date: "2026-10-19", value: 33_629 },
        { date: "2026-10-26", value: 29_310 },
      ],
      period: OCTOBER,
      currency: "USD",
    };
    const text = writeAnswer(weekly);
    expect(text).toContain("$33,629 (week of October 19, 2026) in the latest week, up 2.3% from $32,881");
    expect(text).toContain("low: $32,676 (week of October 12, 2026)");
    expect(text).toContain(
      "the week of September 28, 2026 (only October 1–4, 2026) and the week of October 26, 2026 " +
        "(only October 26–31, 2026) are partial and left out (they are in the table).",
    );
    expect(verifyAnswer(text, collectGroundNumbers([weekly]))).toEqual({ ok: true, ungrounded: [] });

    const roas: MetricSpec = { key: "roas", label: "ROAS", unit: "ratio", format: "multiplier" };
    const points = weekly.points.map((p, i) => ({ date: p.date, value: [3.57, 3.9, 4.01, 3.88, 4.13][i]! }));
    const ratio = writeAnswer({ ...weekly, metric: roas, points });
    // A ratio over a few days is no more comparable: the 4.13x of October 26-31 is not the headline.
    expect(ratio).toContain("3.88x (week of October 19, 2026) in the latest week, down 0.5% from 3.90x");
    expect(ratio).toContain("Peak: 4.01x (week of October 12, 2026)");
    expect(ratio).toContain("are partial and left out");
  });

  it("treats the months the data starts and ends in as partial", () => {
    const monthly: TrendAnswerInput = {
      kind: "trend",
      metric: ORDERS,
      grain: "month",
      points: [
        { date: "2025-11-01", value: 900 },
        { date: "2025-12-01", value: 1_400 },
        { date: "2026-01-01", value: 800 },
        { date: "2026-02-01", value: 300 },
      ],
      period: { from: "2025-10-01", to: "2026-03-31" },
      currency: "USD",
      dataStart: "2025-11-03",
      dataEnd: "2026-02-10",
    };
    const text = writeAnswer(monthly);
    expect(text).toContain(
      "800 (January 2026) in the latest month, down 42.9% from 1,400 in the first month",
    );
    expect(text).toContain(
      "November 2025 (only November 3–30, 2025) and the February 2026 (only February 1–10, 2026) are partial",
    );
  });

  it("writes attribution, budget, anomalies and change explanations", () => {
    expect(writeAnswer(EXAMPLES.attribution)).toBe(
      "Under the position-based attribution model, revenue for October 1–31, 2026 is credited to " +
        "Paid Search £214,377 (44.4%), Paid Social £180,532 (37.4%) and Email £88,004 (18.2%).",
    );
    expect(writeAnswer(EXAMPLES.budget)).toContain(
      "- Paid Search: $82,500 (up 17.9% from $70,000, adding $12,500); expected revenue $265,210",
    );
    const basis = "Basis: response curves of the revenue each channel's spend causes (incremental model).";
    expect(
      writeAnswer({ ...(EXAMPLES.budget as BudgetAnswerInput), basis })
        .split("\n")
        .at(-1),
    ).toBe(basis);
    expect(writeAnswer(EXAMPLES.budget)).not.toContain("Basis:");
    const limited: BudgetAnswerInput = {
      ...(EXAMPLES.budget as BudgetAnswerInput),
      limit: { maxChangePercent: 30, atLimit: ["Paid Search"] },
    };
    expect(writeAnswer(limited)).toContain(
      "Limits: each channel moves at most 30% from its current spend; Paid Search stops at that limit " +
        "(ask to move money more freely to lift it).",
    );
    expect(verifyAnswer(writeAnswer(limited), collectGroundNumbers([limited])).ok).toBe(true);
    // A channel cut to nothing is not held at a limit above 100%: no "stops at that limit" for it.
    const base = EXAMPLES.budget as BudgetAnswerInput;
    const cut: BudgetAnswerInput = {
      ...base,
      rows: base.rows.map((r) => (r.name === "Display" ? { ...r, recommended: 0 } : r)),
      limit: { maxChangePercent: 608, atLimit: ["Display"] },
    };
    expect(writeAnswer(cut)).not.toContain("Limits:");
    expect(writeAnswer({ ...limited, limit: { maxChangePercent: 30, atLimit: [] } })).not.toContain(
      "Limits:",
    );
    expect(writeAnswer(EXAMPLES.anomalies)).toContain(
      "- Paid Social, October 14, 2026: 0.87% vs 2.5% expected (down 1.6 percentage points)",
    );
    expect(writeAnswer(EXAMPLES.change_explanation)).toContain(
      "- Paid Search: down $25,723 ($214,377, down 10.7%",
    );
  });

  it("writes definitions, clarifications and declines", () => {
    expect(writeAnswer(EXAMPLES.clarification)).toBe(
      "Which revenue do you mean? Options: Net revenue, Gross revenue or Platform-reported revenue.",
    );
    expect(writeAnswer(EXAMPLES.decline)).toBe(
      "I can't answer that from the metrics catalog: the catalog has no metric for customer satisfaction. " +
        "I can tell you about: Net revenue, Orders and ROAS.",
    );
  });

  it("property: any breakdown with a comparison verifies against its own input", () => {
    const money = fc.double({ min: 0, max: 5e7, noNaN: true, noDefaultInfinity: true });
    const arbitraryRow = fc.record({
      spend: money,
      previous: money,
      ctr: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryRow, { minLength: 1, maxLength: 8 }), (rows) => {
        const named = rows.map((r, i) => ({ channel: `Channel ${String.fromCharCode(65 + i)}`, ...r }));
        const input: MetricTableAnswerInput = {
          kind: "metric_table",
          metrics: [SPEND, { key: "ctr", label: "CTR", unit: "percent" }],
          dimensions: [{ key: "channel", label: "Channel" }],
          rows: named.map(({ channel, spend, ctr }) => ({ channel, spend, ctr })),
          totals: { spend: rows.reduce((s, r) => s + r.spend, 0) },
          comparison: {
            period: SEPTEMBER,
            totals: { spend: rows.reduce((s, r) => s + r.previous, 0) },
            rows: named.map(({ channel, previous }) => ({ channel, spend: previous })),
          },
          period: OCTOBER,
          currency: "USD",
        };
        const result = verifyAnswer(writeAnswer(input), collectGroundNumbers([input]));
        expect(result.ungrounded).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("gives no share of the total for a non-additive metric, even in currency", () => {
    const input: MetricTableAnswerInput = {
      kind: "metric_table",
      metrics: [CPA],
      dimensions: [{ key: "channel", label: "Channel" }],
      rows: [
        { channel: "paid_search", cpa: 130.04 },
        { channel: "display", cpa: 84.84 },
      ],
      totals: { cpa: 27.92 },
      period: OCTOBER,
      currency: "USD",
    };
    expect(writeAnswer(input)).toBe(
      [
        "For October 1–31, 2026:",
        "Blended, for reference (all ad spend over every order, organic and direct included, so not comparable with the rows): Cost per acquisition $27.92.",
        "Cost per acquisition by channel:",
        "- paid_search: $130.04",
        "- display: $84.84",
      ].join("\n"),
    );
  });

  it("totals a paid breakdown over its paid rows and sets the blended CPA apart", () => {
    const input: MetricTableAnswerInput = {
      kind: "metric_table",
      metrics: [CPA],
      dimensions: [{ key: "channel", label: "Channel" }],
      rows: [
        { channel: "paid_search", cpa: 130.04 },
        { channel: "display", cpa: 84.84 },
        { channel: "organic", cpa: null },
      ],
      totals: { cpa: 27.92 },
      paidTotals: { count: 2, totals: { spend: 1000, cpa: 110.5 } },
      period: OCTOBER,
      currency: "USD",
    };
    expect(writeAnswer(input)).toBe(
      [
        "For October 1–31, 2026:",
        "Across the 2 channels with ad spend (ratios as total over total, the rows' own terms): Cost per acquisition $110.50.",
        "Cost per acquisition by channel:",
        "- paid_search: $130.04",
        "- display: $84.84",
        "- organic: no data",
        "Blended, for reference (all ad spend over every order, organic and direct included, so not comparable with the rows): Cost per acquisition $27.92.",
      ].join("\n"),
    );
  });

  it("writes whole counts without decimals, and keeps fractional credit", () => {
    const input: MetricTableAnswerInput = {
      kind: "metric_table",
      metrics: [DECIMAL_ORDERS],
      dimensions: [{ key: "channel", label: "Channel" }],
      rows: [
        { channel: "organic_search", orders: 483 },
        { channel: "email", orders: 12.5 },
      ],
      totals: { orders: 1306 },
      period: OCTOBER,
      currency: "USD",
    };
    expect(writeAnswer(input)).toBe(
      [
        "For October 1–31, 2026:",
        "Overall, across every channel: Orders 1,306.",
        "Orders by channel:",
        "- organic_search: 483 (37.0% of the total)",
        "- email: 12.50 (1.0% of the total)",
      ].join("\n"),
    );
  });

  it("says the overall line covers only the selection when a filter narrowed the rows", () => {
    const input: MetricTableAnswerInput = {
      kind: "metric_table",
      metrics: [DECIMAL_ORDERS],
      dimensions: [{ key: "channel", label: "Channel" }],
      rows: [
        { channel: "paid_search", orders: 30 },
        { channel: "display", orders: 10 },
      ],
      totals: { orders: 40 },
      period: OCTOBER,
      currency: "USD",
      filtered: true,
    };
    expect(writeAnswer(input).split("\n")[1]).toBe(
      "Overall, across every channel in this selection: Orders 40.",
    );
  });

  it("says the overall line counts the rows a threshold left out (leftC)", () => {
    const input: MetricTableAnswerInput = {
      kind: "metric_table",
      metrics: [DECIMAL_ORDERS],
      dimensions: [{ key: "channel", label: "Channel" }],
      rows: [{ channel: "paid_search", orders: 30 }],
      totals: { orders: 40 },
      period: OCTOBER,
      currency: "USD",
      filtered: true,
      thresholded: true,
    };
    expect(writeAnswer(input).split("\n")[1]).toBe(
      "Overall, across every channel, including rows your threshold leaves out: Orders 40.",
    );
  });

  it("sums the additive figures over the rows a threshold kept (fix14d)", () => {
    const input: MetricTableAnswerInput = {
      kind: "metric_table",
      metrics: [REVENUE, DECIMAL_ORDERS],
      dimensions: [{ key: "channel", label: "Channel" }],
      rows: [
        { channel: "paid_search", revenue: 1200.5, orders: 30 },
        { channel: "email", revenue: 800.25, orders: 12 },
      ],
      totals: { revenue: 5000, orders: 90 },
      period: OCTOBER,
      currency: "USD",
      thresholded: true,
    };
    expect(writeAnswer(input)).toContain("Together, the 2 channel rows kept: Revenue $2,000.75; Orders 42.");
    expect(writeAnswer({ ...input, thresholded: false })).not.toContain("Together");
  });

  it("says a comparison period before the data starts has no data instead of comparing with 0", () => {
    const input: MetricTableAnswerInput = {
      kind: "metric_table",
      metrics: [REVENUE],
      dimensions: [],
      rows: [],
      totals: { revenue: 145_455.2 },
      comparison: { period: OCT_2025, totals: { revenue: 0 } },
      period: OCTOBER,
      currency: "USD",
      dataStart: "2025-11-01",
    };
    expect(writeAnswer(input)).toBe(
      "For October 1–31, 2026: Revenue $145,455. " +
        "There is no data for October 1–31, 2025: data starts November 1, 2025.",
    );
    expect(verifyAnswer(writeAnswer(input), collectGroundNumbers([input])).ok).toBe(true);
    const partly = { from: "2025-10-15", to: "2025-11-14", timeZone: "America/New_York" };
    const partial = writeAnswer({ ...input, comparison: { period: partly, totals: { revenue: 70_112.4 } } });
    expect(partial).toBe(
      "For October 1–31, 2026 compared with October 15 – November 14, 2025: " +
        "Revenue $145,455 (up 107.5% from $70,112). " +
        "Data starts November 1, 2025, so October 15 – November 14, 2025 is only partly covered.",
    );
    expect(writeAnswer({ ...input, dataStart: "2024-01-01" })).toContain("compared with $0.00");
  });

  it("says when the asked period starts before the data, or lies wholly before it", () => {
    const q4: MetricTableAnswerInput = {
      kind: "metric_table",
      metrics: [SPEND],
      dimensions: [],
      rows: [],
      totals: { spend: 113_941.02 },
      period: { from: "2025-10-01", to: "2025-12-31" },
      currency: "USD",
      dataStart: "2025-11-01",
    };
    expect(writeAnswer(q4)).toBe(
      "For October 1 – December 31, 2025: Spend $113,941. " +
        "Data starts November 1, 2025, so October 1 – December 31, 2025 is only partly covered.",
    );
    const before = writeAnswer({ ...q4, totals: { spend: 0 }, period: OCT_2025 });
    expect(before).toBe("There is no data for October 1–31, 2025: data starts November 1, 2025.");
    // A real zero inside the data stays a zero.
    expect(writeAnswer({ ...q4, totals: { spend: 0 }, period: OCTOBER })).toBe(
      "For October 1–31, 2026: Spend $0.00.",
    );
  });

  it("names the trend's grain and labels points by it", () => {
    const trend = EXAMPLES.trend as TrendAnswerInput;
    const monthly: TrendAnswerInput = {
      ...trend,
      grain: "month",
      points: [
        { date: "2026-01-01", value: 29_376.2 },
        { date: "2026-07-01", value: 56_879.1 },
        { date: "2026-10-01", value: 36_457.3 },
      ],
      period: { from: "2026-01-01", to: "2026-12-31" },
    };
    expect(writeAnswer(monthly)).toBe(
      "Spend by month for January 1 – December 31, 2026: $36,457 (October 2026) in the latest month, " +
        "up 24.1% from $29,376 in the first month. Peak: $56,879 (July 2026); low: $29,376 (January 2026).",
    );
    const yearly = writeAnswer({ ...monthly, grain: "year", points: monthly.points.slice(0, 2) });
    expect(yearly).toContain("$56,879 (2026) in the latest year");
  });

  it("leaves members without a rate in either period out of the movers, and sums their mix in one line", () => {
    const input: ChangeExplanationAnswerInput = {
      kind: "change_explanation",
      metric: { key: "cac", label: "Customer acquisition cost", unit: "currency", higherIsBetter: false },
      dimension: { key: "channel", label: "channel" },
      current: 43.81,
      previous: 45.06,
      contributors: [
        { name: "paid_search", current: 142.13, previous: 144.1, change: -1.09 },
        { name: "organic_search", current: null, previous: null, change: -0.64 },
      ],
      period: { from: "2026-07-01", to: "2026-09-30" },
      comparisonPeriod: { from: "2026-04-01", to: "2026-06-30" },
      currency: "USD",
      mixOf: "new customers",
    };
    const head = [
      "Customer acquisition cost for July 1 – September 30, 2026 was $43.81, down 2.8% from $45.06 in April 1 – June 30, 2026.",
      "The biggest movers by channel:",
      "- paid_search: down $1.09 ($142.13, down 1.4% from $144.10)",
    ];
    // Without the summed contribution in the input, the members are left out altogether.
    expect(writeAnswer(input)).toBe(head.join("\n"));
    const summed: ChangeExplanationAnswerInput = {
      ...input,
      contributors: [
        ...input.contributors,
        { name: "direct", current: null, previous: null, change: -0.24 },
        { name: "paid_social", current: 134.9, previous: null, change: 0.5 },
      ],
      withoutRate: [{ names: ["organic_search", "direct"], lacking: "ad spend", change: -0.88 }],
    };
    const text = writeAnswer(summed);
    expect(text).toBe(
      [
        ...head,
        "- paid_social: up $0.50 ($134.90, compared with n/a; its share of new customers changed)",
        "Channels without ad spend (organic_search and direct) moved the blended customer acquisition cost by -$0.88 through mix.",
      ].join("\n"),
    );
    expect(verifyAnswer(text, collectGroundNumbers([summed])).ok).toBe(true);
    // A sum that shows as zero is no mover either; one of another sign reads "+"; no group name reads "without a rate".
    expect(
      writeAnswer({ ...input, withoutRate: [{ names: ["email"], lacking: "ad spend", change: 0.001 }] }),
    ).toBe(head.join("\n"));
    expect(
      writeAnswer({
        ...input,
        metric: { key: "roas", label: "Return on ad spend", unit: "ratio", format: "multiplier" },
        contributors: [{ name: "referral", current: null, previous: null, change: 0.31 }],
        current: 3.66,
        previous: 3.35,
        withoutRate: [{ names: ["referral"], change: 0.31 }],
      }),
    ).toBe(
      [
        "Return on ad spend for July 1 – September 30, 2026 was 3.66x, up 9.3% from 3.35x in April 1 – June 30, 2026. No channel moved.",
        "Channels without a rate in either period (referral) moved the blended return on ad spend by +0.31x through mix.",
      ].join("\n"),
    );
  });

  it("says where the data ends when a period runs past it, and that a period after it has no data", () => {
    const totals: MetricTableAnswerInput = {
      kind: "metric_table",
      metrics: [{ key: "roas", label: "Return on ad spend", unit: "ratio", format: "multiplier" }],
      dimensions: [],
      rows: [],
      totals: { roas: null },
      period: { from: "2026-11-04", to: "2026-12-03" },
      currency: "USD",
      dataEnd: "2026-10-31",
    };
    expect(writeAnswer(totals)).toBe(
      "No data for November 4 – December 3, 2026: data runs through October 31, 2026.",
    );
    // After the data a 0 is no data too; within it a null total is still no data, without the note.
    const spend: MetricTableAnswerInput = {
      ...totals,
      metrics: [SPEND],
      dimensions: [{ key: "channel", label: "Channel" }],
      totals: { spend: 0 },
    };
    expect(writeAnswer(spend)).toBe(
      "No data for November 4 – December 3, 2026: data runs through October 31, 2026.",
    );
    expect(writeAnswer({ ...totals, period: OCTOBER })).toBe("No data for October 1–31, 2026.");
    expect(
      writeAnswer({ ...totals, period: { from: "2026-10-15", to: "2026-11-14" }, totals: { roas: 4 } }),
    ).toBe(
      "For October 15 – November 14, 2026: Return on ad spend 4.00x. Data runs through October 31, 2026.",
    );
    expect(
      writeAnswer({ ...BY_CHANNEL, dataEnd: "2026-10-20" })
        .split("\n")
        .at(-1),
    ).toBe("Data runs through October 20, 2026.");
    expect(writeAnswer({ ...BY_CHANNEL, dataEnd: "2026-10-31" })).toBe(writeAnswer(BY_CHANNEL));
    const trend = EXAMPLES.trend as TrendAnswerInput;
    expect(writeAnswer({ ...trend, dataEnd: "2026-10-20" })).toMatch(
      /\. Data runs through October 20, 2026\.$/,
    );
    expect(
      writeAnswer({
        ...trend,
        points: [],
        period: { from: "2026-11-01", to: "2026-11-30" },
        dataEnd: "2026-10-31",
      }),
    ).toBe("No data for November 1–30, 2026: data runs through October 31, 2026.");
  });

  it("names an anomaly metric by its label", () => {
    const cpc: MetricSpec = { key: "cpc", label: "Cost per click", unit: "currency", format: "currency" };
    expect(
      writeAnswer({ kind: "anomalies", metric: cpc, anomalies: [], period: OCTOBER, currency: "USD" }),
    ).toBe("No anomalies in cost per click for October 1–31, 2026.");
  });

  it("agrees the verb with the credited metric", () => {
    const conversions: AttributionAnswerInput = {
      ...(EXAMPLES.attribution as AttributionAnswerInput),
      metric: { key: "credit", label: "Attributed conversions", unit: "count" },
    };
    expect(writeAnswer(conversions)).toContain(
      "attributed conversions for October 1–31, 2026 are credited to",
    );
    expect(writeAnswer(EXAMPLES.attribution)).toContain("revenue for October 1–31, 2026 is credited to");
  });

  it("leaves out attribution shares that are not of all credit, and names campaigns as campaigns", () => {
    const base = EXAMPLES.attribution as AttributionAnswerInput;
    expect(writeAnswer({ ...base, model: "last touch", rows: [{ name: "Email", credit: 25_442.3 }] })).toBe(
      "Under the last touch attribution model, revenue for October 1–31, 2026 is credited to Email £25,442.",
    );
    const campaigns = Array.from({ length: 6 }, (_, i) => ({
      name: i === 0 ? "(no campaign)" : `Campaign ${String.fromCharCode(65 + i)}`,
      credit: 1000 - i * 100,
      share: (1000 - i * 100) / 4500,
    }));
    expect(writeAnswer({ ...base, rows: campaigns, level: "campaign" })).toMatch(
      /^Under the position-based attribution model, revenue for October 1–31, 2026 is credited to \(no campaign\) £1,000\.00 \(22\.2%\), .* The remaining campaigns are in the table\.$/,
    );
  });
});
