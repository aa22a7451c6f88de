/**
 * Exactly once on a real PostgreSQL: two service instances (each with its own connection pool, as
 * two replicas would have) tick concurrently with the same clock over 10 scheduled periods, and the
 * local receiving webhook counts what arrives.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { insertTestOrganizations } from "../api/testing.ts";
import { openDatabase } from "../db/connect.ts";
import type { Database } from "../db/database.ts";
import { createScratchDatabase, describeWithPostgres } from "../db/testing.ts";
import { listAttempts, listRuns } from "./runs/repository.ts";
import { insertSchedule } from "./schedule/repository.ts";
import { countingProducers, startReceiver, type TestReceiver, testClock, testScheduler } from "./testing.ts";

const SECRET = "int-test-secret-0123456789";

describeWithPostgres("scheduler on a real PostgreSQL (two instances)", (baseUrl) => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let second: Database;
  let receiver: TestReceiver;
  beforeAll(async () => {
    scratch = await createScratchDatabase(baseUrl());
    second = await openDatabase({ databaseUrl: scratch.url });
    receiver = await startReceiver(SECRET);
  });
  afterAll(async () => {
    await receiver?.close();
    await second?.close();
    await scratch?.drop();
  });

  it("delivers 10 scheduled periods exactly 10 times, and a period missed during downtime once", async () => {
    const orgs = await insertTestOrganizations(scratch.db);
    const schedule = await insertSchedule(
      scratch.db,
      orgs.acme,
      {
        name: "every five minutes",
        kind: "brief",
        target: { period: { preset: "last_week" } },
        cron: "*/5 * * * *",
        destinations: [{ type: "webhook", url: receiver.url, secret: SECRET }],
        enabled: true,
        createdBy: "test",
      },
      new Date("2026-11-02T13:59:00Z"),
    );
    const clock = testClock("2026-11-02T14:00:00Z");
    const producersA = countingProducers();
    const producersB = countingProducers();
    const a = testScheduler(scratch.db, clock, { producers: producersA });
    const b = testScheduler(second, clock, { producers: producersB });
    receiver.failNext(1); // the first period needs a retry, which both instances race to claim too
    const ticks: number[] = [];
    for (let step = 0; step < 10; step++) {
      // Several concurrent ticks per step: both replicas, twice each, plus one a minute later.
      const reports = await Promise.all([a.tick(), b.tick(), b.tick(), a.tick()]);
      clock.advance(60_000);
      reports.push(await a.tick(), await b.tick());
      clock.advance(2 * 60_000);
      reports.push(await b.tick(), await a.tick());
      ticks.push(reports.reduce((n, r) => n + r.processed.length, 0));
      clock.advance(2 * 60_000);
    }
    const periods = receiver.received.map((r) => r.body.period);
    const runs = await listRuns(scratch.db, orgs.acme, "schedule", schedule.id);
    console.log(
      "two instances, 10 periods:",
      JSON.stringify({
        received: receiver.received.length,
        distinctPeriods: new Set(periods).size,
        signaturesValid: receiver.received.filter((r) => r.signatureValid).length,
        producedByA: producersA.produced.length,
        producedByB: producersB.produced.length,
        runs: runs.length,
        statuses: [...new Set(runs.map((r) => r.status))],
        attemptsOfFirstRun: (await listAttempts(scratch.db, orgs.acme, runs.at(-1)!.id)).map(
          (x) => x.httpStatus,
        ),
      }),
    );
    expect(receiver.received).toHaveLength(10);
    expect(new Set(periods).size).toBe(10);
    expect(periods[0]).toBe("2026-11-02T09:00");
    expect(periods[9]).toBe("2026-11-02T09:45");
    expect(receiver.received.every((r) => r.signatureValid)).toBe(true);
    expect(runs).toHaveLength(10);
    expect(runs.every((r) => r.status === "delivered")).toBe(true);
    expect(producersA.produced.length + producersB.produced.length).toBe(10);

    // Both instances stop at 09:50 local; the service comes back at 11:07: 11:05 is caught up once.
    clock.set("2026-11-02T16:07:00Z");
    const c = testScheduler(scratch.db, clock);
    const d = testScheduler(second, clock);
    await Promise.all([c.tick(), d.tick(), c.tick(), d.tick()]);
    clock.advance(60_000);
    await Promise.all([c.tick(), d.tick()]);
    const after = receiver.received.map((r) => r.body.period).slice(10);
    console.log("after downtime on PostgreSQL:", JSON.stringify(after));
    expect(after).toEqual(["2026-11-02T11:05"]);
  });
});
