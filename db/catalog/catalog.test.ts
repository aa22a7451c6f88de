import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { standardCatalog } from "../../semantic/catalog/index.ts";
import { createLocalEmbedder } from "../../semantic/search/embed-local.ts";
import { METRIC_PHRASINGS } from "../../semantic/search/phrasings.ts";
import { loadFixture } from "../../semantic/test-support/fixture.ts";
import { openTestDatabase } from "../connect.ts";
import type { Database } from "../database.ts";
import { campaignAliases } from "./dimension-values.ts";
import { createOpenAiEmbedder } from "./openai-embedder.ts";
import {
  createCustomMetric,
  deactivateCustomMetric,
  loadOrgCatalog,
  updateCustomMetric,
} from "./repository.ts";
import { searchCatalog } from "./search.ts";
import { syncCatalog } from "./sync.ts";

let db: Database;
const embedder = createLocalEmbedder();

beforeAll(async () => {
  db = await openTestDatabase();
  await loadFixture(db);
});
afterAll(() => db.close());

describe("syncCatalog", () => {
  it("stores definitions and documents, then re-embeds nothing when unchanged", async () => {
    const first = await syncCatalog(db, 1, standardCatalog, embedder);
    expect(first).toMatchObject({ metrics: standardCatalog.metrics.size, vector: true, removed: 0 });
    expect(first.embedded).toBe(first.documents);
    const again = await syncCatalog(db, 1, standardCatalog, embedder);
    expect(again.embedded).toBe(0);
    const [n] = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM catalog_embeddings WHERE organization_id = 1 AND embedding IS NOT NULL",
    );
    expect(n!.n).toBe(first.documents);
  });

  it("re-embeds everything when the embedding model changes", async () => {
    const other = { ...createLocalEmbedder(64), model: "local-hash-ngram-v1-64" };
    const r = await syncCatalog(db, 2, standardCatalog, embedder);
    const changed = await syncCatalog(db, 2, standardCatalog, other);
    expect(changed.embedded).toBe(r.documents);
  });
});

describe("searchCatalog on PGlite", () => {
  it("finds the right metric first for at least 95% of the phrasings (full text + pgvector + synonyms)", async () => {
    let hits = 0;
    for (const [phrase, metric] of METRIC_PHRASINGS) {
      const [top] = await searchCatalog(db, 1, phrase, embedder, { kinds: ["metric"], limit: 1 });
      if (top?.key === metric) hits++;
    }
    const accuracy = hits / METRIC_PHRASINGS.length;
    console.log(
      `catalog search top-1 (PGlite, pgvector, local embedding): ${(accuracy * 100).toFixed(1)}% of ${METRIC_PHRASINGS.length}`,
    );
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it("resolves 'facebook' to the meta_ads platform and 'the black friday campaign' to campaign ids", async () => {
    const [fb] = await searchCatalog(db, 1, "facebook", embedder, { kinds: ["dimension_value"] });
    expect(fb).toMatchObject({ dimension: "platform", key: "meta_ads" });
    const bf = await searchCatalog(db, 1, "the black friday campaign", embedder, {
      kinds: ["dimension_value"],
      limit: 2,
    });
    expect(bf.map((h) => `${h.dimension}:${h.key}`).sort()).toEqual(["campaign:1", "campaign:2"]);
  });

  it("derives campaign aliases from names", () => {
    expect(campaignAliases("Black Friday 2024 - Search")).toEqual([
      "black friday search",
      "black friday",
      "bf",
    ]);
  });
});

describe("custom metrics", () => {
  it("creates, validates, updates and deactivates a formula metric", async () => {
    await createCustomMetric(db, 1, {
      key: "profit_per_order",
      label: "Profit per order",
      description: "x",
      synonyms: [],
      unit: "currency",
      format: "currency",
      formula: "(revenue - spend) / orders",
      higherIsBetter: true,
    });
    expect((await loadOrgCatalog(db, 1)).metrics.get("profit_per_order")?.custom).toBe(true);
    expect((await loadOrgCatalog(db, 2)).metrics.has("profit_per_order")).toBe(false);
    await expect(
      createCustomMetric(db, 1, {
        key: "bad",
        label: "Bad",
        description: "x",
        synonyms: [],
        unit: "ratio",
        format: "decimal",
        formula: "revenu / spend",
        higherIsBetter: true,
      }),
    ).rejects.toMatchObject({ code: "input.invalid", details: { path: "formula", suggestion: "revenue" } });
    await createCustomMetric(db, 1, {
      key: "ppo_x2",
      label: "x2",
      description: "x",
      synonyms: [],
      unit: "ratio",
      format: "decimal",
      formula: "profit_per_order * 2",
      higherIsBetter: true,
    });
    await expect(
      updateCustomMetric(db, 1, "profit_per_order", { formula: "ppo_x2 / 2" }),
    ).rejects.toMatchObject({
      message: expect.stringContaining("cycle"),
    });
    await expect(deactivateCustomMetric(db, 1, "profit_per_order")).rejects.toMatchObject({
      code: "input.invalid",
    });
    await deactivateCustomMetric(db, 1, "ppo_x2");
    await deactivateCustomMetric(db, 1, "profit_per_order");
    expect((await loadOrgCatalog(db, 1)).metrics.has("profit_per_order")).toBe(false);
  });
});

describe("createOpenAiEmbedder", () => {
  it("posts to /embeddings with the model and returns vectors in input order", async () => {
    const calls: { url: string; body: unknown }[] = [];
    const fakeFetch = (async (url: string, init: RequestInit) => {
      calls.push({ url, body: JSON.parse(String(init.body)) });
      return new Response(
        JSON.stringify({
          data: [
            { index: 1, embedding: [0, 1] },
            { index: 0, embedding: [1, 0] },
          ],
        }),
      );
    }) as unknown as typeof fetch;
    const e = createOpenAiEmbedder({ apiKey: "k", baseUrl: "http://x/v1/", model: "m", fetch: fakeFetch });
    expect(await e.embed(["a", "b"])).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(calls).toEqual([{ url: "http://x/v1/embeddings", body: { model: "m", input: ["a", "b"] } }]);
    expect(e.model).toBe("openai:m");
  });
});
