import { afterAll, beforeAll, expect, it } from "vitest";
import { standardCatalog } from "../../semantic/catalog/index.ts";
import { createLocalEmbedder } from "../../semantic/search/embed-local.ts";
import { METRIC_PHRASINGS } from "../../semantic/search/phrasings.ts";
import { loadFixture } from "../../semantic/test-support/fixture.ts";
import type { Database } from "../database.ts";
import { createScratchDatabase, describeWithPostgres } from "../testing.ts";
import { searchCatalog } from "./search.ts";
import { syncCatalog } from "./sync.ts";

describeWithPostgres("catalog search on PostgreSQL without pgvector", (baseUrl) => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let db: Database;
  const embedder = createLocalEmbedder();
  beforeAll(async () => {
    scratch = await createScratchDatabase(baseUrl());
    db = scratch.db;
    await loadFixture(db);
  });
  afterAll(async () => scratch?.drop());

  it("syncs without a vector column and still ranks the right metric first for >= 95% of phrasings", async () => {
    const report = await syncCatalog(db, 1, standardCatalog, embedder);
    expect(report.vector).toBe(false);
    let hits = 0;
    for (const [phrase, metric] of METRIC_PHRASINGS) {
      const [top] = await searchCatalog(db, 1, phrase, embedder, { kinds: ["metric"], limit: 1 });
      if (top?.key === metric) hits++;
    }
    const accuracy = hits / METRIC_PHRASINGS.length;
    console.log(
      `catalog search top-1 (PostgreSQL, no pgvector): ${(accuracy * 100).toFixed(1)}% of ${METRIC_PHRASINGS.length}`,
    );
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
    const [fb] = await searchCatalog(db, 1, "facebook", embedder, { kinds: ["dimension_value"] });
    expect(fb).toMatchObject({ dimension: "platform", key: "meta_ads" });
  });
});
