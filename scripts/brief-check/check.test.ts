/**
 * The Monday brief against an independent recomputation from the CSV export (the demo at scale
 * 0.05; `npx tsx scripts/brief-check/run.ts` does the same on the full demo and prints it).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedTestData } from "../../api/testing.ts";
import { type Brief, buildBrief } from "../../briefs/build-brief.ts";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { exportOrganization } from "../../db/export/export-org.ts";
import { checkBrief } from "./check.ts";
import { readExport } from "./recompute.ts";

let db: Database;
let dir: string;
let brief: Brief;
beforeAll(async () => {
  db = await openTestDatabase();
  await seedTestData(db, 0.05);
  dir = mkdtempSync(path.join(tmpdir(), "brief-check-"));
  await exportOrganization(db, { org: "acme", outDir: dir });
  const [org] = await db.query<{ id: number }>("SELECT id FROM organizations WHERE slug = 'acme'");
  // Monday October 26, 2026, 09:00 in New York: last week is October 19-25.
  brief = await buildBrief({ db, now: new Date("2026-10-26T13:00:00Z") }, { organizationId: org!.id });
}, 300_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db?.close();
});

describe("the Monday brief against the CSV export", () => {
  it("matches every recomputed figure, and every narrative figure is grounded", () => {
    expect(brief.period).toMatchObject({ from: "2026-10-19", to: "2026-10-25" });
    const result = checkBrief(brief, readExport(dir));
    expect(result.checks.filter((c) => !c.ok)).toEqual([]);
    expect(result.checks.length).toBeGreaterThan(30);
    expect(result.ungrounded).toEqual([]);
    expect(result.fromCsv).toBeGreaterThan(result.fromModel.length);
  });
});
