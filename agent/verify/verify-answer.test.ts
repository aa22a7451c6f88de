import { describe, expect, it } from "vitest";
import { collectGroundNumbers } from "./ground-numbers.ts";
import { verifyAnswer } from "./verify-answer.ts";

const result = {
  columns: [
    { key: "channel", label: "Channel" },
    { key: "spend", label: "Spend", unit: "currency" },
    { key: "ctr", label: "CTR", unit: "percent" },
  ],
  rows: [
    { channel: "Search", spend: 1_234_567, ctr: 0.12498, roas: 3.2147 },
    { channel: "Social", spend: 765_433, ctr: 0.0342, roas: 1.8 },
  ],
  totals: { spend: 2_000_000, ctr: 0.081 },
  comparison: { totals: { spend: 1_600_000, ctr: 0.09 } },
  period: { from: "2026-10-01", to: "2026-10-31" },
};
const ground = collectGroundNumbers([result]);

describe("verifyAnswer", () => {
  it("accepts an answer whose every figure is grounded", () => {
    const text =
      "Spend for October 1–31, 2026 was $2,000,000, up 25.0% from $1,600,000 (+$400,000). " +
      "Search spent $1.23M (61.7% of the total) at a 12.5% CTR and 3.21x ROAS.";
    expect(verifyAnswer(text, ground)).toEqual({ ok: true, ungrounded: [] });
  });

  it("catches an injected wrong number and names it", () => {
    const text = "Search spent $1.23M at a 12.5% CTR; Social spent $812,000.";
    expect(verifyAnswer(text, ground)).toEqual({
      ok: false,
      ungrounded: [{ text: "$812,000", value: 812_000 }],
    });
  });

  it("catches a figure that is close but wrong at its displayed precision", () => {
    expect(verifyAnswer("Search spent $1.24M", ground).ungrounded).toEqual([
      { text: "$1.24M", value: 1_240_000 },
    ]);
    expect(verifyAnswer("CTR was 12.6%", ground).ok).toBe(false);
  });

  it.each([
    "$1.2M",
    "$1,234,567",
    "1.23 million",
    "12.5%",
    "12.498%",
    "0.125",
    "3.2x",
    "3.21x",
    "down 0.9 percentage points", // 8.1% vs 9.0%
    "down 10.0%", // CTR total change
    "the gap is $469,134", // Search minus Social
    "38.3% share", // Social of the total
  ])("accepts the rounding and unit variant %s", (text) => {
    expect(verifyAnswer(text, ground)).toEqual({ ok: true, ungrounded: [] });
  });

  it("requires a written minus sign to match a negative value", () => {
    expect(verifyAnswer("CTR changed by -10.0%", ground).ok).toBe(true);
    expect(verifyAnswer("Spend changed by -25.0%", ground).ok).toBe(false);
    expect(verifyAnswer("Spend changed by +25.0% (25.0%)", ground).ok).toBe(true);
  });

  it("ignores dates, periods and ranks", () => {
    const text =
      "In the last 30 days (2026-10-01 to 2026-10-31, Q4 2026), the top 2 channels were:\n1. Search";
    expect(verifyAnswer(text, ground)).toEqual({ ok: true, ungrounded: [] });
  });

  it("reads 'a grand' in the question as 1,000 (fix14d)", () => {
    const question = "how many days did we spend more than a grand";
    expect(verifyAnswer("More than $1,000.00 on Ad spend: none.", ground, { question }).ok).toBe(true);
    expect(verifyAnswer("More than $1,000.00 on Ad spend: none.", ground, {}).ok).toBe(false);
  });
  it("ignores numbers repeated from the question", () => {
    const question = "Which channels had ROAS above 2.5 and more than 40 clicks?";
    expect(
      verifyAnswer("Only Search had ROAS above 2.5 and more than 40 clicks.", ground, { question }).ok,
    ).toBe(true);
    expect(verifyAnswer("Only Search had ROAS above 2.5.", ground).ok).toBe(false);
  });
});

describe("collectGroundNumbers", () => {
  it("keeps the set small: derivations stay within a metric, a column or one object", () => {
    const set = collectGroundNumbers([{ rows: [{ a: 3, b: 1000 }], other: { c: 7 } }]);
    const values = [...set.values];
    expect(values).toContain(3);
    expect(values).toContain(997); // siblings in one row
    expect(values).not.toContain(4); // 7 - 3: different metrics in different objects
    expect(values).not.toContain(1007);
  });

  it("limits pairs in large groups to anchors and neighbours", () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({ v: 1000 + i * 10 }));
    const set = [...collectGroundNumbers([{ rows, totals: { v: 5 } }]).values];
    expect(set).toContain(10); // neighbours
    expect(set).toContain(995); // against the anchor total
    expect(set).toContain(990); // first to last
    expect(set).not.toContain(970); // 1980 - 1010: a far pair inside the column, not derived
  });

  it("pairs the same metric in rows with the same identity (now vs comparison)", () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ channel: `c${i}`, spend: 1000 + i * 10 }));
    const previous = rows.map((r) => ({ channel: r.channel, spend: r.spend - 7 }));
    const set = [...collectGroundNumbers([{ rows, comparison: { rows: previous } }]).values];
    expect(set).toContain(7);
    expect(set).toContain((7 / 1193) * 100); // c20 (1200 vs 1193)
  });

  it("grounds numbers inside names and array lengths without deriving from them", () => {
    const set = [...collectGroundNumbers([{ names: ["Spring Sale 15", "Promo 4"] }]).values];
    expect(set).toEqual([2, 4, 15]);
  });
});
