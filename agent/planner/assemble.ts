/**
 * Frame -> tool calls. The only place that knows each tool's argument shape, so the planner's
 * output always parses under the tool definitions (tested in assemble.test.ts).
 */

import { campaignsCall } from "./campaigns-intent.ts";
import { cohortsCalls } from "./cohort-intent.ts";
import { funnelCall, funnelWhyCalls } from "./funnel-intent.ts";
import { profitabilityCall } from "./profitability-intent.ts";
import type { Frame, PlannedCall } from "./types.ts";

const range = (p: { from: string; to: string }) => ({ from: p.from, to: p.to });

/** Metrics the attribution tool credits as counts rather than revenue. */
const COUNT_METRICS = new Set([
  "orders",
  "new_customers",
  "attributed_conversions",
  "platform_conversions",
  "customers",
]);

function orderBy(frame: Frame): Array<{ field: string; direction: "asc" | "desc" }> | undefined {
  if (!frame.order) return undefined;
  return [{ field: frame.order.field, direction: frame.order.direction }];
}

/** The frame's filters plus "is not empty" for dimensions whose "(none)" member is excluded. */
function filtersOf(frame: Frame): unknown[] {
  const none = (frame.excludeNone ?? [])
    .filter((d) => frame.dimensions.includes(d))
    .map((field) => ({ field, op: "neq", value: null }));
  return [...frame.filters, ...none, ...(frame.floors ?? [])];
}

/**
 * What a change is broken down by when the question names nothing: channels; campaigns first when
 * the question is already about one channel or platform (its channel split is one row, so the
 * movers that explain anything are its campaigns; the channel split stays for completeness).
 */
function defaultDrivers(frame: Frame): string[] {
  const one = frame.filters.find(
    (f) => (f.field === "channel" || f.field === "platform") && f.op === "in" && f.values.length === 1,
  );
  if (!one) return adSpike(frame) ? ["campaign", "channel"] : ["channel"];
  // Unpaid channels run no ad campaigns (every order is "(none)"): new vs returning customers and
  // source / medium are what can move inside them.
  const unpaid = one.field === "channel" && "values" in one && UNPAID_CHANNELS.has(String(one.values[0]));
  return unpaid ? ["customer_type", "source_medium"] : ["campaign", "channel"];
}

/** Ad-side metrics that live on campaigns: a jump in one is usually one campaign's doing. */
const CAMPAIGN_METRICS: ReadonlySet<string> = new Set(["spend", "impressions", "clicks", "cpc", "cpm"]);

/**
 * fix19c: a short window's (at most a week's) jump in an ad metric, such as "why was spend so high
 * on may 14": the campaign behind it (a runaway budget) is the answer, the channel only its wrapper.
 */
function adSpike(frame: Frame): boolean {
  const metric = frame.metrics[0];
  if (!metric || !CAMPAIGN_METRICS.has(metric)) return false;
  const days = (Date.parse(frame.period.to) - Date.parse(frame.period.from)) / 86_400_000 + 1;
  return days <= 7;
}

/** Channels with no ad campaigns of their own. */
export const UNPAID_CHANNELS: ReadonlySet<string> = new Set([
  "email",
  "organic_search",
  "organic_social",
  "direct",
  "referral",
]);

function queryCall(frame: Frame): PlannedCall {
  const args: Record<string, unknown> = {
    metrics: frame.metrics,
    dimensions: frame.dimensions,
    filters: filtersOf(frame),
    timeRange: range(frame.period),
  };
  if (frame.dimensions.includes("date") && frame.grain) args.grain = frame.grain;
  const order = orderBy(frame);
  if (order) args.orderBy = order;
  if (frame.limit !== undefined) args.limit = frame.limit;
  if (frame.models?.[0]) args.attributionModel = frame.models[0];
  if (frame.average) args.average = frame.average;
  if (frame.spread) args.spread = true;
  if (frame.statedTargets?.length) args.statedTargets = frame.statedTargets;
  if (frame.ratios?.length) args.ratios = frame.ratios;
  return { name: "query_metrics", args };
}

/**
 * The tool calls that answer a frame.
 * @example assembleCalls(frame)[0]?.name // "query_metrics"
 */
export function assembleCalls(frame: Frame): PlannedCall[] {
  const period = range(frame.period);
  const compareTo = frame.compare ? range(frame.compare.period) : "previous_period";
  switch (frame.intent) {
    case "define":
      return frame.metrics.slice(0, 3).map((metric) => ({ name: "describe_metric", args: { metric } }));
    case "search":
      return [{ name: "search_catalog", args: { query: frame.searchText ?? "" } }];
    case "list_values":
      return [{ name: "list_dimension_values", args: { dimension: frame.listDimension ?? "channel" } }];
    case "compare":
      return [
        {
          name: "compare_periods",
          args: {
            metrics: frame.metrics,
            period,
            compareTo,
            dimensions: frame.dimensions.filter((d) => d !== "date").slice(0, 2),
            filters: filtersOf(frame),
            ...(frame.limit !== undefined ? { limit: frame.limit } : {}),
            // fix11a: "the worst one" against before: the lowest first, when the ranked field leads.
            ...(frame.limit !== undefined &&
            frame.order?.direction === "asc" &&
            frame.order.field === frame.metrics[0]
              ? { direction: "asc" }
              : {}),
          },
        },
      ];
    case "explain":
      return [
        {
          name: "explain_change",
          args: {
            metric: frame.metrics[0],
            period,
            compareTo,
            dimensions: frame.dimensions.length
              ? frame.dimensions.filter((d) => d !== "date").slice(0, 3)
              : defaultDrivers(frame),
            filters: frame.filters,
          },
        },
      ];
    case "attribution": {
      const named = (field: string) =>
        frame.filters.filter((f) => f.field === field && f.op === "in").flatMap((f) => f.values.map(String));
      const channels = named("channel");
      const platforms = named("platform");
      const campaigns = named("campaign")
        .map(Number)
        .filter((n) => Number.isInteger(n) && n > 0);
      return [
        {
          name: "attribution",
          args: {
            models: frame.models?.length ? frame.models : ["last_touch", "linear", "markov"],
            level: frame.level ?? "channel",
            metric: frame.metrics.some((m) => COUNT_METRICS.has(m)) ? "conversions" : "revenue",
            period,
            ...(channels.length ? { channels } : {}),
            ...(platforms.length ? { platforms } : {}),
            // fix16e: "brand search under last click vs linear": the named campaigns' rows only.
            ...(frame.level === "campaign" && campaigns.length ? { campaigns } : {}),
            // fix15e: a campaign ranking leaves the no-campaign credit out (said apart), top N kept.
            ...(frame.level === "campaign" && frame.excludeNone?.includes("campaign")
              ? { excludeNone: true }
              : {}),
            ...(frame.limit && frame.level !== "channel" ? { limit: frame.limit } : {}),
          },
        },
      ];
    }
    case "budget": {
      const b = frame.budget ?? { level: "channel" as const, locked: [], changes: [] };
      return [
        {
          name: "recommend_budget",
          args: {
            ...(b.totalBudget !== undefined ? { totalBudget: b.totalBudget } : {}),
            ...(b.totalBudgetChangePercent !== undefined
              ? { totalBudgetChangePercent: b.totalBudgetChangePercent }
              : {}),
            ...(b.extraBudget !== undefined ? { extraBudget: b.extraBudget } : {}),
            ...(b.maxChangePercent !== undefined ? { maxChangePercent: b.maxChangePercent } : {}),
            ...(b.grossMargin !== undefined ? { grossMargin: b.grossMargin } : {}),
            period,
            level: b.level,
            lockedChannels: b.locked,
            changes: b.changes,
            objective: frame.metrics.some((m) => COUNT_METRICS.has(m)) ? "orders" : (b.objective ?? "profit"),
          },
        },
      ];
    }
    case "brief": {
      // A named period becomes custom dates; otherwise the last full week or month.
      const a = frame.advice;
      const unit = a?.tool === "brief" ? a.unit : "week";
      const named = frame.period.label && !/\(default\)/.test(frame.period.label);
      return [
        {
          name: "brief",
          args: {
            period: named ? period : { preset: unit === "month" ? "last_month" : "last_week" },
            // left16d: a review ask (review-shape.ts) judges the period: wins and concerns.
            ...(a?.tool === "brief" && a.review ? { review: a.review } : {}),
          },
        },
      ];
    }
    case "recommend": {
      const a = frame.advice;
      // "what should we fix in paid social" / "in meta ads": one channel or platform named narrows
      // the actions to it; "3 things to fix" asks for that many.
      const single = (field: string) => {
        const f = frame.filters.find((x) => x.field === field && x.op === "in");
        return f && f.values.length === 1 ? String(f.values[0]) : undefined;
      };
      const channel = single("channel");
      const platform = single("platform");
      const limit = a?.tool === "recommend" ? a.limit : undefined;
      return [
        {
          name: "recommend",
          args: {
            focus: a?.tool === "recommend" ? a.focus : "all",
            ...(channel ? { channel } : {}),
            ...(platform ? { platform } : {}),
            ...(limit ? { limit } : {}),
            ...(a?.tool === "recommend" && a.period ? { period: a.period } : {}),
          },
        },
      ];
    }
    case "profitability":
      return [profitabilityCall(frame, frame.profitability ?? "channel_profit")];
    case "funnel":
      return [funnelCall(frame), ...funnelWhyCalls(frame)];
    case "campaigns":
      return [campaignsCall(frame.campaigns ?? { analysis: "list", filters: frame.filters }, frame.period)];
    case "cohorts":
      return cohortsCalls(frame);
    case "journeys": {
      const j = frame.journey ?? { analysis: "top_paths" as const };
      return [
        {
          name: "journeys",
          args:
            j.analysis === "customer"
              ? j.pick
                ? { analysis: j.analysis, pick: j.pick, period }
                : { analysis: j.analysis, customerId: j.customerId }
              : {
                  analysis: j.analysis,
                  period,
                  ...(frame.limit ? { limit: frame.limit } : {}),
                  ...(j.collapseRepeats === undefined ? {} : { collapseRepeats: j.collapseRepeats }),
                  ...(j.analysis === "first_last" ? pathEndArgs(j, frame) : {}),
                  ...(j.analysis === "time_to_convert" ? firstTouchArg(frame) : {}),
                  ...(j.byCustomerType ? { byCustomerType: true } : {}),
                  ...((j.analysis === "top_paths" || j.analysis === "path_length") && j.firstTouch?.length
                    ? { firstTouch: j.firstTouch }
                    : {}),
                  ...(j.customerType ? { customerType: j.customerType } : {}),
                  ...(j.analysis === "top_paths" && j.anyTouch?.length ? { anyTouch: j.anyTouch } : {}),
                  ...(j.analysis === "first_last" && j.earlierChannel && j.lastChannel
                    ? { earlierChannel: j.earlierChannel }
                    : {}),
                },
        },
      ];
    }
    case "anomalies":
      return [
        {
          name: "detect_anomalies",
          args: {
            metrics: frame.metrics,
            period,
            ...(frame.dimensions.find((d) => d !== "date")
              ? { dimension: frame.dimensions.find((d) => d !== "date") }
              : {}),
            filters: frame.filters,
            ...(frame.sensitivity ? { sensitivity: frame.sensitivity } : {}),
            ...(frame.anomalyFocus ? { focus: frame.anomalyFocus } : {}),
          },
        },
      ];
    default:
      // fix10c: "cac by first touch vs by last touch": one query per model named, side by side
      // (a query reads one model; the first alone answered half the question). "Data-driven"
      // names one kind of model (Markov first), not a comparison.
      if (
        (frame.intent === "query" || frame.intent === "rank") &&
        (frame.models?.length ?? 0) >= 2 &&
        frame.models?.some((m) => m !== "markov" && m !== "shapley")
      )
        return (frame.models ?? []).slice(0, 3).map((m) => queryCall({ ...frame, models: [m] }));
      // s16: one total per named group ("east coast vs west coast"), each call labelled.
      // The members' own rows come too when the groups' field is also the breakdown (campaigns).
      if (frame.groups?.length) {
        // lead22: stretches with a breakdown ("roas by channel in bf25, holiday25 and summer26"):
        // the breakdown once per stretch, each answered as its own table.
        if (frame.dimensions.length && frame.groups.every((g) => g.period && !g.filters.length))
          return frame.groups.map((g) => queryCall({ ...frame, period: g.period! }));
        const totals = frame.groups.map((g) => {
          const fields = new Set(g.filters.map((f) => f.field));
          const call = queryCall({
            ...frame,
            ...(g.period ? { period: g.period } : {}),
            dimensions: frame.dimensions.filter((d) => !fields.has(d)),
            filters: [...frame.filters.filter((f) => !fields.has(f.field)), ...g.filters],
            order: undefined,
            limit: undefined,
          });
          return { ...call, args: { ...call.args, label: g.label } };
        });
        const broken = frame.groups.some((g) => g.filters.some((f) => frame.dimensions.includes(f.field)));
        // The members' call first: it is the answer's table; the totals lead its text (finalize).
        return broken ? [queryCall(frame), ...totals] : totals;
      }
      return [queryCall(frame)];
  }
}

/**
 * fix6c: "do people who first come in via TikTok take longer than Google people": the platforms
 * or channels the question names are the first touches set side by side, in the question's order.
 */
function firstTouchArg(frame: Frame): { firstTouch?: string[] } {
  const named = frame.filters.flatMap((f) =>
    (f.field === "platform" || f.field === "channel") && f.op === "in" && "values" in f
      ? f.values.filter((v): v is string => typeof v === "string")
      : [],
  );
  return named.length ? { firstTouch: named.slice(0, 4) } : {};
}

/**
 * "people who first find us through organic search ...": the first channel the question names is
 * where the journeys it asks about began (first_last); none named, every first channel is shown.
 */
function pathEndArgs(
  j: { firstChannel?: string | undefined; lastChannel?: string | undefined },
  frame: Frame,
): { firstChannel?: string; lastChannel?: string } {
  // f049: ends read from the words beside "start" and "end" (path-ends.ts) come first.
  if (j.firstChannel || j.lastChannel) {
    return {
      ...(j.firstChannel ? { firstChannel: j.firstChannel } : {}),
      ...(j.lastChannel ? { lastChannel: j.lastChannel } : {}),
    };
  }
  return firstChannelArg(frame);
}

function firstChannelArg(frame: Frame): { firstChannel?: string } {
  const named = frame.filters.find((f) => f.field === "channel" && f.op === "in");
  const value = named && "values" in named ? named.values[0] : undefined;
  return typeof value === "string" ? { firstChannel: value } : {};
}
