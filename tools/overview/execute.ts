import type { Anomaly } from "../../core/anomaly/detect.ts";
import { comparePeriods } from "../../core/compare/period.ts";
import { runMetricQuery } from "../../db/analytics/deps.ts";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { comparisonRange, resolveTimeRange } from "../../semantic/query/time-range.ts";
import type { CompareTo, DateRange, TimeRangeInput } from "../../semantic/query/types.ts";
import { createDetectAnomalies } from "../detect-anomalies/execute.ts";
import { ok, type ToolResult } from "../result.ts";
import type { ToolDeps } from "../shared/deps.ts";
import { runTool } from "../shared/run-tool.ts";
import { overviewInput } from "./definition.ts";

/** The headline KPIs, in the order a page shows them. */
export const OVERVIEW_KPIS = ["spend", "revenue", "mer", "paid_roas", "orders", "cac"] as const;
export type OverviewKpiKey = (typeof OVERVIEW_KPIS)[number];

/** One headline KPI in the period and the previous one. */
export interface OverviewKpi {
  key: OverviewKpiKey;
  label: string;
  unit: "currency" | "ratio" | "count";
  format: "currency" | "multiplier" | "decimal";
  /** In words, naming the catalog metrics (and the attribution model) it is computed from. */
  definition: string;
  current: number | null;
  previous: number | null;
  change: number | null;
  /** change / |previous|; null when previous is 0 or either value is missing. */
  percentChange: number | null;
  /** better/worse by the metric's direction (CAC: lower is better); null when neutral or missing. */
  assessment: "better" | "worse" | "unchanged" | null;
  /** A question the UI can send to the chat to explain this number. */
  question: string;
}

/** One channel's row of the channel table (attributed revenue and orders under `attributionModel`). */
export interface OverviewChannel {
  channel: string;
  label: string;
  paid: boolean;
  spend: number;
  revenue: number;
  roas: number | null;
  orders: number;
  previous: { spend: number; revenue: number; orders: number };
  revenueChange: number;
}

/** A channel whose attributed revenue moved most between the periods. */
export interface OverviewMover {
  channel: string;
  label: string;
  current: number;
  previous: number;
  change: number;
  percentChange: number | null;
}

/** An anomaly of the period in one headline series (overall, medium sensitivity). */
export interface OverviewAnomaly extends Anomaly {
  metric: string;
  label: string;
}

/** What the overview returns (the tool's data and GET /api/v1/overview's body). */
export interface OverviewData {
  period: DateRange & { timeZone: string; preset?: string };
  comparisonPeriod: DateRange;
  /** The attribution model of the channel table and paid ROAS. */
  attributionModel: string;
  kpis: OverviewKpi[];
  /** Daily spend, revenue and orders over the period (org-local dates). */
  trend: { date: string; spend: number | null; revenue: number | null; orders: number | null }[];
  channels: OverviewChannel[];
  /** Up to three channels with the largest absolute change in attributed revenue. */
  movers: OverviewMover[];
  anomalies: OverviewAnomaly[];
  provenance: {
    definitions: MetricResult["provenance"]["definitions"];
    timeRange: MetricResult["provenance"]["timeRange"];
    comparisonRange: DateRange;
    attribution?: MetricResult["provenance"]["attribution"];
    dataFreshness: MetricResult["provenance"]["dataFreshness"];
    paidChannels: string[];
    anomalyModel?: string;
    sql: string[];
    params: unknown[];
  };
}

const TOTALS = ["spend", "revenue", "orders", "new_customers", "cac"] as const;
const CHANNEL_METRICS = ["spend", "revenue", "roas", "orders"] as const;
const ANOMALY_METRICS = ["revenue", "spend", "orders"] as const;
const CHANNELS_SQL = "SELECT key, label, is_paid AS paid FROM channels WHERE organization_id = $1";

const PERIOD_WORDS: Record<string, string> = {
  today: "today",
  yesterday: "yesterday",
  last_7_days: "in the last 7 days",
  last_30_days: "in the last 30 days",
  last_90_days: "in the last 90 days",
  this_week: "this week",
  last_week: "last week",
  this_month: "this month",
  last_month: "last month",
  this_quarter: "this quarter",
  last_quarter: "last quarter",
  this_year: "this year",
  last_year: "last year",
  month_to_date: "this month",
  year_to_date: "this year",
};

/** The period as a chat question says it: "last month", or "from 2026-10-01 to 2026-10-31". */
export function periodWords(period: { from: string; to: string; preset?: string }): string {
  if (period.preset && PERIOD_WORDS[period.preset]) return PERIOD_WORDS[period.preset]!;
  return period.from === period.to ? `on ${period.from}` : `from ${period.from} to ${period.to}`;
}

const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);
const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);
const dateText = (v: unknown): string => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

function compare(
  current: number | null,
  previous: number | null,
  higherIsBetter: boolean | undefined,
): Pick<OverviewKpi, "change" | "percentChange" | "assessment"> {
  if (current === null || previous === null) return { change: null, percentChange: null, assessment: null };
  const [c] = comparePeriods([{ metric: "kpi", base: previous, current, higherIsBetter }]);
  return { change: c!.delta, percentChange: c!.pctChange, assessment: c!.assessment ?? null };
}

/**
 * The overview of a period: headline KPIs against the previous period, the daily trend, the
 * channel table, the biggest movers and the period's anomalies. Every figure is a catalog metric
 * run through the semantic layer (blended totals, and per-channel attribution under the
 * organization's default model); paid ROAS and MER are ratios of those sums. A plain function so the
 * API, the agent's `overview` tool and the briefs share it.
 */
export async function computeOverview(
  deps: ToolDeps,
  input: { period: TimeRangeInput; compareTo?: CompareTo | undefined },
): Promise<OverviewData> {
  const period = resolveTimeRange(input.period, deps.now, deps.tenant.timeZone);
  const previousRange = comparisonRange(period, input.compareTo ?? "previous_period");
  const mer = deps.catalog.metrics.has("mer") ? "mer" : "roas";
  const totals = await runMetricQuery(deps, {
    metrics: [...TOTALS, mer],
    timeRange: { from: period.from, to: period.to },
    compareTo: previousRange,
  });
  const byChannel = (range: DateRange) =>
    runMetricQuery(deps, { metrics: [...CHANNEL_METRICS], dimensions: ["channel"], timeRange: range });
  const current = await byChannel(period);
  const before = await byChannel(previousRange);
  const trend = await runMetricQuery(deps, {
    metrics: ["spend", "revenue", "orders"],
    dimensions: ["date"],
    grain: "day",
    timeRange: { from: period.from, to: period.to },
    orderBy: [{ field: "date", direction: "asc" }],
  });
  const known = await deps.db.query<{ key: string; label: string; paid: boolean }>(CHANNELS_SQL, [
    deps.tenant.organizationId,
  ]);
  const labels = new Map(known.map((c) => [c.key, c]));
  const channelKeys = [
    ...new Set([...current.rows, ...before.rows].map((r) => String(r.channel ?? "(none)"))),
  ];
  const rowOf = (r: MetricResult, key: string) => r.rows.find((x) => String(x.channel ?? "(none)") === key);
  const channels: OverviewChannel[] = channelKeys
    .map((key) => {
      const c = rowOf(current, key);
      const p = rowOf(before, key);
      return {
        channel: key,
        label: labels.get(key)?.label ?? key,
        paid: labels.get(key)?.paid === true,
        spend: num(c?.spend),
        revenue: num(c?.revenue),
        roas: ratio(num(c?.revenue), num(c?.spend)),
        orders: num(c?.orders),
        previous: { spend: num(p?.spend), revenue: num(p?.revenue), orders: num(p?.orders) },
        revenueChange: num(c?.revenue) - num(p?.revenue),
      };
    })
    .sort((a, b) => b.spend - a.spend || b.revenue - a.revenue || a.channel.localeCompare(b.channel));
  const paid = channels.filter((c) => c.paid);
  const paidRevenue = (pick: (c: OverviewChannel) => number) => paid.reduce((s, c) => s + pick(c), 0);
  const prevTotals = totals.comparison!.totals;
  const value = (k: string) => totals.totals[k] ?? null;
  const prior = (k: string) => prevTotals[k]?.previous ?? null;
  const spendNow = value("spend");
  const spendBefore = prior("spend");
  const model = current.provenance.attribution?.model ?? deps.tenant.defaultAttributionModel;
  const words = periodWords(period);
  const kpi = (
    key: OverviewKpiKey,
    spec: Pick<OverviewKpi, "label" | "unit" | "format" | "definition">,
    now: number | null,
    then: number | null,
    higherIsBetter: boolean | undefined,
    subject: string,
  ): OverviewKpi => ({
    key,
    ...spec,
    current: now,
    previous: then,
    ...compare(now, then, higherIsBetter),
    question: `Why did ${subject} change ${words}?`,
  });
  const kpis: OverviewKpi[] = [
    kpi(
      "spend",
      { label: "Ad spend", unit: "currency", format: "currency", definition: "Ad spend (catalog `spend`)." },
      spendNow,
      spendBefore,
      undefined,
      "ad spend",
    ),
    kpi(
      "revenue",
      {
        label: "Revenue",
        unit: "currency",
        format: "currency",
        definition: "All tracked order revenue (catalog `revenue`).",
      },
      value("revenue"),
      prior("revenue"),
      true,
      "revenue",
    ),
    kpi(
      "mer",
      {
        label: "MER",
        unit: "ratio",
        format: "multiplier",
        definition: `Marketing efficiency ratio: all tracked revenue (organic and direct included) / ad spend (catalog \`${mer}\`).`,
      },
      value(mer),
      prior(mer),
      true,
      "MER",
    ),
    kpi(
      "paid_roas",
      {
        label: "Paid ROAS",
        unit: "ratio",
        format: "multiplier",
        definition: `Revenue attributed to paid channels (${paid.map((c) => c.label).join(", ") || "none"}) under the ${model} model / ad spend.`,
      },
      spendNow === null
        ? null
        : ratio(
            paidRevenue((c) => c.revenue),
            spendNow,
          ),
      spendBefore === null
        ? null
        : ratio(
            paidRevenue((c) => c.previous.revenue),
            spendBefore,
          ),
      true,
      "paid ROAS",
    ),
    kpi(
      "orders",
      { label: "Orders", unit: "count", format: "decimal", definition: "Tracked orders (catalog `orders`)." },
      value("orders"),
      prior("orders"),
      true,
      "orders",
    ),
    kpi(
      "cac",
      {
        label: "New-customer CAC",
        unit: "currency",
        format: "currency",
        definition: "Ad spend / new customers (catalog `cac`: first-time buyers, not all customers).",
      },
      value("cac"),
      prior("cac"),
      false,
      "CAC",
    ),
  ];
  const movers = channels
    .filter((c) => c.revenueChange !== 0)
    .sort(
      (a, b) => Math.abs(b.revenueChange) - Math.abs(a.revenueChange) || a.channel.localeCompare(b.channel),
    )
    .slice(0, 3)
    .map((c) => ({
      channel: c.channel,
      label: c.label,
      current: c.revenue,
      previous: c.previous.revenue,
      change: c.revenueChange,
      percentChange: c.previous.revenue === 0 ? null : c.revenueChange / Math.abs(c.previous.revenue),
    }));
  const scan = await createDetectAnomalies(deps)({
    metrics: [...ANOMALY_METRICS],
    period: { from: period.from, to: period.to },
  });
  const anomalies: OverviewAnomaly[] = scan.ok
    ? scan.data.metrics.flatMap((m) =>
        (m.series.find((s) => s.series === "overall")?.anomalies ?? []).map((a) => ({
          metric: m.metric,
          label: m.definition?.label ?? m.metric,
          ...a,
        })),
      )
    : [];
  anomalies.sort((a, b) => a.date.localeCompare(b.date) || a.metric.localeCompare(b.metric));
  const definitions = new Map(
    [totals, current].flatMap((r) => r.provenance.definitions).map((d) => [d.key, d]),
  );
  const queries = [totals, current, before, trend];
  return {
    period: {
      from: period.from,
      to: period.to,
      timeZone: period.timeZone,
      ...(period.preset ? { preset: period.preset } : {}),
    },
    comparisonPeriod: previousRange,
    attributionModel: model,
    kpis,
    trend: trend.rows.map((r) => ({
      date: dateText(r.date),
      spend: (r.spend as number | null) ?? null,
      revenue: (r.revenue as number | null) ?? null,
      orders: (r.orders as number | null) ?? null,
    })),
    channels,
    movers,
    anomalies,
    provenance: {
      definitions: [...definitions.values()],
      timeRange: totals.provenance.timeRange,
      comparisonRange: previousRange,
      ...(current.provenance.attribution ? { attribution: current.provenance.attribution } : {}),
      dataFreshness: totals.provenance.dataFreshness,
      paidChannels: paid.map((c) => c.channel),
      ...(scan.ok ? { anomalyModel: scan.data.provenance.model } : {}),
      sql: [
        ...queries.flatMap((q) =>
          q.provenance.sql.totals
            ? [q.provenance.sql.rows, q.provenance.sql.totals]
            : [q.provenance.sql.rows],
        ),
        CHANNELS_SQL,
      ],
      params: totals.provenance.sql.params,
    },
  };
}

/** overview as an agent tool: parses the arguments, then computeOverview. */
export function createOverview(deps: ToolDeps) {
  return (args: unknown): Promise<ToolResult<OverviewData>> =>
    runTool(overviewInput, args, async (input) => ok(await computeOverview(deps, input)));
}
