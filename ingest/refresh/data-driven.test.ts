import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { materializeAttribution } from "../../db/attribution/materialize.ts";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { createOrganization } from "../../db/repositories/create-organization.ts";
import { checkHeader, importRecords } from "../import/import-records.ts";
import type { ImportKind } from "../import/kinds.ts";
import { csvRecords } from "../import/source.ts";
import { forgetKept } from "./data-driven.ts";
import { refreshAfterImport } from "./refresh-derived.ts";

const CHANNELS = ["paid_search", "email", "organic_search", "paid_social", "direct"];
const TOUCH_HEADER = "touchpoint_id,customer_id,ts,channel,platform,campaign_id,source,medium\n";
const ORDER_HEADER = "order_id,customer_id,ts,revenue,currency,is_new_customer\n";

/** A deterministic month of journeys for 60 customers: 1-5 touches each, an order for 1 in 3. */
function month(): { touches: string; orders: string } {
  let touches = TOUCH_HEADER;
  let orders = ORDER_HEADER;
  let id = 1;
  for (let c = 1; c <= 60; c++) {
    const n = 1 + ((c * 7) % 5);
    for (let k = 0; k < n; k++) {
      const day = String(1 + ((c + 3 * k) % 27)).padStart(2, "0");
      const channel = CHANNELS[(c * 3 + k * 2) % CHANNELS.length]!;
      touches += `${id++},${c},2026-10-${day}T${String(8 + k).padStart(2, "0")}:00:00.000Z,${channel},,,src,med\n`;
    }
    if (c % 3 === 0) orders += `O-${c},${c},2026-10-28T12:00:00.000Z,${(20 + c).toFixed(2)},USD,false\n`;
  }
  return { touches, orders };
}

/** Every data-driven row of the organization, in a stable order. */
async function dataDrivenRows(db: Database, org: number) {
  return db.query(
    `SELECT model, order_id, channel, campaign_id, credit, revenue, conversion_ts FROM attribution_results
     WHERE organization_id = $1 AND model IN ('markov', 'shapley', 'counterfactual')
     ORDER BY model, order_id, channel, campaign_id`,
    [org],
  );
}

describe("incremental refresh of the data-driven models", () => {
  let db: Database;
  let org: number;
  const load = (kind: ImportKind, text: string) =>
    importRecords(db, {
      organizationId: org,
      kind,
      records: csvRecords(Readable.from([text]), (h) => checkHeader(kind, h)),
      source: `${kind}.csv`,
    });

  beforeAll(async () => {
    db = await openTestDatabase();
    org = (
      await createOrganization(
        db,
        { slug: "inc", name: "Inc", timeZone: "UTC", currency: "USD", industry: "retail" },
        "test",
      )
    ).organization.id;
    const { touches, orders } = month();
    await load("touchpoints", touches);
    await load("conversions", orders);
  });
  afterAll(() => db.close());

  it("reads everything once, then refreshes from what it keeps with a full recompute's exact rows", async () => {
    const first = await refreshAfterImport(db, { organizationId: org });
    expect(first.dataDriven).toMatchObject({ mode: "full", reason: "nothing kept in this process yet" });

    // A new day: touches for 3 customers (one of them new), orders for 2 of them.
    await load(
      "touchpoints",
      `${TOUCH_HEADER}1001,4,2026-10-29T09:00:00.000Z,email,,,src,med\n1002,5,2026-10-29T10:00:00.000Z,paid_social,,,src,med\n1003,61,2026-10-29T11:00:00.000Z,paid_search,,,src,med\n`,
    );
    await load(
      "conversions",
      `${ORDER_HEADER}N-4,4,2026-10-29T12:00:00.000Z,55.00,USD,false\nN-61,61,2026-10-29T13:00:00.000Z,40.00,USD,true\n`,
    );
    const second = await refreshAfterImport(db, { organizationId: org });
    expect(second.customers).toBe(3);
    expect(second.dataDriven?.mode).toBe("incremental");
    // Shapley credits a conversion from its own path: only the two new orders are written.
    expect(second.dataDriven?.rewritten.shapley).toBe(2);
    // Markov's removal effects moved with the new paths: older conversions are rewritten too.
    expect(second.dataDriven?.rewritten.markov).toBeGreaterThan(2);
    const incremental = await dataDrivenRows(db, org);
    expect(incremental.length).toBeGreaterThan(20);

    await materializeAttribution(db, { organizationId: org });
    expect(await dataDrivenRows(db, org)).toEqual(incremental);
  });

  it("reads everything again when rows changed behind the queue's back", async () => {
    await db.query("DELETE FROM touchpoints WHERE organization_id = $1 AND id = 1", [org]);
    await load("touchpoints", `${TOUCH_HEADER}1004,7,2026-10-30T09:00:00.000Z,email,,,src,med\n`);
    const report = await refreshAfterImport(db, { organizationId: org });
    expect(report.dataDriven).toMatchObject({
      mode: "full",
      reason: "the kept rows do not match the tables' counts",
    });
    const rows = await dataDrivenRows(db, org);
    await materializeAttribution(db, { organizationId: org });
    expect(await dataDrivenRows(db, org)).toEqual(rows);
  });

  it("reads everything again after another process refreshed the organization", async () => {
    await db.query(
      "INSERT INTO data_loads (organization_id, kind, rows, data_through) VALUES ($1, 'import', '{}'::jsonb, current_date)",
      [org],
    );
    await load("touchpoints", `${TOUCH_HEADER}1005,8,2026-10-30T10:00:00.000Z,direct,,,src,med\n`);
    const report = await refreshAfterImport(db, { organizationId: org });
    expect(report.dataDriven).toMatchObject({
      mode: "full",
      reason: "another process refreshed the organization since",
    });
    forgetKept(db, org);
  });
});
