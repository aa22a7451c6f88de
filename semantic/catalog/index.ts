/** The standard catalog and helpers to merge an organization's custom metrics into it. */
import { STANDARD_DIMENSIONS } from "./dimensions.ts";
import { AD_METRICS } from "./metrics-ads.ts";
import { COMMERCE_METRICS } from "./metrics-commerce.ts";
import { ATTRIBUTED_METRICS, EMAIL_METRICS } from "./metrics-email.ts";
import type { Catalog, MetricInput } from "./types.ts";
import { buildCatalog } from "./validate.ts";

/** Every standard metric declaration, in display order. */
export const STANDARD_METRICS: readonly MetricInput[] = [
  ...AD_METRICS,
  ...COMMERCE_METRICS,
  ...EMAIL_METRICS,
  ...ATTRIBUTED_METRICS,
];

export { STANDARD_DIMENSIONS };

/** The validated standard catalog (throws catalog.invalid at import if a declaration is wrong). */
export const standardCatalog: Catalog = buildCatalog(STANDARD_METRICS, STANDARD_DIMENSIONS);

/** The standard catalog plus an organization's custom metrics, validated together. */
export function catalogWithCustom(custom: readonly MetricInput[]): Catalog {
  if (custom.length === 0) return standardCatalog;
  return buildCatalog(
    [...STANDARD_METRICS, ...custom.map((m) => ({ ...m, custom: true }))],
    STANDARD_DIMENSIONS,
  );
}
