/**
 * fix20d: a "why" asked of one point of the series just shown ("aov by month", then "why was it
 * highest in that month?", "what drove the peak", "how come it dipped in march", "why the spike
 * that week"). Read alone the turn named no metric, so it was declined as off topic or met with
 * "which metric should I explain?", though the series' metric and its point are both in the thread.
 * - No bucket named: the series ranked for its highest (or lowest) bucket, then what drove it, that
 *   bucket against the one before by channel and campaign (found-step.ts, filled from the rows);
 * - a month named that the series covers: that month against the month before, by channel and
 *   campaign (explain_change), so the drivers are named; the premise ("highest") is the series'.
 * Numbers come only from the tools.
 */
import { addDays } from "../../semantic/query/dates.ts";
import { driversStep } from "./found-step.ts";
import { orderDirection } from "./frame.ts";
import { fittedPlan, toolPlan } from "./pipeline/assemble-stage.ts";
import { withNotes } from "./pipeline/noted-plans.ts";
import type { Reading } from "./pipeline/types.ts";
import type { Frame, Plan } from "./types.ts";

/** A why: "why", "how come", "what drove", "what's behind", "what caused", "explain", "reason for". */
const WHY =
  /^(?:(?:ok|okay|so|and|but|hm+|interesting|huh|wow|right|cool|then|wait|also|now)[, ]+)*(?:why\b|how come\b|how (?:did|do) (?:we|it|that) (?:get|hit|reach)\b|what (?:drove|drives|driving|caused|causes|causing|explains|happened|made|pushed|pulled|dragged)\b|what(?:'?s| is| s| was) (?:behind|driving|causing|the (?:reason|cause|driver|story))\b|(?:can you |could you |pls |please )?explain\b|(?:any )?(?:reasons?|drivers?|explanation) (?:for|behind)\b)/;

/** The series' high point: "highest", "the peak", "that spike", "the jump", "so strong". */
const HIGH =
  /\b(?:high\w*|hight\w*|higest|peak\w*|spik\w*|jump\w*|top|max\w*|biggest|largest|record|surg\w*|strong\w*|up so much|so (?:big|good|much)|go up|went up|rose|rise|climb\w*|boost\w*)\b/;
/** Its low point: "lowest", "the dip", "so bad", "the drop". */
const LOW =
  /\b(?:low\w*|dip\w*|drop\w*|trough|slump\w*|fall|fell|tank\w*|crash\w*|weak\w*|smallest|min\w*|so (?:bad|small|little|poor)|go down|went down|declin\w*|sink|sank|plung\w*)\b/;
/** "best" and "worst" read against the metric's good direction (a lower CPA is better). */
const BEST = /\b(?:best|strongest month|good month)\b/;
const WORST = /\b(?:worst|bad month|poor\w*)\b/;

/** The measures a ranking of months puts in when none is named, and the words that do name them. */
const DEFAULTED_WORDS: Readonly<Record<string, RegExp>> = {
  revenue: /\b(?:revenue|sales|rev)\b/,
  orders: /\b(?:orders|purchases)\b/,
};

/** Longer than this, the turn asks something of its own, not of the series shown. */
const MAX_WORDS = 14;

type ToolPlan = Plan & { kind: "tool_calls" };

/** The one-metric date series the previous turn answered, or undefined. */
function seriesShown(previous: Reading["ctx"]["previous"]): ToolPlan | undefined {
  if (previous?.kind !== "tool_calls" || previous.calls.length !== 1) return undefined;
  const f = previous.frame;
  if (previous.calls[0]?.name !== "query_metrics" || (f.intent !== "trend" && f.intent !== "query"))
    return undefined;
  if (f.dimensions.length !== 1 || f.dimensions[0] !== "date" || !f.metrics.length) return undefined;
  if (f.grain !== "month" && f.grain !== "week" && f.grain !== "day") return undefined;
  return previous;
}

/** The month before a month's first day, as a period. */
function monthBefore(from: string): { from: string; to: string } {
  const to = addDays(from, -1);
  return { from: `${to.slice(0, 7)}-01`, to };
}

/**
 * The plan for a why asked of one point of the series just shown, or undefined (file comment).
 * @example seriesWhyPlan(reading("why was it highest in that month?", after "aov by month"))?.then?.calls[0]?.name
 *   // "explain_change"
 */
export function seriesWhyPlan(r: Reading): Plan | undefined {
  const previous = seriesShown(r.ctx.previous);
  const p = r.p;
  if (!previous || !WHY.test(p.text) || p.text.split(/\s+/).length > MAX_WORDS) return undefined;
  const f = previous.frame;
  // "the worst month" is read as a ranking of months (time-unit-ranking.ts): the series' own date
  // breakdown, with revenue and the last twelve months put in as defaults, none of them asked.
  const unitRanking = Boolean(p.ranking) && p.dims.dimensions.includes("date");
  const asked = (m: string) => !unitRanking || DEFAULTED_WORDS[m]?.test(p.text) !== false;
  const metrics = p.metrics.filter(asked);
  const newDimension = p.dims.dimensions.some((d) => !f.dimensions.includes(d));
  if (newDimension || p.dims.filters.length || metrics.some((m) => !f.metrics.includes(m))) return undefined;
  const metric = metrics[0] ?? f.metrics[0]!;
  const catalog = r.ctx.catalog;
  const period = unitRanking && p.time.period?.label === "the last 12 months" ? undefined : p.time.period;
  if (period) {
    // A month the monthly series covers, asked by name: that month against the month before.
    const inSeries = period.from >= f.period.from && period.to <= f.period.to;
    if (f.grain !== "month" || period.unit !== "month" || !inSeries) return undefined;
    const baseline = monthBefore(period.from);
    const frame: Frame = {
      intent: "explain",
      metrics: [metric],
      dimensions: ["channel", "campaign"],
      filters: f.filters,
      period,
      compare: { mode: "explicit", period: { ...baseline, label: "the month before" } },
    };
    const month = new Date(`${period.from}T00:00:00Z`).toLocaleString("en-US", {
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    return withNotes(fittedPlan(frame, catalog), [
      `What drove ${month}: that month against the month before, by channel and campaign; where it stood against the other months is in the series just shown.`,
    ]);
  }
  const direction = HIGH.test(p.text)
    ? "desc"
    : LOW.test(p.text)
      ? "asc"
      : BEST.test(p.text)
        ? orderDirection("best", metric, catalog)
        : WORST.test(p.text)
          ? orderDirection("worst", metric, catalog)
          : undefined;
  if (!direction) return undefined;
  const ranking = toolPlan({
    ...f,
    intent: "rank",
    metrics: [metric],
    order: { field: metric, direction },
    limit: 1,
  });
  return ranking.kind === "tool_calls" ? driversStep(ranking, catalog) : undefined;
}
