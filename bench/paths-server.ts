/**
 * Child process of `npm run bench -- paths` and `-- events`: the real app on an in-memory database
 * listening on the port given as argv[2], so the parent measures whole requests and this process's
 * own peak RSS without the parent's generated data in it. Prints `{"url","key","writeKey"}` once it
 * listens; on an IPC "rss" message it answers with its peak and current RSS in MB and its CPU time so far.
 */

import { createApp } from "../api/app.ts";
import { insertTestOrganizations, testDeps } from "../api/testing.ts";
import { openTestDatabase } from "../db/connect.ts";
import { createApiKey } from "../db/repositories/api-keys.ts";

const port = Number(process.argv[2]);
const db = await openTestDatabase();
const orgs = await insertTestOrganizations(db);
const key = (await createApiKey(db, { organizationId: orgs.acme, role: "analyst" })).key;
const writeKey = (await createApiKey(db, { organizationId: orgs.acme, role: "writer" })).key;
const app = createApp(testDeps(db), { rateLimitPerMinute: 1_000_000 });
const server = app.listen(port, "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}`, key, writeKey })}\n`);
});
process.on("message", async (m) => {
  if (m === "rss") {
    process.send?.({
      peakMb: process.resourceUsage().maxRSS / 1024,
      nowMb: process.memoryUsage().rss / 2 ** 20,
      // CPU time this process has used so far (ms): on a shared machine a request's wall time is
      // mostly waiting for a core, so the paths bench also compares CPU times.
      cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
    });
  } else if (m === "count") {
    const [row] = await db.query<{
      events: number;
      touchpoints: number;
      conversions: number;
      customers: number;
    }>(
      `SELECT (SELECT count(*)::int FROM tracked_events) AS events, (SELECT count(*)::int FROM touchpoints) AS touchpoints,
        (SELECT count(*)::int FROM conversions) AS conversions, (SELECT count(*)::int FROM customers) AS customers`,
    );
    process.send?.(row);
  } else if (m === "stop") {
    server.close();
    await db.close();
    process.exit(0);
  }
});
