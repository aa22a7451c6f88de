/** Inputs and outputs of the recommendation ranking (rank.ts). All money is over the planning period. */
import type { CampaignAction } from "./campaigns.ts";

/** One channel's row of a fixed-total reallocation (the budget optimizer at current total spend). */
export interface MoveRow {
  channel: string;
  currentSpend: number;
  recommendedSpend: number;
  revenueChange: number;
  /** 95% interval of revenueChange; null when the curve carries none. */
  revenueChangeInterval: { lower: number; upper: number } | null;
  marginalRoasBefore: number | null;
  marginalRoasAfter: number | null;
}

/**
 * One channel evaluated at its profit-maximizing spend within its bounds (the target ROAS scenario
 * with the target at break-even): spend while the next dollar returns >= 1 / margin. Campaigns are
 * judged on their channel's curve instead (campaigns.ts).
 */
export interface UnitRow {
  level: "channel";
  key: string;
  label: string;
  currentSpend: number;
  /** Curve revenue at current spend. */
  currentRevenue: number;
  targetSpend: number;
  targetRevenue: number;
  marginalRoasBefore: number;
  marginalRoasAfter: number;
  /** 95% interval of targetRevenue - currentRevenue; null when the curve carries none. */
  revenueChangeInterval: { lower: number; upper: number } | null;
  /** What the curve's revenue is: incremental (caused) or attributed (under `attributionModel`). */
  outcome: string;
}

/** A collapsed day of tracked outcomes (the anomaly detector's finding). */
export interface TrackingGap {
  /** Channel key, or null for the organization overall. */
  channel: string | null;
  metric: string;
  from: string;
  to: string;
  value: number;
  expected: number;
  score: number;
  severity: "low" | "medium" | "high";
}

/** Everything rankRecommendations reads. */
export interface RecommendInput {
  grossMargin: number;
  period: { from: string; to: string; days: number };
  currency: string;
  move: MoveRow[];
  units: UnitRow[];
  /** Campaign actions the evidence supports (campaigns.ts). */
  campaigns?: CampaignAction[];
  tracking: TrackingGap[];
  /** A day's tracked value at or below this share of its expected value counts as collapsed. */
  collapseShare?: number;
  /** Labels for channel keys (e.g. paid_search -> "Paid search"). */
  labels?: Record<string, string>;
}

/** A figure behind a recommendation and where it came from. */
export interface Evidence {
  label: string;
  value: number;
  unit: "currency" | "ratio" | "percent" | "count";
  source: string;
}

export type RecommendationKind = "move_budget" | "pause" | "cut" | "raise" | "fix_tracking";

/** One ranked action. */
export interface Recommendation {
  /** Deterministic (kind, targets, period start), so a decision stays attached across runs. */
  id: string;
  rank: number;
  kind: RecommendationKind;
  level: "channel" | "campaign" | "tracking";
  targets: string[];
  title: string;
  /** What to do, with the break-even caveat in words where it applies. */
  detail: string;
  /** Expected change of gross profit over the period (margin x revenue change - spend change); null for tracking fixes. */
  expectedProfitChange: number | null;
  expectedRevenueChange: number | null;
  spendChange: number;
  /** What ranks the list: |expected profit change|, or for tracking the revenue that went unrecorded. */
  moneyAtStake: number;
  confidence: "high" | "medium" | "low";
  /** Marginal ROAS of the last dollar after the action is below break-even (the detail says so). */
  belowBreakEven: boolean;
  evidence: Evidence[];
}
