import { executeMetricQuery, type MetricResult } from "../../semantic/execute/execute.ts";
import { ok, type ToolResult } from "../result.ts";
import type { ToolDeps } from "../shared/deps.ts";
import { runTool } from "../shared/run-tool.ts";
import { attributionInput } from "./definition.ts";

/** One model's credit per channel or campaign. */
export interface ModelCredit {
  model: string;
  total: number;
  rows: Array<{ key: string | number; label: string; credit: number; share: number }>;
  /** fix15e: with excludeNone, the credit of touches with no campaign, left out of `rows`. */
  none?: { credit: number; share: number } | undefined;
}

export interface AttributionToolData {
  metric: "revenue" | "conversions";
  level: "channel" | "campaign" | "platform";
  period: MetricResult["provenance"]["timeRange"];
  models: ModelCredit[];
  /** fix15e: the rows were cut to the top `limit` of each model. */
  limit?: number | undefined;
  provenance: Array<MetricResult["provenance"]>;
  /**
   * The organization's own settings: the model other answers (ROAS by channel) use when none is
   * named, and the lookback window journeys are built with, so "which model are you using?" is
   * answered from the account, not from a guess.
   */
  defaults?: { model: string; lookbackDays: number } | undefined;
}

/**
 * attribution: credited revenue or conversions per channel or campaign under each requested
 * model, read from the materialized per-conversion credit through the catalog's attributed
 * metrics, so the definitions and SQL match every other answer. Shares are credit / model total.
 */
export function createAttribution(deps: ToolDeps) {
  const run = (sql: string, params: readonly unknown[]) => deps.db.query(sql, params);
  return (args: unknown): Promise<ToolResult<AttributionToolData>> =>
    runTool(attributionInput, args, async (input) => {
      const metric = input.metric === "revenue" ? "attributed_revenue" : "attributed_conversions";
      const results = await Promise.all(
        input.models.map((model) =>
          executeMetricQuery(
            { catalog: deps.catalog, run, now: deps.now },
            {
              metrics: [metric],
              dimensions: [input.level],
              timeRange: input.period,
              attributionModel: model,
              filters: [
                ...(input.channels?.length
                  ? [{ field: "channel", op: "in" as const, values: input.channels }]
                  : []),
                ...(input.platforms?.length
                  ? [{ field: "platform", op: "in" as const, values: input.platforms }]
                  : []),
              ],
              orderBy: [{ field: metric, direction: "desc" }],
            },
            deps.tenant,
          ),
        ),
      );
      const models = results.map((r, i): ModelCredit => {
        const total = r.rows.reduce(
          (s, row) => s + (typeof row[metric] === "number" ? (row[metric] as number) : 0),
          0,
        );
        const rows = r.rows.map((row) => {
          const credit = typeof row[metric] === "number" ? (row[metric] as number) : 0;
          const key = row[input.level] as string | number;
          const label = input.level === "campaign" ? String(row.campaign_name ?? key) : String(key);
          return { key, label, credit, share: total ? credit / total : 0 };
        });
        return { model: input.models[i]!, total, ...keptRows(rows, input) };
      });
      return ok({
        metric: input.metric,
        level: input.level,
        ...(input.limit ? { limit: input.limit } : {}),
        period: results[0]!.provenance.timeRange,
        models,
        provenance: results.map((r) => r.provenance),
        defaults: {
          model: deps.tenant.defaultAttributionModel,
          lookbackDays: deps.tenant.attributionLookbackDays,
        },
      });
    });
}

/**
 * fix15e: the rows a question keeps: without the no-campaign row when asked (its credit reported
 * apart, share of all credit), only the named campaigns when given, then the top `limit`. Shares
 * stay of the model's whole credit.
 * @example keptRows([{ key: null, credit: 6, share: 0.6 }, { key: 1, credit: 4, share: 0.4 }], { level: "campaign", excludeNone: true }).none // { credit: 6, share: 0.6 }
 */
export function keptRows<R extends { key: string | number | null; credit: number; share: number }>(
  rows: readonly R[],
  input: {
    level: string;
    excludeNone?: boolean | undefined;
    limit?: number | undefined;
    campaigns?: readonly number[] | undefined;
  },
): { rows: R[]; none?: { credit: number; share: number } } {
  const drop = input.excludeNone === true && input.level !== "channel";
  const none = drop ? rows.find((r) => r.key === null || r.key === undefined) : undefined;
  // fix16e: named campaigns only ("brand search under last click vs linear"), shares of all credit.
  const named =
    input.level === "campaign" && input.campaigns?.length ? input.campaigns.map(String) : undefined;
  const kept = rows.filter(
    (r) =>
      (!drop || (r.key !== null && r.key !== undefined)) &&
      (!named || (r.key !== null && r.key !== undefined && named.includes(String(r.key)))),
  );
  return {
    rows: input.limit ? kept.slice(0, input.limit) : kept,
    ...(drop ? { none: { credit: none?.credit ?? 0, share: none?.share ?? 0 } } : {}),
  };
}
