import { describe, expect, it } from "vitest";
import { foundStepCalls } from "./found-step-run.ts";
import type { FoundStep } from "./types.ts";

const campaigns: FoundStep = {
  field: "channel",
  calls: [
    {
      name: "query_metrics",
      args: {
        metrics: ["cpa"],
        dimensions: ["campaign"],
        filters: [{ field: "channel", op: "in", values: ["{{found}}"] }],
      },
    },
  ],
};

const drivers = (grain: "week" | "month"): FoundStep => ({
  field: "date",
  grain,
  calls: [
    {
      name: "explain_change",
      args: {
        metric: "revenue",
        period: { from: "{{found}}", to: "{{found:to}}" },
        compareTo: "previous_period",
      },
    },
  ],
});

const rows = (...r: Record<string, unknown>[]) => ({ ok: true, data: { rows: r } });

describe("foundStepCalls", () => {
  it("fills the top row's channel into the second call's filter", () => {
    const calls = foundStepCalls(campaigns, rows({ channel: "paid_social", cpa: 144.02 }), undefined);
    expect(calls).toEqual([
      {
        name: "query_metrics",
        args: {
          metrics: ["cpa"],
          dimensions: ["campaign"],
          filters: [{ field: "channel", op: "in", values: ["paid_social"] }],
        },
      },
    ]);
  });

  it("turns the top week's first day into that week, Monday to Sunday", () => {
    const calls = foundStepCalls(
      drivers("week"),
      rows({ date: "2026-08-03", revenue: 12446.57 }),
      "2026-12-31",
    );
    expect(calls?.[0]?.args.period).toEqual({ from: "2026-08-03", to: "2026-08-09" });
  });

  it("turns the top month's first day into that month, cut at the first call's end", () => {
    expect(
      foundStepCalls(drivers("month"), rows({ date: "2026-02-01", revenue: 1 }), "2026-12-31")?.[0]?.args
        .period,
    ).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(
      foundStepCalls(drivers("week"), rows({ date: "2026-10-26", revenue: 1 }), "2026-10-31")?.[0]?.args
        .period,
    ).toEqual({ from: "2026-10-26", to: "2026-10-31" });
  });

  it("plans no second step when the first found nothing or failed", () => {
    expect(foundStepCalls(campaigns, rows(), undefined)).toBeUndefined();
    expect(
      foundStepCalls(campaigns, { ok: false, error: { code: "x", message: "y" } }, undefined),
    ).toBeUndefined();
  });
  it("fix15a: a found day is its own period, against the same weekday a week before", () => {
    const day: FoundStep = {
      field: "date",
      grain: "day",
      calls: [
        {
          name: "explain_change",
          args: {
            metric: "orders",
            period: { from: "{{found}}", to: "{{found:to}}" },
            compareTo: { from: "{{found:week_before}}", to: "{{found:week_before}}" },
          },
        },
      ],
    };
    expect(foundStepCalls(day, rows({ date: "2025-11-23", orders: 31 }), "2026-10-31")).toEqual([
      {
        name: "explain_change",
        args: {
          metric: "orders",
          period: { from: "2025-11-23", to: "2025-11-23" },
          compareTo: { from: "2025-11-16", to: "2025-11-16" },
        },
      },
    ]);
  });
});
