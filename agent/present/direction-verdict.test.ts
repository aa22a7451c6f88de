import { describe, expect, it } from "vitest";
import type { TrendAnswerInput } from "../answer/types.ts";
import { askedDirection, directionVerdict, seriesDirection } from "./direction-verdict.ts";

const series = (key: string, label: string, values: number[]): TrendAnswerInput => ({
  kind: "trend",
  metric: { key, label, unit: "ratio" } as TrendAnswerInput["metric"],
  grain: "month",
  points: values.map((value, i) => ({ date: `2026-0${i + 1}-01`, value })),
  period: { from: "2026-01-01", to: `2026-0${values.length}-28`, timeZone: "UTC" },
  currency: "USD",
});

describe("seriesDirection", () => {
  it("reads the fitted line's move end to end against the mean", () => {
    expect(seriesDirection([1, 2, 3, 4])).toBe("up");
    expect(seriesDirection([4, 3, 3, 1])).toBe("down");
    expect(seriesDirection([10, 10.1, 9.9, 10])).toBe("flat");
    expect(seriesDirection([1, 2])).toBeUndefined();
  });
});

describe("askedDirection", () => {
  it("reads worse and better by whether more of the measure is worse", () => {
    expect(askedDirection("is cpa getting worse", "cpa")).toBe("up");
    expect(askedDirection("is roas getting worse", "roas")).toBe("down");
    expect(askedDirection("unsub rate creeping up?", "email_unsubscribe_rate")).toBe("up");
    expect(askedDirection("roas rising or falling", "roas")).toBe("either");
    expect(askedDirection("revenue by month", "revenue")).toBeUndefined();
  });
});

describe("directionVerdict", () => {
  it("answers yes, no or no clear direction first, with no figure of its own", () => {
    const down = series("cpa", "Cost per acquisition", [40, 38, 35, 30]);
    expect(directionVerdict(down, "is cpa creeping up")).toBe(
      "No: cost per acquisition is not going up; it has gone down over these months (a straight line fitted through the monthly figures falls).",
    );
    expect(directionVerdict(down, "cpa getting better?")).toMatch(/^Yes: cost per acquisition has gone down/);
    const flat = series("email_unsubscribe_rate", "Email unsubscribe rate", [0.2, 0.21, 0.2, 0.2]);
    expect(directionVerdict(flat, "is our unsub rate going up")).toMatch(/^No clear direction: /);
    expect(directionVerdict(down, "cpa by month")).toBe("");
  });
});
