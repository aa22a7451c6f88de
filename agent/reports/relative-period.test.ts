import { describe, expect, it } from "vitest";
import { presetFor, relativeToolCalls } from "./relative-period.ts";

const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEP = { from: "2026-09-01", to: "2026-09-30" };

describe("relativeToolCalls", () => {
  it("turns the answer's dates into the preset that gave them that day", () => {
    const r = relativeToolCalls(
      [{ name: "query_metrics", args: { metrics: ["revenue"], dimensions: ["channel"], timeRange: OCT } }],
      "2026-11-01",
    );
    expect(r).toEqual({
      toolCalls: [
        {
          name: "query_metrics",
          args: { metrics: ["revenue"], dimensions: ["channel"], timeRange: { preset: "last_month" } },
        },
      ],
      period: "last_month",
    });
  });

  it("makes a comparison with the period just before (or a year before) relative too", () => {
    const r = relativeToolCalls(
      [
        { name: "compare_periods", args: { metrics: ["roas"], period: OCT, compareTo: SEP } },
        {
          name: "explain_change",
          args: { metric: "revenue", period: OCT, compareTo: { from: "2025-10-01", to: "2025-10-31" } },
        },
      ],
      "2026-11-15",
    );
    expect(r.period).toBe("last_month");
    expect(r.toolCalls[0]!.args).toEqual({
      metrics: ["roas"],
      period: { preset: "last_month" },
      compareTo: "previous_period",
    });
    expect(r.toolCalls[1]!.args.compareTo).toBe("previous_year");
  });

  it("keeps dates that match no preset, and the whole report fixed, rather than half relative", () => {
    const calls = [
      {
        name: "compare_periods",
        args: { metrics: ["spend"], period: OCT, compareTo: { from: "2026-08-01", to: "2026-08-31" } },
      },
    ];
    expect(relativeToolCalls(calls, "2026-11-01")).toEqual({ toolCalls: calls, period: null });
    const odd = [
      {
        name: "query_metrics",
        args: { metrics: ["spend"], timeRange: { from: "2026-10-03", to: "2026-10-09" } },
      },
    ];
    expect(relativeToolCalls(odd, "2026-11-01")).toEqual({ toolCalls: odd, period: null });
  });

  it("keeps presets and calls without a period as they are", () => {
    const r = relativeToolCalls(
      [
        { name: "describe_metric", args: { metric: "roas" } },
        { name: "overview", args: { period: { preset: "last_30_days" } } },
      ],
      "2026-11-01",
    );
    expect(r.period).toBe("last_30_days");
    expect(r.toolCalls[0]!.args).toEqual({ metric: "roas" });
  });

  it("prefers the calendar presets, in the organization's local date", () => {
    expect(presetFor({ from: "2026-10-26", to: "2026-11-01" }, "2026-11-02")).toBe("last_week");
    // On Monday November 2 these dates are both last week and the last 7 days: last week wins.
    expect(presetFor({ from: "2026-10-26", to: "2026-11-01" }, "2026-11-09")).toBeUndefined();
    expect(presetFor({ from: "2026-11-01", to: "2026-11-03" }, "2026-11-03")).toBe("this_month");
  });
});
