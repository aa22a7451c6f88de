/**
 * Alert rules on the demo's injected anomalies (the simulator's ground truth): three rules, run by
 * the scheduler as daily and after-load evaluations would run them, with a local webhook counting
 * deliveries. Each injected anomaly must be alerted exactly once, and a second evaluation of the
 * whole year (as after a re-load) must add no duplicate.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSeededAnalytics } from "../../db/analytics/testing.ts";
import type { Database } from "../../db/database.ts";
import { DATA_THROUGH, FIRST_DAY } from "../../db/simulator/calendar.ts";
import { buildGroundTruth } from "../../db/simulator/ground-truth.ts";
import { ACME } from "../../db/simulator/specs/acme.ts";
import { silentLogger } from "../../lib/logger.ts";
import { addDays } from "../../semantic/query/dates.ts";
import { listRuns } from "../runs/repository.ts";
import { startReceiver, type TestReceiver, testClock, testScheduler } from "../testing.ts";
import type { AlertFinding } from "./evaluate.ts";
import { createAlertEvaluator } from "./evaluate.ts";
import { insertAlertRule } from "./repository.ts";

const SECRET = "alert-test-secret-0123456789";
let db: Database;
let org: number;
let receiver: TestReceiver;

beforeAll(async () => {
  const seeded = await openSeededAnalytics();
  db = seeded.db;
  org = seeded.tenant.organizationId;
  receiver = await startReceiver(SECRET);
});
afterAll(async () => {
  await receiver.close();
  await db.close();
});

describe("alert rules on the demo's injected anomalies", () => {
  it("alerts each injected anomaly once, and a re-evaluation of the year adds no duplicate", async () => {
    const truth = buildGroundTruth(ACME, { seed: 42, scale: 0.05 });
    const injected = truth.anomalies as { kind: string; date?: string; from?: string; to?: string }[];
    const dest = [{ type: "webhook" as const, url: receiver.url, secret: SECRET }];
    const checkFrom = addDays(FIRST_DAY, 56); // the detector needs weeks of history before a day
    const base = {
      destinations: dest,
      enabled: true,
      evaluatedThrough: addDays(checkFrom, -1),
      createdBy: "test",
    };
    const at = new Date("2026-11-01T12:00:00Z");
    const rules = {
      tracking_outage: await insertAlertRule(
        db,
        org,
        {
          ...base,
          name: "sessions anomaly",
          metric: "sessions",
          condition: { kind: "anomaly", sensitivity: 8 },
          scope: null,
        },
        at,
      ),
      runaway_spend: await insertAlertRule(
        db,
        org,
        {
          ...base,
          name: "spend anomaly by channel",
          metric: "spend",
          condition: { kind: "anomaly", sensitivity: 8 },
          scope: { dimension: "channel" },
        },
        at,
      ),
      conversion_rate_drop: await insertAlertRule(
        db,
        org,
        {
          ...base,
          name: "paid social platform conversion rate",
          metric: "platform_conversion_rate",
          condition: { kind: "anomaly", sensitivity: 5 },
          scope: { dimension: "channel", member: "paid_social" },
        },
        at,
      ),
    };
    const clock = testClock("2026-11-01T12:00:00Z");
    // Monthly evaluations (as monthly data loads would trigger), delivered by the scheduler.
    const monthly = createAlertEvaluator({
      db,
      logger: silentLogger,
      appUrl: "http://app.test",
      maxDays: 31,
    });
    const scheduler = testScheduler(db, clock, { evaluateAlerts: monthly });
    for (let i = 0; i < 14; i++) await scheduler.tick();
    const checked = await db.query<{ evaluated_through: string }>(
      "SELECT evaluated_through FROM alert_rules WHERE organization_id = $1",
      [org],
    );
    expect(checked.map((r) => r.evaluated_through)).toEqual([DATA_THROUGH, DATA_THROUGH, DATA_THROUGH]);
    const firstPass = receiver.received.length;

    // A second look at the whole year in weekly steps (as a re-import would trigger).
    await db.query("UPDATE alert_rules SET evaluated_through = $2 WHERE organization_id = $1", [
      org,
      addDays(checkFrom, -1),
    ]);
    const weekly = createAlertEvaluator({ db, logger: silentLogger, appUrl: "http://app.test", maxDays: 7 });
    const again = testScheduler(db, clock, { evaluateAlerts: weekly });
    for (let i = 0; i < 50; i++) await again.tick();
    // A delivery that timed out on a loaded machine is retried after its backoff: let those through.
    for (let i = 0; i < 4; i++) {
      clock.advance(3_600_000);
      await again.tick();
    }

    const report: Record<string, unknown>[] = [];
    for (const a of injected) {
      const rule = rules[a.kind as keyof typeof rules];
      const from = a.date ?? a.from!;
      const to = a.date ?? a.to!;
      const delivered = receiver.received.filter((r) => {
        const data = r.body.data as { ruleId: number; findings: AlertFinding[] };
        return data.ruleId === rule.id && data.findings.some((f) => f.from <= to && f.to >= from);
      });
      report.push({
        injected: `${a.kind} ${from}${to !== from ? `..${to}` : ""}`,
        rule: rule.name,
        deliveries: delivered.length,
        alerts: delivered.map((d) => `${d.body.title} | ${d.body.text.replaceAll("\n", " / ")}`),
        link: delivered[0]?.body.link,
      });
    }
    const perRule = await Promise.all(
      Object.values(rules).map(async (r) => ({
        rule: r.name,
        runs: (await listRuns(db, org, "alert", r.id, 500)).length,
      })),
    );
    console.log(
      "alerts on injected anomalies:",
      JSON.stringify({ report, perRule, firstPass, afterReevaluation: receiver.received.length }, null, 1),
    );
    expect(report.map((r) => r.deliveries)).toEqual([1, 1, 1]);
    expect(receiver.received.every((r) => r.signatureValid)).toBe(true);
    // No run was delivered twice (one delivery per run id).
    const ids = receiver.received.map((r) => r.deliveryId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
