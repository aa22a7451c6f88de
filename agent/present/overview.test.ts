import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { standardCatalog } from "../../semantic/catalog/index.ts";
import { FIXTURE_TENANT, loadFixture } from "../../semantic/test-support/fixture.ts";
import { computeOverview, type OverviewData } from "../../tools/overview/execute.ts";
import { collectGroundNumbers, verifyAnswer } from "../verify/index.ts";
import { presentOverview } from "./overview.ts";

let db: Database;
let data: OverviewData;
beforeAll(async () => {
  db = await openTestDatabase();
  await loadFixture(db);
  data = await computeOverview(
    {
      db,
      catalog: standardCatalog,
      tenant: { ...FIXTURE_TENANT, defaultAttributionModel: "linear", currency: "USD", industry: "retail" },
      now: new Date("2024-03-05T12:00:00Z"),
    },
    { period: { from: "2024-03-02", to: "2024-03-03" } },
  );
});
afterAll(() => db?.close());

describe("presentOverview", () => {
  it("says each KPI against the previous period, the movers and MER vs paid ROAS, all grounded", () => {
    const p = presentOverview(data, { currency: "USD", timeZone: "America/New_York" });
    const lines = p.text.split("\n");
    expect(lines[0]).toBe("March 2–3, 2024 compared with February 29 – March 1, 2024:");
    expect(lines).toContain("Revenue: $1,080.00 (up 237.5% from $320.00).");
    expect(lines).toContain("MER: 18.95x (up 788.2% from 2.13x).");
    expect(lines).toContain("Paid ROAS (paid channels, attributed): 0.88x (down 34.2% from 1.33x).");
    expect(lines).toContain("New-customer CAC: $28.50 (down 62.0% from $75.00).");
    expect(p.text).toContain(
      "Biggest movers in attributed revenue (linear): Direct down $120.00 to $0.00; Paid search down $100.00 to $0.00; Paid social down $50.00 to $50.00.",
    );
    expect(p.text).toContain("paid ROAS counts only the revenue the linear model credits to paid channels");
    expect(verifyAnswer(p.text, collectGroundNumbers([data]), { question: "how are we doing" }).ok).toBe(
      true,
    );
    expect(p.data.rows.map((r) => r.metric)).toEqual([
      "Ad spend",
      "Revenue",
      "MER",
      "Paid ROAS",
      "Orders",
      "New-customer CAC",
    ]);
    expect(p.chart?.mark).toMatchObject({ type: "line" });
    expect(p.provenance).toMatchObject({ tool: "overview", attributionModel: "linear" });
  });

  it("shows no changes against a baseline the data mostly does not cover", () => {
    // The fixture's data starts March 1, 2024: a baseline of February 1 – March 1 holds one day of it.
    const thin: OverviewData = {
      ...data,
      comparisonPeriod: { from: "2024-02-01", to: "2024-03-01" },
      provenance: {
        ...data.provenance,
        dataFreshness: { ...data.provenance.dataFreshness, adSpendFrom: "2024-03-01" },
      },
    };
    const p = presentOverview(thin, { currency: "USD", timeZone: "America/New_York" });
    const lines = p.text.split("\n");
    // The head line does not name the baseline as if the figures were compared with it.
    expect(lines[0]).toBe(
      "March 2–3, 2024, not compared with the period before (February 1 – March 1, 2024): the data barely covers it.",
    );
    expect(p.data.rows.every((r) => r.change === null && r.percentChange === null)).toBe(true);
    expect(lines).toContain("Revenue: $1,080.00.");
    expect(lines).toContain(
      "Data starts March 1, 2024, so February 1 – March 1, 2024 is only partly covered. Only 1 of its 30 days is covered, so a change against it would compare unlike spans and is not shown.",
    );
    expect(lines.some((l) => l.startsWith("Biggest movers"))).toBe(false);
  });
});
