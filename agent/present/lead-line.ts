/**
 * The lead line: one sentence saying what the agent is about to answer, built from the plan (the
 * first tool call's arguments) before any tool has run, so a chat can show honest text at once.
 * It names metrics, breakdowns, the resolved period and the time zone, and never a figure from the
 * data: numbers only appear in the verified answer that follows.
 */
import { z } from "zod";
import type { Catalog } from "../../semantic/catalog/types.ts";
import { resolveTimeRange } from "../../semantic/query/time-range.ts";
import { timeRangeSchema } from "../../semantic/query/types.ts";
import { formatPeriod, inSentence } from "../answer/format.ts";

/** The parts of a tool call's arguments the lead line reads (tool calls are already validated). */
const leadArgs = z
  .object({
    metrics: z.array(z.string()).optional(),
    metric: z.string().optional(),
    dimensions: z.array(z.string()).optional(),
    dimension: z.string().optional(),
    grain: z.string().optional(),
    timeRange: timeRangeSchema.optional(),
    period: timeRangeSchema.optional(),
    compareTo: z.unknown().optional(),
  })
  .loose();

export interface LeadContext {
  catalog: Catalog;
  timeZone: string;
  now: Date;
}

/** What each tool does, as the start of a sentence (the metric part follows when there is one). */
const TOOL_LEADS: Record<string, string> = {
  query_metrics: "",
  compare_periods: "Comparing ",
  explain_change: "Explaining the change in ",
  detect_anomalies: "Checking for anomalies in ",
  attribution: "Attribution of ",
  funnel: "The funnel",
  cohorts: "Customer cohorts",
  journeys: "Customer journeys",
  overview: "Headline KPIs",
  brief: "The brief",
  recommend: "Working out recommendations",
  recommend_budget: "Working out a budget proposal",
  describe_metric: "The definition of ",
  search_catalog: "Searching the metric catalog",
  list_dimension_values: "Listing the values of ",
};

const GRAIN_WORD: Record<string, string> = {
  day: "Daily ",
  week: "Weekly ",
  month: "Monthly ",
  quarter: "Quarterly ",
};

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

function capitalized(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "compared with the previous period" for a compareTo argument, or "" when there is none. */
function baseline(compareTo: unknown): string {
  if (compareTo === "previous_period") return " vs the previous period";
  if (compareTo === "previous_year") return " vs the same period last year";
  const range = z.object({ from: z.string(), to: z.string() }).safeParse(compareTo);
  return range.success ? ` vs ${formatPeriod(range.data)}` : "";
}

/**
 * The lead line for one planned tool call, e.g. "Revenue by channel, October 1–31, 2026
 * (America/New_York)…"; undefined for a tool it does not know.
 */
export function leadLine(
  call: { name: string; args: Record<string, unknown> },
  ctx: LeadContext,
): string | undefined {
  const start = TOOL_LEADS[call.name];
  if (start === undefined) return undefined;
  const parsed = leadArgs.safeParse(call.args);
  const args = parsed.success ? parsed.data : {};
  const metricLabel = (key: string) => ctx.catalog.metrics.get(key)?.label ?? key;
  const metricKeys = args.metrics ?? (args.metric ? [args.metric] : []);
  const dims = (args.dimensions ?? (args.dimension ? [args.dimension] : [])).filter((d) => d !== "date");
  const byDate = (args.dimensions ?? []).includes("date");

  let subject = "";
  if (call.name === "list_dimension_values") {
    subject = args.dimension ? (ctx.catalog.dimensions.get(args.dimension)?.label ?? args.dimension) : "";
  } else if (metricKeys.length > 0 && start.endsWith(" ")) {
    subject = joinWords(metricKeys.map((k) => inSentence(metricLabel(k))));
  } else if (metricKeys.length > 0 && start === "") {
    const grain = byDate ? (GRAIN_WORD[args.grain ?? "day"] ?? "") : "";
    const labels = metricKeys.map(metricLabel);
    subject = grain ? `${grain}${joinWords(labels.map(inSentence))}` : joinWords(labels);
  }
  let text = capitalized(`${start}${subject}`.trim());
  if (!text) return undefined;
  if (dims.length > 0 && call.name !== "list_dimension_values")
    text += ` by ${joinWords(dims.map((d) => inSentence(ctx.catalog.dimensions.get(d)?.label ?? d)))}`;
  const range = args.timeRange ?? args.period;
  if (range) {
    const period = resolveTimeRange(range, ctx.now, ctx.timeZone);
    text += `, ${formatPeriod(period)}${baseline(args.compareTo)} (${ctx.timeZone})`;
  }
  return `${text}…`;
}
