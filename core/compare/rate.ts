/**
 * Rates a channel's metrics against the industry benchmark table: poor (worse than the 25th
 * percentile), average (up to the median), good (up to the 75th percentile), excellent (beyond),
 * reading "worse" and "beyond" in the metric's direction (a low cpc is excellent).
 */
import { z } from "zod";
import { AppError } from "../../lib/errors.ts";
import { parseInput } from "../stats/parse-input.ts";
import {
  BENCHMARK_SOURCE,
  BENCHMARKS,
  type BenchmarkChannel,
  type BenchmarkMetric,
  METRIC_DIRECTION,
  type Quartiles,
} from "./benchmarks.ts";

/** A rating band. */
export type Rating = "poor" | "average" | "good" | "excellent";

/** Input of rateAgainstBenchmarks (e.g. from a tool call or HTTP). */
export const benchmarkRatingInputSchema = z.object({
  industry: z
    .enum(["retail_ecommerce", "b2b_saas", "travel_hospitality", "finance_insurance"])
    .describe("e.g. 'retail_ecommerce'"),
  channel: z.enum(["paid_search", "paid_social", "display", "email"]).describe("e.g. 'paid_search'"),
  metrics: z
    .record(z.string(), z.number().finite())
    .describe("Metric key -> value, rates as fractions, e.g. {ctr: 0.041, cpc: 0.95}"),
});

/** One metric's rating. */
export interface MetricRating {
  metric: BenchmarkMetric;
  value: number;
  rating: Rating;
  direction: "higher_is_better" | "lower_is_better";
  /** The benchmark's 25th percentile, median and 75th percentile. */
  p25: number;
  median: number;
  p75: number;
}

const isBenchmarkMetric = (key: string): key is BenchmarkMetric => Object.hasOwn(METRIC_DIRECTION, key);

/**
 * Rate one value against quartiles.
 * @example
 * rateValue(1.5, [0.6, 1.1, 1.8], "lower_is_better"); // "average"
 */
export function rateValue(
  value: number,
  [p25, med, p75]: Quartiles,
  direction: MetricRating["direction"],
): Rating {
  if (direction === "higher_is_better") {
    return value < p25 ? "poor" : value < med ? "average" : value < p75 ? "good" : "excellent";
  }
  return value > p75 ? "poor" : value > med ? "average" : value > p25 ? "good" : "excellent";
}

/**
 * Rate a channel's metrics for an industry. Metrics without a benchmark for that channel are
 * listed in `unrated` rather than guessed.
 * @example
 * rateAgainstBenchmarks({ industry: "retail_ecommerce", channel: "paid_search", metrics: { ctr: 0.041 } }).ratings[0]!.rating; // "good"
 */
export function rateAgainstBenchmarks(input: z.input<typeof benchmarkRatingInputSchema>): {
  industry: string;
  channel: BenchmarkChannel;
  ratings: MetricRating[];
  unrated: string[];
  source: string;
} {
  const { industry, channel, metrics } = parseInput(benchmarkRatingInputSchema, input);
  const table = BENCHMARKS[industry][channel];
  const ratings: MetricRating[] = [];
  const unrated: string[] = [];
  for (const [key, value] of Object.entries(metrics)) {
    const quartiles = isBenchmarkMetric(key) ? table[key] : undefined;
    if (!quartiles || !isBenchmarkMetric(key)) {
      unrated.push(key);
      continue;
    }
    const metric = key;
    const direction = METRIC_DIRECTION[metric];
    ratings.push({
      metric,
      value,
      rating: rateValue(value, quartiles, direction),
      direction,
      p25: quartiles[0],
      median: quartiles[1],
      p75: quartiles[2],
    });
  }
  if (ratings.length === 0 && unrated.length > 0) {
    throw new AppError(
      "core.invalid_input",
      `metrics: no benchmark for ${unrated.join(", ")} on ${channel} (${industry})`,
    );
  }
  return { industry, channel, ratings, unrated, source: BENCHMARK_SOURCE };
}
