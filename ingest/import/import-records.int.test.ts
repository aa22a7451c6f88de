import { Readable } from "node:stream";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "../../db/database.ts";
import { createOrganization } from "../../db/repositories/create-organization.ts";
import { createScratchDatabase, describeWithPostgres } from "../../db/testing.ts";
import { checkHeader, importRecords } from "./import-records.ts";
import { getImportJob } from "./jobs.ts";
import { csvRecords } from "./source.ts";

const HEADER = "touchpoint_id,customer_id,ts,channel,platform,campaign_id,source,medium\n";
const touch = (id: number, customer: number, source: string) =>
  `${id},${customer},2025-01-0${1 + (id % 9)}T10:00:${String(id % 60).padStart(2, "0")}.000Z,email,,,${source},email\n`;

/**
 * 3,000 touchpoints, seven per customer (so customers straddle 50-row batches), and after every
 * 40th row a correction of a row ten lines back: a new source and another customer. With 50-row
 * batches most corrections land in the next batch, which two writers would otherwise write at the
 * same time as the batch holding the original row.
 */
function file(): { text: string; corrected: Map<number, number> } {
  let text = HEADER;
  const corrected = new Map<number, number>();
  for (let i = 1; i <= 3000; i++) {
    text += touch(i, Math.ceil(i / 7), "newsletter");
    if (i % 40 === 0) {
      corrected.set(i - 10, 5000 + i);
      text += touch(i - 10, 5000 + i, "fixed");
    }
  }
  return { text, corrected };
}

describeWithPostgres("importRecords with two writers (real PostgreSQL)", (baseUrl) => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let db: Database;
  const orgs: number[] = [];
  const run = (organizationId: number, text: string, writers: number) =>
    importRecords(db, {
      organizationId,
      kind: "touchpoints",
      records: csvRecords(Readable.from([text]), (h) => checkHeader("touchpoints", h)),
      source: "touchpoints.csv",
      batchRows: 50,
      writers,
    });
  const rowsOf = (organizationId: number) =>
    db.query("SELECT id, customer_id, ts, source FROM touchpoints WHERE organization_id = $1 ORDER BY id", [
      organizationId,
    ]);
  const queueOf = async (organizationId: number) =>
    (
      await db.query<{ customer_id: number }>(
        "SELECT customer_id FROM refresh_queue WHERE organization_id = $1 ORDER BY 1",
        [organizationId],
      )
    ).map((r) => r.customer_id);

  beforeAll(async () => {
    scratch = await createScratchDatabase(baseUrl());
    db = scratch.db;
    for (const slug of ["two", "one"]) {
      const org = await createOrganization(
        db,
        { slug, name: slug, timeZone: "UTC", currency: "USD", industry: "retail" },
        "test",
      );
      orgs.push(org.organization.id);
    }
  });
  afterAll(async () => scratch?.drop());

  it("stores what one writer stores: the last row of a key wins, every customer is queued", async () => {
    const { text, corrected } = file();
    const [two, one] = orgs as [number, number];
    const a = await run(two, text, 2);
    const b = await run(one, text, 1);
    expect(a).toMatchObject({ status: "succeeded", read: 3075, rejected: 0 });
    expect(a.inserted + a.updated).toBe(b.inserted + b.updated);
    const stored = await rowsOf(two);
    expect(stored).toHaveLength(3000);
    expect(stored).toEqual(await rowsOf(one));
    for (const row of stored as { id: number; customer_id: number; source: string }[]) {
      const fixedCustomer = corrected.get(row.id);
      expect([row.id, row.source, row.customer_id]).toEqual(
        fixedCustomer ? [row.id, "fixed", fixedCustomer] : [row.id, "newsletter", Math.ceil(row.id / 7)],
      );
    }
    expect(await queueOf(two)).toEqual(await queueOf(one));
    const job = await getImportJob(db, two, a.jobId);
    expect(job).toMatchObject({ status: "succeeded", rowsRead: 3075, rowsInserted: a.inserted });
  });

  it("adds no row when the same file is imported again, and ends with the same rows", async () => {
    const [two, one] = orgs as [number, number];
    const again = await run(two, file().text, 2);
    // The corrections rewrite their rows again (the original line comes first), nothing is added.
    expect(again).toMatchObject({ status: "succeeded", read: 3075, inserted: 0 });
    expect(again.updated).toBe((await run(one, file().text, 1)).updated);
    expect(await rowsOf(two)).toEqual(await rowsOf(one));
  });
});
