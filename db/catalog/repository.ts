/**
 * Custom metrics per organization: stored in catalog_metrics with is_custom = true, validated
 * against the standard catalog, and merged with it per request. Delete deactivates.
 */
import { z } from "zod";
import { AppError } from "../../lib/errors.ts";
import { safeText } from "../../lib/safe-text.ts";
import { STANDARD_DIMENSIONS } from "../../semantic/catalog/dimensions.ts";
import { catalogWithCustom, STANDARD_METRICS, standardCatalog } from "../../semantic/catalog/index.ts";
import type { Catalog } from "../../semantic/catalog/types.ts";
import { catalogKey, FORMATS, type MetricInput, metricSchema, UNITS } from "../../semantic/catalog/types.ts";
import { validateCatalog } from "../../semantic/catalog/validate.ts";
import type { Queryable } from "../database.ts";

/** The fields of a custom metric, without defaults (a PATCH must not fill in fields it was not sent). */
const customMetricFields = z.object({
  key: catalogKey.describe("e.g. 'blended_cpa'"),
  label: safeText({ max: 80, min: 1 }),
  description: safeText({ max: 500, min: 1, multiline: true }),
  synonyms: z.array(safeText({ max: 80, min: 1 })).max(20),
  unit: z.enum(UNITS),
  format: z.enum(FORMATS),
  formula: safeText({ max: 500, min: 1 }).describe("e.g. '(revenue - spend) / orders'"),
  higherIsBetter: z.boolean(),
});

/** Body of POST /catalog/metrics: a formula over existing metrics. */
export const customMetricInput = customMetricFields.extend({
  description: customMetricFields.shape.description.default("Custom metric."),
  synonyms: customMetricFields.shape.synonyms.default([]),
  unit: customMetricFields.shape.unit.default("ratio"),
  format: customMetricFields.shape.format.default("decimal"),
  higherIsBetter: customMetricFields.shape.higherIsBetter.default(true),
});
export type CustomMetricInput = z.infer<typeof customMetricInput>;
/** Body of PATCH /catalog/metrics/:key: only the fields sent change. */
export const customMetricPatch = customMetricFields.omit({ key: true }).partial();

function toMetric(input: CustomMetricInput): MetricInput {
  const { formula, ...rest } = input;
  return { ...rest, custom: true, definition: { type: "formula", formula } };
}

/** Active custom metric declarations of an organization (invalid stored ones are skipped). */
export async function listCustomMetrics(db: Queryable, organizationId: number): Promise<MetricInput[]> {
  const rows = await db.query<{ definition: unknown }>(
    "SELECT definition FROM catalog_metrics WHERE organization_id = $1 AND is_custom AND active ORDER BY key",
    [organizationId],
  );
  return rows.flatMap((r) => {
    const parsed = metricSchema.safeParse(r.definition);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * The organization's catalog: standard plus active custom metrics. A stored custom metric that no
 * longer validates (e.g. it used a removed metric) is left out rather than breaking every query.
 */
export async function loadOrgCatalog(db: Queryable, organizationId: number): Promise<Catalog> {
  const custom = await listCustomMetrics(db, organizationId);
  const ok: MetricInput[] = [];
  for (const m of custom)
    if (validateCatalog([...STANDARD_METRICS, ...ok, m], STANDARD_DIMENSIONS).ok) ok.push(m);
  return ok.length ? catalogWithCustom(ok) : standardCatalog;
}

function assertValid(others: readonly MetricInput[], m: MetricInput): void {
  const r = validateCatalog([...STANDARD_METRICS, ...others, m], STANDARD_DIMENSIONS);
  if (r.ok) return;
  const mine = r.errors.filter((e) => e.startsWith(`metric ${m.key} `));
  const first = mine[0] ?? r.errors[0]!;
  const hint = /did you mean '([a-z0-9_]+)'/.exec(first)?.[1];
  const field = first.includes("-> formula") ? "formula" : (/-> ([a-z.0-9]+):/.exec(first)?.[1] ?? "formula");
  throw new AppError("input.invalid", (mine.length ? mine : r.errors).join("; "), {
    details: { path: field, suggestion: hint ?? null, errors: mine.length ? mine : r.errors },
  });
}

async function save(db: Queryable, organizationId: number, m: MetricInput): Promise<void> {
  await db.query(
    `INSERT INTO catalog_metrics (organization_id, key, label, description, definition, is_custom, active)
     VALUES ($1, $2, $3, $4, $5, true, true)
     ON CONFLICT (organization_id, key) DO UPDATE SET label = EXCLUDED.label, description = EXCLUDED.description,
       definition = EXCLUDED.definition, active = true, updated_at = now()`,
    [organizationId, m.key, m.label, m.description, JSON.stringify(metricSchema.parse(m))],
  );
}

/** Create (or re-activate) a custom metric; 400 on an invalid formula, a clash or a cycle. */
export async function createCustomMetric(
  db: Queryable,
  organizationId: number,
  input: CustomMetricInput,
): Promise<MetricInput> {
  if (standardCatalog.metrics.has(input.key) || standardCatalog.dimensions.has(input.key)) {
    throw new AppError("input.invalid", `key: '${input.key}' is a standard catalog key`, {
      details: { path: "key", suggestion: `custom_${input.key}` },
    });
  }
  const others = (await listCustomMetrics(db, organizationId)).filter((m) => m.key !== input.key);
  const existing = await db.query(
    "SELECT 1 FROM catalog_metrics WHERE organization_id = $1 AND key = $2 AND active",
    [organizationId, input.key],
  );
  if (existing.length) {
    throw new AppError("input.invalid", `key: custom metric '${input.key}' already exists`, {
      details: { path: "key", suggestion: null },
    });
  }
  const m = toMetric(input);
  assertValid(others, m);
  await save(db, organizationId, m);
  return m;
}

/** Change an active custom metric; not_found when there is none with that key. */
export async function updateCustomMetric(
  db: Queryable,
  organizationId: number,
  key: string,
  patch: z.infer<typeof customMetricPatch>,
): Promise<MetricInput> {
  const all = await listCustomMetrics(db, organizationId);
  const current = all.find((m) => m.key === key);
  if (current?.definition.type !== "formula") throw new AppError("not_found", `no custom metric '${key}'`);
  const { formula, ...rest } = patch;
  const next: MetricInput = {
    ...current,
    ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
    definition: { type: "formula", formula: formula ?? current.definition.formula },
  };
  assertValid(
    all.filter((m) => m.key !== key),
    next,
  );
  await save(db, organizationId, next);
  return next;
}

/** Deactivate a custom metric; refuses when another active custom metric uses it. */
export async function deactivateCustomMetric(
  db: Queryable,
  organizationId: number,
  key: string,
): Promise<void> {
  const all = await listCustomMetrics(db, organizationId);
  if (!all.some((m) => m.key === key)) throw new AppError("not_found", `no custom metric '${key}'`);
  const users = all.filter(
    (m) =>
      m.key !== key &&
      m.definition.type === "formula" &&
      new RegExp(`\\b${key}\\b`).test(m.definition.formula),
  );
  if (users.length) {
    throw new AppError(
      "input.invalid",
      `custom metric '${key}' is used by ${users.map((u) => u.key).join(", ")}`,
      {
        details: { path: "key", suggestion: null },
      },
    );
  }
  await db.query(
    "UPDATE catalog_metrics SET active = false, updated_at = now() WHERE organization_id = $1 AND key = $2 AND is_custom",
    [organizationId, key],
  );
}
