import { describe, expect, it } from "vitest";
import { dateFromDayNumber, dayNumber } from "../stats/dates.ts";
import { createRng, normal, poisson, type Rng } from "../stats/prng.ts";
import { seriesByMember } from "./aggregate.ts";
import { dayBaseline } from "./baseline.ts";
import { countTailZ } from "./count-tail.ts";
import { detectAnomalies } from "./detect.ts";

const WEEKDAY = [1, 1.05, 1.1, 1.05, 0.95, 0.7, 0.6];
const WARMUP = 8 * 7;
const YEAR = 365;
const START = dayNumber("2023-01-02");

/** Injects anomalies on days at least 10 apart, after the warm-up. */
function injectionDays(rng: Rng, count: number): number[] {
  const days: number[] = [];
  while (days.length < count) {
    const d = WARMUP + Math.floor(rng() * YEAR);
    if (days.every((x) => Math.abs(x - d) >= 10)) days.push(d);
  }
  return days;
}

function scoreRun(
  flagged: { date: string; direction: string }[],
  injected: Map<number, "up" | "down">,
): { found: number; falseAlarms: number } {
  let found = 0;
  let falseAlarms = 0;
  for (const a of flagged) {
    const dir = injected.get(dayNumber(a.date) - START);
    if (dir === a.direction) found += 1;
    else falseAlarms += 1;
  }
  return { found, falseAlarms };
}

describe("detectAnomalies on synthetic weekly-seasonal series", () => {
  it("finds every injected anomaly (at least 90% up or 60% down, 8% noise) with at most 2 false alarms per channel-year", () => {
    const rng = createRng(2024);
    for (let channel = 0; channel < 20; channel++) {
      const level = 1000 + 9000 * rng();
      const injected = new Map<number, "up" | "down">();
      for (const d of injectionDays(rng, 6)) injected.set(d, rng() < 0.5 ? "up" : "down");
      const series = [];
      for (let d = 0; d < WARMUP + YEAR; d++) {
        let v = level * WEEKDAY[d % 7]! * (1 + 0.0005 * d) * (1 + 0.08 * normal(rng));
        const dir = injected.get(d);
        if (dir === "up") v *= 1.9 + 0.5 * rng();
        if (dir === "down") v *= 0.2 + 0.2 * rng();
        series.push({ date: dateFromDayNumber(START + d), value: Math.round(v * 100) / 100 });
      }
      const report = detectAnomalies(series, { from: dateFromDayNumber(START + WARMUP) });
      expect(report.countAware).toBe(false);
      expect(report.evaluatedDays).toBe(YEAR);
      const { found, falseAlarms } = scoreRun(report.anomalies, injected);
      expect(found).toBe(injected.size);
      expect(falseAlarms).toBeLessThanOrEqual(2);
    }
  });

  it("is count-aware: low-volume Poisson counts raise at most 2 false alarms and still catch tripled days", () => {
    // Scored by the negative-binomial tail of the count: 79 of the 80 tripled days are found. The
    // one missed is 33 where the following weeks' mean is 14.5 (a Poisson tail of 1.6e-5 before the
    // baseline's own uncertainty, z 3.95 with it): at 13-15 a day a tripled day is a z = 4 borderline.
    const rng = createRng(7);
    let foundAll = 0;
    let injectedAll = 0;
    for (let channel = 0; channel < 20; channel++) {
      const mean = 20 + 40 * rng();
      const injected = new Map<number, "up" | "down">();
      for (const d of injectionDays(rng, 4)) injected.set(d, "up");
      const series = [];
      for (let d = 0; d < WARMUP + YEAR; d++) {
        const mu = mean * WEEKDAY[d % 7]! * (injected.has(d) ? 3 : 1);
        series.push({ date: dateFromDayNumber(START + d), value: poisson(rng, mu) });
      }
      const report = detectAnomalies(series, { from: dateFromDayNumber(START + WARMUP) });
      expect(report.countAware).toBe(true);
      expect(report.scale).toBe("sqrt");
      const { found, falseAlarms } = scoreRun(report.anomalies, injected);
      foundAll += found;
      injectedAll += injected.size;
      expect(falseAlarms).toBeLessThanOrEqual(2);
    }
    expect(injectedAll).toBe(80);
    expect(foundAll).toBe(79);
  });

  it("scores ratio metrics from each day's numerator and denominator", () => {
    const rng = createRng(99);
    for (let channel = 0; channel < 10; channel++) {
      const injected = new Map<number, "up" | "down">();
      for (const d of injectionDays(rng, 4)) injected.set(d, "down");
      const series = [];
      for (let d = 0; d < WARMUP + YEAR; d++) {
        const clicks = poisson(rng, 8000 * WEEKDAY[d % 7]!);
        const rate = 0.03 * (injected.has(d) ? 0.4 : 1);
        series.push({
          date: dateFromDayNumber(START + d),
          numerator: poisson(rng, clicks * rate),
          denominator: clicks,
        });
      }
      const report = detectAnomalies(series, { from: dateFromDayNumber(START + WARMUP) });
      const { found, falseAlarms } = scoreRun(report.anomalies, injected);
      expect(found).toBe(injected.size);
      expect(falseAlarms).toBeLessThanOrEqual(2);
      const first = report.anomalies.find((a) => injected.has(dayNumber(a.date) - START))!;
      expect(first.value).toBe(first.numerator! / first.denominator!);
    }
  });
});

describe("detectAnomalies", () => {
  const flat = (weeks: number, value = 100) =>
    Array.from({ length: weeks * 7 }, (_, d) => ({
      date: dateFromDayNumber(START + d),
      value: value + (d % 3),
    }));

  it("reports the flagged day with expected value, band, score, direction and severity", () => {
    const series = flat(9);
    series[62] = { date: series[62]!.date, value: 300 };
    const report = detectAnomalies(series, { valueKind: "continuous" });
    expect(report.anomalies).toHaveLength(1);
    const a = report.anomalies[0]!;
    expect(a).toMatchObject({
      date: dateFromDayNumber(START + 62),
      value: 300,
      direction: "up",
      severity: "high",
    });
    // Scored on the sqrt (count) scale: the median back-transformed, 101 up to rounding.
    expect(a.expected).toBeCloseTo(101, 10);
    expect(a.kind).toBe("day");
    expect(a.to).toBe(a.date);
    expect(a.lower).toBeLessThan(a.expected);
    expect(a.upper).toBeGreaterThan(a.expected);
    expect(a.upper).toBeLessThan(300);
  });

  it("does not score days before the minimum history", () => {
    const report = detectAnomalies(flat(4), { minHistoryWeeks: 4 });
    expect(report.evaluatedDays).toBe(0);
    expect(report.skippedDays).toBe(28);
    expect(report.firstEvaluableDate).toBeNull();
    const longer = detectAnomalies(flat(5), { minHistoryWeeks: 4 });
    expect(longer.evaluatedDays).toBe(7);
    expect(longer.firstEvaluableDate).toBe(dateFromDayNumber(START + 28));
  });

  it("rejects bad options naming the field", () => {
    expect(() => detectAnomalies(flat(5), { threshold: "abc" })).toThrowError(/threshold/);
    expect(() => detectAnomalies(flat(5), { minHistoryWeeks: 9, trailingWeeks: 8 })).toThrowError(
      /minHistoryWeeks/,
    );
    expect(() => detectAnomalies(flat(5), { from: "2024-02-30" })).toThrowError(/from/);
    try {
      detectAnomalies(flat(5), { from: "2024-02-30" });
    } catch (e) {
      expect(e).toMatchObject({ code: "core.invalid_input" });
    }
  });

  it("does not score one step of a rounded series as an anomaly (its resolution floors the noise)", () => {
    // Platform conversions reported to 0.01, 0.03 a day on 3 clicks: one day at 0.04 is one rounding
    // step (+33%), which scored 20.22 when the noise of mostly identical days collapsed.
    const tiny = Array.from({ length: 70 }, (_, d) => ({
      date: dateFromDayNumber(START + d),
      numerator: d === 66 || d % 17 === 5 ? 0.04 : 0.03,
      denominator: 3,
    }));
    const opts = { from: dateFromDayNumber(START + 56), threshold: 5, reference: "trailing" } as const;
    expect(detectAnomalies(tiny, opts).anomalies).toEqual([]);
    // Thirty steps high, a drop to a third is still found.
    const steady = Array.from({ length: 70 }, (_, d) => ({
      date: dateFromDayNumber(START + d),
      numerator: d === 66 ? 0.1 : [0.28, 0.31, 0.3, 0.33, 0.29, 0.32, 0.3][d % 7]!,
      denominator: 10,
    }));
    expect(detectAnomalies(steady, opts).anomalies.map((a) => [a.date, a.score])).toEqual([
      [dateFromDayNumber(START + 66), -39.4],
    ]);
  });

  it("rejects duplicate dates", () => {
    const s = flat(5);
    expect(() => detectAnomalies([...s, s[0]!])).toThrowError(/duplicate date/);
  });
});

describe("seriesByMember", () => {
  it("sums numerators and denominators per day, overall and per member", () => {
    const out = seriesByMember([
      { member: "b", date: "2024-01-01", numerator: 1, denominator: 10 },
      { member: "a", date: "2024-01-01", numerator: 3, denominator: 10 },
      { member: "a", date: "2024-01-02", numerator: 2, denominator: 5 },
    ]);
    expect(out).toEqual([
      {
        member: null,
        series: [
          { date: "2024-01-01", numerator: 4, denominator: 20 },
          { date: "2024-01-02", numerator: 2, denominator: 5 },
        ],
      },
      {
        member: "a",
        series: [
          { date: "2024-01-01", numerator: 3, denominator: 10 },
          { date: "2024-01-02", numerator: 2, denominator: 5 },
        ],
      },
      { member: "b", series: [{ date: "2024-01-01", numerator: 1, denominator: 10 }] },
    ]);
  });
});

describe("detectAnomalies: level shifts, known events, change points and sustained shifts", () => {
  const rng = createRng(11);
  const noisy = (days: number, level: (d: number) => number) =>
    Array.from({ length: days }, (_, d) => ({
      date: dateFromDayNumber(START + d),
      value: Math.round(level(d) * WEEKDAY[d % 7]! * (1 + 0.05 * normal(rng)) * 100) / 100,
    }));

  it("does not report a lasting level shift as one-day anomalies (it does with reference trailing)", () => {
    const series = noisy(26 * 7, (d) => (d < 13 * 7 ? 1000 : 1500));
    const both = detectAnomalies(series, { from: dateFromDayNumber(START + 9 * 7) });
    expect(both.scale).toBe("log");
    expect(both.anomalies).toEqual([]);
    const trailing = detectAnomalies(series, {
      from: dateFromDayNumber(START + 9 * 7),
      reference: "trailing",
    });
    expect(trailing.anomalies.length).toBeGreaterThanOrEqual(14);
    expect(
      trailing.anomalies.every((a) => a.direction === "up" && a.date >= dateFromDayNumber(START + 91)),
    ).toBe(true);
  });

  it("still flags a one-day drop inside a series with a level shift", () => {
    const series = noisy(26 * 7, (d) => (d < 13 * 7 ? 1000 : 1500));
    series[120] = { date: series[120]!.date, value: 150 };
    const report = detectAnomalies(series, { from: dateFromDayNumber(START + 9 * 7) });
    expect(report.anomalies.map((a) => [a.date, a.kind, a.direction])).toEqual([
      [dateFromDayNumber(START + 120), "day", "down"],
    ]);
  });

  it("neither scores known event days nor lets them into a baseline", () => {
    const series = noisy(20 * 7, () => 1000);
    for (let d = 70; d <= 73; d++) series[d] = { date: series[d]!.date, value: 3000 };
    const event = {
      from: dateFromDayNumber(START + 70),
      to: dateFromDayNumber(START + 73),
      label: "Black Friday",
    };
    const plain = detectAnomalies(series, { from: dateFromDayNumber(START + 63) });
    expect(plain.anomalies.map((a) => a.date)).toEqual(
      [70, 71, 72, 73].map((d) => dateFromDayNumber(START + d)),
    );
    const report = detectAnomalies(series, { from: dateFromDayNumber(START + 63), events: [event] });
    expect(report.anomalies).toEqual([]);
    expect(report.eventDays).toBe(4);
    expect(report.evaluatedDays + report.skippedDays).toBe(77);
  });

  it("scores a day after a known change point only once the new level has minHistoryWeeks of history", () => {
    const series = noisy(24 * 7, (d) => (d < 84 ? 1000 : 300));
    const change = dateFromDayNumber(START + 84);
    const report = detectAnomalies(series, { from: dateFromDayNumber(START + 63), changePoints: [change] });
    expect(report.anomalies).toEqual([]);
    expect(report.skippedDays).toBe(28);
    expect(report.firstEvaluableDate).toBe(dateFromDayNumber(START + 63));
  });

  it("reports a sustained drop of a rate as one shift over its span", () => {
    const r = createRng(5);
    const series = Array.from({ length: 20 * 7 }, (_, d) => {
      const clicks = poisson(r, 800 * WEEKDAY[d % 7]!);
      const rate = 0.03 * (d >= 100 && d < 114 ? 0.6 : 1);
      return {
        date: dateFromDayNumber(START + d),
        numerator: poisson(r, clicks * rate),
        denominator: clicks,
      };
    });
    const report = detectAnomalies(series, { from: dateFromDayNumber(START + 63) });
    expect(report.shiftTest).toBe(true);
    const shifts = report.anomalies.filter((a) => a.kind === "shift");
    expect(shifts).toHaveLength(1);
    const s = shifts[0]!;
    expect(s.direction).toBe("down");
    expect(s.date <= dateFromDayNumber(START + 113) && s.to >= dateFromDayNumber(START + 100)).toBe(true);
    expect(s.value).toBeCloseTo(s.numerator! / s.denominator!, 12);
    const off = detectAnomalies(series, { from: dateFromDayNumber(START + 63), shifts: "off" });
    expect(off.anomalies.filter((a) => a.kind === "shift")).toEqual([]);
  });

  const rateSeries = (seed: number, days: number, rate: (d: number) => number) => {
    const r = createRng(seed);
    return Array.from({ length: days }, (_, d) => {
      const clicks = poisson(r, 800 * WEEKDAY[d % 7]!);
      return {
        date: dateFromDayNumber(START + d),
        numerator: poisson(r, clicks * rate(d)),
        denominator: clicks,
      };
    });
  };
  const brief = (a: { kind: string; date: string; to: string; score: number }) => [
    a.kind,
    a.date,
    a.to,
    a.score,
  ];

  it("does not report a lasting new level of a rate as a shift (it does with reference trailing)", () => {
    // The rate steps up by half on day 100 and stays there: the weeks after every window confirm
    // the new level, so it is not a passing shift.
    const series = rateSeries(5, 26 * 7, (d) => 0.03 * (d >= 100 ? 1.5 : 1));
    const from = dateFromDayNumber(START + 63);
    expect(detectAnomalies(series, { from }).anomalies).toEqual([]);
    const trailing = detectAnomalies(series, { from, reference: "trailing" });
    expect(trailing.anomalies.map(brief)).toEqual([["shift", "2023-04-15", "2023-04-23", 4.7]]);
  });

  it("reports a shift at the end of the data on the weeks before it alone", () => {
    // The last 14 days (2023-05-08..21) convert at 60%: no weeks after them exist yet.
    const series = rateSeries(5, 20 * 7, (d) => 0.03 * (d >= 126 ? 0.6 : 1));
    const report = detectAnomalies(series, { from: dateFromDayNumber(START + 63) });
    expect(report.anomalies.map(brief)).toEqual([
      ["shift", "2023-05-11", "2023-05-21", -5.76],
      ["day", "2023-05-17", "2023-05-17", -5.28],
    ]);
  });
});

describe("dayBaseline", () => {
  it("lends a window too short for week-on-week differences the noise of another baseline", () => {
    // One week after day 0 (days 1..7) and nothing beyond: no difference to estimate noise from.
    const values = new Map(Array.from({ length: 8 }, (_, d) => [d, d === 7 ? 12 : 10] as const));
    const lead = dayBaseline(values, 0, 8, 1, { direction: 1, absolute: true })!;
    expect(lead).toMatchObject({ expected: 12, sigma: 0, noise: 0, sameWeekdayCount: 1 });
    const lent = dayBaseline(values, 0, 8, 1, { direction: 1, absolute: true, fallbackNoise: 0.5 })!;
    expect(lent.noise).toBe(0.5);
    expect(lent.sigma).toBeCloseTo(0.5 * Math.sqrt(1 + Math.PI / 2), 12);
  });
});

describe("countTailZ", () => {
  it("is the normal-equivalent of the Poisson / negative-binomial mid-p tail", () => {
    expect(countTailZ(60, 50, 0)).toBeCloseTo(1.39, 2);
    expect(countTailZ(2, 17, 0)).toBeCloseTo(-4.48, 2);
    expect(countTailZ(36, 12, 0)).toBeCloseTo(5.59, 2);
    // Overdispersion widens the tail.
    expect(countTailZ(36, 12, 0.1)).toBeLessThan(4);
  });
});
