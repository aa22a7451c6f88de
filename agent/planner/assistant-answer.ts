/**
 * fix13a: the answers to questions about the assistant (assistant-asks.ts), built from what the
 * planner is given rather than written out once, so they follow the catalog, the organization's
 * channels and platforms and the tool registry as those change:
 * - what it can answer: the catalog's measures by the data they come from, the breakdowns, the
 *   analyses (one phrase per registry tool, checked by the compiler against the registry) and what
 *   the data lacks, with example questions;
 * - where the numbers come from: each fact source with the measures read from it, then how ratios
 *   and attribution are computed;
 * - whether it sees another tool: no live connection to any tool, what it has of that tool's kind
 *   and where from, then that kind's figures for the last month.
 */
import { MODEL_NAMES } from "../../core/attribution/types.ts";
import { dayInWords } from "../../lib/months.ts";
import type { FactTable } from "../../semantic/catalog/tables.ts";
import type { Catalog, ResolvedMetric } from "../../semantic/catalog/types.ts";
import type { ToolName } from "../../tools/index.ts";
import { joinList as joinWords } from "../answer/format.ts";
import type { AssistantAsk, OutsideTool, OutsideToolKind } from "./assistant-asks.ts";
import type { Frame, Plan, PlannedCall, PlannerContext } from "./types.ts";
import { UNAVAILABLE_BREAKDOWN_LABELS } from "./unavailable-breakdown.ts";

/** Where each fact table's rows come from, in words (every fact table must have one). */
const SOURCE_OF: Readonly<Record<FactTable, (platforms: string) => string>> = {
  ad_spend_daily: (p) => `the ad platforms' daily reports (${p}) per campaign`,
  conversions: () =>
    "your site's order tracking: each order with its revenue, customer and new-or-returning flag",
  web_sessions_daily: () => "site analytics, per day and channel",
  email_daily: (p) => `the email platform${p ? ` (${p})` : ""}, per day and email campaign`,
  attribution_results: () =>
    "the attribution models, which split each order's revenue across the customer's tracked touchpoints",
};

/** What each registry tool lets a marketer ask, in their words (the compiler keeps it complete). */
const ANALYSES: Readonly<Record<ToolName, string>> = {
  query_metrics: "totals, rankings and trends of any measure",
  compare_periods: "one period against another",
  explain_change: "why a measure moved (which channels or campaigns drove it)",
  attribution: "attribution by model",
  journeys: "customer journeys and paths to purchase",
  funnel: "the funnel from visit to cart, checkout and order",
  cohorts: "cohorts, repeat purchase and lifetime value",
  profitability: "profit after ad spend and break-even ROAS",
  campaigns: "campaign lists, budgets and pacing",
  recommend_budget: "budget splits and what-ifs",
  project_run_rate: "month-end run-rate projections",
  detect_anomalies: "anomaly scans",
  overview: "a headline overview of a period",
  brief: "weekly or monthly briefs and reviews",
  recommend: "recommendations on where to act",
  describe_metric: "what a measure means and how it is calculated",
  list_dimension_values: "which channels, platforms and campaigns exist",
  search_catalog: "finding a measure from your own words",
};

/** Figures no source records, beside the breakdowns the data lacks (unavailable-breakdown.ts). */
const NOT_RECORDED = [
  "returns and refunds",
  "shipping and tax",
  "SEO rankings",
  "offline media",
  "competitors",
  "email or agency costs",
];

/** What we have of each outside tool's kind, and the figures shown for it. */
const KIND_ANSWER: Readonly<Record<OutsideToolKind, { have: FactTable[]; lacks: string; show: string }>> = {
  store: {
    have: ["conversions"],
    lacks: "its products, inventory, refunds, shipping and tax are not here",
    show: "orders, revenue, average order value and new customers last month",
  },
  web_analytics: {
    have: ["web_sessions_daily", "conversions"],
    lacks: "page-level, device, event and audience reports are not here",
    show: "sessions, users, bounce rate and conversion rate by channel last month",
  },
  crm: {
    have: ["conversions", "email_daily"],
    lacks: "leads, deals, pipeline and contact records are not here",
    show: "customers, new customers, orders and email clicks last month",
  },
  email: {
    have: ["email_daily", "attribution_results"],
    lacks: "lists, flows and subscriber records are not here",
    show: "email sends, opens, clicks and unsubscribes by email campaign last month",
  },
  ads: {
    have: ["ad_spend_daily", "attribution_results"],
    lacks: "ad-level creative, keyword, audience and reach data are not here",
    show: "spend, clicks, platform-reported conversions and ROAS by platform last month",
  },
};

/** Display names of one dimension's values. */
const labelsOf = (ctx: PlannerContext, dimension: string) =>
  ctx.dimensionValues.filter((v) => v.dimension === dimension).map((v) => v.label);

/** The platforms behind one fact table: email's own platform apart from the ad platforms. */
function platformsFor(ctx: PlannerContext, table: FactTable): string {
  const isEmail = (label: string) => /klaviyo|mailchimp|email|braze|iterable|omnisend/i.test(label);
  const names = labelsOf(ctx, "platform").filter((l) => (table === "email_daily" ? isEmail(l) : !isEmail(l)));
  return joinWords(names);
}

/** Catalog metrics read straight from one fact table (formulas are listed apart). */
const metricsOf = (catalog: Catalog, table: FactTable): ResolvedMetric[] =>
  [...catalog.metrics.values()].filter(
    (m) => !m.custom && m.definition.type === "aggregate" && m.definition.table === table,
  );

/** One sentence per fact source: where it comes from and the measures it gives. */
function sourceLine(ctx: PlannerContext, table: FactTable): string | undefined {
  const metrics = metricsOf(ctx.catalog, table).map((m) => m.label.toLowerCase());
  if (!metrics.length) return undefined;
  return `${joinWords(metrics)} come from ${SOURCE_OF[table](platformsFor(ctx, table))}`;
}

/** The period the data covers, when known. */
function coverage(ctx: PlannerContext): string {
  if (ctx.dataStart && ctx.dataEnd)
    return ` Your data covers ${dayInWords(ctx.dataStart)} to ${dayInWords(ctx.dataEnd)}.`;
  return ctx.dataEnd ? ` Your data runs through ${dayInWords(ctx.dataEnd)}.` : "";
}

/** Measures named as examples, when the catalog has them. */
const EXAMPLE_MEASURES = [
  "spend",
  "revenue",
  "orders",
  "sessions",
  "roas",
  "cac",
  "conversion_rate",
  "email_open_rate",
];

/** The capability summary: measures, breakdowns, analyses, gaps and examples. */
function capabilitiesNote(ctx: PlannerContext): string {
  // No counts in the text: a figure the answer's data does not hold reads as ungrounded.
  const examples = EXAMPLE_MEASURES.flatMap((k) => ctx.catalog.metrics.get(k)?.label.toLowerCase() ?? []);
  const dims = [...ctx.catalog.dimensions.values()]
    .filter((d) => d.key !== "date")
    .map((d) => d.label.toLowerCase());
  const channels = labelsOf(ctx, "channel").map((l) => l.toLowerCase());
  return [
    `I answer questions about your own marketing data: measures such as ${joinWords(examples)}, over any period, by ${joinWords(dims)}${channels.length ? ` (your channels: ${joinWords(channels)})` : ""}.`,
    `I can do ${joinWords(Object.values(ANALYSES))}.`,
    `For example: "ROAS by channel last month", "why did revenue drop in August", "which campaign brought the most orders this year", "spend against budget for each campaign".`,
    `Not in the data: no ${joinWords([...UNAVAILABLE_BREAKDOWN_LABELS], "or")} breakdowns, and no ${joinWords(NOT_RECORDED, "or")}.${coverage(ctx)}`,
  ].join(" ");
}

/** Where the numbers come from, source by source, then how the core computes the rest. */
function sourcesNote(ctx: PlannerContext): string {
  const tables = Object.keys(SOURCE_OF) as FactTable[];
  const lines = tables.flatMap((t) => sourceLine(ctx, t) ?? []);
  // "custom" is an organization's own model, not one every organization has.
  const models = MODEL_NAMES.filter((m) => m !== "custom").map((m) => m.replaceAll("_", " "));
  return [
    `Every number comes from the data loaded for your organization, not from a live feed or an estimate: ${lines.join("; ")}.`,
    "Ratios such as ROAS, CAC and conversion rate are computed from those totals by a fixed formula in the metric core (ask how any measure is calculated); the language model never computes a figure.",
    `Revenue by channel or campaign is credited by an attribution model (${joinWords(models)}); each answer names the model, the period and the measures it used.${coverage(ctx)}`,
  ].join(" ");
}

/** A plan that lists the catalog, led by notes. */
function catalogPlan(base: Frame, notes: string[]): Plan {
  const calls: PlannedCall[] = [{ name: "search_catalog", args: { query: "", limit: 50 } }];
  return {
    kind: "tool_calls",
    intent: "search",
    calls,
    frame: { ...base, intent: "search", searchText: "" },
    notes,
  };
}

/**
 * lead26: the period the data covers, said first, with each month's spend, revenue and orders
 * over it, so a gap or a thin month shows; without known bounds, the capability summary.
 */
function coveragePlan(
  ctx: PlannerContext,
  replan: (q: string, c: PlannerContext) => Plan,
  base: Frame,
): Plan {
  if (!ctx.dataStart || !ctx.dataEnd) return catalogPlan(base, [capabilitiesNote(ctx)]);
  const months = replan("spend, revenue and orders by month all time", { ...ctx, previous: undefined });
  const note = `Your data covers ${dayInWords(ctx.dataStart)} to ${dayInWords(ctx.dataEnd)}, day by day; nothing before or after it can be answered. Each month's spend, revenue and orders over that span:`;
  return months.kind === "tool_calls"
    ? { ...months, notes: [note, ...(months.notes ?? [])] }
    : catalogPlan(base, [note]);
}

/** No live connection, then what we have of the tool's kind and where it comes from. */
function connectionNote(ctx: PlannerContext, tool: OutsideTool): string {
  const kind = KIND_ANSWER[tool.kind];
  const have = kind.have.flatMap((t) => sourceLine(ctx, t) ?? []);
  return [
    `I have no live connection to ${tool.name} or any other tool: I read the data loaded into this workspace for your organization.`,
    `Of what ${tool.name} would hold: ${have.join("; ")}; ${kind.lacks}.${coverage(ctx)}`,
    `Here are ${kind.show}:`,
  ].join(" ");
}

/**
 * The plan for a question about the assistant.
 * @example assistantPlan({ kind: "sources" }, ctx, replan) // search_catalog, led by where each figure comes from
 */
export function assistantPlan(
  ask: AssistantAsk,
  ctx: PlannerContext,
  replan: (question: string, ctx: PlannerContext) => Plan,
  base: Frame,
): Plan {
  if (ask.kind === "capabilities") return catalogPlan(base, [capabilitiesNote(ctx)]);
  if (ask.kind === "sources") return catalogPlan(base, [sourcesNote(ctx)]);
  if (ask.kind === "coverage") return coveragePlan(ctx, replan, base);
  const shown = replan(KIND_ANSWER[ask.tool.kind].show, { ...ctx, previous: undefined });
  const note = connectionNote(ctx, ask.tool);
  return shown.kind === "tool_calls"
    ? { ...shown, notes: [note, ...(shown.notes ?? [])] }
    : catalogPlan(base, [note.replace(/ Here are [^:]*:$/, "")]);
}
