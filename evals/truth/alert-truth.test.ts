/**
 * The alert truth check on a small seeded demo (acme, seed 42, scale 0.05): the scoring rules on
 * their own, and alert rules run day by day over the summer, when acme's display budget is raised
 * (2026-07-06, planned), affiliate is paused for a week and paid search is cut for two (planned
 * tests, seed 42: 06-29..07-05 and 07-20..08-02) and paid social's conversion rate is broken
 * (2026-08-10..23, injected).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSeededAnalytics } from "../../db/analytics/testing.ts";
import type { Database } from "../../db/database.ts";
import { ACME } from "../../db/simulator/specs/acme.ts";
import { affects, DEMO_RULES, evaluateAlertTruth } from "./alert-truth.ts";

describe("alert truth scoring", () => {
  const [outage, runaway, drop] = ACME.anomalies as [
    (typeof ACME.anomalies)[number],
    (typeof ACME.anomalies)[number],
    (typeof ACME.anomalies)[number],
  ];
  it("matches a finding to the injected anomaly its metric and member can show", () => {
    expect(affects(outage, ACME, "sessions", null, null)).toBe(true);
    expect(affects(outage, ACME, "spend", "channel", "paid_search")).toBe(false);
    // The runaway Meta campaign: paid social spend and its platform conversion rate, not display.
    expect(affects(runaway, ACME, "spend", "channel", "paid_social")).toBe(true);
    expect(affects(runaway, ACME, "spend", "platform", "meta_ads")).toBe(true);
    expect(affects(runaway, ACME, "platform_conversion_rate", "channel", "paid_social")).toBe(true);
    expect(affects(runaway, ACME, "spend", "channel", "display")).toBe(false);
    expect(affects(drop, ACME, "platform_conversion_rate", "channel", "paid_social")).toBe(true);
    expect(affects(drop, ACME, "platform_conversion_rate", "channel", "display")).toBe(false);
    expect(affects(drop, ACME, "spend", "channel", "paid_social")).toBe(false);
  });
});

let db: Database;
let org: number;
// Seeding and a day-by-day evaluation take minutes on a shared 2-core machine: generous hook and
// test timeouts (no figure here depends on time).
beforeAll(async () => {
  const seeded = await openSeededAnalytics();
  db = seeded.db;
  org = seeded.tenant.organizationId;
}, 900_000);
afterAll(async () => {
  await db?.close();
});

describe("alert rules run day by day over acme's summer", () => {
  const window = { checkFrom: "2026-06-29", through: "2026-08-30" };
  const spendAlerts = (t: Awaited<ReturnType<typeof evaluateAlertTruth>>, member: string) =>
    t.alerts
      .filter((a) => a.rule === "spend anomaly by channel" && a.findings.some((f) => f.member === member))
      .map((a) => a.day);

  it("alerts the planned tests when the detector does not know them, and the conversion-rate drop once", async () => {
    const t = await evaluateAlertTruth(db, org, ACME, DEMO_RULES, window);
    const summary = t.alerts.map(
      (a) =>
        `${a.day} ${a.rule} ${a.findings.map((f) => f.member).join(",")} ${a.injected === null ? `false (${a.during})` : "true"}`,
    );
    console.log("alert truth, summer, planned changes unknown:", JSON.stringify(summary, null, 1));
    const dropIndex = ACME.anomalies.findIndex((a) => a.kind === "conversion_rate_drop");
    expect(t.injected[dropIndex]).toMatchObject({ found: true, alerts: 1, duplicates: 0 });
    // Seed 42: affiliate paused 2026-06-29..07-05, paid search cut 45% 2026-07-20..08-02.
    expect(spendAlerts(t, "affiliate")).toEqual(["2026-06-29"]);
    expect(spendAlerts(t, "paid_search")).toEqual(["2026-07-20"]);
    expect(t.falseAlarmsByKind.planned).toBeGreaterThanOrEqual(2);
    // Rules and runs are removed afterwards.
    expect(await db.query("SELECT 1 FROM alert_rules WHERE organization_id = $1", [org])).toHaveLength(0);
  }, 900_000);

  it("does not alert them once the detector reads the planned changes the seeder stored", async () => {
    const t = await evaluateAlertTruth(db, org, ACME, DEMO_RULES, { ...window, planned: true });
    console.log(
      "alert truth, summer, planned changes known:",
      JSON.stringify(
        t.alerts.map(
          (a) => `${a.day} ${a.rule} ${a.findings.map((f) => f.member).join(",")} ${a.during ?? "true"}`,
        ),
        null,
        1,
      ),
    );
    const dropIndex = ACME.anomalies.findIndex((a) => a.kind === "conversion_rate_drop");
    expect(t.injected[dropIndex]).toMatchObject({ found: true, alerts: 1, duplicates: 0 });
    for (const member of ["display", "affiliate", "paid_search"]) expect(spendAlerts(t, member)).toEqual([]);
    expect(t.falseAlarmsByKind.planned).toBe(0);
  }, 900_000);
});
