/**
 * Rebuild a frame from tool calls already made in a thread, so follow-ups work after any model's
 * turn (the local planner's or an LLM's): "and last quarter?" needs to know what was asked.
 */
import { z } from "zod";
import { type ModelName, modelNameSchema } from "../../core/attribution/types.ts";
import { GRAINS } from "../../semantic/query/types.ts";
import { budgetChange } from "../../tools/recommend-budget/definition.ts";
import type { Frame, FrameFilter, Intent, Period } from "./types.ts";

type Args = Record<string, unknown>;

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];

function periodOf(v: unknown): Period | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  const r = v as { from?: unknown; to?: unknown };
  return typeof r.from === "string" && typeof r.to === "string"
    ? { from: r.from, to: r.to, label: `${r.from} to ${r.to}` }
    : undefined;
}

function filtersOf(v: unknown): FrameFilter[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((f): FrameFilter[] => {
    if (typeof f !== "object" || f === null) return [];
    const { field, op, values } = f as { field?: unknown; op?: unknown; values?: unknown };
    if (typeof field !== "string" || (op !== "in" && op !== "not_in") || !Array.isArray(values)) return [];
    return [
      {
        field,
        op,
        values: values.filter((x): x is string | number => typeof x === "string" || typeof x === "number"),
      },
    ];
  });
}

function modelsOf(v: unknown): ModelName[] {
  return strings(v).flatMap((m) => {
    const r = modelNameSchema.safeParse(m);
    return r.success ? [r.data] : [];
  });
}

const INTENT_BY_TOOL: Record<string, Intent> = {
  query_metrics: "query",
  compare_periods: "compare",
  explain_change: "explain",
  attribution: "attribution",
  recommend_budget: "budget",
  detect_anomalies: "anomalies",
  describe_metric: "define",
  search_catalog: "search",
  list_dimension_values: "list_values",
};

/**
 * The frame behind a tool call, or undefined when its arguments are not usable (only absolute
 * date ranges are followed up; a preset range starts a fresh frame).
 * @example frameFromCall("query_metrics", { metrics: ["roas"], timeRange: { from: "2026-10-01", to: "2026-10-31" } })?.metrics // ["roas"]
 */
export function frameFromCall(name: string, args: Args): Frame | undefined {
  const intent = INTENT_BY_TOOL[name];
  if (!intent) return undefined;
  const period = periodOf(args.timeRange ?? args.period) ?? { from: "", to: "", label: "" };
  const metrics =
    name === "explain_change" || name === "describe_metric" ? strings([args.metric]) : strings(args.metrics);
  const frame: Frame = {
    intent,
    metrics,
    dimensions: strings(args.dimensions),
    filters: filtersOf(args.filters),
    period,
  };
  const compare = periodOf(args.compareTo);
  if (compare) frame.compare = { mode: "explicit", period: compare };
  else if (args.compareTo === "previous_year" || args.compareTo === "previous_period") {
    frame.compare = { mode: args.compareTo, period: { ...period } };
  }
  if (name === "query_metrics") {
    const order = Array.isArray(args.orderBy)
      ? (args.orderBy[0] as { field?: unknown; direction?: unknown } | undefined)
      : undefined;
    if (typeof order?.field === "string")
      frame.order = { field: order.field, direction: order.direction === "asc" ? "asc" : "desc" };
    if (typeof args.limit === "number") frame.limit = args.limit;
    const grain = z.enum(GRAINS).safeParse(args.grain);
    if (grain.success) frame.grain = grain.data;
    if (frame.dimensions.includes("date")) frame.intent = "trend";
    else if (frame.order) frame.intent = "rank";
    if (typeof args.attributionModel === "string") frame.models = modelsOf([args.attributionModel]);
  }
  if (name === "attribution") {
    frame.models = modelsOf(args.models);
    frame.level = args.level === "campaign" ? "campaign" : "channel";
    frame.metrics = args.metric === "conversions" ? ["orders"] : [];
    const channels = strings(args.channels);
    if (channels.length) frame.filters = [{ field: "channel", op: "in", values: channels }];
  }
  if (name === "detect_anomalies" && typeof args.dimension === "string") frame.dimensions = [args.dimension];
  if (name === "recommend_budget") {
    frame.budget = {
      totalBudget: typeof args.totalBudget === "number" ? args.totalBudget : undefined,
      ...(typeof args.maxChangePercent === "number" ? { maxChangePercent: args.maxChangePercent } : {}),
      level: args.level === "platform" ? "platform" : "channel",
      locked: strings(args.lockedChannels),
      changes: z.array(budgetChange).safeParse(args.changes).data ?? [],
      ...(args.objective === "revenue" ? { objective: "revenue" as const } : {}),
    };
  }
  return frame.period.from || intent === "define" || intent === "search" || intent === "list_values"
    ? frame
    : undefined;
}
