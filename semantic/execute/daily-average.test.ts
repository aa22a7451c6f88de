import { describe, expect, it } from "vitest";
import { dailyAverage } from "./daily-average.ts";

const additive = (m: string) => m !== "roas";

describe("dailyAverage", () => {
  it("divides each additive total by the period's calendar days", () => {
    const out = dailyAverage({
      metrics: ["spend", "orders", "roas"],
      totals: { spend: 3100, orders: 62, roas: 2.5 },
      additive,
      range: { from: "2026-10-01", to: "2026-10-31" },
      dataThrough: "2026-11-05",
    });
    expect(out).toEqual({
      days: 31,
      from: "2026-10-01",
      to: "2026-10-31",
      totals: { spend: 100, orders: 2, roas: null },
    });
  });

  it("cuts the period at the last day with data and averages each row", () => {
    const out = dailyAverage({
      metrics: ["spend"],
      totals: { spend: 90 },
      rows: [
        { channel: "display", spend: 60 },
        { channel: "email", spend: null },
      ],
      additive,
      range: { from: "2026-11-01", to: "2026-11-30" },
      dataThrough: "2026-11-09",
    });
    expect(out).toEqual({
      days: 9,
      from: "2026-11-01",
      to: "2026-11-09",
      totals: { spend: 10 },
      rows: [{ spend: 60 / 9 }, { spend: null }],
    });
  });

  it("has no average for a period before any data", () => {
    expect(
      dailyAverage({
        metrics: ["spend"],
        totals: { spend: null },
        additive,
        range: { from: "2026-12-01", to: "2026-12-31" },
        dataThrough: "2026-11-09",
      }),
    ).toBeUndefined();
  });
});
