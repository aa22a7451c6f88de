import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { insertMetricTarget } from "../../db/repositories/metric-targets.ts";
import { loadFixture } from "../../semantic/test-support/fixture.ts";
import { targetThreshold } from "./target-condition.ts";

let db: Database;
const at = new Date("2026-11-01T00:00:00Z");
const base = { filterDimension: null, filterValue: null, period: "none" as const, createdBy: "test" };
beforeAll(async () => {
  db = await openTestDatabase();
  await loadFixture(db);
  await insertMetricTarget(db, 1, { ...base, metric: "cpa", target: 50, direction: "at_most" }, at);
  await insertMetricTarget(
    db,
    1,
    {
      ...base,
      metric: "roas",
      target: 2,
      direction: "at_least",
      filterDimension: "channel",
      filterValue: "paid_social",
    },
    at,
  );
  await insertMetricTarget(
    db,
    1,
    { ...base, metric: "spend", target: 40000, direction: "at_most", period: "month" },
    at,
  );
});
afterAll(() => db?.close());

describe("targetThreshold", () => {
  it("turns a ceiling into 'above' and a floor into 'below' at the target's value", async () => {
    expect(await targetThreshold(db, 1, { metric: "cpa", scope: null })).toEqual({
      kind: "threshold",
      op: "above",
      value: 50,
    });
    expect(
      await targetThreshold(db, 1, {
        metric: "roas",
        scope: { dimension: "channel", member: "paid_social" },
      }),
    ).toEqual({ kind: "threshold", op: "below", value: 2 });
  });
  it("finds nothing without a target, for another organization, or for a monthly target", async () => {
    expect(await targetThreshold(db, 1, { metric: "roas", scope: null })).toBeUndefined();
    expect(await targetThreshold(db, 2, { metric: "cpa", scope: null })).toBeUndefined();
    expect(await targetThreshold(db, 1, { metric: "spend", scope: null })).toBeUndefined();
  });
});
