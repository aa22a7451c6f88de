/**
 * The brief builder: for one organization and period, the headline KPIs against the previous
 * period and the same period last year, the top movers of revenue with their contributions
 * (explain_change), the anomalies of the period (detect_anomalies), the budget proposal for the
 * next period with its expected impact in revenue and gross profit (recommend_budget), and 3 to 5
 * insights ranked by money at stake (recommend, movers, anomalies). Deterministic: every figure
 * comes from the tools and the core, the narrative from templates (narrative.ts).
 *
 * Called by POST /agents/brief, by the `brief` tool the agent plans for "give me a weekly
 * summary", and by scheduled delivery. The organization is an argument here because schedules run
 * without a request; callers on a request pass the authenticated organization only.
 */
import { loadOrgCatalog } from "../db/catalog/repository.ts";
import type { Database } from "../db/database.ts";
import { AppError } from "../lib/errors.ts";
import type { Catalog } from "../semantic/catalog/types.ts";
import { createDetectAnomalies } from "../tools/detect-anomalies/execute.ts";
import { createExplainChange } from "../tools/explain-change/execute.ts";
import { channelLabels, createRecommend } from "../tools/recommend/execute.ts";
import { createRecommendBudget } from "../tools/recommend-budget/execute.ts";
import type { ToolDeps } from "../tools/shared/deps.ts";
import { type BudgetSection, budgetSection } from "./budget-section.ts";
import { type AnomalyInput, type Insight, type MoverInput, rankInsights } from "./insights.ts";
import { type KpiSection, readKpis } from "./kpis.ts";
import { formatMoney, writeNarrative } from "./narrative.ts";
import { type BriefPeriod, type BriefPeriodInput, resolveBriefPeriod } from "./period.ts";
import { type ReviewSection, reviewSection } from "./review-section.ts";

/** What buildBrief needs: the database and the clock (the catalog is loaded when not given). */
export interface BriefDeps {
  db: Database;
  now: Date;
  catalog?: Catalog;
}

/** What to build: whose brief and for which period (default: last week, Monday to Sunday). */
export interface BriefRequest {
  organizationId: number;
  period?: BriefPeriodInput;
  /** left16d: also read the review section (wins and concerns, review-section.ts). */
  review?: boolean;
}

/** The movers section: revenue's change by channel with each channel's contribution. */
export interface MoversSection {
  metric: "revenue";
  base: number;
  current: number;
  change: number;
  pctChange: number | null;
  contributions: (MoverInput & { shareOfChange: number | null })[];
}

/** The anomalies section. */
export interface AnomaliesSection {
  scanned: string[];
  items: (AnomalyInput & { severity: string; score: number })[];
}

/** The sections of a brief. */
export interface BriefSections {
  kpis: KpiSection;
  movers: MoversSection | null;
  anomalies: AnomaliesSection;
  budget: BudgetSection;
  insights: Insight[];
  /** Only when the request asked for a review. */
  review?: ReviewSection;
}

/** A built brief: its sections, the narrative and the provenance of every part. */
export interface Brief {
  organization: { id: number; name: string; timeZone: string; currency: string };
  period: BriefPeriod;
  sections: BriefSections;
  /** The template narrative (agent/verify grounds its figures in the sections, never in itself). */
  narrative: string;
  provenance: Record<string, unknown>[];
  /** Reasons a section is thinner than usual (a tool refused), in words. */
  notes: string[];
}

const TOP_MOVERS = 5;

/**
 * Build the brief for one organization and period.
 * @example const brief = await buildBrief({ db, now }, { organizationId: 1, period: { preset: "last_week" } });
 */
export async function buildBrief(deps: BriefDeps, request: BriefRequest): Promise<Brief> {
  const [org] = await deps.db.query<{
    id: number;
    name: string;
    time_zone: string;
    currency: string;
    industry: string;
    default_attribution_model: string;
    attribution_lookback_days: number;
  }>(
    `SELECT id, name, time_zone, currency, industry, default_attribution_model, attribution_lookback_days
     FROM organizations WHERE id = $1`,
    [request.organizationId],
  );
  if (!org) throw new AppError("not_found", `organizationId: no organization ${request.organizationId}`);
  const tools: ToolDeps = {
    db: deps.db,
    catalog: deps.catalog ?? (await loadOrgCatalog(deps.db, org.id)),
    now: deps.now,
    tenant: {
      organizationId: org.id,
      timeZone: org.time_zone,
      defaultAttributionModel: org.default_attribution_model,
      attributionLookbackDays: org.attribution_lookback_days,
      currency: org.currency,
      industry: org.industry,
    },
  };
  const period = resolveBriefPeriod(request.period, deps.now, org.time_zone);
  const labels = await channelLabels(tools);
  const label = (k: string | null) => (k === null ? "all channels" : (labels[k] ?? k));
  const notes: string[] = [];
  const provenance: Record<string, unknown>[] = [];
  const range = { from: period.from, to: period.to };

  const kpis = await readKpis(tools, {
    current: range,
    previous: period.previous,
    lastYear: period.lastYear,
  });
  provenance.push({
    section: "kpis",
    source:
      "semantic layer (query_metrics): spend, revenue, orders, new_customers; attributed_revenue by channel",
    ranges: { current: range, previous: period.previous, lastYear: period.lastYear },
    attributionModel: kpis.attributionModel,
    definitions: {
      mer: "revenue / spend (all tracked revenue over ad spend)",
      paid_roas: "attributed revenue of channels with spend / spend",
      cac: "spend / new_customers",
    },
  });

  const explained = await createExplainChange(tools)({
    metric: "revenue",
    period: range,
    compareTo: period.previous,
    dimensions: ["channel"],
  });
  let movers: MoversSection | null = null;
  if (explained.ok) {
    const d = explained.data.byDimension[0];
    if (d) {
      movers = {
        metric: "revenue",
        base: d.base,
        current: d.current,
        change: d.change,
        pctChange: d.pctChange,
        contributions: d.contributions.slice(0, TOP_MOVERS).map((c) => ({
          member: c.member,
          label: d.labels[c.member] ?? label(c.member),
          contribution: c.contribution,
          base: c.base ?? null,
          current: c.current ?? null,
          shareOfChange: c.shareOfChange,
        })),
      };
    }
    provenance.push({ section: "movers", tool: "explain_change", ...explained.data.provenance });
  } else notes.push(`Movers: ${explained.error.message}`);

  const scanned = ["revenue", "spend", "orders"];
  const items: AnomaliesSection["items"] = [];
  for (const dimension of [undefined, "channel"] as const) {
    const found = await createDetectAnomalies(tools)({
      metrics: scanned,
      period: range,
      ...(dimension ? { dimension } : {}),
    });
    if (!found.ok) {
      notes.push(`Anomalies: ${found.error.message}`);
      continue;
    }
    if (!dimension)
      provenance.push({ section: "anomalies", tool: "detect_anomalies", ...found.data.provenance });
    for (const m of found.data.metrics)
      for (const s of m.series)
        for (const a of s.anomalies)
          items.push({
            metric: m.metric,
            metricLabel: m.definition?.label ?? m.metric,
            series: s.series,
            seriesLabel: label(s.member),
            date: a.date,
            to: a.to,
            value: a.value,
            expected: a.expected,
            direction: a.direction,
            unit: m.definition?.unit ?? "count",
            severity: a.severity,
            score: a.score,
          });
  }

  const split = await createRecommendBudget(tools)({ period: period.next });
  const budget = await budgetSection(tools, split, labels);
  if (split.ok) provenance.push({ section: "budget", tool: "recommend_budget", ...split.data.provenance });
  else notes.push(`Budget: ${split.error.message}`);

  const recs = await createRecommend(tools)({ period: period.next, limit: 10 });
  if (recs.ok) provenance.push({ section: "insights", tool: "recommend", ...recs.data.provenance });
  else notes.push(`Recommendations: ${recs.error.message}`);
  const money = (x: number) => formatMoney(x, org.currency);
  const insights = rankInsights({
    recommendations: recs.ok ? recs.data.recommendations : [],
    movers: movers?.contributions ?? [],
    anomalies: items,
    money,
  });

  const sections: BriefSections = { kpis, movers, anomalies: { scanned, items }, budget, insights };
  if (request.review) {
    const sums = kpis.sums.current;
    const r = await reviewSection(
      tools,
      { current: range, previous: period.previous, orders: sums?.orders ?? 0, revenue: sums?.revenue ?? 0 },
      label,
    );
    sections.review = r.section;
    provenance.push(r.provenance);
    notes.push(...r.notes);
  }
  const organization = { id: org.id, name: org.name, timeZone: org.time_zone, currency: org.currency };
  return {
    organization,
    period,
    sections,
    narrative: writeNarrative({ organization, period, sections, notes }),
    provenance,
    notes,
  };
}
