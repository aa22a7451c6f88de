import { beforeAll, expect, it } from "vitest";
import { JOURNEY_COLUMNS } from "../simulator/journeys.ts";
import { describeOnBothDatabases } from "../testing.ts";
import { BinaryCopyWriter, encodeFields } from "./binary-copy.ts";
import { TouchpointBinaryEncoder } from "./touchpoint-binary.ts";

describeOnBothDatabases("binary COPY", (db) => {
  beforeAll(async () => {
    await db().exec("CREATE TABLE t (a int4, b int8, c timestamptz, d text, e int4)");
  });

  it("loads int4, int8 (negative and beyond 2^32), timestamptz (before and after 2000), text and NULL", async () => {
    const w = new BinaryCopyWriter(64); // tiny on purpose: the buffer must grow
    w.row(5)
      .int4(-7)
      .int8(-5_000_000_000)
      .timestamptz(Date.UTC(1999, 11, 31, 23, 59, 59, 500));
    w.raw(encodeFields([{ text: 'zoë, "quoted"\n' }, null]));
    w.row(5)
      .int4(2_147_483_647)
      .int8(2 ** 53 - 1)
      .timestamptz(Date.UTC(2026, 9, 31, 14, 3, 0));
    w.raw(encodeFields([null, { int4: 42 }]));
    expect(w.rows).toBe(2);
    await db().transaction((tx) => tx.copyBinary("t", ["a", "b", "c", "d", "e"], w.finish()));
    const rows = await db().query("SELECT a, b::text AS b, c, d, e FROM t ORDER BY a");
    expect(rows).toEqual([
      { a: -7, b: "-5000000000", c: "1999-12-31T23:59:59.500Z", d: 'zoë, "quoted"\n', e: null },
      { a: 2147483647, b: "9007199254740991", c: "2026-10-31T14:03:00.000Z", d: null, e: 42 },
    ]);
  });

  it("encodes simulated touchpoints (label fragment with and without platform and campaign)", async () => {
    await db().exec(
      `CREATE TABLE tp (organization_id int4, id int8, customer_id int8, ts timestamptz, channel text,
        platform text, campaign_id int4, source text, medium text)`,
    );
    const enc = new TouchpointBinaryEncoder(3);
    const w = new BinaryCopyWriter();
    enc.write(w, 1, 10, Date.UTC(2026, 0, 2, 3, 4, 5), "paid_social,meta_ads,17,facebook,paid_social");
    enc.write(w, 2, 10, Date.UTC(2026, 0, 3), "direct,,,(direct),(none)");
    enc.write(w, 3, 11, Date.UTC(2026, 0, 4), "paid_social,meta_ads,17,facebook,paid_social");
    await db().copyBinary("tp", JOURNEY_COLUMNS.touchpoints, w.finish());
    expect(await db().query("SELECT * FROM tp ORDER BY id")).toEqual([
      row(1, 10, "2026-01-02T03:04:05.000Z", "paid_social", "meta_ads", 17, "facebook", "paid_social"),
      row(2, 10, "2026-01-03T00:00:00.000Z", "direct", null, null, "(direct)", "(none)"),
      row(3, 11, "2026-01-04T00:00:00.000Z", "paid_social", "meta_ads", 17, "facebook", "paid_social"),
    ]);
  });

  it("rejects a malformed label instead of loading a shifted row", () => {
    expect(() =>
      new TouchpointBinaryEncoder(1).write(new BinaryCopyWriter(), 1, 1, 0, "direct,(none)"),
    ).toThrow(/does not have 5 fields/);
  });
});

function row(
  id: number,
  customer_id: number,
  ts: string,
  channel: string,
  platform: string | null,
  campaign_id: number | null,
  source: string,
  medium: string,
) {
  return { organization_id: 3, id, customer_id, ts, channel, platform, campaign_id, source, medium };
}
