/**
 * Number, change and period formatting for answers. Deterministic (fixed "en-US" digits) and
 * aligned with the verifier: each figure is rounded to the precision it is shown at.
 */
import { MONTH_NAMES as MONTHS } from "../../lib/months.ts";
import { daysBetween } from "../../semantic/query/dates.ts";
import type { MetricSpec, Period } from "./types.ts";

const symbolCache = new Map<string, string>();

/** The display symbol of an ISO 4217 code: "USD" -> "$", "EUR" -> "€", unknown or bad codes -> "XYZ ". */
export function currencySymbol(code: string): string {
  const cached = symbolCache.get(code);
  if (cached !== undefined) return cached;
  let symbol = `${code} `;
  try {
    const part = new Intl.NumberFormat("en-US", { style: "currency", currency: code })
      .formatToParts(1)
      .find((p) => p.type === "currency")?.value;
    if (part) symbol = /^[A-Za-z]+$/.test(part) ? `${part} ` : part;
  } catch {
    // Not a valid ISO 4217 code: show the code itself.
  }
  symbolCache.set(code, symbol);
  return symbol;
}

// toLocaleString with options builds a new Intl.NumberFormat on every call, and an answer formats
// hundreds of figures; one formatter per decimal count gives the same text.
const numberFormats = new Map<number, Intl.NumberFormat>();

/** Digits with thousands separators and exactly `decimals` decimals. */
export function formatNumber(value: number, decimals: number): string {
  let f = numberFormats.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat("en-US", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: true,
    });
    numberFormats.set(decimals, f);
  }
  return f.format(value);
}

/** Currency: "$1.23M" from a million, "$12,345" from ten thousand, "$123.45" below. */
export function formatCurrency(value: number, currency: string): string {
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  const symbol = currencySymbol(currency);
  if (abs >= 1e9) return `${sign}${symbol}${formatNumber(abs / 1e9, 2)}B`;
  if (abs >= 1e6) return `${sign}${symbol}${formatNumber(abs / 1e6, 2)}M`;
  return `${sign}${symbol}${formatNumber(abs, abs >= 10_000 ? 0 : 2)}`;
}

/**
 * fix6c: decimals of a percentage: rates under 1% (unsubscribe, bounce) keep two, so 0.12% and
 * 0.18% do not both read "0.1%" and a change between them is not "about the same".
 */
function percentDigits(share: number): number {
  const pct = Math.abs(share * 100);
  return pct > 0 && pct < 1 ? 2 : 1;
}

/**
 * A metric value by its unit: currency, "12.3%" (percent values are ratios), "3.21x", "12,345".
 * Counts are whole numbers unless the catalog format is "decimal" and the value has a fraction
 * (attributed credit such as 12.5 orders).
 */
export function formatValue(
  value: number,
  metric: Pick<MetricSpec, "unit" | "format">,
  currency: string,
): string {
  switch (metric.unit) {
    case "currency":
      return formatCurrency(value, currency);
    case "percent":
      return `${formatNumber(value * 100, percentDigits(value))}%`;
    case "ratio":
      return metric.format === "percent"
        ? `${formatNumber(value * 100, percentDigits(value))}%`
        : `${formatNumber(value, 2)}${metric.format === "decimal" ? "" : "x"}`;
    case "count":
      // Whole counts read as whole numbers ("1,306 orders"); fractional credit keeps its decimals.
      return formatNumber(value, metric.format === "decimal" && !Number.isInteger(value) ? 2 : 0);
  }
}

/**
 * How `current` compares with `previous`: "up 12.3% from $1,000", "down 0.4 percentage points from
 * 2.1%" for percentages, "about the same as 1,200" when the change rounds to zero, and
 * "compared with 0" when there is no base for a percentage.
 */
export function formatChange(
  current: number,
  previous: number,
  metric: Pick<MetricSpec, "unit" | "format">,
  currency: string,
): string {
  const before = formatValue(previous, metric, currency);
  if (metric.unit === "percent" || (metric.unit === "ratio" && metric.format === "percent")) {
    const points = (current - previous) * 100;
    const digits = Math.min(percentDigits(current), percentDigits(previous)) === 2 ? 2 : 1;
    if (Math.abs(points) < 0.5 * 10 ** -digits) return `about the same as ${before}`;
    return `${points > 0 ? "up" : "down"} ${formatNumber(Math.abs(points), digits)} percentage points from ${before}`;
  }
  if (previous === 0) return `compared with ${before}`;
  const pct = ((current - previous) / Math.abs(previous)) * 100;
  if (Math.abs(pct) < 0.05) return `about the same as ${before}`;
  return `${pct > 0 ? "up" : "down"} ${formatNumber(Math.abs(pct), 1)}% from ${before}`;
}

/**
 * Whether a metric's values add up across rows and days (sums and counts), so shares of a total and
 * partial-period caveats apply. The result column says so; a spec without the flag falls back to
 * its unit, which cannot tell CPA from spend.
 */
export function isAdditive(m: MetricSpec): boolean {
  return m.additive ?? (m.unit === "currency" || m.unit === "count");
}

/** Share of a total as a percentage with one decimal, e.g. "61.7%". */
export function formatShare(part: number, total: number): string {
  return `${formatNumber((part / total) * 100, 1)}%`;
}

function parts(date: string): { year: number; month: string; day: number } {
  const [y, m, d] = date.split("-").map(Number);
  return { year: y ?? 0, month: MONTHS[(m ?? 1) - 1] ?? "", day: d ?? 1 };
}

/**
 * One date in words for a grain: "October 12, 2026", "week of October 5, 2026", "October 2026",
 * "Q4 2026", "2026".
 */
export function formatDate(
  date: string,
  grain: "day" | "week" | "month" | "quarter" | "year" = "day",
): string {
  const p = parts(date);
  switch (grain) {
    case "day":
      return `${p.month} ${p.day}, ${p.year}`;
    case "week":
      return `week of ${p.month} ${p.day}, ${p.year}`;
    case "month":
      return `${p.month} ${p.year}`;
    case "quarter":
      return `Q${Math.floor(MONTHS.indexOf(p.month) / 3) + 1} ${p.year}`;
    case "year":
      return `${p.year}`;
  }
}

/** An inclusive period in words: "October 1–31, 2026", "September 15 – October 14, 2026". */
export function formatPeriod(period: Period): string {
  const a = parts(period.from);
  const b = parts(period.to);
  if (period.from === period.to) return formatDate(period.from);
  if (a.year === b.year && a.month === b.month) return `${a.month} ${a.day}–${b.day}, ${a.year}`;
  if (a.year === b.year) return `${a.month} ${a.day} – ${b.month} ${b.day}, ${a.year}`;
  return `${formatDate(period.from)} – ${formatDate(period.to)}`;
}

/** A label inside a sentence: "Net revenue" -> "net revenue", acronyms kept ("ROAS", "CTR"). */
export function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) && !/[A-Z]{2}/.test(label)
    ? label.charAt(0).toLowerCase() + label.slice(1)
    : label;
}

/** "a", "a and b", "a, b and c" (or "a, b or c"). */
export function joinList(items: string[], last: "and" | "or" = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;
}

/**
 * How much of `period` has data when data starts on `dataStart`: "none" when the period ends
 * before it, "partial" when it starts before it, "full" otherwise (or when the start is unknown).
 */
export function periodCoverage(
  period: Period,
  dataStart: string | null | undefined,
): "none" | "partial" | "full" {
  if (!dataStart) return "full";
  if (period.to < dataStart) return "none";
  return period.from < dataStart ? "partial" : "full";
}

/**
 * The sentence for a comparison period with no or partial data: "There is no data for October
 * 1–31, 2025: data starts November 1, 2025." or "Data starts November 1, 2025, so October 15 –
 * November 14, 2025 is only partly covered." Empty when the period is fully covered.
 */
export function coverageNote(
  period: Period,
  dataStart: string | null | undefined,
  coverage = periodCoverage(period, dataStart),
): string {
  if (coverage === "full" || !dataStart) return "";
  const starts = formatDate(dataStart);
  return coverage === "none"
    ? `There is no data for ${formatPeriod(period)}: data starts ${starts}.`
    : `Data starts ${starts}, so ${formatPeriod(period)} is only partly covered.`;
}

/**
 * How much of `period` lies within data that runs through `dataEnd`: "none" when the period
 * starts after it, "partial" when it ends after it, "full" otherwise (or when the end is unknown).
 */
export function periodEndCoverage(
  period: Period,
  dataEnd: string | null | undefined,
): "none" | "partial" | "full" {
  if (!dataEnd) return "full";
  if (period.from > dataEnd) return "none";
  return period.to > dataEnd ? "partial" : "full";
}

/**
 * The sentence for a period that ends after the last data day: "Data runs through October 31,
 * 2026." or, when the period has no values, "No data for November 1–30, 2026: data runs through
 * October 31, 2026." Empty when the period ends within the data (or the end is unknown).
 */
export function dataEndNote(period: Period, dataEnd: string | null | undefined, empty = false): string {
  if (!dataEnd || periodEndCoverage(period, dataEnd) === "full") return "";
  const through = formatDate(dataEnd);
  return empty
    ? `No data for ${formatPeriod(period)}: data runs through ${through}.`
    : `Data runs through ${through}.`;
}

/**
 * "Orders through October 31, 2026.": customer answers (cohorts, repeat gaps, order frequency)
 * always say how far the orders go, since a recent customer's story is cut off there. Empty when
 * the last order day is unknown.
 */
export function ordersThroughNote(ordersThrough: string | null | undefined): string {
  return ordersThrough ? `Orders through ${formatDate(ordersThrough)}.` : "";
}

/**
 * "Only 31 of its 304 days are covered, ...": a baseline mostly before the data ("ytd vs last
 * ytd" holding a month of last year's span) would print changes of hundreds of percent, so with
 * under half its days covered the change is not shown. "" when at least half is covered.
 */
export function thinBaselineNote(period: Period, dataStart: string | null | undefined): string {
  if (!dataStart || periodCoverage(period, dataStart) !== "partial") return "";
  const days = daysBetween(period.from, period.to) + 1;
  const covered = daysBetween(dataStart, period.to) + 1;
  return covered * 2 < days
    ? `Only ${formatNumber(covered, 0)} of its ${formatNumber(days, 0)} days ${covered === 1 ? "is" : "are"} covered, so a change against it would compare unlike spans and is not shown.`
    : "";
}
