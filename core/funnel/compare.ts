/**
 * Two funnels side by side: each on-site step's conversion from the step before in both periods,
 * the change in percentage points, and the step that got most worse (and most better). Answers
 * "which funnel step got worse vs last month" with the rates, not two funnels to eyeball.
 */
import type { Funnel, FunnelStepKey } from "./funnel.ts";

/** One step's rate in both periods. */
export interface FunnelStepChange {
  step: FunnelStepKey;
  label: string;
  stepRate: number | null;
  previousStepRate: number | null;
  /** stepRate - previousStepRate (a share, e.g. -0.012 is 1.2 points down); null when either is. */
  change: number | null;
}

/** The comparison of a funnel with the same funnel in an earlier period. */
export interface FunnelComparison {
  steps: FunnelStepChange[];
  /** The step whose rate fell most; null when none fell. */
  worsened: FunnelStepChange | null;
  /** The step whose rate rose most; null when none rose. */
  improved: FunnelStepChange | null;
}

/** On-site steps only: impressions and clicks are paid media, not the site's funnel. */
const ON_SITE: ReadonlySet<FunnelStepKey> = new Set([
  "engaged_sessions",
  "add_to_carts",
  "checkouts",
  "orders",
]);

/**
 * Compare a funnel with the same funnel in an earlier period.
 * @example compareFunnels(buildFunnel(now), buildFunnel(before)).worsened?.step // "add_to_carts"
 */
export function compareFunnels(current: Funnel, previous: Funnel): FunnelComparison {
  const before = new Map(previous.steps.map((s) => [s.step, s]));
  const steps = current.steps
    .filter((s) => ON_SITE.has(s.step))
    .map((s) => {
      const p = before.get(s.step)?.stepRate ?? null;
      const change = s.stepRate === null || p === null ? null : s.stepRate - p;
      return { step: s.step, label: s.label, stepRate: s.stepRate, previousStepRate: p, change };
    });
  const moved = steps.filter((s) => s.change !== null && s.change !== 0);
  // Ties go to the earlier step: it loses visitors before every later step sees them.
  const pick = (better: (a: number, b: number) => boolean) =>
    moved.reduce<FunnelStepChange | null>(
      (best, s) => (best === null || better(s.change!, best.change!) ? s : best),
      null,
    );
  const worst = pick((a, b) => a < b);
  const best = pick((a, b) => a > b);
  return {
    steps,
    worsened: worst && worst.change! < 0 ? worst : null,
    improved: best && best.change! > 0 ? best : null,
  };
}
