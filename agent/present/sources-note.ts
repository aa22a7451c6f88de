/**
 * lead18: "where does that number come from?", "which model is that?", "where does the 50% come
 * from?" after an answer: the previous answer again, led by where its figures come from, read
 * from the results themselves (each metric's definition and the data it sums, the attribution
 * model a breakdown credited orders under, the gross margin a profit figure used and whether it
 * is the default). The planner leaves `SOURCES_NOTE` in the plan's notes; finalize replaces it.
 */
import { formatPeriod } from "../answer/format.ts";

/** The planner's placeholder for the sources of the answer's figures. */
export const SOURCES_NOTE = "Where these figures come from (read from the answer's results).";

/** The data each fact table holds, as a marketer knows it. */
const TABLE_SOURCES: Readonly<Record<string, string>> = {
  conversions: "your tracked orders (site tracking and order import)",
  attribution_results: "your tracked orders, credited to the touches before them",
  ad_spend_daily:
    "the ad platforms' own daily reports per campaign (Google Ads, Meta Ads, TikTok Ads, Impact)",
  web_sessions_daily: "your site analytics' daily sessions per channel",
  email_daily: "your email platform's daily stats per send",
};

interface Definition {
  label: string;
  description: string;
  formula: string;
}

interface Provenance {
  definitions?: Definition[];
  timeRange?: { from: string; to: string; timeZone: string };
  attribution?: { model: string; lookbackDays: number };
}

interface Result {
  name: string;
  result: { ok: boolean; data?: unknown };
}

/** "sum(conversions.revenue)" -> the data it reads, in words. */
function sourceOf(formula: string): string | undefined {
  const table = /\b([a-z_]+)\.[a-z_]+\)/.exec(formula)?.[1];
  return table ? TABLE_SOURCES[table] : undefined;
}

function metricLines(p: Provenance): string[] {
  const lines: string[] = [];
  for (const d of (p.definitions ?? []).slice(0, 4)) {
    const what = d.description.split(". ")[0]!.replace(/\.$/, "");
    const from = sourceOf(d.formula);
    // A formula's own inputs have lines of their own; only a sum over data names its table.
    lines.push(`${d.label}: ${what}${from ? `, from ${from}` : ""}.`);
  }
  if (p.attribution) {
    const model = p.attribution.model.replaceAll("_", " ");
    lines.push(
      `Orders and revenue by channel, platform or campaign are credited under the ${model} attribution model (touches up to ${p.attribution.lookbackDays} days before each order); ask "by first touch" or "under linear" to see another model.`,
    );
  }
  if (p.timeRange)
    lines.push(`Period: ${formatPeriod(p.timeRange)}, days cut in your time zone (${p.timeRange.timeZone}).`);
  return lines;
}

function marginLine(data: Record<string, unknown>): string | undefined {
  const percent = data.grossMarginPercent;
  if (typeof percent !== "number") return undefined;
  if (data.grossMarginAssumed === true)
    return `Gross margin: ${percent}%, the figure your question gave, for this answer only.`;
  return data.grossMarginIsDefault === true
    ? `Gross margin: ${percent}%, the default, because your organization has not set its own; an admin sets it in the organization settings (PATCH /api/v1/organization with grossMargin), and every profit figure and break-even point follows it.`
    : `Gross margin: ${percent}%, your organization's setting (changed by an admin in the organization settings); every profit figure and break-even point follows it.`;
}

/**
 * The sources of the turn's figures, or undefined when no result says where its figures came from.
 * @example sourcesNote([{ name: "query_metrics", result: { ok: true, data: revenueByChannel } }])
 * // "Where these figures come from:\n- Revenue: Tracked order revenue, from your tracked orders ..."
 */
export function sourcesNote(results: readonly Result[]): string | undefined {
  const lines: string[] = [];
  for (const r of results) {
    if (!r.result.ok || typeof r.result.data !== "object" || r.result.data === null) continue;
    const data = r.result.data as Record<string, unknown>;
    const margin = marginLine(data);
    if (margin) lines.push(margin);
    const provenance = data.provenance as Provenance | undefined;
    if (provenance) lines.push(...metricLines(provenance));
    if (r.name === "recommend_budget")
      lines.push(
        "Budget figures: response curves fitted to each channel's past spend and the revenue that came with it (the basis line says which revenue), so they estimate what the next dollars return; they are not measured results.",
      );
  }
  const unique = [...new Set(lines)];
  if (!unique.length) return undefined;
  return [
    "Where these figures come from:",
    ...unique.map((l) => `- ${l}`),
    "Each figure is computed from those tables by the metrics engine (never written by a language model) and checked against the query's own rows before the answer goes out; the API's `provenance` holds the exact SQL.",
  ].join("\n");
}
