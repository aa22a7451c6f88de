/**
 * left16a: "is paid search profitable if our margin is 40%": the channel profit answer lists every
 * paid channel; the one the question names leads, with its verdict, its ROAS against the
 * break-even ROAS at the margin used, and its profit after ad spend. Every figure is a field of the
 * profitability result.
 */
import type { ProfitabilityData } from "../../tools/profitability/execute.ts";
import { formatCurrency, formatNumber, formatPeriod } from "../answer/format.ts";

/**
 * The lead line for the channel the question names, or undefined when it names none of the rows.
 * @example profitFocusLine(data, "is paid search profitable", "USD") // "Paid Search is not profitable at a 40% gross margin: ..."
 */
export function profitFocusLine(
  d: ProfitabilityData,
  question: string,
  currency: string,
): string | undefined {
  const p = d.channelProfit;
  if (!p) return undefined;
  const text = question.toLowerCase().replace(/[_-]+/g, " ");
  const label = (k: string) => d.labels[k] ?? k;
  const named = p.rows.filter((r) => {
    const words = label(r.channel).toLowerCase();
    return text.includes(words) || text.includes(r.channel.replace(/_/g, " "));
  });
  if (named.length !== 1) return undefined;
  const r = named[0]!;
  const pct = formatNumber(d.grossMarginPercent, Number.isInteger(d.grossMarginPercent) ? 0 : 1);
  const model = String(d.provenance.attributionModel ?? "default").replace(/_/g, " ");
  const roas = r.roas === null ? "no ROAS (no spend)" : `ROAS ${formatNumber(r.roas, 2)}x`;
  const verdict = r.profitable ? "profitable" : "not profitable";
  const side = r.roas === null ? "" : r.roas >= d.breakEvenRoas ? " (above" : " (below";
  return `${label(r.channel)} is ${verdict} at a ${pct}% gross margin: ${roas}${side ? `${side} the break-even ROAS of ${formatNumber(d.breakEvenRoas, 2)}x)` : ""}, ${formatCurrency(r.profitAfterAdSpend, currency)} after ad spend in ${formatPeriod(d.period)} (${model} model).`;
}
