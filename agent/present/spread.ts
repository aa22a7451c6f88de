/**
 * fix15d: "standard deviation of daily revenue in q3": the answer leads with the spread the query
 * returned (`spread: true`, core/stats/spread.ts): the sample standard deviation over the series,
 * the mean beside it for scale, the coefficient of variation and the range. Every figure is in the
 * tool result, so the verifier grounds it.
 */
import type { Spread } from "../../core/stats/spread.ts";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { formatCurrency, formatNumber, formatPeriod, inSentence } from "../answer/format.ts";
import type { Presentation, PresentContext } from "./types.ts";

const UNIT_WORD: Readonly<Record<string, string>> = {
  day: "day",
  week: "week",
  month: "month",
  quarter: "quarter",
  year: "year",
};
const ADJECTIVE: Readonly<Record<string, string>> = {
  day: "daily",
  week: "weekly",
  month: "monthly",
  quarter: "quarterly",
  year: "yearly",
};

/**
 * The spread line for each metric of a result that carries one.
 * @example spreadText(result, ctx)
 *   // "Standard deviation of daily revenue, July 1 – September 30, 2026: $412.05 (sample, over 92 days); mean $1,203.10 a day, ..."
 */
export function spreadText(result: MetricResult, ctx: PresentContext): string | undefined {
  if (!result.spread) return undefined;
  const grain = result.provenance.grain ?? "day";
  const unit = UNIT_WORD[grain] ?? "row";
  const every = ADJECTIVE[grain] ?? "per-row";
  const range = result.provenance.timeRange;
  const period = formatPeriod({ from: range.from, to: range.to });
  const lines: string[] = [];
  for (const column of result.columns) {
    if (column.kind !== "metric") continue;
    const s: Spread | null | undefined = result.spread[column.key];
    if (!s) continue;
    const show = (v: number) =>
      column.unit === "currency"
        ? formatCurrency(v, ctx.currency)
        : column.unit === "percent" || column.format === "percent"
          ? `${formatNumber(v * 100, 2)}%`
          : column.unit === "ratio"
            ? `${formatNumber(v, 2)}x`
            : formatNumber(v, Math.abs(v) >= 100 ? 0 : 1);
    const name = `${every} ${inSentence(column.label)}`;
    const count = `${formatNumber(s.n, 0)} ${unit}${s.n === 1 ? "" : "s"}`;
    if (s.sd === null) {
      lines.push(
        `Standard deviation of ${name}, ${period}: not defined for ${count}; the mean is ${show(s.mean)}.`,
      );
      continue;
    }
    const cv = s.cv === null ? "" : `, so it varies by about ${formatNumber(s.cv * 100, 1)}% of the mean`;
    lines.push(
      `Standard deviation of ${name}, ${period}: ${show(s.sd)} (sample, over ${count}); mean ${show(s.mean)} a ${unit}${cv}; range ${show(s.min)} to ${show(s.max)}.`,
    );
  }
  return lines.length ? lines.join("\n") : undefined;
}

/**
 * The presentation led by its spread line when the result carries one.
 * @example withSpreadLine(p, result, ctx) // text "Standard deviation of daily revenue, ...\n" + p.text
 */
export function withSpreadLine(p: Presentation, result: MetricResult, ctx: PresentContext): Presentation {
  const line = spreadText(result, ctx);
  return line ? { ...p, text: `${line}\n${p.text}` } : p;
}
