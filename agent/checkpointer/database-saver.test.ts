import { afterAll, beforeAll, describe } from "vitest";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { checkpointSaverContract } from "./saver-contract.ts";

describe("DatabaseCheckpointSaver on PGlite", () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });
  checkpointSaverContract(() => db);
});
