import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collectGroundNumbers } from "../verify/ground-numbers.ts";
import { verifyAnswer } from "../verify/verify-answer.ts";
import { BY_CHANNEL, EXAMPLES, OCTOBER, SEPTEMBER, SPEND } from "./fixtures.ts";
import { writeAnswer } from "./index.ts";
import type { BudgetAnswerInput, MetricTableAnswerInput } from "./types.ts";

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
        "Overall, across every channel: Spend $1.75M (up 12.3% from $1.55M); ROAS 2.73x (down 5.8% from 2.90x); " +
          "CTR 2.5% (down 0.1 percentage points from 2.6%).",
        "Spend by channel:",
        "- Paid Search: $1.23M (70.7% of the total, up 12.2% from $1.10M, ROAS 3.21x, CTR 4.2%)",
        "- Paid Social: $412,346 (23.6% of the total, up 14.5% from $360,211, ROAS 1.87x, CTR 1.2%)",
        "- Display: $98,765 (5.7% of the total, up 4.9% from $94,110, ROAS 0.92x, CTR 0.4%)",
      ].join("\n"),
    );
  });

  it("writes totals with the org currency and a top-N heading", () => {
    expect(writeAnswer(EXAMPLES.metric_totals)).toBe(
      "For October 1–31, 2026 compared with September 1–30, 2026: " +
        "Revenue €482,913 (down 3.7% from €501,338); Orders 6,421 (up 0.5% from 6,388).",
    );
    expect(writeAnswer(EXAMPLES.top_n)).toContain("Top 2 by ROAS (channel):\n- Paid Search: 3.21x");
  });

  it("writes a trend with first vs last and the peak", () => {
    expect(writeAnswer(EXAMPLES.trend)).toBe(
      "Spend by week for October 1–31, 2026: $47,631 (week of October 26, 2026) in the latest week, " +
        "up 18.7% from $40,112 in the first week. Peak: $52,978 (week of October 12, 2026); " +
        "low: $38,221 (week of October 19, 2026).",
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
    expect(writeAnswer(EXAMPLES.anomalies)).toContain(
      "- Paid Social, October 14, 2026: 0.9% vs 2.5% expected (down 1.6 percentage points)",
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
});
