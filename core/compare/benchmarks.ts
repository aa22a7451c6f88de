/**
 * Industry benchmark table, per industry and channel: the 25th percentile, median and 75th
 * percentile of each metric. Source: illustrative industry ranges compiled for this product's
 * demo, of the order of magnitude commonly published for these channels; they are NOT measured
 * data and should be replaced by a licensed or first-party benchmark set before customers rely on
 * them. Rates are fractions (0.035 = 3.5%); money is in the account currency.
 */

/** Industries with a benchmark set. */
export type Industry = "retail_ecommerce" | "b2b_saas" | "travel_hospitality" | "finance_insurance";
/** Channels with benchmarks. */
export type BenchmarkChannel = "paid_search" | "paid_social" | "display" | "email";
/** Metrics with benchmarks. */
export type BenchmarkMetric =
  | "ctr"
  | "cpc"
  | "cpm"
  | "conversion_rate"
  | "roas"
  | "cpa"
  | "email_open_rate"
  | "email_click_rate";

/** Quartile points of a metric: [p25, median, p75]. */
export type Quartiles = readonly [number, number, number];

/** Whether a higher value is better, per metric (costs are lower-is-better). */
export const METRIC_DIRECTION: Readonly<Record<BenchmarkMetric, "higher_is_better" | "lower_is_better">> = {
  ctr: "higher_is_better",
  cpc: "lower_is_better",
  cpm: "lower_is_better",
  conversion_rate: "higher_is_better",
  roas: "higher_is_better",
  cpa: "lower_is_better",
  email_open_rate: "higher_is_better",
  email_click_rate: "higher_is_better",
};

type PaidRow = [
  ctr: Quartiles,
  cpc: Quartiles,
  cpm: Quartiles,
  cr: Quartiles,
  roas: Quartiles,
  cpa: Quartiles,
];
type EmailRow = [open: Quartiles, click: Quartiles, cr: Quartiles];

// Compact rows keep the table reviewable at a glance; paid() and email() give them names.
const paid = ([ctr, cpc, cpm, conversion_rate, roas, cpa]: PaidRow) => ({
  ctr,
  cpc,
  cpm,
  conversion_rate,
  roas,
  cpa,
});
const email = ([email_open_rate, email_click_rate, conversion_rate]: EmailRow) => ({
  email_open_rate,
  email_click_rate,
  conversion_rate,
});

/** The table: industry -> channel -> metric -> quartiles. */
export const BENCHMARKS: Readonly<
  Record<Industry, Record<BenchmarkChannel, Partial<Record<BenchmarkMetric, Quartiles>>>>
> = {
  retail_ecommerce: {
    paid_search: paid([
      [0.02, 0.035, 0.05],
      [0.6, 1.1, 1.8],
      [15, 30, 50],
      [0.015, 0.028, 0.045],
      [2, 4, 6.5],
      [15, 30, 55],
    ]),
    paid_social: paid([
      [0.006, 0.012, 0.02],
      [0.4, 0.8, 1.4],
      [6, 11, 18],
      [0.008, 0.015, 0.025],
      [1.2, 2.5, 4],
      [15, 32, 60],
    ]),
    display: paid([
      [0.002, 0.005, 0.009],
      [0.35, 0.65, 1.2],
      [1.5, 3, 6],
      [0.003, 0.007, 0.012],
      [0.6, 1.5, 3],
      [30, 60, 120],
    ]),
    email: email([
      [0.15, 0.22, 0.3],
      [0.01, 0.02, 0.035],
      [0.01, 0.02, 0.035],
    ]),
  },
  b2b_saas: {
    paid_search: paid([
      [0.015, 0.028, 0.042],
      [2.5, 4.5, 7.5],
      [30, 55, 90],
      [0.015, 0.03, 0.055],
      [0.8, 1.8, 3.5],
      [80, 160, 300],
    ]),
    paid_social: paid([
      [0.004, 0.008, 0.014],
      [3, 6, 10],
      [20, 35, 60],
      [0.005, 0.012, 0.02],
      [0.5, 1.2, 2.5],
      [100, 220, 400],
    ]),
    display: paid([
      [0.0015, 0.0035, 0.007],
      [1, 2, 4],
      [3, 6, 12],
      [0.002, 0.005, 0.01],
      [0.3, 0.8, 1.8],
      [150, 300, 600],
    ]),
    email: email([
      [0.18, 0.25, 0.33],
      [0.015, 0.025, 0.04],
      [0.005, 0.01, 0.02],
    ]),
  },
  travel_hospitality: {
    paid_search: paid([
      [0.03, 0.045, 0.065],
      [0.5, 1, 1.6],
      [15, 28, 45],
      [0.015, 0.025, 0.04],
      [3, 5, 8],
      [20, 40, 75],
    ]),
    paid_social: paid([
      [0.007, 0.013, 0.022],
      [0.3, 0.6, 1.1],
      [5, 9, 15],
      [0.006, 0.012, 0.02],
      [1.5, 3, 5],
      [25, 50, 90],
    ]),
    display: paid([
      [0.003, 0.006, 0.01],
      [0.3, 0.55, 1],
      [1.5, 3, 5.5],
      [0.003, 0.006, 0.01],
      [0.8, 1.8, 3.5],
      [40, 80, 150],
    ]),
    email: email([
      [0.15, 0.2, 0.27],
      [0.012, 0.02, 0.032],
      [0.008, 0.015, 0.025],
    ]),
  },
  finance_insurance: {
    paid_search: paid([
      [0.02, 0.03, 0.045],
      [2, 3.5, 6],
      [25, 45, 75],
      [0.02, 0.04, 0.065],
      [1, 2.5, 4.5],
      [50, 90, 170],
    ]),
    paid_social: paid([
      [0.005, 0.009, 0.015],
      [1.5, 3, 5.5],
      [10, 18, 30],
      [0.006, 0.012, 0.022],
      [0.6, 1.4, 2.8],
      [60, 120, 220],
    ]),
    display: paid([
      [0.002, 0.004, 0.008],
      [0.8, 1.5, 3],
      [2.5, 5, 10],
      [0.002, 0.005, 0.009],
      [0.4, 1, 2],
      [90, 180, 350],
    ]),
    email: email([
      [0.17, 0.23, 0.3],
      [0.012, 0.022, 0.035],
      [0.006, 0.012, 0.02],
    ]),
  },
};

/** Where the table's numbers come from, for provenance in answers. */
export const BENCHMARK_SOURCE = "illustrative industry ranges (not measured data)";
