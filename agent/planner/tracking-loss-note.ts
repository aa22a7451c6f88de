/**
 * fix17f: an answer over a stretch that holds a day the organization's tracking was lost (sessions
 * and orders far below normal while ad spend held; core/anomaly/tracking-loss-days.ts) says so
 * first. "Why did revenue drop in mid march" answered with channel movers alone reads a data gap as
 * lost demand, and "orders march 10-20" reads an undercount as the figure. Only metrics built on
 * tracked orders or sessions are affected (ad platforms' spend and clicks are not), and only short
 * stretches, where one day moves the figure.
 */
import { dayInWords } from "../../lib/months.ts";
import type { Catalog } from "../../semantic/catalog/types.ts";
import { daysBetween } from "../../semantic/query/dates.ts";
import type { Frame, Intent, Plan } from "./types.ts";

/** Answers of figures over a period (a scan, a definition or a budget plan reads the gap itself or has no period figures). */
const FIGURE_INTENTS: ReadonlySet<Intent> = new Set([
  "query",
  "trend",
  "rank",
  "compare",
  "explain",
  "funnel",
]);

/** Fact tables filled from the site's own tracking (orders, their attribution, sessions). */
const TRACKED_TABLES: ReadonlySet<string> = new Set([
  "conversions",
  "attribution_results",
  "web_sessions_daily",
]);

/** Longest stretch the note is given for: one lost day in a quarter or more barely moves a total. */
const MAX_DAYS = 62;

/**
 * Whether a metric is computed, directly or through its formula, from tracked orders or sessions.
 * @example tracksSite("roas", catalog) // true (attributed revenue over spend)
 * @example tracksSite("cpc", catalog) // false
 */
export function tracksSite(key: string, catalog: Catalog, depth = 0): boolean {
  const m = catalog.metrics.get(key);
  if (!m || depth > 5) return false;
  if (m.definition.type === "aggregate") return TRACKED_TABLES.has(m.definition.table);
  const refs = m.definition.formula.match(/[a-z][a-z0-9_]*/g) ?? [];
  return refs.some((r) => r !== key && tracksSite(r, catalog, depth + 1));
}

/** The lost days inside a stretch of at most MAX_DAYS days. */
function lostIn(period: { from: string; to: string } | undefined, lossDays: readonly string[]): string[] {
  if (!period || daysBetween(period.from, period.to) + 1 > MAX_DAYS) return [];
  return lossDays.filter((d) => d >= period.from && d <= period.to);
}

/**
 * The sentence an answer over `frame` leads with, or undefined when no lost day falls inside its
 * period or its comparison period, or no metric it shows is tracked on the site.
 * @example trackingLossNote(frameOf("revenue mid march"), catalog, ["2026-03-17"]) // "Tracking was lost on March 17, 2026, ..."
 */
export function trackingLossNote(
  frame: Frame,
  catalog: Catalog,
  lossDays: readonly string[] | undefined,
): string | undefined {
  if (!lossDays?.length || !FIGURE_INTENTS.has(frame.intent)) return undefined;
  if (!frame.metrics.some((m) => tracksSite(m, catalog))) return undefined;
  const days = [...new Set([...lostIn(frame.period, lossDays), ...lostIn(frame.compare?.period, lossDays)])];
  if (!days.length) return undefined;
  const when = days.map(dayInWords).join(" and ");
  return `Tracking was lost on ${when}, inside the dates below: sessions and orders that day fell far below normal while ad spend held, so orders, revenue and sessions for the stretch are undercounted. Part of any drop here is missing data, not lost demand.`;
}

/** The plan with the tracking-loss sentence first, unless it already speaks of the outage. */
export function withTrackingLossNote(
  plan: Plan,
  catalog: Catalog,
  lossDays: readonly string[] | undefined,
): Plan {
  if (plan.kind !== "tool_calls" || !plan.frame) return plan;
  if (plan.calls.some((c) => c.name === "detect_anomalies")) return plan;
  if (plan.notes?.some((n) => /\b(?:tracking|outage)\b/i.test(n))) return plan;
  const note = trackingLossNote(plan.frame, catalog, lossDays);
  return note ? { ...plan, notes: [note, ...(plan.notes ?? [])] } : plan;
}
