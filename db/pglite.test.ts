/**
 * PGlite runs in this thread and settles its promises as microtasks; the adapter yields to the
 * event loop before each statement so a chain of statements cannot hold the loop (issue #11: no
 * request may block it for more than 100 ms). A timer due during the chain must run inside it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "./connect.ts";
import type { Database } from "./database.ts";

describe("PGlite adapter", () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it("lets timers run between the statements of one chain", async () => {
    const events: string[] = [];
    setTimeout(() => events.push("timer"), 1);
    const started = performance.now();
    // Enough statements to outlast the 1 ms timer on any machine.
    while (performance.now() - started < 20) {
      await db.query("SELECT 1");
      events.push("statement");
    }
    await db.query("SELECT 1");
    events.push("last statement");
    expect(events.indexOf("timer")).toBeGreaterThan(-1);
    expect(events.indexOf("timer")).toBeLessThan(events.indexOf("last statement"));
  });
});
