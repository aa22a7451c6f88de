import { describe, expect, it } from "vitest";
import { DAYS, dateOfDay, dayOfDate, isoUtc, ZoneClock } from "./calendar.ts";

/** Wall-clock text of an instant in a zone, for checking conversions back. */
function wallClock(ms: number, timeZone: string): string {
  const f = new Intl.DateTimeFormat("sv-SE", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });
  return f.format(new Date(ms)).replace(" ", "T");
}

describe("calendar", () => {
  it("covers the year ending 2026-10-31", () => {
    expect(DAYS).toBe(365);
    expect(dateOfDay(0)).toBe("2025-11-01");
    expect(dateOfDay(DAYS - 1)).toBe("2026-10-31");
    expect(dayOfDate("2025-11-28")).toBe(27);
  });

  it.each([
    ["America/New_York", "2026-03-08"],
    ["America/New_York", "2025-11-02"],
    ["Europe/Berlin", "2026-03-29"],
    ["Europe/Berlin", "2026-10-25"],
    ["Europe/Berlin", "2026-07-01"],
  ])("converts local times in %s on %s to the right UTC instant", (tz, date) => {
    const clock = new ZoneClock(tz);
    const day = dayOfDate(date);
    // Every hour except the skipped spring-forward hour must round-trip to the same wall clock.
    for (let h = 0; h < 24; h++) {
      const sec = h * 3600 + 1234;
      const ms = clock.toUtcMs(day, sec);
      const expected = `${date}T${String(h).padStart(2, "0")}:20:34`;
      if (wallClock(ms, tz) !== expected) {
        expect(h).toBe(2); // 02:xx does not exist on spring-forward day
        expect(date === "2026-03-08" || date === "2026-03-29").toBe(true);
      }
    }
    expect(new Date(clock.toUtcMs(dayOfDate("2026-07-01"), 12 * 3600)).toISOString()).toBe(
      tz === "America/New_York" ? "2026-07-01T16:00:00.000Z" : "2026-07-01T10:00:00.000Z",
    );
  });

  it("formats instants exactly like Date.prototype.toISOString", () => {
    for (const ms of [
      Date.UTC(2026, 9, 31, 14, 3, 0),
      Date.UTC(2025, 10, 1, 0, 0, 0),
      Date.UTC(2026, 2, 8, 23, 59, 59),
    ]) {
      expect(isoUtc(ms)).toBe(new Date(ms).toISOString());
    }
  });
});
