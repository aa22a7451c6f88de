/**
 * Ratios of two catalog metrics asked for by name ("revenue per session", "orders per 1,000
 * impressions", "cost per engaged session") that the catalog holds no metric for: each becomes a
 * formula metric of this query only, so the semantic layer computes it like any other (per row, in
 * the totals as total over total, with the comparison), and the answer's figures stay the core's.
 */
import { z } from "zod";
import type { Catalog, MetricInput } from "../../semantic/catalog/types.ts";
import { buildCatalog } from "../../semantic/catalog/validate.ts";

const metricKey = z.string().regex(/^[a-z][a-z0-9_]{0,60}$/, "expected a metric key such as 'sessions'");

export const ratioInput = z.object({
  numerator: metricKey,
  denominator: metricKey,
  per: z
    .union([z.literal(1), z.literal(100), z.literal(1000)])
    .optional()
    .describe("Per how many of the denominator, e.g. 1000 for 'orders per 1,000 impressions'."),
});
export type RatioInput = z.infer<typeof ratioInput>;

/** The key of a ratio's metric: "revenue_per_session", "orders_per_1000_impressions". */
export function ratioKey(r: RatioInput): string {
  return `${r.numerator}_per_${r.per && r.per > 1 ? `${r.per}_` : ""}${r.denominator}`.slice(0, 63);
}

/**
 * The catalog with each ratio as a formula metric, and the query's metrics with the ratios first
 * and their parts after them (so the answer shows what each ratio divides).
 * @throws AppError `catalog.invalid` naming the ratio when a part is not a catalog metric.
 */
export function withRatios(
  catalog: Catalog,
  metrics: readonly string[],
  ratios: readonly RatioInput[],
): { catalog: Catalog; metrics: string[] } {
  const added: MetricInput[] = ratios.map((r) => {
    const top = catalog.metrics.get(r.numerator);
    const bottom = catalog.metrics.get(r.denominator);
    const per = r.per && r.per > 1 ? r.per : 1;
    const perWords = per > 1 ? ` ${per.toLocaleString("en-US")}` : "";
    const bottomLabel = (bottom?.label ?? r.denominator).toLowerCase();
    const currency = top?.unit === "currency" && bottom?.unit !== "currency";
    return {
      key: ratioKey(r),
      label: `${top?.label ?? r.numerator} per${perWords} ${perWords ? bottomLabel : singular(bottomLabel)}`,
      description: `${top?.label ?? r.numerator} divided by ${bottomLabel}${per > 1 ? `, times ${per}` : ""}, over the same rows and period (ratio of sums).`,
      unit: currency ? "currency" : "ratio",
      format: currency ? "currency" : "decimal",
      definition: {
        type: "formula",
        formula: per > 1 ? `${per} * ${r.numerator} / ${r.denominator}` : `${r.numerator} / ${r.denominator}`,
      },
      // A cost per something is better low; a return per something (revenue per session) high.
      higherIsBetter: !(r.numerator === "spend" || top?.higherIsBetter === false),
    };
  });
  const known = [...catalog.metrics.values()].filter((m) => !added.some((a) => a.key === m.key));
  const extended = buildCatalog([...known, ...added], [...catalog.dimensions.values()]);
  const parts = ratios.flatMap((r) => [r.numerator, r.denominator]);
  const keys = [...new Set([...added.map((a) => a.key), ...metrics, ...parts])];
  return { catalog: extended, metrics: keys };
}

/** "sessions" -> "session", "engaged sessions" -> "engaged session"; other words as they are. */
function singular(label: string): string {
  return label.replace(/(?<=[a-z])s$/, "");
}
