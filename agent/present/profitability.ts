/**
 * The profitability tool's answers: overspending channels, channel profit after margin, and
 * contribution margin after ad spend, each stating the gross margin used (and that it is the
 * default when it is). Every figure is a field of the tool's result.
 */
import type { ProfitabilityData } from "../../tools/profitability/execute.ts";
import { formatCurrency, formatNumber, formatPeriod, joinList } from "../answer/format.ts";
import { presentBreakEven } from "./break-even.ts";
import { presentContributionSeries } from "./contribution-series.ts";
import { profitFocusLine } from "./profit-focus.ts";
import type { Presentation, PresentContext } from "./types.ts";

function marginWords(d: ProfitabilityData): string {
  const pct = formatNumber(d.grossMarginPercent, Number.isInteger(d.grossMarginPercent) ? 0 : 1);
  return `Gross margin ${pct}% (${d.grossMarginAssumed ? "the margin you gave, for this answer only" : d.grossMarginIsDefault ? "the default, as your organization has not set its own (PATCH /api/v1/organization)" : "your organization's setting"}); break-even is a ROAS of ${formatNumber(d.breakEvenRoas, 2)}x.`;
}

/** Present one profitability result. */
export function presentProfitability(d: ProfitabilityData, ctx: PresentContext): Presentation {
  if (d.breakEven) return presentBreakEven(d, ctx);
  const c = ctx.currency;
  const name = (k: string) => d.labels[k] ?? k;
  const provenance = {
    tool: "profitability",
    analysis: d.analysis,
    grossMargin: d.grossMargin,
    ...d.provenance,
  };
  if (d.overspend) {
    const o = d.overspend;
    const over = o.rows.filter((r) => r.overspending);
    // "Yes"/"No" answer "are we overspending"; other routes here (incrementality) get the finding alone.
    const asked = /\bover ?spen|\btoo much\b|break ?even|saturat|diminishing/i.test(ctx.question ?? "");
    const head = over.length
      ? `${asked ? "Yes: " : ""}${joinList(over.map((r) => name(r.channel)))} ${over.length === 1 ? "is" : "are"} spending past break-even: the last dollar there returns less margin than it costs.`
      : `${asked ? "No: every" : "Every"} channel's last dollar still returns at least break-even.`;
    const lines = o.rows.map((r) => {
      const cut =
        r.cutToBreakEven !== null && r.cutToBreakEven > 0
          ? `; cutting about ${formatCurrency(r.cutToBreakEven, c)} brings its last dollar back to break-even`
          : "";
      return `- ${name(r.channel)}: ${formatCurrency(r.currentSpend, c)} over the last ${d.period.days} days; the last dollar returns ${formatCurrency(r.marginalRoas, c)} of revenue, ${formatCurrency(r.marginalProfitPerDollar, c)} of profit${r.overspending ? " (below break-even)" : ""}${cut}.`;
    });
    return {
      text: [
        head,
        ...lines,
        marginWords(d),
        "Marginal returns come from fitted response curves, so they are estimates.",
      ].join("\n"),
      data: {
        columns: [
          { key: "channel", label: "Channel" },
          { key: "currentSpend", label: "Spend (last 30 days)", unit: "currency" },
          { key: "marginalRoas", label: "Revenue per extra $", unit: "ratio" },
          { key: "marginalProfitPerDollar", label: "Profit per extra $", unit: "currency" },
          { key: "overspending", label: "Below break-even" },
          { key: "cutToBreakEven", label: "Cut to break-even", unit: "currency" },
        ],
        rows: o.rows.map((r) => ({ ...r, channel: name(r.channel) })),
      },
      provenance,
    };
  }
  if (d.channelProfit) {
    const p = d.channelProfit;
    // "whats our breakeven roas": the threshold itself first, then each channel against it; lead26:
    // "what margin do you assume" likewise (the margin and the break-even it sets).
    const breakEven = /\bbreak ?even\b|\bminimum roas\b|\broas do (?:we|i) need\b|\bmargins?\b/i.test(
      ctx.question ?? "",
    )
      ? [
          `Break-even ROAS is ${formatNumber(d.breakEvenRoas, 2)}x: at a ${formatNumber(d.grossMarginPercent, Number.isInteger(d.grossMarginPercent) ? 0 : 1)}% gross margin, a dollar of ad spend pays for itself once it brings ${formatCurrency(d.breakEvenRoas, c)} of revenue (one over the gross margin).`,
        ]
      : [];
    const model = String(d.provenance.attributionModel ?? "default").replace(/_/g, " ");
    const focus = profitFocusLine(d, ctx.question ?? "", c);
    const head = `Profit after ad spend by channel for ${formatPeriod(d.period)} (gross margin x revenue attributed by the ${model} model - spend): ${
      p.profitable.length
        ? `${joinList(p.profitable.map(name))} ${p.profitable.length === 1 ? "is" : "are"} profitable`
        : "no paid channel is profitable"
    }${p.unprofitable.length ? `; ${joinList(p.unprofitable.map(name))} ${p.unprofitable.length === 1 ? "is" : "are"} not` : ""}.`;
    const lines = p.rows.map(
      (r) =>
        `- ${name(r.channel)}: ${formatCurrency(r.profitAfterAdSpend, c)} (${formatCurrency(r.attributedRevenue, c)} attributed revenue, ${formatCurrency(r.spend, c)} spend${r.roas === null ? "" : `, ROAS ${formatNumber(r.roas, 2)}x`}).`,
    );
    return {
      text: [
        ...(focus ? [focus] : []),
        ...breakEven,
        head,
        ...lines,
        `All these channels together: ${formatCurrency(p.totals.profitAfterAdSpend, c)}.`,
        "Only channels with ad spend are listed: organic, direct, referral and email have no ad spend here, so all their gross margin is profit before other costs.",
        marginWords(d),
        "Attributed revenue is credit, not proof of causation; another attribution model can rank channels differently.",
      ].join("\n"),
      data: {
        columns: [
          { key: "channel", label: "Channel" },
          { key: "spend", label: "Spend", unit: "currency" },
          { key: "attributedRevenue", label: "Attributed revenue", unit: "currency" },
          { key: "profitAfterAdSpend", label: "Profit after ad spend", unit: "currency" },
          { key: "roas", label: "ROAS", unit: "ratio" },
          { key: "profitable", label: "Profitable" },
        ],
        rows: p.rows.map((r) => ({ ...r, channel: name(r.channel) })),
      },
      provenance,
    };
  }
  if (d.contributionByPeriod?.rows.length) return presentContributionSeries(d, c, marginWords(d), provenance);
  const m = d.contributionMargin!;
  const text = [
    `Contribution margin after ad spend for ${formatPeriod(d.period)}: ${formatCurrency(m.contributionAfterAdSpend, c)} (gross margin x revenue ${formatCurrency(m.revenue, c)} = ${formatCurrency(m.grossProfit, c)}, minus ad spend ${formatCurrency(m.adSpend, c)})${m.contributionMarginRate === null ? "" : `, ${formatNumber(m.contributionMarginRate * 100, 1)}% of revenue`}.`,
    m.mer === null ? "" : `MER (revenue / ad spend): ${formatNumber(m.mer, 2)}x.`,
    marginWords(d),
  ]
    .filter(Boolean)
    .join("\n");
  return {
    text,
    data: {
      columns: [
        { key: "revenue", label: "Revenue", unit: "currency" },
        { key: "grossProfit", label: "Gross profit", unit: "currency" },
        { key: "adSpend", label: "Ad spend", unit: "currency" },
        { key: "contributionAfterAdSpend", label: "Contribution after ad spend", unit: "currency" },
      ],
      rows: [m],
    },
    provenance,
  };
}
