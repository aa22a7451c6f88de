/**
 * recommend_budget's answer: current vs recommended spend per member with the naive rule beside it,
 * what a what-if's changed dollars return, and the profit lines (marginal returns, break-even).
 */
import type { RecommendBudgetData } from "../../tools/recommend-budget/execute.ts";
import { bulletsAsked } from "../answer/answer-length.ts";
import { moveLines } from "../answer/budget-move.ts";
import { nothingPaysLines, spendsNothing } from "../answer/budget-nothing-pays.ts";
import { asksBudgetPick, budgetPickSentence } from "../answer/budget-pick.ts";
import {
  budgetProfitText,
  cutBelowLimitSentence,
  cutUnprovenSentence,
  marginSentence,
} from "../answer/budget-profit.ts";
import { budgetAnswer } from "../answer/index.ts";
import { answersMarginalReturn, marginalReturnText } from "./marginal-return.ts";
import { spec } from "./metric-spec.ts";
import type { Presentation, PresentContext } from "./types.ts";

/** Members the optimizer moved as far as their bounds allow (to a cent). */
function atLimit(r: RecommendBudgetData["report"]): string[] {
  return r.channels
    .filter(
      (c) =>
        c.status === "optimized" &&
        c.bounds !== null &&
        (Math.abs(c.recommendedSpend - c.bounds.min) < 0.01 ||
          (c.bounds.max !== null && Math.abs(c.recommendedSpend - c.bounds.max) < 0.01)),
    )
    .map((c) => c.channel);
}

/** recommend_budget: current vs recommended spend per member, with the naive rule beside it. */
export function presentBudget(d: RecommendBudgetData, ctx: PresentContext): Presentation {
  const r = d.report;
  // Campaign names come with the data; channel and platform labels from the organization's values.
  const name = (c: string) => d.labels[c] ?? ctx.valueLabels?.[d.level]?.[c] ?? c;
  const profitLines = r.profit
    ? budgetProfitText({
        profit: r.profit,
        grossMarginIsDefault: d.grossMarginIsDefault,
        grossMarginAssumed: d.grossMarginAssumed,
        currency: ctx.currency,
        name,
        whatIf: d.whatIf,
      })
    : [];
  const split = budgetAnswer({
    kind: "budget",
    totalBudget: r.recommendedTotal,
    rows: r.channels.map((c) => ({
      name: name(c.channel),
      current: c.currentSpend,
      recommended: c.recommendedSpend,
      expectedReturn: c.expectedRevenue,
    })),
    returnMetric: spec(
      "expectedRevenue",
      d.objective === "orders" ? "Orders" : "Revenue",
      d.objective === "orders" ? "count" : "currency",
    ),
    period: d.period,
    currency: ctx.currency,
    basis: budgetBasis(r.responseModel, d.objective === "orders" ? "orders" : "revenue"),
    ...(d.maxChangePercent === null
      ? {}
      : { limit: { maxChangePercent: d.maxChangePercent, atLimit: atLimit(r).map(name) } }),
  });
  // A what-if leads with what the changed dollars return; a split ends with the last-dollar returns.
  // When the profit optimum leaves most of the budget unspent ("split $50k" -> spend $75), that is
  // the answer, so it leads: a split of $75 read first would look like a misread amount.
  const unspent = r.profit?.unspentBudget;
  const mostlyUnspent = unspent != null && unspent.unspent > 0.5 * unspent.totalBudget;
  const lead = mostlyUnspent
    ? profitLines.filter((l) => l.startsWith("The most profitable plan spends"))
    : [];
  const moved = d.move
    ? moveLines({
        move: d.move,
        changes: d.changes,
        whatIf: d.whatIf,
        profit: r.profit ?? null,
        period: d.period,
        currency: ctx.currency,
        name,
      })
    : [];
  // fix8c: "marginal roas on X": the next dollar at current spend leads, not the +10% what-if.
  const marginal = answersMarginalReturn(d, ctx.question)
    ? [
        ...marginalReturnText(d, ctx.currency, name, ctx.question),
        ...(r.profit ? [marginSentence(r.profit, d.grossMarginIsDefault, d.grossMarginAssumed)] : []),
        budgetBasis(r.responseModel, "revenue"),
      ]
    : [];
  const answerText = marginal.length
    ? marginal.join("\n")
    : d.mode === "what_if" && moved.length
      ? [
          ...moved,
          ...(r.profit ? [marginSentence(r.profit, d.grossMarginIsDefault, d.grossMarginAssumed)] : []),
          split,
        ].join("\n")
      : d.mode === "what_if" && profitLines.length
        ? [...profitLines, split].join("\n")
        : r.profit && spendsNothing(r.profit)
          ? nothingPaysText(d, r.profit, ctx.currency, name)
          : [...lead, split, ...profitLines.filter((l) => !lead.includes(l))].join("\n");
  // fix21c: "which channel should get more investment": the channel named first; in one sentence
  // when one is asked for (answer/budget-pick.ts).
  const pick =
    r.profit && !d.move && ctx.question && asksBudgetPick(ctx.question)
      ? budgetPickSentence(r.profit, ctx.currency, name)
      : undefined;
  const text = !pick ? answerText : bulletsAsked(ctx.question!) === 1 ? pick : `${pick}\n${answerText}`;
  const profitOf = (c: string) => r.profit?.channels.find((p) => p.channel === c);
  const rows = r.channels.map((c) => ({
    [d.level]: name(c.channel),
    status: c.status,
    currentSpend: c.currentSpend,
    recommendedSpend: c.recommendedSpend,
    naiveSpend: r.naive.channels.find((n) => n.channel === c.channel)?.spend ?? null,
    expectedRevenueChange: c.revenueChange,
    marginalRoasBefore: c.marginalRoasBefore,
    marginalRoasAfter: c.marginalRoasAfter,
    marginalProfitAfter: profitOf(c.channel)?.marginalProfitPerDollar ?? null,
    expectedProfitChange: profitOf(c.channel)?.profitChange ?? null,
    reason: c.reason,
  }));
  return {
    text,
    data: {
      columns: [
        {
          key: d.level,
          label: d.level === "campaign" ? "Campaign" : d.level === "platform" ? "Platform" : "Channel",
        },
        { key: "currentSpend", label: "Current spend", unit: "currency" },
        { key: "recommendedSpend", label: "Recommended spend", unit: "currency" },
        { key: "naiveSpend", label: "Naive rule (avg ROAS split)", unit: "currency" },
        { key: "expectedRevenueChange", label: "Expected revenue change", unit: "currency" },
        { key: "marginalRoasBefore", label: "Marginal ROAS before", unit: "ratio" },
        { key: "marginalRoasAfter", label: "Marginal ROAS after", unit: "ratio" },
        ...(r.profit
          ? [
              { key: "marginalProfitAfter", label: "Profit per extra $ after", unit: "currency" as const },
              {
                key: "expectedProfitChange",
                label: "Expected gross profit change",
                unit: "currency" as const,
              },
            ]
          : []),
        { key: "reason", label: "Reason" },
      ],
      rows,
    },
    provenance: {
      tool: "recommend_budget",
      mode: d.mode,
      period: d.period,
      totals: r.totals,
      naive: { expectedRevenue: r.naive.expectedRevenue, recommendedAdvantage: r.naive.recommendedAdvantage },
      objective: d.objective,
      grossMargin: d.grossMargin,
      grossMarginIsDefault: d.grossMarginIsDefault,
      grossMarginAssumed: d.grossMarginAssumed,
      profit: r.profit,
      whatIf: d.whatIf,
      fits: r.fits,
      notes: r.notes,
      ...d.provenance,
    },
  };
}

/** fix6d: a profit plan that spends nothing leads with that, the least bad channels and the revenue split. */
function nothingPaysText(
  d: RecommendBudgetData,
  profit: NonNullable<RecommendBudgetData["report"]["profit"]>,
  currency: string,
  name: (key: string) => string,
): string {
  const input = {
    profit,
    grossMarginIsDefault: d.grossMarginIsDefault,
    grossMarginAssumed: d.grossMarginAssumed,
    currency,
    name,
    whatIf: null,
  };
  const why = [cutUnprovenSentence(input), cutBelowLimitSentence(input)].filter(
    (s): s is string => s !== null,
  );
  return [
    ...nothingPaysLines({ profit, period: d.period, currency, name }),
    ...why,
    budgetBasis(d.report.responseModel, "revenue"),
    marginSentence(profit, d.grossMarginIsDefault, d.grossMarginAssumed),
  ].join("\n");
}

/** Say which curves the split rests on: a marketer reads "revenue" as attributed unless told. */
function budgetBasis(
  m: RecommendBudgetData["report"]["responseModel"],
  outcome: "orders" | "revenue",
): string {
  if (m.method === "incremental")
    return `Basis: response curves of the ${outcome} each channel's spend causes (incremental model), not of the ${outcome} attributed to it.`;
  if (m.method === "attributed")
    return `Basis: response curves of attributed ${outcome}, because ${m.reason}.`;
  return "Basis: the response curves given in the request.";
}
