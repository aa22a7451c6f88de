import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertTestOrganizations } from "../../api/testing.ts";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { importRates, loadRateTable } from "./rates-store.ts";

describe("rates store", () => {
  let db: Database;
  let orgs: { acme: number; beta: number };
  beforeAll(async () => {
    db = await openTestDatabase();
    orgs = await insertTestOrganizations(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it("loads the organization's rates over global ones of its base currency", async () => {
    const global = await importRates(
      db,
      { base: "USD" },
      "USD",
      Readable.from(["date,currency,rate\n2026-03-02,EUR,1.08\n2026-03-03,EUR,1.085\n2026-03-02,GBP,1.27\n"]),
    );
    expect(global).toEqual({ read: 3, stored: 3, errors: [] });
    await importRates(
      db,
      { base: "EUR" },
      "EUR",
      Readable.from(["date,currency,rate\n2026-03-02,GBP,1.17\n"]),
    );
    await importRates(
      db,
      { organizationId: orgs.acme },
      "USD",
      Readable.from(["date,currency,rate\n2026-03-02,EUR,1.1\n"]),
    );

    const acme = await loadRateTable(db, orgs.acme, "USD");
    expect(acme.rateFor("EUR", "2026-03-02")).toMatchObject({ rate: 1.1, scope: "organization" });
    expect(acme.rateFor("EUR", "2026-03-03")).toMatchObject({ rate: 1.085, scope: "global" });
    expect(acme.rateFor("GBP", "2026-03-04")).toMatchObject({
      rate: 1.27,
      rateDate: "2026-03-02",
      scope: "global",
    });

    // beta-bikes keeps its books in EUR: only EUR-based global rates apply, and acme's own never.
    const beta = await loadRateTable(db, orgs.beta, "EUR");
    expect(beta.rateFor("GBP", "2026-03-02")).toMatchObject({ rate: 1.17, scope: "global" });
    expect(beta.rateFor("EUR", "2026-03-02")).toBeUndefined();
  });
});
