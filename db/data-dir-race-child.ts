/**
 * Test helper, run as a child process by data-dir-race.test.ts (not a command): open the embedded
 * database in argv[2] like any CLI does, report "opened <pid> rows=<n>", commit a few inserts
 * reporting "committed <total>" after each, then close and exit. Refused: one line, exit 1.
 */
import { runCli } from "../lib/cli.ts";
import { openDatabase } from "./connect.ts";

runCli(async () => {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error("usage: data-dir-race-child.ts DATA_DIR");
  const db = await openDatabase({ dataDir, command: "race writer" });
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const [{ n }] = (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM race_rows")) as [
    { n: number },
  ];
  say(`opened ${process.pid} rows=${n}`);
  let total = n;
  for (let k = 0; k < 4; k++) {
    await db.query("INSERT INTO race_rows (pad) SELECT repeat('x', 500) FROM generate_series(1, 100)");
    total += 100;
    say(`committed ${total}`);
  }
  await db.close();
  say("closed");
});
