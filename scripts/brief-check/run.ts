/**
 * `npx tsx scripts/brief-check/run.ts [--data-dir DIR] [--org acme] [--now 2026-10-26T13:00:00Z]`:
 * the Monday brief for the demo's last full week (default: Monday October 26, 2026, 09:00 in New
 * York, so last week is October 19-25), printed as text and written as JSON, then every figure
 * checked against an independent recomputation from the organization's CSV export. Seeds the demo
 * (seed 42, scale 1, as `npm start`) into DIR when it is empty (default: an in-memory database).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { seedTestData } from "../../api/testing.ts";
import { buildBrief } from "../../briefs/build-brief.ts";
import { openDatabase } from "../../db/connect.ts";
import { exportOrganization } from "../../db/export/export-org.ts";
import { checkBrief } from "./check.ts";
import { readExport } from "./recompute.ts";

const { values } = parseArgs({
  options: {
    "data-dir": { type: "string" },
    org: { type: "string", default: "acme" },
    now: { type: "string", default: "2026-10-26T13:00:00Z" },
    out: { type: "string", default: "tmp/monday-brief" },
  },
});
const db = await openDatabase({ dataDir: values["data-dir"] ?? ":memory:" });
try {
  const [n] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM organizations");
  if (!n?.n) await seedTestData(db, 1, 42);
  const [org] = await db.query<{ id: number; attribution_lookback_days: number }>(
    "SELECT id, attribution_lookback_days FROM organizations WHERE slug = $1",
    [values.org],
  );
  if (!org) throw new Error(`no organization '${values.org}'`);
  const brief = await buildBrief({ db, now: new Date(values.now!) }, { organizationId: org.id });
  const dir = mkdtempSync(path.join(tmpdir(), "brief-check-"));
  try {
    await exportOrganization(db, { org: values.org!, outDir: dir });
    const result = checkBrief(brief, readExport(dir), org.attribution_lookback_days);
    writeFileSync(`${values.out}-${values.org}.json`, JSON.stringify(brief, null, 2));
    process.stdout.write(`${brief.narrative}\n\n(JSON: ${values.out}-${values.org}.json)\n\n`);
    process.stdout.write("independent recomputation from the CSV export:\n");
    for (const c of result.checks)
      process.stdout.write(`${c.ok ? "ok  " : "FAIL"} ${c.figure}: brief ${c.brief} csv ${c.csv}\n`);
    const failed = result.checks.filter((c) => !c.ok).length;
    process.stdout.write(
      `\n${result.checks.length} figures compared, ${failed} different; narrative: ${result.figures} figures, ${result.fromCsv} grounded in the CSV recomputation, ${result.fromModel.length} only in model estimates (${result.fromModel.join(", ")}), ${result.ungrounded.length} ungrounded (${result.ungrounded.join(", ")})\n`,
    );
    if (failed > 0 || result.ungrounded.length > 0) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  await db.close();
}
