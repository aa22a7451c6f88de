/**
 * Benchmark: budget optimizer, 50 channels x 365 days, fit and solve (target: under 200 ms), with
 * curves of attributed revenue (synthetic.ts) and with the incremental model (synthetic-shop.ts:
 * sessions, new-customer orders and credit as well).
 * Baseline measured in the same run: one pass of ordinary least squares (revenue on spend) per
 * channel over the same rows, the cheapest possible "fit", so the ratio is comparable across
 * machines even when absolute times are not.
 */
import { optimizeBudget } from "../core/budget/optimize.ts";
import { syntheticChannels } from "../core/budget/synthetic.ts";
import { syntheticShop } from "../core/budget/synthetic-shop.ts";

const CHANNELS = 50;
const DAYS = 365;
const RUNS = 7;
const TARGET_MS = 200;

function medianMs(fn: () => void): number {
  fn(); // warm-up: JIT compilation is not what we measure
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[RUNS >> 1]!;
}

/** Prints median timings of fit + solve and of the baseline. */
export async function run(): Promise<void> {
  const set = syntheticChannels({ channels: CHANNELS, days: DAYS, seed: 1 });
  const budget = set.history.reduce((a, h) => a + h.days.slice(-28).reduce((s, d) => s + d.spend, 0), 0);
  let sink = 0;
  const full = medianMs(() => {
    sink += optimizeBudget({ totalBudget: budget }, set.history).totals.expectedRevenue;
  });
  const wide = medianMs(() => {
    sink += optimizeBudget({ totalBudget: budget, constraints: { defaultBoundPct: 1 } }, set.history).totals
      .expectedRevenue;
  });
  const shop = syntheticShop({ channels: CHANNELS, days: DAYS, seed: 1 });
  const shopBudget = shop.history.reduce((a, h) => a + h.days.slice(-28).reduce((s, d) => s + d.spend, 0), 0);
  const incremental = medianMs(() => {
    sink += optimizeBudget({ totalBudget: shopBudget }, shop.history, { incrementality: shop.incrementality })
      .totals.expectedRevenue;
  });
  const baseline = medianMs(() => {
    for (const h of set.history) {
      let sx = 0;
      let sy = 0;
      let sxx = 0;
      let sxy = 0;
      for (const d of h.days) {
        sx += d.spend;
        sy += d.revenue;
        sxx += d.spend * d.spend;
        sxy += d.spend * d.revenue;
      }
      const n = h.days.length;
      sink += (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }
  });
  const line = (label: string, ms: number) =>
    console.log(
      `${label.padEnd(52)} ${ms.toFixed(1).padStart(8)} ms  (${(ms / baseline).toFixed(0)}x baseline)`,
    );
  console.log(`core/budget: ${CHANNELS} channels x ${DAYS} days, median of ${RUNS} runs`);
  console.log(
    `${"baseline: OLS revenue~spend, one pass per channel".padEnd(52)} ${baseline.toFixed(2).padStart(8)} ms`,
  );
  line("fit (3 families, holdout) + solve, bounds +/-30%", full);
  line("fit (3 families, holdout) + solve, bounds +/-100%", wide);
  line("incremental model (4 inputs) + solve, bounds +/-30%", incremental);
  const met = full < TARGET_MS && wide < TARGET_MS && incremental < TARGET_MS;
  console.log(`target < ${TARGET_MS} ms: ${met ? "met" : "NOT met on this machine"}`);
  if (Number.isNaN(sink)) console.log("(unreachable: keeps the work observable)");
}
