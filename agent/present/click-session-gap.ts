/**
 * fix14b: "what % of paid clicks never show up as sessions": each paid channel's ad clicks (the ad
 * platforms' count) against its sessions (the site's count), with the gap as a share of clicks, and
 * what the two counts are, so a normal gap is not read as lost tags (the planner's
 * click-session-gap.ts reads the ask). The gap is a pair of figures in one row, which the verifier
 * grounds (agent/verify/ground-numbers.ts, rule 4).
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { formatNumber, formatPeriod } from "../answer/format.ts";
import { asksClickSessionGap } from "../planner/click-session-gap.ts";

type Row = Record<string, unknown>;

/** "3,490 ad clicks, 3,102 sessions: 11.1% of clicks without a session". */
function gapLine(clicks: number, sessions: number): string {
  const counts = `${formatNumber(clicks, 0)} ad clicks, ${formatNumber(sessions, 0)} sessions`;
  if (!(clicks > 0)) return `${counts} (no clicks to compare)`;
  const gap = ((clicks - sessions) / clicks) * 100;
  return gap >= 0
    ? `${counts}: ${formatNumber(gap, 1)}% of clicks without a session`
    : `${counts}: ${formatNumber(-gap, 1)}% more sessions than clicks`;
}

/**
 * The gap between ad clicks and sessions, by channel and overall; "" unless the question asks it
 * and the result has both measures.
 */
export function clickSessionGapText(result: MetricResult, question: string | undefined): string {
  if (!question || !asksClickSessionGap(question)) return "";
  const keys = new Set(result.columns.filter((c) => c.kind === "metric").map((c) => c.key));
  const dims = result.columns.filter((c) => c.kind === "dimension");
  if (!keys.has("clicks") || !keys.has("sessions") || dims.length > 1 || result.comparison) return "";
  const dim = dims[0];
  if (dim && dim.key !== "channel") return "";
  const num = (r: Row, k: string) => (typeof r[k] === "number" ? (r[k] as number) : 0);
  const { from, to } = result.provenance.timeRange;
  const lines = [
    `For ${formatPeriod({ from, to })}, paid channels' ad clicks against the sessions they brought to the site:`,
    ...(dim
      ? result.rows.map((r) => `- ${String(r[dim.key])}: ${gapLine(num(r, "clicks"), num(r, "sessions"))}`)
      : []),
    `- All paid channels: ${gapLine(num(result.totals, "clicks"), num(result.totals, "sessions"))}.`,
    "Clicks are counted by the ad platforms and sessions by your site's analytics, so they never match exactly: a click that bounces before the page loads, a visitor who declines tracking, or a second click in the same visit makes no new session. Some gap is normal; a gap much larger in one channel than the others, or one that grows over time, points at landing pages losing their UTM tags (redirects, stripped parameters).",
  ];
  return lines.join("\n");
}
