/** Parse untrusted input into a MetricQuery, turning zod issues into one coded error. */

import type { z } from "zod";
import { AppError, describeZodIssues, MAX_REPORTED_ISSUES } from "../../lib/errors.ts";
import { suggest } from "../catalog/suggest.ts";
import { type MetricQuery, metricQuerySchema } from "./types.ts";

type Issue = z.core.$ZodIssue;

/**
 * Parse a MetricQuery; on failure throw AppError("input.invalid") with `details.path` (the first
 * issue's field path) and a suggestion when an enum value is close to a valid one.
 */
export function parseMetricQuery(input: unknown): MetricQuery {
  const r = metricQuerySchema.safeParse(input);
  if (r.success) return r.data;
  let first: Issue = r.error.issues[0]!;
  // A union (timeRange, compareTo) reports its branches' issues nested; use the closest one.
  if (first.code === "invalid_union") {
    const nested = first.errors.flat().find((i) => i.code === "invalid_value");
    if (nested) first = { ...nested, path: [...first.path, ...nested.path] };
  }
  const path = first.path.map(String).join(".");
  let suggestion: string | undefined;
  if (first.code === "invalid_value") {
    const got = first.path.reduce<unknown>(
      (v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k],
      input,
    );
    if (typeof got === "string")
      suggestion = suggest(
        got,
        first.values.map((v) => ({ key: String(v) })),
      );
  }
  const hint = suggestion ? `: did you mean '${suggestion}'?` : "";
  throw new AppError("input.invalid", `${describeZodIssues(r.error.issues)}${hint}`, {
    details: { path, suggestion: suggestion ?? null, issues: r.error.issues.slice(0, MAX_REPORTED_ISSUES) },
  });
}
