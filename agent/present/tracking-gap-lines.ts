/**
 * A scan's tracking gaps (tools/detect-anomalies/tracking-gaps.ts) as lines: the day, what the
 * scanned site metrics and sessions held against their normal, and ad spend running as usual, read
 * as lost tracking rather than lost demand. Every figure is in the tool result.
 */
import type { DetectAnomaliesData } from "../../tools/detect-anomalies/execute.ts";
import { formatDate, formatValue, inSentence, joinList } from "../answer/index.ts";
import type { MetricSpec } from "../answer/types.ts";

const SESSIONS: MetricSpec = { key: "sessions", label: "Sessions", unit: "count", format: "integer" };
const SPEND: MetricSpec = { key: "spend", label: "Ad spend", unit: "currency", format: "currency" };

/**
 * @example trackingGapLines(d, specOf, "USD")
 * // ["March 17, 2026 looks like lost tracking (a tag or pixel outage, or the site down) rather than lost demand: against a normal day (the median of the 28 days before), orders 0 against 7, with sessions 113 against 1,376, while ad spend ran as usual at $300.14 against $289.19. ..."]
 */
export function trackingGapLines(
  d: DetectAnomaliesData,
  specOf: (key: string) => MetricSpec,
  currency: string,
): string[] {
  const gaps = d.trackingGaps ?? [];
  const dates = [...new Set(gaps.map((g) => g.date))];
  return dates.map((date) => {
    const onDay = gaps.filter((g) => g.date === date);
    const first = onDay[0]!;
    const metrics = onDay.map((g) => {
      const s = specOf(g.metric);
      return `${inSentence(s.label)} ${formatValue(g.value, s, currency)} against ${formatValue(g.normal, s, currency)}`;
    });
    const sessions = `sessions ${formatValue(first.sessions.value, SESSIONS, currency)} against ${formatValue(first.sessions.normal, SESSIONS, currency)}`;
    const spend = first.spend
      ? `, while ad spend ran as usual at ${formatValue(first.spend.value, SPEND, currency)} against ${formatValue(first.spend.normal, SPEND, currency)}`
      : "";
    // Whether the detector flagged the metric that day: if not, say why the line is here anyway.
    const unflagged = onDay.filter(
      (g) =>
        !d.metrics
          .find((m) => m.metric === g.metric)
          ?.series.some((s) => s.member === null && s.anomalies.some((a) => a.date === date)),
    );
    const why = unflagged.length
      ? ` The detector does not flag ${joinList(unflagged.map((g) => inSentence(specOf(g.metric).label)))} alone that day: ${unflagged.length === 1 ? "its" : "their"} day-to-day swings are wide, but the fall in sessions on the same day is the evidence.`
      : "";
    return `${formatDate(date)} looks like lost tracking (a tag or pixel outage, or the site down) rather than lost demand: against a normal day (the median of the 28 days before), ${joinList(metrics)}, with ${sessions}${spend}.${why}`;
  });
}
