import { Readable } from "node:stream";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { createOrganization } from "../../db/repositories/create-organization.ts";
import { checkHeader, importRecords } from "./import-records.ts";
import { getImportJob } from "./jobs.ts";
import type { ImportKind } from "./kinds.ts";
import { csvRecords, ndjsonRecords, type SourceRecord } from "./source.ts";

const CAMPAIGNS = `campaign_id,name,channel,platform,objective,start_date,end_date,daily_budget
1,"Brand, exact",paid_search,google_ads,conversions,2025-01-01,,100.00
2,Prospecting,paid_social,meta_ads,conversions,2025-01-01,2025-03-01,50.50
`;
const TOUCHES = `touchpoint_id,customer_id,ts,channel,platform,campaign_id,source,medium
10,7,2025-01-02T10:00:00.000Z,paid_search,google_ads,1,google,cpc
11,7,2025-01-03T10:00:00.000Z,email,,,newsletter,email
12,8,2025-01-03T11:00:00.000Z,paid_social,meta_ads,2,facebook,paid_social
`;

describe("importRecords", () => {
  let db: Database;
  let orgId: number;
  const run = (kind: ImportKind, text: string, extra: { maxErrors?: number; batchRows?: number } = {}) =>
    importRecords(db, {
      organizationId: orgId,
      kind,
      records: csvRecords(Readable.from([text]), (h) => checkHeader(kind, h)),
      source: `${kind}.csv`,
      ...extra,
    });

  beforeAll(async () => {
    db = await openTestDatabase();
    orgId = (
      await createOrganization(
        db,
        { slug: "imp", name: "Imp", timeZone: "Europe/Berlin", currency: "EUR", industry: "retail" },
        "test",
      )
    ).organization.id;
  });
  afterAll(() => db.close());

  it("inserts every row once, and a second run of the same file changes nothing", async () => {
    const first = await run("campaigns", CAMPAIGNS);
    expect(first).toMatchObject({ status: "succeeded", read: 2, inserted: 2, updated: 0, rejected: 0 });
    const touches = await run("touchpoints", TOUCHES, { batchRows: 2 });
    expect(touches).toMatchObject({
      read: 3,
      inserted: 3,
      updated: 0,
      days: { from: "2025-01-02", to: "2025-01-03" },
    });
    const again = await run("touchpoints", TOUCHES);
    expect(again).toMatchObject({ read: 3, inserted: 0, updated: 0 });
    const rows = await db.query(
      "SELECT id, customer_id, platform, campaign_id FROM touchpoints WHERE organization_id = $1 ORDER BY id",
      [orgId],
    );
    expect(rows).toEqual([
      { id: 10, customer_id: 7, platform: "google_ads", campaign_id: 1 },
      { id: 11, customer_id: 7, platform: null, campaign_id: null },
      { id: 12, customer_id: 8, platform: "meta_ads", campaign_id: 2 },
    ]);
    const [c] = await db.query(
      "SELECT name, end_date, daily_budget FROM campaigns WHERE organization_id = $1 AND id = 1",
      [orgId],
    );
    expect(c).toEqual({ name: "Brand, exact", end_date: null, daily_budget: 100 });
  });

  it("replaces a corrected row and queues the old and the new customer for refresh", async () => {
    await db.query("DELETE FROM refresh_queue WHERE organization_id = $1", [orgId]);
    const fixed = TOUCHES.replace("12,8,", "12,9,");
    expect(await run("touchpoints", fixed)).toMatchObject({ inserted: 0, updated: 1 });
    const queued = await db.query<{ customer_id: number }>(
      "SELECT customer_id FROM refresh_queue WHERE organization_id = $1 ORDER BY 1",
      [orgId],
    );
    expect(queued.map((r) => r.customer_id)).toEqual([8, 9]);
  });

  it("appends new rows straight to the table and queues their customers, batch by batch", async () => {
    await db.query("DELETE FROM refresh_queue WHERE organization_id = $1", [orgId]);
    // Batch 1 holds stored keys (staged upsert), batch 2 only new ones (straight COPY).
    const more = `${TOUCHES}20,30,2025-01-05T10:00:00.000Z,email,,,newsletter,email\n21,31,2025-01-05T11:00:00.000Z,direct,,,(direct),(none)\n22,31,2025-01-05T12:00:00.000Z,referral,,,"blog, the",referral\n`;
    const r = await run("touchpoints", more, { batchRows: 3 });
    expect(r).toMatchObject({ read: 6, inserted: 3, updated: 1 });
    const rows = await db.query(
      "SELECT id, customer_id, platform, campaign_id, source FROM touchpoints WHERE organization_id = $1 AND id >= 20 ORDER BY id",
      [orgId],
    );
    expect(rows).toEqual([
      { id: 20, customer_id: 30, platform: null, campaign_id: null, source: "newsletter" },
      { id: 21, customer_id: 31, platform: null, campaign_id: null, source: "(direct)" },
      { id: 22, customer_id: 31, platform: null, campaign_id: null, source: "blog, the" },
    ]);
    const queued = await db.query<{ customer_id: number }>(
      "SELECT customer_id FROM refresh_queue WHERE organization_id = $1 ORDER BY 1",
      [orgId],
    );
    // 8: touchpoint 12 moved back from customer 9 to 8 (the test before corrected it to 9).
    expect(queued.map((r) => r.customer_id)).toEqual([8, 9, 30, 31]);
  });

  it("counts a duplicated key inside one file once (the last row wins)", async () => {
    const dup = `order_id,customer_id,ts,revenue,currency,is_new_customer
A-1,7,2025-01-04T09:00:00.000Z,10.00,EUR,true
A-1,7,2025-01-04T09:00:00.000Z,12.50,EUR,true
`;
    expect(await run("conversions", dup)).toMatchObject({ read: 2, inserted: 1 });
    const [row] = await db.query("SELECT revenue FROM conversions WHERE organization_id = $1", [orgId]);
    expect(row).toEqual({ revenue: 12.5 });
  });

  it("reports each bad row by line, field and what was expected, and keeps the good ones", async () => {
    const bad = `date,campaign_id,channel,platform,spend,impressions,clicks,platform_conversions,platform_revenue
2025-01-02,1,paid_search,google_ads,10.00,100,5,1.00,20.00
2025-13-02,1,paid_search,google_ads,10.00,100,5,1.00,20.00
2025-01-02,99,paid_search,google_ads,10.00,100,5,1.00,20.00
2025-01-03,1,paid_search,google_ads,ten,100,5,1.00,20.00
`;
    const r = await run("ad_spend_daily", bad);
    expect(r).toMatchObject({ status: "succeeded", read: 4, inserted: 1, rejected: 3 });
    expect(r.errors).toEqual([
      { line: 3, field: "date", expected: "expected a real calendar date YYYY-MM-DD" },
      {
        line: 4,
        field: "campaign_id",
        expected: "expected the id of a campaign imported before (import campaigns first)",
      },
      { line: 5, field: "spend", expected: "expected a number with at most 2 decimals, e.g. 12.50" },
    ]);
    const job = await getImportJob(db, orgId, r.jobId);
    expect(job).toMatchObject({
      status: "succeeded",
      rowsRead: 4,
      rowsInserted: 1,
      rowsRejected: 3,
      errors: r.errors,
    });
  });

  it("stops after max errors and says so on the job", async () => {
    const lines = ["date,email_campaign,sends,opens,clicks,unsubscribes"];
    for (let i = 0; i < 5; i++) lines.push(`2025-01-0${i + 1},news,x,1,1,0`);
    const r = await run("email_daily", `${lines.join("\n")}\n`, { maxErrors: 2 });
    expect(r.status).toBe("failed");
    expect(r.message).toContain("more than 2 rejected rows");
    expect(r.errors).toHaveLength(2);
  });

  it("refuses a header that is not the export's, naming the columns", async () => {
    await expect(run("touchpoints", "touchpoint_id,customer\n1,2\n")).rejects.toThrow(
      /missing column\(s\) customer_id, ts, channel, platform, campaign_id, source, medium; unknown column\(s\) customer/,
    );
  });

  it("reads NDJSON with the same field names and reports a line that is not JSON", async () => {
    const text = `{"date":"2025-01-05","channel":"email","sessions":10,"users":8,"bounces":2}\nnot json\n`;
    const r = await importRecords(db, {
      organizationId: orgId,
      kind: "web_sessions_daily",
      records: ndjsonRecords(Readable.from([text])),
      source: "http",
    });
    expect(r).toMatchObject({ inserted: 1, rejected: 1, errors: [{ line: 2, field: "(line)" }] });
  });

  it("stores the same rows and reports the same errors on the fast path as through zod per row", async () => {
    // Org A reads each file as it is (quote-free lines in the header's order take the fast path);
    // org B gets every record through an identity transform, which sends every row through zod.
    const orgOf = async (slug: string) =>
      (
        await createOrganization(
          db,
          { slug, name: slug, timeZone: "UTC", currency: "USD", industry: "x" },
          "test",
        )
      ).organization.id;
    // Mostly good cells, so most rows pass and later rows take the fast path; now and then a bad
    // or non-canonical one (leading zero, offset, bad date), which the fast path must hand to zod.
    const mix = (good: string[], bad: string[]) =>
      fc.oneof(
        { arbitrary: fc.constantFrom(...good), weight: 12 },
        { arbitrary: fc.constantFrom(...bad), weight: 1 },
      );
    const id = mix(["1", "2", "3", "4"], ["07", "0", "-1", "x", "", "99999999999999999"]);
    const ts = mix(
      ["2025-01-02T10:00:00.000Z", "2025-01-03T10:00:00Z"],
      ["2025-01-04T10:00:00+02:00", "2025-02-30T10:00:00Z", "2025-01-02 10:00:00Z", ""],
    );
    const key = mix(["email", "paid_search", "direct"], ["Email", "", "a-b"]);
    const campaign = mix(["", "1", "12"], ["01", "2147483648", "x"]);
    const text = mix(["google", "cpc", "(none)"], ["", "x".repeat(201)]);
    const row = fc.tuple(id, id, ts, key, key, campaign, text, text).map((cells) => cells.join(","));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 3 }),
        async (rows, batchRows) => {
          n++;
          const text = `touchpoint_id,customer_id,ts,channel,platform,campaign_id,source,medium\n${rows.join("\n")}\n`;
          const [a, b] = [await orgOf(`fast-a-${n}`), await orgOf(`fast-b-${n}`)];
          const read = (organizationId: number, transform?: (r: SourceRecord) => SourceRecord) =>
            importRecords(db, {
              organizationId,
              kind: "touchpoints",
              records: csvRecords(Readable.from([text])),
              source: "t.csv",
              batchRows,
              transform,
            });
          const fastRun = await read(a);
          const zodRun = await read(b, (r) => ({ line: r.line, values: { ...r.values } }));
          const summary = (r: Awaited<ReturnType<typeof read>>) => ({
            read: r.read,
            inserted: r.inserted,
            updated: r.updated,
            rejected: r.rejected,
            errors: r.errors,
            days: r.days,
          });
          expect(summary(fastRun)).toEqual(summary(zodRun));
          const stored = (org: number) =>
            db.query(
              "SELECT id, customer_id, ts, channel, platform, campaign_id, source, medium FROM touchpoints WHERE organization_id = $1 ORDER BY id",
              [org],
            );
          expect(await stored(a)).toEqual(await stored(b));
        },
      ),
      { numRuns: 25 },
    );
  });
});
