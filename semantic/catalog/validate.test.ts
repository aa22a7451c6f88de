import { describe, expect, it } from "vitest";
import { isAppError } from "../../lib/errors.ts";
import { STANDARD_DIMENSIONS } from "./dimensions.ts";
import { STANDARD_METRICS, standardCatalog } from "./index.ts";
import type { MetricInput } from "./types.ts";
import { buildCatalog, validateCatalog } from "./validate.ts";

const base = { label: "x", description: "x", unit: "count", format: "integer" } as const;
const sum = (column: string) =>
  ({ type: "aggregate", table: "ad_spend_daily", aggregation: "sum", column }) as const;
const f = (formula: string) => ({ type: "formula", formula }) as const;

describe("validateCatalog", () => {
  it("accepts the standard catalog with at least 40 metrics", () => {
    expect(standardCatalog.metrics.size).toBeGreaterThanOrEqual(40);
    expect(STANDARD_METRICS.map((m) => m.key)).toEqual(
      expect.arrayContaining([
        "spend",
        "roas",
        "platform_roas",
        "attributed_roas",
        "email_open_rate",
        "cac",
        "roi",
      ]),
    );
  });

  it("derives dimension support from inputs: formulas support the intersection", () => {
    const get = (k: string) => standardCatalog.metrics.get(k)!.supportedDimensions;
    expect(get("spend")).toEqual([
      "date",
      "channel",
      "channel_group",
      "platform",
      "campaign",
      "campaign_objective",
      "day_of_week",
    ]);
    // Orders carry a time of day; ad spend, sessions and email are daily.
    expect(get("orders")).toContain("hour_of_day");
    expect(get("spend")).not.toContain("hour_of_day");
    expect(get("orders")).toContain("source_medium");
    expect(get("orders")).toContain("channel_group");
    expect(get("roas")).toEqual([
      "date",
      "channel",
      "channel_group",
      "platform",
      "campaign",
      "campaign_objective",
      "day_of_week",
    ]);
    expect(get("email_open_rate")).toEqual(["date", "email_campaign", "day_of_week"]);
    expect(get("conversion_rate")).toEqual(["date", "channel", "channel_group", "day_of_week"]);
    expect(standardCatalog.metrics.get("attributed_roas")!.alwaysAttributed).toBe(true);
  });

  it("reports every error at once with a breadcrumb", () => {
    const metrics: MetricInput[] = [
      { ...base, key: "spend", definition: sum("spend") },
      { ...base, key: "revenue", definition: sum("platform_revenue") },
      { ...base, key: "roas", definition: f("revenu / spend") },
      { ...base, key: "a", definition: f("b + 1") },
      { ...base, key: "b", definition: f("a * 2") },
      { ...base, key: "bad_col", definition: sum("spent") },
      { ...base, key: "syntax", definition: f("spend / (clicks") },
      { ...base, key: "Bad Key", definition: sum("spend") },
      { ...base, key: "spend", definition: sum("spend") },
      { ...base, key: "restricted", definition: sum("spend"), dimensions: ["email_campaign"] },
    ];
    const r = validateCatalog(metrics, STANDARD_DIMENSIONS);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      "metric Bad Key -> key: expected a lower_snake_case key (a-z, 0-9, _; starts with a letter)",
      "metric spend -> key: duplicate metric key",
      "metric bad_col -> definition.column: unknown column 'spent' on ad_spend_daily (did you mean 'spend'?)",
      "metric roas -> formula: unknown metric 'revenu' (did you mean 'revenue'?)",
      "metric syntax -> formula: expected ')' at the end",
      "metric a -> formula: cycle a -> b -> a",
      "metric restricted -> dimensions.0: 'email_campaign' is not available from this metric's data",
    ]);
  });

  it("throws one catalog.invalid error listing them", () => {
    try {
      buildCatalog([{ ...base, key: "roas", definition: f("revenu / spend") }], STANDARD_DIMENSIONS);
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e) && e.code).toBe("catalog.invalid");
      expect((e as Error).message).toContain("metric roas -> formula: unknown metric 'revenu'");
    }
  });
});
