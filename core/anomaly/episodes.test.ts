import { describe, expect, it } from "vitest";
import { dateFromDayNumber, dayNumber } from "../stats/dates.ts";
import { createRng, normal } from "../stats/prng.ts";
import type { Anomaly } from "./anomaly.ts";
import { detectAnomalies } from "./detect.ts";
import { anomalyEpisodes, trackEpisodes } from "./episodes.ts";

const START = dayNumber("2026-01-05");
/** Day index of the first drop: after 10 weeks of history. */
const D = 70;
const day = (d: number) => dateFromDayNumber(START + d);

/** 20 weeks around 1000 a day with 5% noise (seeded), times `mult` of the day index. */
function series(mult: (d: number) => number) {
  const rng = createRng(3);
  return Array.from({ length: 20 * 7 }, (_, d) => ({
    date: day(d),
    value: Math.round(1000 * (1 + 0.05 * normal(rng)) * mult(d)),
  }));
}

/**
 * A daily evaluation judges each day on the weeks before it only (the weeks after do not exist yet),
 * so the fixtures scan with the trailing reference, at the demo spend rule's sensitivity 5.
 */
const DAILY = { from: day(56), threshold: 5, reference: "trailing" } as const;

const brief = (e: { date: string; direction: string; lastAbnormal: string; recovered: string | null }) => ({
  date: e.date,
  direction: e.direction,
  lastAbnormal: e.lastAbnormal,
  recovered: e.recovered,
});

describe("anomalyEpisodes", () => {
  it("alerts a 14-day drop once although its daily scores dip under the threshold mid-way", () => {
    // Halved for 14 days, except days 6-8 of it: -30% (z -3.96, under the alert threshold 5 but
    // over the recovery threshold 2.5), then -15% twice (z -1.24 and -0.72: normal, but only 2 in a row).
    const drop = series((d) =>
      d >= D && d < D + 14 ? (d - D === 5 ? 0.7 : d - D === 6 || d - D === 7 ? 0.85 : 0.5) : 1,
    );
    const { episodes, trailingZ, findings } = anomalyEpisodes(drop, DAILY);
    expect(trailingZ.get(day(D + 5))).toBeCloseTo(-3.96, 2);
    expect(trailingZ.get(day(D + 6))).toBeCloseTo(-1.24, 2);
    expect(trailingZ.get(day(D + 7))).toBeCloseTo(-0.72, 2);
    // Flagged days on both sides of the dip: without hysteresis two alerts.
    expect(findings.map((f) => f.date)).toContain(day(D + 8));
    expect(episodes.map(brief)).toEqual([
      { date: "2026-03-16", direction: "down", lastAbnormal: "2026-03-29", recovered: "2026-03-30" },
    ]);
    expect(episodes[0]!.onset).toMatchObject({ date: "2026-03-16", score: -7.51, value: 496 });
  });

  it("alerts a drop, a clear recovery and a second drop twice", () => {
    const twice = series((d) => ((d >= D && d < D + 5) || (d >= D + 19 && d < D + 24) ? 0.5 : 1));
    const { episodes } = anomalyEpisodes(twice, DAILY);
    expect(episodes.map(brief)).toEqual([
      { date: "2026-03-16", direction: "down", lastAbnormal: "2026-03-20", recovered: "2026-03-21" },
      { date: "2026-04-04", direction: "down", lastAbnormal: "2026-04-08", recovered: "2026-04-09" },
    ]);
    expect(episodes.map((e) => e.alerted)).toEqual([false, false]);
  });

  it("keeps an episode open through the recovery days asked for", () => {
    // Two normal days between the drops: with recoveryDays 2 that is a recovery, with 3 it is not.
    const gap = series((d) => ((d >= D && d < D + 5) || (d >= D + 7 && d < D + 12) ? 0.5 : 1));
    expect(anomalyEpisodes(gap, DAILY).episodes.map((e) => e.date)).toEqual(["2026-03-16"]);
    expect(anomalyEpisodes(gap, DAILY, { recoveryDays: 2 }).episodes.map((e) => e.date)).toEqual([
      "2026-03-16",
      "2026-03-23",
    ]);
  });

  it("marks an episode whose onset was alerted before, and never re-opens it from inside that span", () => {
    const drop = series((d) => (d >= D && d < D + 14 ? 0.5 : 1));
    const { episodes } = anomalyEpisodes(drop, DAILY, {
      alerted: [{ from: "2026-03-16", to: "2026-03-16", direction: "down" }],
    });
    expect(episodes.map((e) => [e.date, e.alerted])).toEqual([["2026-03-16", true]]);
  });

  it("skips findings under the minimum change", () => {
    // -35% on one day: flagged at sensitivity 4, but under a 40% minimum change.
    const small = series((d) => (d === D ? 0.65 : 1));
    const at4 = { ...DAILY, threshold: 4 };
    expect(anomalyEpisodes(small, at4).episodes.map((e) => e.date)).toEqual(["2026-03-16"]);
    expect(anomalyEpisodes(small, at4, { minChange: 0.4 }).episodes).toEqual([]);
  });

  /** A conversion rate around 3% of 1000 clicks (5% noise, seeded), times `mult` of the day index. */
  function rate(mult: (d: number) => number) {
    const rng = createRng(5);
    return Array.from({ length: 20 * 7 }, (_, d) => ({
      date: day(d),
      numerator: Math.round(3000 * (1 + 0.05 * normal(rng)) * mult(d)) / 100,
      denominator: 1000,
    }));
  }
  const TEN_DAYS = { ...DAILY, to: day(D + 9) };

  it("opens an episode from a sustained shift on the 7th day it held, no day crossing the threshold", () => {
    // -14% for 10 days: each day scores -2.6 to -4.5 (under 5, beyond the recovery threshold 2.5).
    const held = rate((d) => (d >= D && d < D + 10 ? 0.86 : 1));
    const { episodes, findings } = anomalyEpisodes(held, TEN_DAYS);
    expect(findings.map((f) => [f.kind, f.date, f.to, f.score])).toEqual([
      ["shift", "2026-03-16", "2026-03-25", -6.61],
    ]);
    expect(episodes.map((e) => [e.date, e.detected, e.onset?.kind])).toEqual([
      ["2026-03-16", "2026-03-22", "shift"],
    ]);
  });

  it("opens none from a shift whose days lean one way without holding (a season turning)", () => {
    // Alternately -12% and -7%: the window's clipped sum reaches the threshold (a shift scored
    // -5.62), but every other day scores under the recovery threshold.
    const lean = rate((d) => (d >= D && d < D + 10 ? (d % 2 ? 0.88 : 0.93) : 1));
    const { episodes, findings, trailingZ } = anomalyEpisodes(lean, TEN_DAYS);
    expect(trailingZ.get(day(D + 2))).toBeCloseTo(-1.64, 2);
    expect(detectAnomalies(lean, TEN_DAYS).anomalies.map((a) => [a.kind, a.date, a.score])).toEqual([
      ["shift", "2026-03-16", -5.62],
    ]);
    expect(findings).toEqual([]);
    expect(episodes).toEqual([]);
  });

  it("rejects bad episode options naming the field", () => {
    expect(() =>
      anomalyEpisodes(
        series(() => 1),
        DAILY,
        { recoveryDays: 0 },
      ),
    ).toThrowError(/recoveryDays/);
    expect(() =>
      anomalyEpisodes(
        series(() => 1),
        DAILY,
        { alerted: [{ from: "x", to: "2026-01-01", direction: "down" }] },
      ),
    ).toThrowError(/alerted/);
  });
});

describe("trackEpisodes", () => {
  const finding = (date: string, direction: "up" | "down", score: number): Anomaly => ({
    date,
    to: date,
    kind: "day",
    value: 1,
    expected: 2,
    lower: 1.5,
    upper: 2.5,
    score,
    direction,
    severity: "low",
  });
  const zs = (from: string, values: (number | null)[]) => {
    const m = new Map<string, number>();
    values.forEach((z, i) => {
      if (z !== null) m.set(dateFromDayNumber(dayNumber(from) + i), z);
    });
    return m;
  };
  const opts = { recoveryThreshold: 2, recoveryDays: 3 };

  it("neither continues nor recovers on unscored days (a planned change, missing data)", () => {
    const trailingZ = zs("2026-05-01", [-6, 0, null, null, 0, 0, -6]);
    const episodes = trackEpisodes(
      {
        from: "2026-05-01",
        to: "2026-05-07",
        trailingZ,
        findings: [finding("2026-05-01", "down", -6), finding("2026-05-07", "down", -6)],
      },
      opts,
    );
    expect(episodes.map(brief)).toEqual([
      { date: "2026-05-01", direction: "down", lastAbnormal: "2026-05-01", recovered: "2026-05-02" },
      { date: "2026-05-07", direction: "down", lastAbnormal: "2026-05-07", recovered: null },
    ]);
  });

  it("ends an episode on a flagged day of the other direction and opens a new one", () => {
    const trailingZ = zs("2026-05-01", [-6, -3, 7, 1]);
    const episodes = trackEpisodes(
      {
        from: "2026-05-01",
        to: "2026-05-04",
        trailingZ,
        findings: [finding("2026-05-01", "down", -6), finding("2026-05-03", "up", 7)],
      },
      opts,
    );
    expect(episodes.map(brief)).toEqual([
      { date: "2026-05-01", direction: "down", lastAbnormal: "2026-05-02", recovered: "2026-05-03" },
      { date: "2026-05-03", direction: "up", lastAbnormal: "2026-05-03", recovered: null },
    ]);
  });

  it("treats the days of an earlier alert as an announced episode", () => {
    const trailingZ = zs("2026-05-01", [-1, -3, -6, 0, 0, 0]);
    const episodes = trackEpisodes(
      {
        from: "2026-05-01",
        to: "2026-05-06",
        trailingZ,
        // Today's re-read no longer flags May 2 (the weeks after it exist now); it was alerted then.
        findings: [finding("2026-05-03", "down", -6)],
        alerted: [{ from: "2026-05-02", to: "2026-05-02", direction: "down" }],
      },
      opts,
    );
    expect(episodes).toEqual([
      {
        date: "2026-05-02",
        detected: "2026-05-02",
        direction: "down",
        onset: null,
        alerted: true,
        lastAbnormal: "2026-05-03",
        recovered: "2026-05-04",
      },
    ]);
  });
});
