/**
 * The alert truth check on a small seeded demo (acme, seed 42, scale 0.05): the scoring rules on
 * their own, and alert rules run day by day over the summer, when acme's display budget is raised
 * (2026-07-06, planned) and paid social's conversion rate is broken (2026-08-10..23, injected).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSeededAnalytics } from "../../db/analytics/testing.ts";
import type { Database } from "../../db/database.ts";
import { ACME } from "../../db/simulator/specs/acme.ts";
import { affects, DEMO_RULES, evaluateAlertTruth, plannedBudgetChanges } from "./alert-truth.ts";

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

  it("knows acme's planned display budget raise, and nothing else", () => {
    expect(plannedBudgetChanges(ACME)).toEqual([
      {
        channel: "display",
        platform: "google_ads",
        start: expect.any(String),
        end: null,
        changes: ["2026-07-06"],
      },
    ]);
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

  it("alerts the conversion-rate drop once, and the unplanned display budget raise once, not every other day", async () => {
    const t = await evaluateAlertTruth(db, org, ACME, DEMO_RULES, window);
    const summary = t.alerts.map(
      (a) => `${a.day} ${a.rule} ${a.injected === null ? `false (${a.during})` : "true"}`,
    );
    console.log("alert truth, summer, planned changes unknown:", JSON.stringify(summary, null, 1));
    const dropIndex = ACME.anomalies.findIndex((a) => a.kind === "conversion_rate_drop");
    expect(t.injected[dropIndex]).toMatchObject({ found: true, alerts: 1, duplicates: 0 });
    // The raise is a new level the baseline takes weeks to learn: one alert for the episode.
    const display = t.alerts.filter(
      (a) => a.rule === "spend anomaly by channel" && a.findings.some((f) => f.member === "display"),
    );
    expect(display.map((a) => a.day)).toEqual(["2026-07-06"]);
    // Rules and runs are removed afterwards.
    expect(await db.query("SELECT 1 FROM alert_rules WHERE organization_id = $1", [org])).toHaveLength(0);
  }, 900_000);

  it("does not alert the display budget raise once it is a known planned change", async () => {
    const t = await evaluateAlertTruth(db, org, ACME, DEMO_RULES, { ...window, planned: true });
    const dropIndex = ACME.anomalies.findIndex((a) => a.kind === "conversion_rate_drop");
    expect(t.injected[dropIndex]).toMatchObject({ found: true, alerts: 1, duplicates: 0 });
    expect(
      t.alerts.filter(
        (a) => a.rule === "spend anomaly by channel" && a.findings.some((f) => f.member === "display"),
      ),
    ).toEqual([]);
  }, 900_000);
});
