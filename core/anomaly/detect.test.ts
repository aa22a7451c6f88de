import { describe, expect, it } from "vitest";
import { dateFromDayNumber, dayNumber } from "../stats/dates.ts";
import { createRng, normal, poisson, type Rng } from "../stats/prng.ts";
import { seriesByMember } from "./aggregate.ts";
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
    const rng = createRng(7);
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
      const { found, falseAlarms } = scoreRun(report.anomalies, injected);
      expect(found).toBe(injected.size);
      expect(falseAlarms).toBeLessThanOrEqual(2);
    }
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
    expect(a.expected).toBe(101);
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
