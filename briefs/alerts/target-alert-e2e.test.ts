/**
 * A target alert rule ("CPA above its target") end to end with a controllable clock: the scheduler
 * checks it each day once the day's data has landed (data_loads), delivers it to a local webhook
 * receiver that verifies the HMAC signature itself, once per (rule, day): a second evaluation of
 * the same day (a later tick, or a re-load that re-checks the day) delivers nothing new; the next
 * day, still above target, is delivered again. (The demo data at this scale has no orders on
 * October 28, so CPA has no value that day: the checked days are October 26 and 27.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSeededAnalytics } from "../../db/analytics/testing.ts";
import type { Database } from "../../db/database.ts";
import { insertMetricTarget } from "../../db/repositories/metric-targets.ts";
import { silentLogger } from "../../lib/logger.ts";
import { listRuns } from "../runs/repository.ts";
import { startReceiver, type TestReceiver, testClock, testScheduler } from "../testing.ts";
import { createAlertEvaluator } from "./evaluate.ts";
import { insertAlertRule } from "./repository.ts";

const SECRET = "target-alert-secret-0123456789";
const HOUR = 3_600_000;
let db: Database;
let org: number;
let receiver: TestReceiver;

beforeAll(async () => {
  const seeded = await openSeededAnalytics();
  db = seeded.db;
  org = seeded.tenant.organizationId;
  receiver = await startReceiver(SECRET);
}, 180_000);
afterAll(async () => {
  await receiver.close();
  await db.close();
});

/** The day's data lands: a data load through `day` finishing at `at`. */
async function dataLands(day: string, at: Date) {
  await db.query(
    "INSERT INTO data_loads (organization_id, kind, rows, data_through, finished_at) VALUES ($1, 'test', '{}', $2, $3)",
    [org, day, at.toISOString()],
  );
}

describe("a target alert rule, scheduled daily", () => {
  it("delivers once per (rule, day), not again for the same day, and again the next day", async () => {
    // The seeded loads say the data runs through October 31; here it lands one day at a time.
    await db.query("DELETE FROM data_loads WHERE organization_id = $1", [org]);
    const clock = testClock("2026-10-27T12:00:00Z"); // 08:00 in New York
    await insertMetricTarget(
      db,
      org,
      {
        metric: "cpa",
        filterDimension: null,
        filterValue: null,
        target: 1,
        direction: "at_most",
        period: "none",
        createdBy: "test",
      },
      clock.now(),
    );
    const rule = await insertAlertRule(
      db,
      org,
      {
        name: "CPA above target",
        metric: "cpa",
        condition: { kind: "target" },
        scope: null,
        destinations: [{ type: "webhook", url: receiver.url, secret: SECRET }],
        enabled: true,
        evaluatedThrough: "2026-10-25",
        createdBy: "test",
      },
      clock.now(),
    );
    const scheduler = testScheduler(db, clock, {
      evaluateAlerts: createAlertEvaluator({ db, logger: silentLogger, appUrl: "http://app.test" }),
    });
    const days = () => receiver.received.map((r) => (r.body.data as { day: string }).day);

    // Before October 28's data lands the rule has nothing to check.
    await dataLands("2026-10-25", clock.now());
    await scheduler.tick();
    expect(receiver.received).toEqual([]);

    // 09:00: October 28 lands; the next tick checks it and delivers.
    clock.advance(HOUR);
    await dataLands("2026-10-26", clock.now());
    await scheduler.tick();
    expect(days()).toEqual(["2026-10-26"]);
    const first = receiver.received[0]!;
    expect(first.signatureValid).toBe(true);
    expect(first.body.title).toBe('Alert "CPA above target" (Acme Outdoor): cpa on 2026-10-26');
    expect(first.body.text).toMatch(/^overall: cpa [\d,.]+ on 2026-10-26 \(above its target 1.00\)$/);

    // Later the same day: more ticks, and a re-load that makes the rule check October 28 again.
    for (let h = 0; h < 6; h++) {
      clock.advance(HOUR);
      await scheduler.tick();
    }
    await dataLands("2026-10-26", clock.now());
    await db.query("UPDATE alert_rules SET evaluated_through = '2026-10-25' WHERE id = $1", [rule.id]);
    await scheduler.tick();
    expect(days()).toEqual(["2026-10-26"]);
    expect((await listRuns(db, org, "alert", rule.id)).map((r) => r.periodKey)).toEqual(["2026-10-26"]);

    // The next morning October 29 lands, still above target: delivered again, as its own run.
    clock.set("2026-10-28T13:00:00Z");
    await dataLands("2026-10-27", clock.now());
    await scheduler.tick();
    expect(days()).toEqual(["2026-10-26", "2026-10-27"]);
    expect(receiver.received.every((r) => r.signatureValid)).toBe(true);
    const ids = receiver.received.map((r) => r.deliveryId);
    expect(new Set(ids).size).toBe(2);

    console.log(
      "target alert deliveries:",
      JSON.stringify(
        receiver.received.map((r) => ({
          day: (r.body.data as { day: string }).day,
          text: r.body.text,
          signatureValid: r.signatureValid,
        })),
      ),
    );
  });
});
