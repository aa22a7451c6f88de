/**
 * Small typed inputs for the deterministic answer templates. They are deliberately independent of
 * any one tool's output: the agent's finalize step (the lead) maps each tool result onto one of
 * these. Every number a template writes is one of these values or a derivation the verifier
 * accepts (difference, percent change, share of a total), so a template answer always verifies
 * against `collectGroundNumbers([input])`.
 */

/** Units as the semantic catalog declares them. Percent values are ratios: 0.123 means 12.3%. */
export type MetricUnit = "currency" | "count" | "ratio" | "percent";

/** A metric as the answer needs it: key in rows, label for prose, unit for formatting. */
export interface MetricSpec {
  key: string;
  label: string;
  unit: MetricUnit;
  /** Catalog display format; "decimal" counts keep two decimals, "multiplier" ratios print "3.21x". */
  format?: "currency" | "integer" | "decimal" | "percent" | "multiplier";
  /** Lower is better (costs): only changes the wording "improved"/"worsened" when present. */
  higherIsBetter?: boolean;
  /**
   * Values add up across rows (sums and counts: spend, revenue, orders), so a row's share of the
   * total means something. Ratios (CPA, ROAS, CTR, AOV) are not. Unset: currency and counts are.
   */
  additive?: boolean;
}

/** An inclusive date range, "YYYY-MM-DD" both ends, in the organization's time zone. */
export interface Period {
  from: string;
  to: string;
  timeZone?: string;
}

/** A breakdown row: dimension values (text) by dimension key, metric values by metric key. */
export type AnswerRow = Record<string, string | number | null>;

/** Result of a metric query: totals, optional breakdown rows and an optional comparison period. */
export interface MetricTableAnswerInput {
  kind: "metric_table";
  metrics: MetricSpec[];
  /** Dimension keys and labels of the breakdown, empty for plain totals. */
  dimensions: Array<{ key: string; label: string }>;
  rows: AnswerRow[];
  totals: Record<string, number | null>;
  comparison?: { period: Period; totals: Record<string, number | null>; rows?: AnswerRow[] };
  period: Period;
  /** ISO 4217 code of the organization's currency, e.g. "USD". */
  currency: string;
  /** Set when the rows are a top-N cut ordered by `metrics[0]`. */
  topN?: { n: number; direction: "top" | "bottom" };
  /** First date with data ("YYYY-MM-DD"): a comparison period before it has no data, not zeros. */
  dataStart?: string;
  /** Last date with data ("YYYY-MM-DD"): a period ending after it says so; one after it has no data. */
  dataEnd?: string;
  /**
   * A paid breakdown's totals over its rows with ad spend (`count` of them): the overall line then
   * uses these, and the blended total (spend over every order) is named as such, apart.
   */
  paidTotals?: { count: number; totals: Record<string, number | null> };
  /** The date bucket of a `date` breakdown: its values read as "January 2026", not "2026-01-01". */
  grain?: "day" | "week" | "month" | "quarter" | "year";
  /** Set when a dimension filter narrowed the rows: the overall line is then over those rows only. */
  filtered?: boolean;
  /**
   * leftC: set when a threshold on a metric ("over $1k spend") kept only some rows. The totals are
   * over every row before it (the compiler's totals take no HAVING), and the overall line says so.
   */
  thresholded?: boolean;
}

/** A time series of one metric, optionally one series per category. */
export interface TrendAnswerInput {
  kind: "trend";
  metric: MetricSpec;
  grain: "day" | "week" | "month" | "quarter" | "year";
  points: Array<{ date: string; value: number }>;
  period: Period;
  currency: string;
  /** First date with data ("YYYY-MM-DD"): a bucket starting before it is partial. */
  dataStart?: string;
  /** Last date with data ("YYYY-MM-DD"): a period ending after it says so. */
  dataEnd?: string;
}

/** Credit per channel (or campaign) under one attribution model. */
export interface AttributionAnswerInput {
  kind: "attribution";
  model: string;
  /** What got credited, e.g. "revenue" or "conversions". */
  metric: MetricSpec;
  /** `share` (0..1) is of all credit; leave it out when the rows are a filtered subset. */
  rows: Array<{ name: string; credit: number; share?: number }>;
  period: Period;
  currency: string;
  /** What the rows are, for "the remaining campaigns are in the table" (default "channel"). */
  level?: "channel" | "campaign" | "platform";
  /** fix15e: how many rows the sentence names ("top 10": ten); default MAX_ATTRIBUTION_ROWS. */
  maxRows?: number | undefined;
}

/** A budget proposal per channel. */
export interface BudgetAnswerInput {
  kind: "budget";
  totalBudget: number;
  rows: Array<{ name: string; current: number; recommended: number; expectedReturn?: number }>;
  /** Unit of `expectedReturn` (revenue in currency, or conversions as counts). */
  returnMetric?: MetricSpec;
  period: Period;
  currency: string;
  /** One sentence on what the curves model (incremental vs attributed), so the basis is stated. */
  basis?: string;
  /**
   * The per-channel limit the split ran under (percent of current spend either way) and the rows
   * that stopped at it, so a marketer knows the split is bounded and how to lift the bound.
   */
  limit?: { maxChangePercent: number; atLimit: string[] };
}

/** Days (or weeks) where a metric left its expected range. */
export interface AnomaliesAnswerInput {
  kind: "anomalies";
  metric: MetricSpec;
  anomalies: Array<{ date: string; value: number; expected: number; segment?: string }>;
  period: Period;
  currency: string;
}

/** What explains a change between two periods: contribution by segment. */
export interface ChangeExplanationAnswerInput {
  kind: "change_explanation";
  metric: MetricSpec;
  dimension: { key: string; label: string };
  current: number;
  previous: number;
  /** `current`/`previous` are null where the member has no value (a rate without its inputs). */
  contributors: Array<{ name: string; current: number | null; previous: number | null; change: number }>;
  period: Period;
  comparisonPeriod: Period;
  currency: string;
  /** For ratios: what the mix is of ("new customers"), to explain a member with no value of its own. */
  mixOf?: string;
  /**
   * For ratios: members with no rate in either period, left out of the movers, as groups by what
   * they lack ("ad spend"; none when it differs) with their summed contribution, from the tool.
   */
  withoutRate?: Array<{ names: string[]; lacking?: string; change: number }>;
}

/** How a metric is defined in the catalog. */
export interface DefinitionAnswerInput {
  kind: "definition";
  label: string;
  description: string;
  /** The formula in words or symbols, e.g. "revenue / spend". */
  formula?: string;
  synonyms?: string[];
}

/** A question the agent asks back, with concrete options. */
export interface ClarificationAnswerInput {
  kind: "clarification";
  question: string;
  options: Array<{ id: string; label: string }>;
}

/** A question the catalog cannot answer. */
export interface DeclineAnswerInput {
  kind: "decline";
  reason: string;
  /** Things that can be answered instead, e.g. metric labels. */
  suggestions?: string[];
}

/** Every template input, discriminated by `kind`. */
export type AnswerInput =
  | MetricTableAnswerInput
  | TrendAnswerInput
  | AttributionAnswerInput
  | BudgetAnswerInput
  | AnomaliesAnswerInput
  | ChangeExplanationAnswerInput
  | DefinitionAnswerInput
  | ClarificationAnswerInput
  | DeclineAnswerInput;
