import { afterAll, beforeAll } from "vitest";
import type { Database } from "../../db/database.ts";
import { createScratchDatabase, describeWithPostgres } from "../../db/testing.ts";
import { checkpointSaverContract } from "./saver-contract.ts";

describeWithPostgres("DatabaseCheckpointSaver on PostgreSQL (real server)", (baseUrl) => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let db: Database;
  beforeAll(async () => {
    scratch = await createScratchDatabase(baseUrl());
    db = scratch.db;
  });
  afterAll(async () => scratch?.drop());
  checkpointSaverContract(() => db);
});
