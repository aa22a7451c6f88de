/**
 * One import of a file into one database, in its own process so its peak RSS is the import's alone.
 * `tsx bench/import-child.ts --file F (--database-url URL | --data-dir DIR) [--org bench-import]
 * [--batch-rows N] [--writers N] [--baseline bare|indexed [--connections N]] [--progress]` prints one JSON line (and, with --progress, a
 * `progress <rows read>` line on stderr after each committed batch). `--baseline bare|indexed` instead COPYs the raw
 * file into an empty table shaped like touchpoints (PostgreSQL only): `bare` an UNLOGGED table with
 * no key or index (the machine's ceiling), `indexed` one with touchpoints' key and index; with
 * `--connections N` the file goes in 20,000-line COPYs over N connections at once. No
 * parsing, validation or upsert: the floors the import is compared with.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { openDatabase } from "../db/connect.ts";
import { createOrganization } from "../db/repositories/create-organization.ts";
import { findOrganizationBySlug } from "../db/repositories/organizations.ts";
import { checkHeader, importRecords } from "../ingest/import/import-records.ts";
import { csvRecords } from "../ingest/import/source.ts";

const { values } = parseArgs({
  options: {
    file: { type: "string" },
    "database-url": { type: "string" },
    "data-dir": { type: "string" },
    org: { type: "string", default: "bench-import" },
    "batch-rows": { type: "string" },
    writers: { type: "string" },
    baseline: { type: "string" },
    connections: { type: "string" },
    progress: { type: "boolean", default: false },
  },
});
const file = values.file!;
const FILE_COLUMNS = "id, customer_id, ts, channel, platform, campaign_id, source, medium";
const started = performance.now();

if (values.baseline) {
  // Two floors: `bare` is an UNLOGGED table with no key or index (what this machine's PostgreSQL
  // can take in at all: the ceiling), `indexed` a logged copy of touchpoints with its primary key
  // and index (what the target table itself costs, before any parsing or upsert).
  const bare = values.baseline === "bare";
  const client = new pg.Client({ connectionString: values["database-url"] });
  await client.connect();
  await client.query("DROP TABLE IF EXISTS bench_copy_baseline");
  await client.query(
    bare
      ? "CREATE UNLOGGED TABLE bench_copy_baseline (LIKE touchpoints INCLUDING DEFAULTS)"
      : "CREATE TABLE bench_copy_baseline (LIKE touchpoints INCLUDING ALL)",
  );
  await client.query("ALTER TABLE bench_copy_baseline ALTER COLUMN organization_id SET DEFAULT 0");
  const t0 = performance.now();
  const connections = Number(values.connections ?? 1);
  if (connections === 1) {
    await pipeline(
      createReadStream(file),
      client.query(
        copyFrom(`COPY bench_copy_baseline (${FILE_COLUMNS}) FROM STDIN WITH (FORMAT csv, HEADER true)`),
      ),
    );
  } else {
    await copyInBatches(values["database-url"]!, connections);
  }
  const seconds = (performance.now() - t0) / 1000;
  const [{ n }] = (await client.query("SELECT count(*)::int AS n FROM bench_copy_baseline")).rows;
  await client.query("DROP TABLE bench_copy_baseline");
  await client.end();
  print({
    mode: `baseline COPY (${bare ? "bare unlogged" : "indexed"}, ${connections} connection(s))`,
    rows: n,
    seconds,
  });
} else {
  const db = await openDatabase({
    databaseUrl: values["database-url"],
    dataDir: values["data-dir"],
    command: "bench import",
  });
  let org = await findOrganizationBySlug(db, values.org!);
  if (!org) {
    org = (
      await db.transaction((tx) =>
        createOrganization(
          tx,
          { slug: values.org!, name: "Bench import", timeZone: "UTC", currency: "USD", industry: "bench" },
          "bench",
        ),
      )
    ).organization;
  }
  const t0 = performance.now();
  const result = await importRecords(db, {
    organizationId: org.id,
    kind: "touchpoints",
    records: csvRecords(createReadStream(file), (h) => checkHeader("touchpoints", h)),
    source: file,
    batchRows: values["batch-rows"] ? Number(values["batch-rows"]) : undefined,
    writers: values.writers ? Number(values.writers) : undefined,
    // The crash drill reads these to kill the process at chosen points.
    onProgress: values.progress ? (p) => process.stderr.write(`progress ${p.read}\n`) : undefined,
  });
  const seconds = (performance.now() - t0) / 1000;
  const [c] = await db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM touchpoints WHERE organization_id = $1",
    [org.id],
  );
  await db.close();
  print({
    mode: `import into ${db.kind}`,
    rows: result.read,
    inserted: result.inserted,
    updated: result.updated,
    rejected: result.rejected,
    tableRows: c?.n,
    writeSeconds: result.writeSeconds,
    seconds,
  });
}

/**
 * The floor for the import's own way of writing: the file's lines in 20,000-line COPYs (one
 * transaction each), `connections` of them at once, as the import's writers do, without parsing,
 * validation or upsert.
 */
async function copyInBatches(url: string, connections: number): Promise<void> {
  const clients = await Promise.all(
    Array.from({ length: connections }, async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      return c;
    }),
  );
  const free = [...clients];
  const busy = new Set<Promise<void>>();
  const send = async (csv: string) => {
    while (free.length === 0) await Promise.race(busy);
    const c = free.pop()!;
    const done = pipeline(
      Readable.from([csv]),
      c.query(copyFrom(`COPY bench_copy_baseline (${FILE_COLUMNS}) FROM STDIN WITH (FORMAT csv)`)),
    ).finally(() => {
      busy.delete(done);
      free.push(c);
    });
    busy.add(done);
  };
  let lines: string[] = [];
  let header = true;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (header) {
      header = false;
      continue;
    }
    lines.push(line);
    if (lines.length === 20_000) {
      await send(`${lines.join("\n")}\n`);
      lines = [];
    }
  }
  if (lines.length > 0) await send(`${lines.join("\n")}\n`);
  await Promise.all(busy);
  await Promise.all(clients.map((c) => c.end()));
}

function print(r: Record<string, unknown> & { rows: number; seconds: number }): void {
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(
    `${JSON.stringify({ ...r, seconds: Math.round(r.seconds * 10) / 10, rowsPerSecond: Math.round(r.rows / r.seconds), maxRssMb, totalSeconds: Math.round((performance.now() - started) / 100) / 10 })}\n`,
  );
}
