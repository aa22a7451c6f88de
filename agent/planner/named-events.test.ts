/**
 * fix21d: named periods and events read from the data's records: a holiday pair with one side
 * before the data, a "normal" baseline kept out of the promotion window, a named spend spike and
 * its cost above normal, a holdout named with a platform, spend asked with what it brought back.
 */
import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { DEMO_DIMENSION_VALUES, testContext } from "./testing.ts";
import type { DimensionValue, Plan } from "./types.ts";

const calls = (plan: Plan) => (plan.kind === "tool_calls" ? plan.calls : []);
const frameOf = (plan: Plan) => (plan.kind === "tool_calls" ? plan.frame : undefined);

/** Two BF25 campaigns flown November 20 – December 2, 2025: the BF25 window. */
const BF25: DimensionValue[] = [
  {
    dimension: "campaign",
    value: "2001",
    label: "BF25 - Search - Deals",
    aliases: ["bf25 search deals"],
    flight: { from: "2025-11-20", to: "2025-12-02" },
  },
  {
    dimension: "campaign",
    value: "2002",
    label: "BF25 - Social - Prospecting",
    aliases: ["bf25 social prospecting"],
    flight: { from: "2025-11-22", to: "2025-11-30" },
  },
  {
    dimension: "campaign",
    value: "2003",
    label: "Search - Brand",
    aliases: ["search brand"],
    flight: { from: "2025-11-01", to: "2026-10-31" },
  },
];
const withWindows = () =>
  testContext({ dimensionValues: [...DEMO_DIMENSION_VALUES, ...BF25], dataEnd: "2026-10-31" });

describe("a holiday pair with one side before the data", () => {
  it("answers the side with data alone, and says the other has none", () => {
    const plan = planQuestion("how did christmas 2024 go compared to christmas 2025", testContext());
    expect(calls(plan)).toEqual([
      { name: "overview", args: { period: { from: "2025-12-25", to: "2025-12-25" } } },
    ]);
    expect(frameOf(plan)?.note).toBe(
      "Your data starts November 1, 2025, so there is no data for Christmas 2024 (December 25, 2024) to compare with: here is Christmas 2025 (December 25, 2025) instead, set against the day just before it.",
    );
  });

  it("keeps a pair that both have data", () => {
    const plan = planQuestion("how did september compare to october", testContext());
    expect(calls(plan)[0]?.args).toMatchObject({ compareTo: { from: "2026-10-01", to: "2026-10-31" } });
  });

  it("reads a bare year as the holiday's baseline as that holiday in that year", () => {
    const plan = planQuestion("cyber monday 2025 vs 2024 revenue", testContext());
    expect(calls(plan)[0]?.args).toMatchObject({
      period: { from: "2025-12-01", to: "2025-12-01" },
      compareTo: { from: "2024-12-02", to: "2024-12-02" },
    });
  });
});

describe("a 'normal' baseline next to a promotion window", () => {
  it("moves a week that falls in the window the period is part of to before it", () => {
    const plan = planQuestion("revenue in black friday week vs a regular week", withWindows());
    expect(calls(plan)[0]?.args).toMatchObject({
      period: { from: "2025-11-24", to: "2025-11-30" },
      compareTo: { from: "2025-11-10", to: "2025-11-16" },
    });
    expect(frameOf(plan)?.note).toBe(
      '"Normal" is taken as November 10, 2025 to November 16, 2025, before the BF25 window (November 20, 2025 to December 2, 2025), so no promotion day is in it; totals such as revenue over a longer stretch are no baseline for a few days.',
    );
  });

  it("keeps the same weekday for a day", () => {
    const plan = planQuestion("orders on black friday vs an ordinary day", withWindows());
    expect(calls(plan)[0]?.args).toMatchObject({ compareTo: { from: "2025-11-14", to: "2025-11-14" } });
  });

  it("leaves a baseline clear of every window as it was", () => {
    const plan = planQuestion("revenue last week vs a normal week", withWindows());
    expect(calls(plan)[0]?.args).toMatchObject({ compareTo: { from: "2026-10-12", to: "2026-10-18" } });
  });
});

describe("a named spend spike", () => {
  const SCAN = ["spend", "revenue", "orders"];
  it("asked about as an event is the runaway-day scan of the month", () => {
    for (const q of [
      "tell me about the runaway spend on advantage+ in may",
      "why did advantage+ spend spike in may",
      "walk me through the spend surge on advantage plus last may",
    ]) {
      const plan = planQuestion(q, testContext());
      expect(calls(plan)[0], q).toMatchObject({
        name: "detect_anomalies",
        args: { metrics: SCAN, period: { from: "2026-05-01", to: "2026-05-31" } },
      });
    }
  });

  it("asked whether there was one stays the plain scan", () => {
    const plan = planQuestion("was there a spend spike in may", testContext());
    expect(calls(plan)[0]?.args).not.toMatchObject({ metrics: SCAN });
  });

  it("its cost above normal on the follow-up is the same scan, which gives the excess", () => {
    const first = planQuestion("explain the spend surge in may", testContext());
    for (const q of ["how much extra did that cost", "how much over normal was it", "what was the excess"]) {
      const plan = planQuestion(q, testContext({ previous: first }));
      expect(calls(plan), q).toEqual(calls(first));
      expect(plan.kind === "tool_calls" && plan.notes?.[0], q).toMatch(/^What the spike cost above normal/);
    }
  });
});

describe("a holdout named with an ad platform", () => {
  it("reads the holdout of the channel the platform runs in, said so", () => {
    const plan = planQuestion("tiktok holdout oct: incremental or not?", testContext());
    expect(calls(plan)).toEqual([
      {
        name: "campaigns",
        args: {
          analysis: "holdout",
          around: { from: "2026-10-01", to: "2026-10-31" },
          channel: "paid_social",
        },
      },
    ]);
    expect(frameOf(plan)?.note).toBe(
      "Holdouts are recorded per channel: TikTok runs in Paid Social, so this is the Paid Social holdout, which paused the whole channel; no holdout measured TikTok on its own.",
    );
  });

  it("keeps the channel named beside the platform, and a platform in two channels needs the channel word", () => {
    const meta = planQuestion("was facebook incremental in the paid social holdout?", testContext());
    expect(calls(meta)[0]?.args).toEqual({ analysis: "holdout", channel: "paid_social" });
    const google = planQuestion(
      "did the google holdout in september show search is incremental",
      testContext(),
    );
    expect(calls(google)[0]?.args).toMatchObject({ analysis: "holdout", channel: "paid_search" });
  });

  it("is not read when the platform's channel differs from the one named", () => {
    const plan = planQuestion("did the display holdout show tiktok is incremental", testContext());
    expect(calls(plan)[0]?.args).not.toMatchObject({ channel: "paid_social" });
  });
});

describe("spend asked with what it brought back", () => {
  const METRICS = ["spend", "revenue", "roas", "mer"];
  it("reads revenue, ROAS and MER beside the spend, and the follow-up keeps them", () => {
    const first = planQuestion("q3 spend + what it brought back", testContext());
    expect(calls(first)[0]?.args).toMatchObject({
      metrics: METRICS,
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    });
    const next = planQuestion("by channel", testContext({ previous: first }));
    expect(calls(next)[0]?.args).toMatchObject({
      metrics: ["spend", "revenue", "roas"],
      dimensions: ["channel"],
    });
  });

  it("leaves spend alone without the clause", () => {
    const plan = planQuestion("q3 spend", testContext());
    expect(calls(plan)[0]?.args).toMatchObject({ metrics: ["spend"] });
  });
});
