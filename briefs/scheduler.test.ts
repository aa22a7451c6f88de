import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { insertTestOrganizations } from "../api/testing.ts";
import { openTestDatabase } from "../db/connect.ts";
import type { Database } from "../db/database.ts";
import { listAttempts, listRuns } from "./runs/repository.ts";
import { insertSchedule } from "./schedule/repository.ts";
import { backoffMs, DEFAULT_RETRY } from "./scheduler.ts";
import { startReceiver, type TestReceiver, testClock, testScheduler } from "./testing.ts";

const SECRET = "test-secret-0123456789";
const HOUR = 3_600_000;

let db: Database;
let orgs: { acme: number; beta: number };
let receiver: TestReceiver;

beforeAll(async () => {
  db = await openTestDatabase();
  orgs = await insertTestOrganizations(db);
});
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  await db.query("DELETE FROM delivery_runs");
  await db.query("DELETE FROM brief_schedules");
  receiver = await startReceiver(SECRET);
  return () => receiver.close();
});

async function weeklyMonday9(createdAt: string, organizationId = orgs.acme) {
  return insertSchedule(
    db,
    organizationId,
    {
      name: "Monday brief",
      kind: "brief",
      target: { period: { preset: "last_week" } },
      cron: "0 9 * * 1",
      destinations: [{ type: "webhook", url: receiver.url, secret: SECRET }],
      enabled: true,
      createdBy: "test",
    },
    new Date(createdAt),
  );
}

describe("scheduler", () => {
  it("fires a weekly Monday 09:00 schedule at 09:00 New York time on both sides of the 2026-11-01 DST change", async () => {
    const clock = testClock("2026-10-25T00:00:00Z");
    const schedule = await weeklyMonday9("2026-10-20T00:00:00Z");
    const scheduler = testScheduler(db, clock);
    // Tick every hour for nine days (no real waiting: the clock is injected).
    while (clock.now() < new Date("2026-11-03T00:00:00Z")) {
      await scheduler.tick();
      clock.advance(HOUR);
    }
    const runs = (await listRuns(db, orgs.acme, "schedule", schedule.id)).reverse();
    const shown = runs.map((r) => ({
      period: r.periodKey,
      scheduledFor: r.scheduledFor,
      deliveredAt: r.deliveredAt,
    }));
    console.log("weekly schedule across DST:", JSON.stringify(shown));
    expect(shown).toEqual([
      {
        period: "2026-10-26T09:00",
        scheduledFor: "2026-10-26T13:00:00.000Z",
        deliveredAt: "2026-10-26T13:00:00.000Z",
      },
      {
        period: "2026-11-02T09:00",
        scheduledFor: "2026-11-02T14:00:00.000Z",
        deliveredAt: "2026-11-02T14:00:00.000Z",
      },
    ]);
    expect(receiver.received.map((r) => r.body.period)).toEqual(["2026-10-26T09:00", "2026-11-02T09:00"]);
    expect(receiver.received.every((r) => r.signatureValid)).toBe(true);
  });

  it("catches up only the latest period missed while the service was down, once", async () => {
    const clock = testClock("2026-10-26T13:00:00Z");
    const schedule = await weeklyMonday9("2026-10-20T00:00:00Z");
    await testScheduler(db, clock).tick(); // delivers 2026-10-26
    // Down from 10-26 until Wednesday 11-11: the 11-02 and 11-09 fires were missed.
    clock.set("2026-11-11T08:00:00Z");
    const restarted = testScheduler(db, clock);
    const first = await restarted.tick();
    for (let i = 0; i < 5; i++) {
      clock.advance(HOUR);
      await restarted.tick();
    }
    const periods = receiver.received.map((r) => r.body.period);
    console.log("after downtime:", JSON.stringify({ firstTickAfterRestart: first, periods }));
    expect(periods).toEqual(["2026-10-26T09:00", "2026-11-09T09:00"]);
    const runs = await listRuns(db, orgs.acme, "schedule", schedule.id);
    expect(runs.map((r) => [r.periodKey, r.status, r.deliveredAt])).toEqual([
      ["2026-11-09T09:00", "delivered", "2026-11-11T08:00:00.000Z"],
      ["2026-10-26T09:00", "delivered", "2026-10-26T13:00:00.000Z"],
    ]);
  });

  it("does not deliver fires from before the schedule was created", async () => {
    const clock = testClock("2026-10-26T15:00:00Z");
    await weeklyMonday9("2026-10-26T14:00:00Z"); // created after that Monday's 09:00
    await testScheduler(db, clock).tick();
    expect(receiver.received).toHaveLength(0);
  });

  it("retries a failing webhook with exponential backoff and records every attempt", async () => {
    const clock = testClock("2026-10-26T13:00:00Z");
    const schedule = await weeklyMonday9("2026-10-20T00:00:00Z");
    const scheduler = testScheduler(db, clock);
    receiver.failNext(3, 500);
    await scheduler.tick(); // attempt 1: 500
    const timeline: string[] = [];
    for (let i = 0; i < 40 && receiver.received.length === 0; i++) {
      clock.advance(30_000);
      const r = await scheduler.tick();
      if (r.processed.length) timeline.push(`${clock.now().toISOString()} ${r.processed[0]!.status}`);
    }
    const [run] = await listRuns(db, orgs.acme, "schedule", schedule.id);
    const attempts = await listAttempts(db, orgs.acme, run!.id);
    console.log(
      "retries:",
      JSON.stringify({ timeline, run: { status: run!.status, attempts: run!.attempts }, attempts }),
    );
    expect(run).toMatchObject({ status: "delivered", attempts: 4, lastError: null });
    expect(attempts.map((a) => [a.attempt, a.ok, a.httpStatus, a.error, a.at])).toEqual([
      [1, false, 500, "HTTP 500", "2026-10-26T13:00:00.000Z"],
      [2, false, 500, "HTTP 500", "2026-10-26T13:01:00.000Z"], // +60 s
      [3, false, 500, "HTTP 500", "2026-10-26T13:03:00.000Z"], // +120 s
      [4, true, 200, null, "2026-10-26T13:07:00.000Z"], // +240 s
    ]);
    expect(receiver.received).toHaveLength(1);
  });

  it("gives up after maxAttempts and keeps the last error", async () => {
    const clock = testClock("2026-10-26T13:00:00Z");
    const schedule = await weeklyMonday9("2026-10-20T00:00:00Z");
    const scheduler = testScheduler(db, clock, {
      retry: { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 10_000 },
    });
    receiver.failNext(100, 503);
    for (let i = 0; i < 20; i++) {
      await scheduler.tick();
      clock.advance(5000);
    }
    const [run] = await listRuns(db, orgs.acme, "schedule", schedule.id);
    expect(run).toMatchObject({
      status: "failed",
      attempts: 3,
      lastError: expect.stringContaining("HTTP 503"),
    });
    expect(await listAttempts(db, orgs.acme, run!.id)).toHaveLength(3);
  });

  it("sends a schedule now outside its cron and keeps tenants apart", async () => {
    const clock = testClock("2026-10-28T10:00:00Z");
    const schedule = await weeklyMonday9("2026-10-28T09:00:00Z");
    const scheduler = testScheduler(db, clock);
    expect(await scheduler.sendNow(orgs.beta, schedule.id)).toMatchObject({ status: "failed" });
    const run = await scheduler.sendNow(orgs.acme, schedule.id);
    expect(run).toMatchObject({ status: "delivered", periodKey: "manual:2026-10-28T10:00:00.000Z" });
    expect(receiver.received.map((r) => r.body.period)).toEqual(["manual:2026-10-28T10:00:00.000Z"]);
  });

  it("backs off exponentially with a cap", () => {
    expect([1, 2, 3, 4, 10].map((n) => backoffMs(DEFAULT_RETRY, n))).toEqual([
      60_000, 120_000, 240_000, 480_000, 3_600_000,
    ]);
  });
});
