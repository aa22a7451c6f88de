/**
 * Contribution after ad spend for each week or month of a period (profitability with a grain,
 * fix8e): "gross profit after ad spend by month" once got one figure for the last 30 days. Each
 * period's line shows the sum (gross margin x revenue - ad spend), the best and worst are named,
 * and the table and chart hold every period. Every figure is a field of the tool's result.
 */
import type { ProfitabilityData } from "../../tools/profitability/execute.ts";
import { formatCurrency, formatDate, formatNumber, formatPeriod } from "../answer/format.ts";
import type { Presentation } from "./types.ts";

const SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

/** The contribution of each period, with the whole period's total first. */
export function presentContributionSeries(
  d: ProfitabilityData,
  currency: string,
  marginLine: string,
  provenance: Record<string, unknown>,
): Presentation {
  const s = d.contributionByPeriod!;
  const m = d.contributionMargin!;
  const money = (v: number) => formatCurrency(v, currency);
  const when = (date: string) => formatDate(date, s.grain);
  const ranked = [...s.rows].sort((a, b) => b.contributionAfterAdSpend - a.contributionAfterAdSpend);
  const best = ranked[0];
  const worst = ranked[ranked.length - 1];
  const negative = s.rows.filter((r) => r.contributionAfterAdSpend < 0);
  const text = [
    `Contribution after ad spend (gross margin x revenue - ad spend) by ${s.grain} for ${formatPeriod(d.period)}: ${money(m.contributionAfterAdSpend)} in total (gross profit ${money(m.grossProfit)} on revenue ${money(m.revenue)}, minus ad spend ${money(m.adSpend)}).`,
    ...s.rows.map(
      (r) =>
        `- ${when(r.period)}: ${money(r.contributionAfterAdSpend)} (gross profit ${money(r.grossProfit)} on revenue ${money(r.revenue)}, minus ad spend ${money(r.adSpend)})${r.contributionMarginRate === null ? "" : `, ${formatNumber(r.contributionMarginRate * 100, 1)}% of revenue`}`,
    ),
    best && worst && s.rows.length > 1
      ? `Best ${s.grain}: ${when(best.period)} (${money(best.contributionAfterAdSpend)}); weakest: ${when(worst.period)} (${money(worst.contributionAfterAdSpend)}).`
      : "",
    negative.length
      ? `Ad spend was more than the gross profit in ${negative.length} ${s.grain}${negative.length === 1 ? "" : "s"}.`
      : "",
    marginLine,
  ]
    .filter(Boolean)
    .join("\n");
  const rows = s.rows.map((r) => ({
    period: r.period,
    revenue: r.revenue,
    grossProfit: r.grossProfit,
    adSpend: r.adSpend,
    contributionAfterAdSpend: r.contributionAfterAdSpend,
    contributionMarginRate: r.contributionMarginRate,
  }));
  return {
    text,
    data: {
      columns: [
        { key: "period", label: s.grain === "month" ? "Month" : "Week" },
        { key: "revenue", label: "Revenue", unit: "currency" },
        { key: "grossProfit", label: "Gross profit", unit: "currency" },
        { key: "adSpend", label: "Ad spend", unit: "currency" },
        { key: "contributionAfterAdSpend", label: "Contribution after ad spend", unit: "currency" },
        { key: "contributionMarginRate", label: "Share of revenue", unit: "percent" },
      ],
      rows,
    },
    chart: {
      $schema: SCHEMA,
      title: `Contribution after ad spend by ${s.grain}`,
      description: `Gross margin x revenue - ad spend by ${s.grain}`,
      width: "container",
      data: { values: rows },
      mark: { type: "bar", tooltip: true },
      encoding: {
        x: {
          field: "period",
          type: "temporal",
          timeUnit: s.grain === "month" ? "yearmonth" : "yearmonthdate",
          title: s.grain === "month" ? "Month" : "Week",
        },
        y: { field: "contributionAfterAdSpend", type: "quantitative", title: "Contribution after ad spend" },
      },
    },
    provenance,
  };
}
