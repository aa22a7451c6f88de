import { describe, expect, it } from "vitest";
import { cronProblem, latestFire, localMinute, nextFires } from "./cron.ts";

describe("schedule cron in the organization's time zone", () => {
  it("fires a Monday 09:00 schedule at 09:00 local on both sides of the US fall-back (2026-11-01)", () => {
    const fires = nextFires("0 9 * * 1", "America/New_York", new Date("2026-10-20T00:00:00Z"), 3);
    expect(fires.map((d) => d.toISOString())).toEqual([
      "2026-10-26T13:00:00.000Z", // EDT, UTC-4
      "2026-11-02T14:00:00.000Z", // EST, UTC-5
      "2026-11-09T14:00:00.000Z",
    ]);
    expect(fires.map((d) => localMinute(d, "America/New_York"))).toEqual([
      "2026-10-26T09:00",
      "2026-11-02T09:00",
      "2026-11-09T09:00",
    ]);
  });

  it("fires at 09:00 local across the European spring-forward (2026-03-29)", () => {
    const fires = nextFires("0 9 * * 1", "Europe/Berlin", new Date("2026-03-20T00:00:00Z"), 2);
    expect(fires.map((d) => d.toISOString())).toEqual([
      "2026-03-23T08:00:00.000Z",
      "2026-03-30T07:00:00.000Z",
    ]);
  });

  it("sees a fire time at exactly now, and the previous one just before it", () => {
    expect(latestFire("0 9 * * 1", "America/New_York", new Date("2026-11-02T14:00:00Z"))?.toISOString()).toBe(
      "2026-11-02T14:00:00.000Z",
    );
    expect(latestFire("0 9 * * 1", "America/New_York", new Date("2026-11-02T13:59:59Z"))?.toISOString()).toBe(
      "2026-10-26T13:00:00.000Z",
    );
  });

  it("refuses expressions that are not five valid fields", () => {
    expect(cronProblem("0 9 * * 1")).toBeUndefined();
    expect(cronProblem("* * * * * *")).toMatch(/expected 5 fields/);
    expect(cronProblem("0 25 * * 1")).toMatch(/invalid cron expression/);
  });
});
