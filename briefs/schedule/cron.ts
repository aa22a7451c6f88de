/**
 * Cron expressions read in an organization's time zone (croner does the calendar and the
 * daylight-saving arithmetic: a 09:00 schedule stays at 09:00 local when the offset changes; a
 * time that does not exist on a spring-forward day fires at the first minute after the gap).
 */
import { Cron } from "croner";

/** Five fields only (minute hour day-of-month month day-of-week): no per-second schedules. */
export function cronProblem(expression: string): string | undefined {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5)
    return "expected 5 fields: minute hour day-of-month month day-of-week, e.g. '0 9 * * 1'";
  try {
    new Cron(expression, { paused: true });
    return undefined;
  } catch (e) {
    return `invalid cron expression: ${(e as Error).message}`;
  }
}

function job(expression: string, timeZone: string): Cron {
  return new Cron(expression, { timezone: timeZone, paused: true });
}

/**
 * The latest fire time at or before `now` (undefined when there is none).
 * @example latestFire("0 9 * * 1", "America/New_York", new Date("2026-11-03T00:00:00Z")); // 2026-11-02T14:00:00.000Z
 */
export function latestFire(expression: string, timeZone: string, now: Date): Date | undefined {
  // previousRuns excludes its reference instant; a tick exactly at the fire time must see it.
  return job(expression, timeZone).previousRuns(1, new Date(now.getTime() + 1))[0];
}

/** The next `count` fire times strictly after `after`. */
export function nextFires(expression: string, timeZone: string, after: Date, count = 1): Date[] {
  return job(expression, timeZone).nextRuns(count, after);
}

/**
 * The local wall-clock minute of `at` in `timeZone` as `YYYY-MM-DDTHH:mm`: a schedule's period key.
 * @example localMinute(new Date("2026-11-02T14:00:00Z"), "America/New_York"); // "2026-11-02T09:00"
 */
export function localMinute(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "00";
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
}
