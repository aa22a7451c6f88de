/**
 * fix15b: "pause all of them - what would we save per month?" after a list of campaigns (or
 * channels, platforms): what switching those rows off saves, their ad spend, and what it puts at
 * risk, the revenue credited to them, each over the period and, when asked, per month (the
 * semantic layer's monthly average, so every figure is a sum of a result column). The planner's
 * placeholder (PAUSE_ROWS_NOTE) stays when the rows cannot be read.
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { formatCurrency, formatNumber, formatPeriod } from "../answer/format.ts";

/** The planner's note that stands in until the results are read (and when they cannot be). */
export const PAUSE_ROWS_NOTE =
  "Pausing them saves their ad spend and puts at risk the revenue credited to them, both given below for each row.";

interface Result {
  name: string;
  args: Record<string, unknown>;
  result: { ok: boolean; data?: unknown };
}

const sum = (values: readonly unknown[]) =>
  values.reduce<number>((s, v) => s + (typeof v === "number" && Number.isFinite(v) ? v : 0), 0);

/**
 * The saving and the revenue at risk, or undefined when the rows are missing.
 * @example pauseRowsVerdict(results, "USD") // "Pausing these 2 rows saves their ad spend: $900.00 over July 1 – September 30, 2026, about $300.00 a month ..."
 */
export function pauseRowsVerdict(results: readonly Result[], currency: string): string | undefined {
  const r = results.find((x) => x.name === "query_metrics" && x.result.ok);
  const data = r?.result.data as MetricResult | undefined;
  if (!data?.rows) return undefined;
  const n = data.rows.length;
  if (!n) return "No row met the rule, so there is nothing to pause and nothing saved.";
  const dim = Array.isArray(r!.args.dimensions) ? String(r!.args.dimensions[0] ?? "row") : "row";
  const what = `${n === 1 ? "this" : `these ${n}`} ${dim === "row" ? "rows" : n === 1 ? dim : `${dim}s`}`;
  const money = (v: number) => formatCurrency(v, currency);
  const spend = sum(data.rows.map((row) => row.spend));
  const revenue = sum(data.rows.map((row) => row.attributed_revenue));
  const asked = r!.args.timeRange as { from?: unknown; to?: unknown } | undefined;
  const range =
    data.monthlyAverage ??
    (typeof asked?.from === "string" && typeof asked.to === "string"
      ? { from: asked.from, to: asked.to }
      : undefined);
  const period = range ? ` over ${formatPeriod({ from: range.from, to: range.to })}` : " over the period";
  const monthly = data.monthlyAverage?.rows;
  const months = data.monthlyAverage?.months;
  const perMonth = (key: string) => (monthly ? sum(monthly.map((m) => m[key])) : undefined);
  const spendMonth = perMonth("spend");
  const revenueMonth = perMonth("attributed_revenue");
  const monthsSaid =
    months !== undefined && Number.isInteger(months) ? `, ${formatNumber(months, 0)} months` : "";
  const saved =
    spendMonth !== undefined
      ? `about ${money(spendMonth)} a month (${money(spend)}${period}${monthsSaid})`
      : `${money(spend)}${period}`;
  const risk =
    revenueMonth !== undefined
      ? `about ${money(revenueMonth)} a month (${money(revenue)} in all)`
      : money(revenue);
  return `Pausing ${what} saves their ad spend: ${saved}. It also puts at risk the revenue credited to them, ${risk}, the part that would be lost if those orders did not come through other channels anyway; the net effect is the spend saved less the revenue that truly depended on them.`;
}
