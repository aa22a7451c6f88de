/**
 * Metric answers against the organization's targets, on the hand-made fixture (org 1, 1-4 March
 * 2024): spend is 122 on paid search and 90 on paid social (212 in all), clicks 372 and 150.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { insertMetricTarget, type NewMetricTarget } from "../../db/repositories/metric-targets.ts";
import { standardCatalog } from "../../semantic/catalog/index.ts";
import { FIXTURE_TENANT, loadFixture } from "../../semantic/test-support/fixture.ts";
import { createQueryMetrics } from "../../tools/query-metrics/execute.ts";
import type { MetricResultWithTargets } from "../../tools/query-metrics/targets.ts";
import { collectGroundNumbers, groundable, verifyAnswer } from "../verify/index.ts";
import { presentMetricResult } from "./query-metrics.ts";

let db: Database;
const timeRange = { from: "2024-03-01", to: "2024-03-04" };
const ctx = (question: string) => ({
  currency: "USD",
  timeZone: "America/New_York",
  valueLabels: { channel: { paid_search: "Paid search", paid_social: "Paid social" } },
  question,
});
const target = (
  t: Partial<NewMetricTarget> & Pick<NewMetricTarget, "metric" | "target">,
): NewMetricTarget => ({
  filterDimension: null,
  filterValue: null,
  direction: "at_most",
  period: "none",
  createdBy: "test",
  ...t,
});

beforeAll(async () => {
  db = await openTestDatabase();
  await loadFixture(db);
  const at = new Date("2024-03-05T00:00:00Z");
  await insertMetricTarget(db, 1, target({ metric: "spend", target: 200 }), at);
  await insertMetricTarget(
    db,
    1,
    target({
      metric: "spend",
      target: 100,
      direction: "at_least",
      filterDimension: "channel",
      filterValue: "paid_search",
    }),
    at,
  );
  await insertMetricTarget(
    db,
    1,
    target({ metric: "cpc", target: 0.5, filterDimension: "channel", filterValue: "paid_social" }),
    at,
  );
  await insertMetricTarget(
    db,
    1,
    target({ metric: "impressions", target: 1000, direction: "at_least", period: "month" }),
    at,
  );
});
afterAll(() => db?.close());

async function answer(args: Record<string, unknown>, question: string) {
  const run = createQueryMetrics({
    db,
    catalog: standardCatalog,
    tenant: { ...FIXTURE_TENANT, currency: "USD", industry: "retail" },
    now: new Date("2024-03-05T12:00:00Z"),
  });
  const result = await run({ timeRange, ...args });
  if (!result.ok) throw new Error(result.error.message);
  const p = presentMetricResult(result.data as MetricResultWithTargets, args, ctx(question));
  const grounded = verifyAnswer(p.text, collectGroundNumbers(groundable([result])), { question }).ok;
  return { text: p.text, targets: (result.data as MetricResultWithTargets).targets, grounded };
}

describe("metric answers and targets", () => {
  it("says an overall total misses its ceiling, by how much, grounded", async () => {
    const a = await answer({ metrics: ["spend"] }, "spend in early march");
    expect(a.targets).toEqual([
      expect.objectContaining({ metric: "spend", target: 200, actual: 212, met: false, gap: 12 }),
    ]);
    expect(a.text).toContain("Ad spend $212.00 misses its target of at most $200.00, by $12.00.");
    expect(a.grounded).toBe(true);
  });

  it("holds a channel-filtered ratio against that channel's target", async () => {
    const a = await answer(
      { metrics: ["cpc"], filters: [{ field: "channel", op: "in", values: ["paid_social"] }] },
      "paid social cpc",
    );
    expect(a.text).toContain(
      "Cost per click for Paid social $0.60 misses its target of at most $0.50, by $0.10.",
    );
    expect(a.grounded).toBe(true);
  });

  it("checks a breakdown row against its own target besides the overall one", async () => {
    const a = await answer({ metrics: ["spend"], dimensions: ["channel"] }, "spend by channel");
    expect(a.text).toContain("Ad spend $212.00 misses its target of at most $200.00, by $12.00.");
    expect(a.text).toContain(
      "Ad spend for Paid search $122.00 meets its target of at least $100.00, by $22.00.",
    );
    expect(a.grounded).toBe(true);
  });

  it("does not judge a monthly target over four days, and says why", async () => {
    const a = await answer({ metrics: ["impressions"] }, "impressions");
    expect(a.text).toContain(
      "Impressions has a target of at least 1,000 per month; not compared here: the target is per month, and this period is not one month.",
    );
    expect(a.grounded).toBe(true);
  });

  it("says plainly when a target asked about is not set, with the actual and how to set one", async () => {
    const a = await answer({ metrics: ["cac"] }, "are we hitting our target CAC?");
    expect(a.targets).toEqual([]);
    expect(a.text).toContain("For March 1–4, 2024: Customer acquisition cost $53.00.");
    expect(a.text).toContain(
      'No target is set for Customer acquisition cost, so I can\'t say whether it is on target. An analyst or admin can set one with POST /api/v1/targets, e.g. { "metric": "cac", "target": <value> }.',
    );
    expect(a.grounded).toBe(true);
  });

  it("says in one sentence that no target is set when none is set for any metric asked (leftE)", async () => {
    const a = await answer({ metrics: ["cac", "orders"] }, "which goals have we set");
    expect(a.targets).toEqual([]);
    expect(a.text).toContain(
      'No targets are set for Customer acquisition cost or Orders, so I can\'t say whether they are on target. An analyst or admin can set one with POST /api/v1/targets, e.g. { "metric": "cac", "target": <value> }.',
    );
    expect(a.text).not.toContain("No target is set");
    expect(a.grounded).toBe(true);
  });

  it("says nothing about targets when none applies and none was asked about", async () => {
    const a = await answer({ metrics: ["clicks"] }, "clicks");
    expect(a.text).not.toMatch(/target/i);
  });

  it("holds each row against a target stated in the question, said as the asker's, grounded", async () => {
    const q = "our target cpc is $0.55, cpc by channel";
    const a = await answer(
      { metrics: ["cpc"], dimensions: ["channel"], statedTargets: [{ metric: "cpc", target: 0.55 }] },
      q,
    );
    expect(a.text).toContain("Some rows meet the target you gave and some miss it.");
    expect(a.text).toContain(
      "Cost per click for Paid social $0.60 misses the target you gave (at most $0.55), by $0.05.",
    );
    expect(a.text).not.toContain("No target is set");
    expect(a.grounded).toBe(true);
  });

  it("says which rows a stated spend threshold kept, grounded", async () => {
    const q = "clicks by channel, only channels that spent at least $100";
    const a = await answer(
      {
        metrics: ["clicks", "spend"],
        dimensions: ["channel"],
        filters: [{ field: "spend", op: "gte", value: 100 }],
      },
      q,
    );
    expect(a.text).toContain("Only channel rows with Ad spend of at least $100.00 (the threshold you set).");
    expect(a.text).not.toContain("Paid social");
    expect(a.grounded).toBe(true);
  });
});
