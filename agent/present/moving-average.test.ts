import { describe, expect, it } from "vitest";
import { movingWindow, withMovingAverage } from "./moving-average.ts";
import type { Presentation } from "./types.ts";

const CTX = { currency: "USD", timeZone: "America/New_York" };
const daily = (values: number[]): Presentation => ({
  text: "Revenue by day.",
  data: {
    columns: [
      { key: "date", label: "Date" },
      { key: "revenue", label: "Revenue", unit: "currency", format: "currency" },
    ],
    rows: values.map((v, i) => ({ date: `2026-10-0${i + 1}`, revenue: v })),
  },
  provenance: {},
});

describe("movingWindow", () => {
  it.each([
    ["7 day rolling avg of orders", 7],
    ["rolling 14d average of spend", 14],
    ["3dma of revenue", 3],
    ["moving average of sessions", 7],
    ["revenue by day", undefined],
  ])("%s -> %s", (q, n) => {
    expect(movingWindow(q)).toBe(n);
  });
});

describe("withMovingAverage", () => {
  it("adds the trailing mean as a column, a second line and a lead line", () => {
    const p = withMovingAverage(
      daily([10, 20, 30, 40]),
      { grain: "day" },
      "3 day moving average of revenue",
      CTX,
    );
    expect(p?.data.rows.map((r) => r.revenue_moving_avg_3d)).toEqual([null, null, 20, 30]);
    expect(p?.data.columns.at(-1)).toMatchObject({ key: "revenue_moving_avg_3d", unit: "currency" });
    expect(p?.text.split("\n")[0]).toMatch(/^Revenue by day with its 3-day moving average/);
    expect((p?.chart as { mark?: { type?: string } } | undefined)?.mark?.type).toBe("line");
  });

  it("says so when the period is shorter than the window", () => {
    const p = withMovingAverage(daily([10, 20]), {}, "7 day moving average of revenue", CTX);
    expect(p?.text.split("\n")[0]).toMatch(/needs at least 7 days/);
  });

  it("leaves a weekly series or a question without a moving average alone", () => {
    expect(
      withMovingAverage(daily([1, 2, 3]), { grain: "week" }, "3 day moving average", CTX),
    ).toBeUndefined();
    expect(withMovingAverage(daily([1, 2, 3]), {}, "revenue by day", CTX)).toBeUndefined();
  });
});
