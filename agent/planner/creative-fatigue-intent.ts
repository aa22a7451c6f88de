/**
 * fix12c: "are the ads on the retargeting campaign wearing out? weekly ctr", "any sign of ad fatigue
 * on gen z hikers": creative fatigue asked of a campaign. The data has no creative or frequency
 * level, but the campaign's click-through rate week by week is the usual sign, so the answer is
 * that series (with its trend reading) and a note on what is missing. Read as a breakdown by
 * creative, it asked which of every breakdown to use, though the campaign and metric were named.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { frameFor } from "./frame.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { Frame } from "./types.ts";

/** Fatigue, wear-out or staleness of ads, creatives or an audience. */
const FATIGUE =
  /\b(?:creative|ad|ads|audience|banner)s? (?:fatigue|wear ?out|burn ?out|decay)\b|\b(?:fatigue|fatigued|fatiguing)\b|\b(?:ads?|creatives?|videos?|banners?)\b.{0,40}\b(?:wearing out|worn out|wear out|getting stale|gone stale|going stale|go stale|getting tired|burning out|burnt out|burned out)\b/;

/** What the note says the data lacks, and how the series stands in for it. */
export const FATIGUE_NOTE =
  "Your data has no creative-level or frequency figures, so fatigue can't be read directly; the nearest sign is below: the click-through rate week by week (a steady slide while impressions hold is the usual mark of fatigue).";

/** Metrics that show fatigue when none is named: the rate, and the reach and clicks behind it. */
const FATIGUE_METRICS = ["ctr", "impressions", "clicks"] as const;

/** Weeks shown when no period is named: a quarter of weekly points is enough to see a slide. */
const DEFAULT_WEEKS = 12;

/** Whether the question asks about creative or ad fatigue. */
export function asksCreativeFatigue(text: string): boolean {
  return FATIGUE.test(text);
}

/** The Monday `weeks` whole weeks before the week holding `end` (YYYY-MM-DD, UTC arithmetic). */
function mondayWeeksBefore(end: string, weeks: number): string {
  const d = new Date(`${end}T00:00:00Z`);
  const sinceMonday = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - sinceMonday - 7 * (weeks - 1));
  return d.toISOString().slice(0, 10);
}

/**
 * The weekly series of the named metrics (CTR, impressions and clicks when none is named) for
 * what the question names, over the named period or the last twelve weeks of data.
 */
export function creativeFatigueFrame(p: ParsedQuestion, catalog: Catalog): Frame {
  const base = frameFor("trend", p, catalog);
  const named = p.metrics.filter((m) => catalog.metrics.has(m));
  const metrics = named.length ? named : FATIGUE_METRICS.filter((m) => catalog.metrics.has(m));
  const end = p.dataEnd ?? base.period.to;
  const period = p.time.period
    ? base.period
    : { from: mondayWeeksBefore(end, DEFAULT_WEEKS), to: end, label: `last ${DEFAULT_WEEKS} weeks of data` };
  return {
    ...base,
    intent: "trend",
    metrics,
    dimensions: ["date"],
    grain: p.trend.grain === "day" || p.trend.grain === "month" ? p.trend.grain : "week",
    period,
  };
}
