/**
 * Tracking fixes: where the anomaly detector saw tracked outcomes collapse (an outage, not a dip),
 * one recommendation per channel and span, worth the revenue that went unrecorded.
 */
import { cents, fmtNum, type RankContext, slug } from "./rank-context.ts";
import type { Evidence, Recommendation, TrackingGap } from "./types.ts";

/** Tracked value at or below this share of expected counts as a collapse (an outage, not a dip). */
export const DEFAULT_COLLAPSE_SHARE = 0.2;
/** One fix per channel and span whose tracked outcomes collapsed. */
export function trackingFixes(ctx: RankContext): Recommendation[] {
  const share = ctx.input.collapseShare ?? DEFAULT_COLLAPSE_SHARE;
  const collapsed = ctx.input.tracking.filter((g) => g.expected > 0 && g.value <= share * g.expected);
  const groups = new Map<string, TrackingGap[]>();
  for (const g of collapsed) {
    const k = `${g.channel ?? "all"}|${g.from}|${g.to}`;
    groups.set(k, [...(groups.get(k) ?? []), g]);
  }
  const out: Recommendation[] = [];
  for (const gaps of groups.values()) {
    const g = gaps[0]!;
    const revenue = gaps.find((x) => x.metric === "revenue");
    const missing = revenue ? revenue.expected - revenue.value : 0;
    const where = g.channel === null ? "all channels" : ctx.label(g.channel);
    const span = g.from === g.to ? g.from : `${g.from} to ${g.to}`;
    const figures = gaps
      .map((x) => `${x.metric} ${fmtNum(x.value)} against an expected ${fmtNum(x.expected)}`)
      .join("; ");
    out.push({
      id: slug(["fix-tracking", g.channel ?? "all", g.from, g.to]),
      rank: 0,
      kind: "fix_tracking",
      level: "tracking",
      targets: [g.channel ?? "all"],
      title: `Check tracking for ${where} on ${span}`,
      detail: `Tracked outcomes for ${where} collapsed on ${span} (${figures}): this looks like a tracking outage, not a real drop. Check the pixel or tag and the order feed before acting on that period's figures${missing > 0 ? `; about ${ctx.money(missing)} of revenue went unrecorded` : ""}.`,
      expectedProfitChange: null,
      expectedRevenueChange: null,
      spendChange: 0,
      moneyAtStake: cents(Math.max(0, missing)),
      confidence: gaps.some((x) => x.severity === "high") ? "high" : "medium",
      belowBreakEven: false,
      evidence: gaps.flatMap((x): Evidence[] => [
        {
          label: `${x.metric} tracked`,
          value: x.value,
          unit: x.metric === "revenue" ? "currency" : "count",
          source: "anomaly detector",
        },
        {
          label: `${x.metric} expected`,
          value: cents(x.expected),
          unit: x.metric === "revenue" ? "currency" : "count",
          source: "anomaly detector baseline",
        },
      ]),
    });
  }
  return out;
}
