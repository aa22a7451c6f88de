import { describe, expect, it } from "vitest";
import { standardCatalog } from "../catalog/index.ts";
import { catalogDocuments, valueDocuments } from "./documents.ts";
import { embedLocal } from "./embed-local.ts";
import { hybridSearch } from "./hybrid.ts";
import { METRIC_PHRASINGS } from "./phrasings.ts";

const docs = catalogDocuments(standardCatalog).map((d) => ({
  ...d,
  embedding: embedLocal(`${d.label}. ${d.content}`),
}));

describe("hybridSearch (in memory, local embedding)", () => {
  it("finds the right metric first for at least 95% of 100+ phrasings", () => {
    expect(METRIC_PHRASINGS.length).toBeGreaterThanOrEqual(100);
    const misses: string[] = [];
    for (const [phrase, metric] of METRIC_PHRASINGS) {
      const top = hybridSearch(phrase, docs, { queryEmbedding: embedLocal(phrase), kinds: ["metric"] })[0];
      if (top?.key !== metric) misses.push(`${phrase} -> ${top?.key ?? "(none)"} (want ${metric})`);
    }
    const accuracy = 1 - misses.length / METRIC_PHRASINGS.length;
    console.log(
      `catalog search top-1 (in memory, local embedding): ${(accuracy * 100).toFixed(1)}% of ${METRIC_PHRASINGS.length}`,
    );
    if (misses.length) console.log(`misses:\n  ${misses.join("\n  ")}`);
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it("scores an exact synonym 1.0 before anything else", () => {
    const [hit] = hybridSearch("return on ad spend", docs, { kinds: ["metric"] });
    expect(hit).toMatchObject({ key: "roas", matchedBy: expect.arrayContaining(["exact"]) });
  });

  it("resolves dimension values through aliases", () => {
    const values = valueDocuments([
      {
        dimension: "platform",
        key: "meta_ads",
        label: "meta_ads",
        aliases: ["facebook", "instagram", "fb", "ig", "meta"],
      },
      { dimension: "platform", key: "google_ads", label: "google_ads", aliases: ["google", "adwords"] },
      {
        dimension: "campaign",
        key: "17",
        label: "Black Friday 2024 - Search",
        aliases: ["black friday", "bf"],
      },
      { dimension: "campaign", key: "18", label: "Spring Sale", aliases: ["spring sale"] },
    ]);
    expect(hybridSearch("facebook", values)[0]).toMatchObject({ dimension: "platform", key: "meta_ads" });
    expect(hybridSearch("the black friday campaign", values)[0]).toMatchObject({
      dimension: "campaign",
      key: "17",
    });
    expect(hybridSearch("adwords", values)[0]).toMatchObject({ key: "google_ads" });
  });

  it("returns nothing for an empty query", () => {
    expect(hybridSearch("  ?! ", docs)).toEqual([]);
  });
});
