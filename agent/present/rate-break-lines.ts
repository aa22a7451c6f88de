/**
 * fix8f: the rate breaks a long anomaly scan found (tools/detect-anomalies/rate-breaks-in-scan.ts)
 * as the answer's first lines, biggest first: the series, the days, the rate inside against the
 * rest, and whether it came back. A two-week collapse of a channel's conversion rate is the
 * biggest thing in a quarter even when no single day is flagged. Every figure is a tool value.
 */
import type { DetectAnomaliesData } from "../../tools/detect-anomalies/execute.ts";
import { formatChange, formatDate, formatValue } from "../answer/index.ts";
import type { MetricSpec } from "../answer/types.ts";
import type { PresentContext } from "./types.ts";

type Metric = DetectAnomaliesData["metrics"][number];

/** Every break of every metric, biggest (most gained or lost) first. */
export function scanBreaks(d: DetectAnomaliesData): NonNullable<Metric["rateBreaks"]> {
  return d.metrics.flatMap((m) => m.rateBreaks ?? []).sort((a, b) => Math.abs(b.excess) - Math.abs(a.excess));
}

type Break = NonNullable<Metric["rateBreaks"]>[number];

/** "Paid Social conversion rate broke from … to … (17 days): 0.26% vs 1.0% on the other days scanned (…); it came back after." */
export function describeBreak(b: Break, s: MetricSpec, ctx: PresentContext): string {
  const who = b.member
    ? `${ctx.valueLabels?.[b.dimension ?? ""]?.[b.member] ?? b.member} ${s.label.toLowerCase()}`
    : `${s.label} overall`;
  const back = b.recovered ? "it came back after" : "it had not come back by the end of the data";
  return `${who} broke from ${formatDate(b.from)} to ${formatDate(b.to)} (${b.days} days): ${formatValue(b.rateInside, s, ctx.currency)} vs ${formatValue(b.rateOutside, s, ctx.currency)} ${comparedText(b)} (${formatChange(b.rateInside, b.rateOutside, s, ctx.currency)}); ${back}.`;
}

/** What the window's rate is set against: the days around it (a long scan) or every other day scanned. */
export function comparedText(b: { comparedWith?: "around" | undefined }): string {
  return b.comparedWith === "around" ? "on the days around it" : "on the other days scanned";
}

/**
 * "- Paid Social conversion rate broke from August 10 to August 23, 2026 (14 days): 1.10% vs
 * 2.45% on the other days scanned (down 55.1% from 2.45%); it came back after."; [] for none.
 */
export function rateBreakLines(
  d: DetectAnomaliesData,
  specOf: (key: string) => MetricSpec,
  ctx: PresentContext,
): string[] {
  const breaks = scanBreaks(d);
  if (!breaks.length) return [];
  const lines = breaks.map((b) => `- ${describeBreak(b, specOf(b.metric), ctx)}`);
  const head =
    breaks.length === 1
      ? "The biggest thing in this period is a run of days where a rate stood apart from the days around it:"
      : "The biggest things in this period are runs of days where a rate stood apart from the days around it (biggest first):";
  return [head, ...lines];
}
