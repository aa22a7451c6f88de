/**
 * Build the frame for a freshly asked question from what parse.ts read: the intent, defaults for
 * what the user left out (period, metrics, breakdown), ranking direction and trend grain.
 */

import type { Catalog } from "../../semantic/catalog/types.ts";
import { addDays, addMonths, daysBetween, startOfMonth } from "../../semantic/query/dates.ts";
import { restAsked } from "../answer/rest-ask.ts";
import { bothEndsCount } from "./both-ends.ts";
import { perDayBudget } from "./budget-per-day.ts";
import { budgetPeriod } from "./budget-period.ts";
import { autoGrain, countedMonthsGrain, grainsNamed } from "./modifiers.ts";
import type { ParsedQuestion } from "./parse.ts";
import { oneSidedChannel } from "./platform-qualifier.ts";
import { sortRanking } from "./sort-order.ts";
import { baselineOf, lastCompleteUnit } from "./time.ts";
import { shiftedUnit } from "./time-phrases.ts";
import type { Frame, Intent, MetricFloor, Period } from "./types.ts";

/** fix10c: words asking how many times, which credit orders rather than revenue. */
const HOW_OFTEN =
  /\b(?:how (?:often|frequently|many times)|how many (?:orders|journeys|paths|conversions|times))\b/;
/** Headline KPIs used when a question names no metric ("how did we do last month?"). */
export const HEADLINE_METRICS = ["revenue", "spend", "roas", "orders"];
/** Metrics scanned for "anything unusual?". */
export const ANOMALY_METRICS = ["revenue", "orders", "spend", "roas", "sessions", "conversion_rate"];

/** The period used when the question names none, per intent. */
export function defaultPeriod(intent: Intent, today: string, dataEnd?: string): Period {
  if (intent === "budget") return { ...shiftedUnit(today, "month", 1), unit: "month", label: "next month" };
  const days = intent === "anomalies" ? 7 : intent === "trend" ? 90 : 30;
  // When loads stopped before yesterday, "lately" means the latest data, not empty recent days.
  const to = dataEnd && dataEnd < addDays(today, -1) ? dataEnd : addDays(today, -1);
  return { from: addDays(to, -days + 1), to, label: `last ${days} days of data (default)` };
}

/**
 * The period for a question about named campaigns that names none: campaigns run in seasons, so
 * the last twelve months of data (ending at the data's last day when known), not the last 30 days.
 */
export function campaignPeriod(today: string, dataEnd?: string): Period {
  const to = dataEnd && dataEnd < today ? dataEnd : addDays(today, -1);
  return { from: addDays(addMonths(to, -12), 1), to, label: "last 12 months (default for campaigns)" };
}

/**
 * The period for a series by month (or quarter, or year) that names none ("plot CAC by month",
 * "avg daily spend by month"): whole months over the last twelve months of data, not the 90-day
 * default, which holds two whole months and a part of a third.
 */
export function monthlySeriesPeriod(today: string, dataEnd?: string): Period {
  const to = dataEnd && dataEnd < today ? dataEnd : addDays(today, -1);
  return {
    from: startOfMonth(addMonths(to, -11)),
    to,
    label: "last 12 months of data (default for a series by month)",
  };
}

/** Whether the question asks for a series by month or coarser (and none finer but its daily average). */
function asksMonthlySeries(p: ParsedQuestion, intent: Intent): boolean {
  // "lately", "recently" ask about the recent past: the default recent window stays.
  if ((intent !== "trend" && intent !== "query") || /\b(?:lately|recent|recently)\b/.test(p.text))
    return false;
  const named = grainsNamed(p.text);
  return named.some((g) => g === "month" || g === "quarter" || g === "year") && !named.includes("week");
}

/** "revenue with no campaign", "unattributed orders": the question wants the "(none)" row. */
const ASKS_FOR_NONE =
  /\b(?:no campaign|without (?:a )?campaign|not (?:from|in) (?:a |any )?campaign|unattributed|none)\b/;
/** fix7c: "not tied to any campaign", "isn t linked to a campaign", "outside of any campaign". */
export const OUTSIDE_CAMPAIGNS =
  /\b(?:(?:not|isn ?t|aren ?t|wasn ?t|weren ?t|doesn ?t|don ?t|didn ?t|never)(?: [a-z]+){0,2} (?:from|in|to|with|by|through|via|under|of) (?:a |an |any |our |the )?(?:paid )?campaigns?|(?:outside|beyond) (?:of )?(?:a |any |our |the )?campaigns?|non ?campaign|no (?:paid )?campaign)\b/;

/**
 * Whether a metric reads tracked orders (directly or through a formula), so its campaign breakdown
 * has a "(none)" row for orders no campaign drove. A ranking of campaigns leaves that row out: it
 * is not a campaign, and at 70-80% of revenue it would lead every list.
 * @example readsOrders("roas", catalog) // true: revenue / spend
 */
export function readsOrders(key: string, catalog: Catalog, seen: Set<string> = new Set()): boolean {
  const def = catalog.metrics.get(key)?.definition;
  if (!def || seen.has(key)) return false;
  seen.add(key);
  if (def.type === "aggregate") return def.table === "conversions" || def.table === "attribution_results";
  const refs = def.formula.match(/[a-z_][a-z0-9_]*/g) ?? [];
  return refs.some((r) => r !== key && readsOrders(r, catalog, seen));
}

/** Keep only keys the organization's catalog has. */
export function inCatalog(keys: readonly string[], catalog: Catalog): string[] {
  return keys.filter((k) => catalog.metrics.has(k));
}

/** Direction for "best"/"worst" from whether the metric is better higher. */
export function orderDirection(
  dir: "asc" | "desc" | "best" | "worst",
  metric: string,
  catalog: Catalog,
): "asc" | "desc" {
  if (dir === "asc" || dir === "desc") return dir;
  const higher = catalog.metrics.get(metric)?.higherIsBetter ?? true;
  return (dir === "best") === higher ? "desc" : "asc";
}

/** Intents whose rows a stated threshold ("that spent at least $1k") filters. */
const FLOOR_INTENTS: ReadonlySet<Intent> = new Set(["query", "rank", "compare", "trend"]);

/**
 * Put the question's thresholds on the frame's rows, with each threshold's metric shown beside the
 * others (the answer can then show that every row clears it). Only breakdowns have rows to filter.
 */
export function applyFloors(frame: Frame, floors: readonly MetricFloor[], catalog: Catalog): void {
  const usable = floors.filter((f) => catalog.metrics.has(f.field));
  if (!usable.length || !FLOOR_INTENTS.has(frame.intent)) return;
  if (!frame.dimensions.some((d) => d !== "date")) return;
  frame.floors = [...(frame.floors ?? []).filter((f) => !usable.some((u) => u.field === f.field)), ...usable];
  for (const f of usable) if (!frame.metrics.includes(f.field)) frame.metrics = [...frame.metrics, f.field];
}

/**
 * Fill in a frame for `intent` from the parsed question.
 * @example frameFor("rank", parsed, catalog).order // { field: "roas", direction: "desc" }
 */
export function frameFor(intent: Intent, p: ParsedQuestion, catalog: Catalog): Frame {
  const implied =
    !p.time.period && p.time.impliedUnit ? lastCompleteUnit(p.time.impliedUnit, p.today) : undefined;
  const campaignOnly =
    (intent === "query" || intent === "rank" || intent === "trend") &&
    p.dims.filters.some((f) => f.field === "campaign" && f.op === "in");
  // fix7a: "(min 50 orders)" asks for enough volume to trust a ratio; 30 days rarely reach it.
  // fix12b: so does "(states with 100+ customers)": a month rarely holds that many per row.
  const countFloor =
    (intent === "query" || intent === "rank") &&
    p.floors.find(
      (f) => (f.field === "orders" || f.field === "customers") && (f.op === "gte" || f.op === "gt"),
    );
  // fix8e: "any spike anywhere", "ever seen a jump": a scan with no period over all the data, not a week.
  // "anywhere recently" keeps the recent window.
  const wholeHistory =
    intent === "anomalies" &&
    !/\b(?:recent|recently|lately|latest|this week|last week|yesterday|today|right now|currently)\b/.test(
      p.text,
    ) &&
    /\b(?:anywhere|ever|at any (?:point|time)|any time|all time|whole (?:history|year)|entire (?:history|year)|in the history)\b/.test(
      p.text,
    );
  const found =
    p.time.period ??
    implied ??
    (wholeHistory
      ? { ...campaignPeriod(p.today, p.dataEnd), label: "all the data (the last 12 months)" }
      : undefined) ??
    (countFloor
      ? {
          ...campaignPeriod(p.today, p.dataEnd),
          label: `last 12 months (for the ${countFloor.field === "orders" ? "order" : "customer"} floor)`,
        }
      : undefined) ??
    (campaignOnly || asksMonthlySeries(p, intent)
      ? campaignOnly
        ? campaignPeriod(p.today, p.dataEnd)
        : monthlySeriesPeriod(p.today, p.dataEnd)
      : defaultPeriod(intent, p.today, p.dataEnd));
  const period = intent === "budget" ? budgetPeriod(found, p.text, p.today, !!p.time.period) : found;
  const defaults = intent === "anomalies" ? ANOMALY_METRICS : HEADLINE_METRICS;
  const own = intent === "budget" || intent === "attribution";
  // Attribution credits orders or revenue, so "conversions" needs no clarification there.
  const fromAmbiguity =
    intent === "attribution" && p.metricAmbiguity ? p.metricAmbiguity.keys.slice(0, 1) : [];
  // Default metrics the breakdown or filter cannot split ("new vs returning customers": ad spend has
  // no customer type) are left out rather than failing the whole question.
  const needed = [...p.dims.dimensions, ...p.dims.filters.map((f) => f.field)];
  const splits = (k: string) =>
    needed.every((d) => catalog.metrics.get(k)?.supportedDimensions.includes(d) ?? false);
  const fitting = inCatalog(defaults, catalog).filter(splits);
  // fix7c: "what counts as a conversion here": a definition of a word with several readings
  // explains every reading (each is a metric of its own), rather than asking which one.
  const readings = intent === "define" && p.metricAmbiguity ? p.metricAmbiguity.keys.slice(0, 3) : [];
  const metrics = p.metrics.length
    ? p.metrics
    : readings.length
      ? readings
      : own
        ? fromAmbiguity
        : fitting.length
          ? fitting
          : inCatalog(defaults, catalog);
  const frame: Frame = {
    intent,
    metrics,
    dimensions: [...p.dims.dimensions],
    filters: p.dims.filters,
    period,
  };
  // fix16e: "tiktok vs meta vs google display": the channel word narrows google only.
  const oneSided =
    intent === "query" || intent === "compare" || intent === "trend" || intent === "rank"
      ? oneSidedChannel(p.text, frame.filters, frame.dimensions)
      : undefined;
  if (oneSided) {
    frame.filters = oneSided.filters;
    frame.dimensions = oneSided.dimensions;
  }
  if (intent === "compare" || intent === "explain") {
    const c = p.time.compare;
    frame.compare =
      c?.period && c.mode === "explicit"
        ? { mode: "explicit", period: c.period }
        : {
            mode: c?.mode === "previous_year" ? "previous_year" : "previous_period",
            period: baselineOf(period, c?.mode === "previous_year" ? "previous_year" : "previous_period"),
          };
  }
  if (p.trend.trend || intent === "trend") {
    frame.dimensions = ["date", ...frame.dimensions.filter((d) => d !== "date")];
    frame.grain =
      p.trend.grain ?? countedMonthsGrain(period.label) ?? autoGrain(daysBetween(period.from, period.to) + 1);
  }
  // "what is underperforming", "our money pits": a ranking that names neither a metric nor a
  // breakdown ranks campaigns, the level a marketer acts on.
  if (p.ranking && !p.metrics.length && frame.dimensions.length === 0 && catalog.metrics.has("roas"))
    frame.dimensions = ["campaign"];
  if (p.ranking) {
    // "best performing campaign" names no metric: campaigns are judged on return on ad spend, and
    // revenue no campaign drove ("(none)") is no campaign to rank.
    const byCampaign =
      !p.metrics.length && frame.dimensions.includes("campaign") && catalog.metrics.has("roas");
    if (
      byCampaign ||
      (frame.dimensions.includes("campaign") &&
        !ASKS_FOR_NONE.test(p.text) &&
        !OUTSIDE_CAMPAIGNS.test(p.text) &&
        metrics.some((m) => readsOrders(m, catalog)))
    )
      frame.excludeNone = ["campaign"];
    if (byCampaign) {
      // The ranking metric leads, so the answer says what the campaigns were ranked by.
      frame.metrics = ["roas", ...frame.metrics.filter((m) => m !== "roas")];
    }
    // "top states": the catch-all of states the data does not name is no state to rank.
    // fix14b: "... and what % is outside those" needs the whole, 'other' and every row below the
    // top N included; the answer lists the top N and the rest as one row (present/rest-share.ts).
    const rest = restAsked(p.text) !== undefined;
    if (frame.dimensions.includes("region") && !/\bother\b/.test(p.text) && !rest)
      frame.filters = [...frame.filters, { field: "region", op: "not_in", values: ["other"] }];
    const field = p.orderMetric ?? (byCampaign ? "roas" : undefined) ?? metrics[0] ?? "revenue";
    frame.order = { field, direction: orderDirection(p.ranking.direction, field, catalog) };
    // A ranking by state with the rest asked keeps one row more, for 'other' when it ranks high.
    const byState = frame.dimensions.includes("region") && !/\bother\b/.test(p.text);
    frame.limit = rest && byState && p.ranking.limit ? p.ranking.limit + 1 : p.ranking.limit;
    // fix15d: "top 3 and bottom 3": every row ranked; the answer lists both ends (both-ends.ts).
    if (bothEndsCount(p.text) !== undefined) frame.limit = undefined;
    // fix9a: "open and click rate, sorted by click rate": the metric sorted by leads the answer.
    if (sortRanking(p.text) && frame.metrics.includes(field))
      frame.metrics = [field, ...frame.metrics.filter((m) => m !== field)];
  }
  // "how did campaigns do": a campaign breakdown with no ranking word still leaves out the
  // no-campaign row (most revenue), or it would lead the table (#12); the answer says so.
  if (
    !frame.excludeNone &&
    (intent === "query" || intent === "compare" || intent === "trend" || intent === "attribution") &&
    frame.dimensions.includes("campaign") &&
    !ASKS_FOR_NONE.test(p.text) &&
    !OUTSIDE_CAMPAIGNS.test(p.text) &&
    frame.metrics.some((m) => readsOrders(m, catalog))
  )
    frame.excludeNone = ["campaign"];
  applyFloors(frame, p.floors, catalog);
  if (p.models.length) frame.models = p.models;
  if (intent === "attribution")
    // fix16e: a campaign named ("last click vs linear for the brand campaign") is credited at its level.
    frame.level =
      p.dims.dimensions.includes("campaign") ||
      p.dims.filters.some((f) => f.field === "campaign" && f.op === "in")
        ? "campaign"
        : p.dims.dimensions.includes("platform") || p.dims.filters.some((f) => f.field === "platform")
          ? "platform"
          : "channel";
  // fix10c: "how often is tiktok the first touch": a count of orders credited, not revenue.
  if (intent === "attribution" && !frame.metrics.length && HOW_OFTEN.test(p.text)) frame.metrics = ["orders"];
  if (intent === "budget") frame.budget = perDayBudget(p.budget, period);
  if (intent === "anomalies" && p.sensitivity) frame.sensitivity = p.sensitivity;
  return frame;
}
