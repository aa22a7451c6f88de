/** Errors for bad queries: each names the field path and, where possible, a suggestion. */
import { AppError } from "../../lib/errors.ts";
import { suggest } from "../catalog/suggest.ts";
import type { Catalog } from "../catalog/types.ts";

/** `unknown metric 'roaz': did you mean 'roas'?` with details {path, suggestion}. */
export function unknownMetric(catalog: Catalog, key: string, path: string): AppError {
  const hint = suggest(
    key,
    [...catalog.metrics.values()].map((m) => ({ key: m.key, words: m.synonyms })),
  );
  return new AppError(
    "catalog.unknown_metric",
    `${path}: unknown metric '${key}'${hint ? `: did you mean '${hint}'?` : ""}`,
    { details: { path, suggestion: hint ?? null, value: key } },
  );
}

/** `unknown dimension 'chanel': did you mean 'channel'?` with details {path, suggestion}. */
export function unknownDimension(catalog: Catalog, key: string, path: string): AppError {
  const hint = suggest(
    key,
    [...catalog.dimensions.values()].map((d) => ({ key: d.key, words: d.synonyms })),
  );
  return new AppError(
    "catalog.unknown_dimension",
    `${path}: unknown dimension '${key}'${hint ? `: did you mean '${hint}'?` : ""}`,
    { details: { path, suggestion: hint ?? null, value: key } },
  );
}

/** A metric that cannot be broken down or filtered by a dimension; names both. */
export function unsupported(
  catalog: Catalog,
  metric: string,
  dimension: string,
  path: string,
  why?: string,
): AppError {
  const m = catalog.metrics.get(metric);
  const supported = m?.supportedDimensions ?? [];
  return new AppError(
    "catalog.unsupported_combination",
    `${path}: metric '${metric}' cannot be broken down by dimension '${dimension}'${why ? ` (${why})` : ""}; it supports: ${supported.join(", ") || "no dimensions"}`,
    {
      details: { path, metric, dimension, supportedDimensions: supported, suggestion: supported[0] ?? null },
    },
  );
}

/** Any other invalid query, with the field path. */
export function invalidQuery(path: string, message: string, suggestion?: string): AppError {
  return new AppError("input.invalid", `${path}: ${message}`, {
    details: { path, suggestion: suggestion ?? null },
  });
}
