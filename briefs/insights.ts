/**
 * The brief's insights: 3 to 5 opportunities or warnings ranked by money at stake, each with the
 * figures behind it and where they came from. Candidates are the ranked recommendations (expected
 * gross-profit change, or unrecorded revenue for a tracking outage), the largest negative revenue
 * contribution of the period (money lost against the previous period), and currency anomalies
 * (money away from the expected day). Pure.
 */
import type { Evidence, Recommendation } from "../core/recommend/types.ts";

/** One insight. */
export interface Insight {
  kind: "opportunity" | "warning";
  title: string;
  detail: string;
  moneyAtStake: number;
  evidence: Evidence[];
  /** Where the insight came from: "recommend", "explain_change" or "detect_anomalies". */
  source: string;
}

/** A revenue contribution of one member (explain_change). */
export interface MoverInput {
  member: string;
  label: string;
  contribution: number;
  base: number | null;
  current: number | null;
}

/** A currency anomaly of the period (detect_anomalies). */
export interface AnomalyInput {
  metric: string;
  metricLabel: string;
  series: string;
  seriesLabel: string;
  date: string;
  to: string;
  value: number;
  expected: number;
  direction: "up" | "down";
  unit: string;
}

export const MAX_INSIGHTS = 5;

/**
 * Rank the insight candidates by money at stake and keep the top MAX_INSIGHTS.
 * @example rankInsights({ recommendations: [rec], movers: [], anomalies: [], money })[0].kind; // "opportunity"
 */
export function rankInsights(input: {
  recommendations: readonly Recommendation[];
  movers: readonly MoverInput[];
  anomalies: readonly AnomalyInput[];
  money: (x: number) => string;
}): Insight[] {
  const out: Insight[] = input.recommendations.map((r) => ({
    kind: r.kind === "move_budget" || r.kind === "raise" ? "opportunity" : "warning",
    title: r.title,
    detail: r.detail,
    moneyAtStake: r.moneyAtStake,
    evidence: r.evidence,
    source: "recommend",
  }));
  const drop = input.movers
    .filter((m) => m.contribution < 0)
    .sort((a, b) => a.contribution - b.contribution)[0];
  if (drop) {
    out.push({
      kind: "warning",
      title: `${drop.label} revenue fell`,
      detail: `${drop.label} took ${input.money(-drop.contribution)} off revenue against the previous period (${input.money(drop.base ?? 0)} to ${input.money(drop.current ?? 0)}).`,
      moneyAtStake: Math.abs(drop.contribution),
      evidence: [
        {
          label: `${drop.label} revenue before`,
          value: drop.base ?? 0,
          unit: "currency",
          source: "explain_change (previous period)",
        },
        {
          label: `${drop.label} revenue`,
          value: drop.current ?? 0,
          unit: "currency",
          source: "explain_change (period)",
        },
        {
          label: "contribution to the revenue change",
          value: drop.contribution,
          unit: "currency",
          source: "explain_change",
        },
      ],
      source: "explain_change",
    });
  }
  for (const a of input.anomalies) {
    if (a.unit !== "currency") continue;
    const gap = a.value - a.expected;
    const spendUp = a.metric === "spend" && a.direction === "up";
    const revenueUp = a.metric !== "spend" && a.direction === "up";
    const day = a.date === a.to ? a.date : `${a.date} to ${a.to}`;
    out.push({
      kind: revenueUp ? "opportunity" : "warning",
      title: `${a.metricLabel} ${a.direction === "up" ? "spike" : "drop"} for ${a.seriesLabel} on ${day}`,
      detail: `${a.metricLabel} for ${a.seriesLabel} was ${input.money(a.value)} on ${day} against an expected ${input.money(a.expected)}${spendUp ? ": check for a runaway budget or bid change" : revenueUp ? ": find what worked and repeat it" : ": check tracking and campaigns for that day"}.`,
      moneyAtStake: Math.abs(gap),
      evidence: [
        {
          label: `${a.metricLabel} (${a.seriesLabel})`,
          value: a.value,
          unit: "currency",
          source: "detect_anomalies",
        },
        { label: "expected", value: a.expected, unit: "currency", source: "detect_anomalies baseline" },
      ],
      source: "detect_anomalies",
    });
  }
  return out
    .filter((i) => i.moneyAtStake > 0)
    .sort((a, b) => b.moneyAtStake - a.moneyAtStake || a.title.localeCompare(b.title))
    .slice(0, MAX_INSIGHTS);
}
