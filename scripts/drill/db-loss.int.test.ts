import { describe, expect, it } from "vitest";
import { testDatabaseUrl } from "../../lib/env.ts";
import { formatSummary, runDbLossDrill } from "./db-loss.ts";
import { findPostgresBin } from "./pg-cluster.ts";

/**
 * The database-loss drill in the suite (`npm run drill -- db-loss` is the same run with its 5 s
 * recovery check). It starts its own PostgreSQL cluster, since stopping the shared
 * TEST_DATABASE_URL server would break the suites running beside it; TEST_DATABASE_URL only says
 * that real-server tests are wanted.
 */
const binDir = findPostgresBin();
const skip = !testDatabaseUrl()
  ? "set TEST_DATABASE_URL to run the real-server tests"
  : !binDir
    ? "no PostgreSQL server programs (initdb, pg_ctl) found; install postgresql or set PGBIN"
    : undefined;
if (skip) process.stdout.write(`[skipped] database-loss drill: ${skip}\n`);

describe.skipIf(skip !== undefined)("database-loss drill (own PostgreSQL, pg_ctl -m immediate x5)", () => {
  it("the service survives every crash of the server and answers only 200 or 503", async () => {
    const report = await runDbLossDrill({
      binDir: binDir!,
      cycles: 5,
      clients: 20,
      upMs: 1_500,
      downMs: 1_500,
      print: (line) => process.stdout.write(`[drill] ${line}\n`),
    });
    // The recovery time is printed, not asserted here: a loaded CI machine is not a stopwatch.
    process.stdout.write(`${formatSummary(report)}\n`);

    expect(report.survivedCycles).toBe(5);
    expect(report.cycles.map((c) => c.survived)).toEqual([true, true, true, true, true]);
    expect(report.unexpected).toEqual([]);
    expect(Object.keys(report.statuses).sort()).toEqual(["200", "503"]);
    // Every cycle's outage was seen by the clients, and both kinds of question came back.
    for (const c of report.cycles) {
      expect(c.duringOutage["503"] ?? 0).toBeGreaterThan(0);
      expect(c.recoveryMs["/agents/query"]).not.toBeNull();
      expect(c.recoveryMs["/api/v1/metrics"]).not.toBeNull();
    }
    expect(report.readyAtEnd).toBe(true);
    expect(report.exit).toEqual({ code: 0, signal: null });
    // About 80 s alone (seeding the service's PostgreSQL is half of it); room for a busy suite.
  }, 300_000);
});
