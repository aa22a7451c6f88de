import { searchCatalog as searchCatalogDb } from "../../db/catalog/search.ts";
import type { Embedder } from "../../semantic/search/embedder.ts";
import { ok, type ToolResult } from "../result.ts";
import type { ToolDeps } from "../shared/deps.ts";
import { runTool } from "../shared/run-tool.ts";
import { type SearchCatalogOutput, searchCatalogInput } from "./definition.ts";

/**
 * search_catalog: hybrid search (synonyms, typos, full text, embeddings) over this organization's
 * metrics and dimensions. An empty query lists the catalog.
 */
export function createSearchCatalog(
  deps: Pick<ToolDeps, "db" | "tenant" | "catalog"> & { embedder: Embedder },
) {
  return (args: unknown): Promise<ToolResult<SearchCatalogOutput>> =>
    runTool(searchCatalogInput, args, async ({ query, kind, limit }) => {
      const describe = (k: "metric" | "dimension", key: string) =>
        k === "metric" ? deps.catalog.metrics.get(key) : deps.catalog.dimensions.get(key);
      if (!query.trim()) {
        const all = [
          ...(kind !== "dimension"
            ? [...deps.catalog.metrics.values()].map((m) => ({ kind: "metric" as const, m }))
            : []),
          ...(kind !== "metric"
            ? [...deps.catalog.dimensions.values()].map((m) => ({ kind: "dimension" as const, m }))
            : []),
        ];
        return ok({
          results: all.slice(0, limit).map(({ kind: k, m }) => ({
            kind: k,
            key: m.key,
            label: m.label,
            description: m.description,
            ...("unit" in m ? { unit: m.unit } : {}),
            score: 1,
          })),
        });
      }
      const kinds = kind === "any" ? (["metric", "dimension"] as const) : ([kind] as const);
      const hits = await searchCatalogDb(deps.db, deps.tenant.organizationId, query, deps.embedder, {
        kinds,
        limit,
      });
      return ok({
        results: hits.flatMap((h) => {
          if (h.kind !== "metric" && h.kind !== "dimension") return [];
          const d = describe(h.kind, h.key);
          if (!d) return [];
          return [
            {
              kind: h.kind,
              key: h.key,
              label: d.label,
              description: d.description,
              ...("unit" in d ? { unit: d.unit } : {}),
              score: Math.round(h.score * 1000) / 1000,
            },
          ];
        }),
      });
    });
}
