/**
 * The break-even answer (fix8c): "what CPA can we afford", "what ROAS do we have to clear". Leads
 * with the threshold the question named (CPA when it names a cost per order or customer, ROAS
 * otherwise), states the margin it rests on, and sets the period's figures against each
 * threshold. Blended CPA counts organic orders, so it can look fine while paid ROAS is below
 * break-even; the paid CPA beside it says what paid ROAS says. Every figure is a tool field.
 */
import type { ProfitabilityData } from "../../tools/profitability/execute.ts";
import { formatCurrency, formatNumber, formatPeriod } from "../answer/format.ts";
import type { Presentation, PresentContext } from "./types.ts";

/** Words that make the question one about the cost of an order or a customer. */
const ASKS_CPA =
  /\b(?:cpa|cac|cpo|cost per (?:acquisition|order|purchase|sale|conversion|customer)|acquisition cost|cost to acquire|pay (?:for|per) (?:an? )?(?:order|customer|sale|conversion))\b/i;

const x = (v: number) => `${formatNumber(v, 2)}x`;

/** Present the break_even analysis. */
export function presentBreakEven(d: ProfitabilityData, ctx: PresentContext): Presentation {
  const b = d.breakEven!;
  const c = ctx.currency;
  const pct = formatNumber(d.grossMarginPercent, Number.isInteger(d.grossMarginPercent) ? 0 : 1);
  const period = formatPeriod(d.period);
  const margin = `Gross margin ${pct}% (${d.grossMarginAssumed ? "the margin you gave, for this answer only" : d.grossMarginIsDefault ? "the default, as your organization has not set its own (PATCH /api/v1/organization)" : "your organization's setting"}).`;
  const roasLine = `Break-even ROAS is ${x(b.breakEvenRoas)} (one over the ${pct}% gross margin): a dollar of ad spend pays for itself once it brings ${formatCurrency(b.breakEvenRoas, c)} of revenue.${
    b.roas === null
      ? ` There was no ad spend in ${period} to set against it.`
      : ` Paid ROAS for ${period} was ${x(b.roas)}, ${b.roasClearsBreakEven ? "at or above" : "below"} it${b.mer === null ? "" : ` (MER, all tracked revenue over ad spend, was ${x(b.mer)}; it counts organic and direct orders too, so it is not the figure to hold against break-even)`}.`
  }`;
  const cpaLine =
    b.breakEvenCpa === null || b.averageOrderValue === null
      ? `Break-even CPA needs an average order value, and ${period} had no orders.`
      : `Break-even CPA is ${formatCurrency(b.breakEvenCpa, c)} (average order value ${formatCurrency(b.averageOrderValue, c)} x ${pct}% gross margin): an order pays for the ad spend that won it while that spend stays below this.${
          b.cpa === null
            ? ""
            : ` CPA for ${period} was ${formatCurrency(b.cpa, c)} (ad spend over every tracked order, organic included), ${b.cpaWithinBreakEven ? "under" : "over"} it${
                b.paidCpa === null
                  ? "."
                  : `; counting only the orders credited to paid channels it was about ${formatCurrency(b.paidCpa, c)}, ${b.paidCpaWithinBreakEven ? "under" : "over"} it.`
              }`
        }`;
  const leadCpa = ASKS_CPA.test(ctx.question ?? "");
  return {
    text: [...(leadCpa ? [cpaLine, roasLine] : [roasLine, cpaLine]), margin].join("\n"),
    data: {
      columns: [
        { key: "breakEvenRoas", label: "Break-even ROAS", unit: "ratio" },
        { key: "roas", label: "Paid ROAS", unit: "ratio" },
        { key: "mer", label: "MER", unit: "ratio" },
        { key: "averageOrderValue", label: "Average order value", unit: "currency" },
        { key: "breakEvenCpa", label: "Break-even CPA", unit: "currency" },
        { key: "cpa", label: "CPA (all orders)", unit: "currency" },
        { key: "paidCpa", label: "CPA (paid-credited orders)", unit: "currency" },
      ],
      rows: [{ ...b }],
    },
    provenance: { tool: "profitability", analysis: d.analysis, grossMargin: d.grossMargin, ...d.provenance },
  };
}
