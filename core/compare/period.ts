/**
 * Period comparison of any set of metrics: absolute delta, percent change (null when the base is
 * 0, where a percentage means nothing) and, when the metric's direction is known, better/worse.
 */
import { z } from "zod";
import { parseInput } from "../stats/parse-input.ts";

/** Input: each metric's value in the base and the current period. */
export const comparePeriodsInputSchema = z
  .array(
    z.object({
      metric: z.string().min(1).describe("Catalog metric key, e.g. 'roas'"),
      base: z.number().finite().describe("Value in the earlier period"),
      current: z.number().finite().describe("Value in the later period"),
      higherIsBetter: z.boolean().optional().describe("false for costs such as cpc; omit if neutral"),
    }),
  )
  .min(1);

/** One metric's comparison. */
export interface MetricComparison {
  metric: string;
  base: number;
  current: number;
  delta: number;
  /** delta / |base|; null when base is 0. */
  pctChange: number | null;
  /** null when the direction is not given. */
  assessment: "better" | "worse" | "unchanged" | null;
}

/**
 * Compare metrics between two periods.
 * @example
 * comparePeriods([{ metric: "cpc", base: 2, current: 1.5, higherIsBetter: false }]);
 * // [{ metric: "cpc", base: 2, current: 1.5, delta: -0.5, pctChange: -0.25, assessment: "better" }]
 */
export function comparePeriods(input: z.input<typeof comparePeriodsInputSchema>): MetricComparison[] {
  return parseInput(comparePeriodsInputSchema, input).map((m) => {
    const delta = m.current - m.base;
    const assessment =
      m.higherIsBetter === undefined
        ? null
        : delta === 0
          ? "unchanged"
          : delta > 0 === m.higherIsBetter
            ? "better"
            : "worse";
    return {
      metric: m.metric,
      base: m.base,
      current: m.current,
      delta,
      pctChange: m.base === 0 ? null : delta / Math.abs(m.base),
      assessment,
    };
  });
}
