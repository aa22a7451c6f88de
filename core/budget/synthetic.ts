/**
 * Seeded synthetic channel histories from known Hill response curves with geometric adstock and
 * multiplicative noise. Used by tests and the benchmark to check that fitting and optimizing
 * recover the true optimum; never used on real data.
 */
import { createRng, normal } from "../stats/prng.ts";
import { geometricAdstock } from "./adstock.ts";
import { curveValue, type HillCurve, type ResponseCurve, rescaleCurve } from "./curves.ts";
import type { ChannelHistory } from "./prepare.ts";

/** The truth behind one synthetic channel: a daily Hill curve on adstocked spend. */
export interface SyntheticTruth {
  channel: string;
  curve: HillCurve;
  theta: number;
  /** Typical daily spend. */
  baseSpend: number;
}

/** Synthetic data set: histories plus the truth that generated them. */
export interface SyntheticSet {
  history: ChannelHistory[];
  truths: SyntheticTruth[];
}

/** Options for {@link syntheticChannels}. */
export interface SyntheticOptions {
  channels: number;
  days: number;
  seed: number;
  /** Sd of the multiplicative revenue noise. Default 0.08. */
  noise?: number;
  /** First date, "YYYY-MM-DD". Default "2024-01-01". */
  start?: string;
}

/**
 * Generate channels whose half-saturation sits near their typical spend (so the curves bend
 * within the data), with varied shapes (alpha 0.8 to 2.2), carry-over (theta 0.1 to 0.6) and spend
 * that moves with weekly flights and log-normal day-to-day noise.
 * @example
 * syntheticChannels({ channels: 5, days: 365, seed: 7 }).history[0]!.days.length; // 365
 */
export function syntheticChannels(options: SyntheticOptions): SyntheticSet {
  const rng = createRng(options.seed);
  const noise = options.noise ?? 0.08;
  const startMs = Date.parse(`${options.start ?? "2024-01-01"}T00:00:00Z`);
  const history: ChannelHistory[] = [];
  const truths: SyntheticTruth[] = [];
  for (let c = 0; c < options.channels; c++) {
    const baseSpend = 500 + 4500 * rng();
    const theta = 0.1 + 0.5 * rng();
    const level = baseSpend / (1 - theta);
    const curve: HillCurve = {
      type: "hill",
      scale: level * (3 + 5 * rng()),
      k: level * (0.6 + 1.4 * rng()),
      alpha: 0.8 + 1.4 * rng(),
    };
    const spend: number[] = [];
    let flight = 1;
    for (let d = 0; d < options.days; d++) {
      // Spend changes in weekly flights (how budgets really move), plus daily jitter.
      if (d % 7 === 0) flight = 0.5 + rng();
      spend.push(baseSpend * flight * Math.exp(0.25 * normal(rng) - 0.03125));
    }
    const adstock = geometricAdstock(spend, theta);
    const days = spend.map((s, d) => ({
      date: new Date(startMs + d * 86_400_000).toISOString().slice(0, 10),
      spend: Math.round(s * 100) / 100,
      revenue: Math.max(
        0,
        Math.round(curveValue(curve, adstock[d]!) * (1 + noise * normal(rng)) * 100) / 100,
      ),
    }));
    const channel = `channel_${String(c + 1).padStart(2, "0")}`;
    history.push({ channel, days });
    truths.push({ channel, curve, theta, baseSpend });
  }
  return { history, truths };
}

/** The true plan-level curve of a synthetic channel for a period of `periodDays` days. */
export function truePlanCurve(truth: SyntheticTruth, periodDays: number): ResponseCurve {
  return rescaleCurve(truth.curve, periodDays * (1 - truth.theta), periodDays);
}
