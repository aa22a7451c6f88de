import { describe, expect, it } from "vitest";
import { z } from "zod";
import { getToolDefinition, TOOL_DEFINITIONS, TOOL_NAMES } from "./index.ts";

describe("tool registry", () => {
  it("lists every tool once, with snake_case names", () => {
    expect(TOOL_NAMES).toEqual([
      "search_catalog",
      "describe_metric",
      "list_dimension_values",
      "query_metrics",
      "compare_periods",
      "explain_change",
      "attribution",
      "recommend_budget",
      "detect_anomalies",
      "journeys",
      "overview",
      "recommend",
      "brief",
      "funnel",
      "cohorts",
      "profitability",
      "campaigns",
      "project_run_rate",
    ]);
    for (const name of TOOL_NAMES) expect(name).toMatch(/^[a-z][a-z_]*$/);
  });

  it("says when to use each tool and when not to", () => {
    for (const t of TOOL_DEFINITIONS) {
      expect(t.description).toMatch(/Use /);
      expect(t.description).toMatch(/Do NOT use/);
    }
  });

  it("has no organization or tenant field in any input", () => {
    for (const t of TOOL_DEFINITIONS) {
      const json = JSON.stringify(z.toJSONSchema(t.inputSchema, { io: "input", unrepresentable: "any" }));
      expect(json).not.toMatch(/"(?:organization|organizationId|tenant|orgId)"/);
    }
  });

  it("describes every top-level input field of the tools it declares", () => {
    for (const t of TOOL_DEFINITIONS.filter((d) => d.name !== "query_metrics")) {
      const schema = z.toJSONSchema(t.inputSchema, { io: "input", unrepresentable: "any" }) as {
        properties: Record<string, { description?: string }>;
      };
      for (const [field, prop] of Object.entries(schema.properties)) {
        expect(prop.description, `${t.name}.${field}`).toMatch(/e\.g\./);
      }
    }
  });

  it("parses recommend and brief arguments with their defaults", () => {
    expect(getToolDefinition("recommend")!.inputSchema.parse({})).toEqual({ focus: "all", limit: 5 });
    expect(getToolDefinition("recommend")!.inputSchema.safeParse({ focus: "ads" }).success).toBe(false);
    expect(getToolDefinition("brief")!.inputSchema.parse({})).toEqual({ period: { preset: "last_week" } });
    expect(
      getToolDefinition("brief")!.inputSchema.safeParse({ period: { from: "2026-10-25", to: "2026-10-19" } })
        .success,
    ).toBe(false);
  });

  it("parses typical arguments and rejects bad ones", () => {
    expect(
      getToolDefinition("recommend_budget")!.inputSchema.safeParse({
        period: { preset: "this_month" },
        changes: [{ dimension: "platform", value: "tiktok_ads", changePercent: -50, changeAmount: 5 }],
      }).success,
    ).toBe(false);
    expect(
      getToolDefinition("attribution")!.inputSchema.safeParse({
        models: ["markov"],
        period: { from: "2026-07-01", to: "2026-09-30" },
      }).success,
    ).toBe(true);
    expect(
      getToolDefinition("explain_change")!.inputSchema.safeParse({
        metric: "revenue",
        period: { from: "2026-10-31", to: "2026-10-01" },
      }).success,
    ).toBe(false);
    expect(getToolDefinition("nope")).toBeUndefined();
  });
});
