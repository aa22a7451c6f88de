/**
 * The profit sentences of a budget answer (issue #12 item 4): the gross margin used (and that it
 * is the default when it is), break-even, each channel's return on its last dollar (revenue and
 * profit per extra dollar), spend the plan keeps below break-even and why, the part of a fixed
 * budget the profit optimum leaves unspent and what it would return, and for a what-if what the
 * extra or removed dollars return. Every figure is a field of recommend_budget's result.
 */
import type { ProfitSection } from "../../core/budget/profit-section.ts";
import type { WhatIfReturn } from "../../core/budget/what-if-return.ts";
import { formatCurrency, formatNumber, joinList } from "./format.ts";

/** What the profit sentences are built from. */
export interface BudgetProfitInput {
  profit: ProfitSection;
  grossMarginIsDefault: boolean;
  /** The margin was stated in the question ("assume 45% margin"), for this answer only. */
  grossMarginAssumed?: boolean | undefined;
  currency: string;
  /** Display name of a channel key. */
  name: (key: string) => string;
  whatIf: WhatIfReturn | null;
  /** Percent change of each changed member, as asked (for "+20%"), by key. */
  askedPercent?: Record<string, number>;
}

const perDollar = (x: number, currency: string) => formatCurrency(x, currency);
const ratio = (x: number) => `${formatNumber(x, 2)}x`;

/** "Gross margin 50% (the default; set your own with PATCH /api/v1/organization): break-even ..." */
export function marginSentence(p: ProfitSection, isDefault: boolean, assumed = false): string {
  const pct = formatNumber(p.grossMargin * 100, Number.isInteger(p.grossMargin * 100) ? 0 : 1);
  const source = assumed
    ? "as you stated, for this answer only; your organization's setting is unchanged"
    : isDefault
      ? "the default, as your organization has not set its own (PATCH /api/v1/organization)"
      : "your organization's setting";
  return `Gross margin ${pct}% (${source}): a dollar of spend breaks even when it brings ${ratio(p.breakEvenRoas)} of revenue.`;
}

/** One line per channel: the return on its last recommended dollar. */
export function lastDollarLines(input: BudgetProfitInput): string[] {
  const { profit, currency, name } = input;
  return profit.channels.map((c) => {
    // A channel the plan leaves at zero is not "below break-even" (no dollar is spent there), but
    // its first dollar already loses money: say that, not "at or above".
    const verdict = c.belowBreakEven
      ? "below break-even"
      : c.marginalProfitPerDollar < -0.001
        ? "below break-even from the first dollar, so the plan spends nothing there"
        : "at or above break-even";
    return `- ${name(c.channel)}: the last dollar returns ${perDollar(c.marginalRevenuePerDollar, currency)} of revenue, ${perDollar(c.marginalProfitPerDollar, currency)} of profit (${verdict}).`;
  });
}

/** Say in words which recommended dollars are below break-even, how many, and why they are still there. */
export function belowBreakEvenSentence(input: BudgetProfitInput): string | null {
  const { profit, currency, name } = input;
  const below = profit.channels.filter((c) => c.belowBreakEven && c.belowBreakEvenCause !== "what_if");
  if (below.length === 0) return null;
  const byCause = (cause: string) =>
    below.filter((c) => c.belowBreakEvenCause === cause).map((c) => name(c.channel));
  const parts: string[] = [];
  const revenue = byCause("revenue_objective");
  const bound = byCause("lower_bound");
  const locked = byCause("locked");
  if (revenue.length)
    parts.push(
      `you asked for the most revenue, so ${joinList(revenue)} ${revenue.length === 1 ? "gets" : "get"} dollars that bring less revenue than they cost in margin`,
    );
  if (bound.length)
    parts.push(
      `${joinList(bound)} ${bound.length === 1 ? "is" : "are"} held at the lowest spend the per-channel limit allows (ask to move money more freely to cut further)`,
    );
  if (locked.length)
    parts.push(`${joinList(locked)} ${locked.length === 1 ? "is" : "are"} locked as you asked`);
  return `Warning: ${formatCurrency(profit.totals.spendBelowBreakEven, currency)} of this plan is spent below break-even and loses money: ${parts.join("; ")}.`;
}

/** Channels the profit plan cuts past the usual per-channel limit, and why. */
export function cutBelowLimitSentence(input: BudgetProfitInput): string | null {
  const cuts = input.profit.cutBelowLimit ?? [];
  if (cuts.length === 0) return null;
  const c = input.currency;
  const each = cuts.map(
    (x) =>
      `${input.name(x.channel)} to ${formatCurrency(x.spend, c)} (the limit would keep ${formatCurrency(x.limit, c)})`,
  );
  return (
    `Cut past the usual limit on a change: ${joinList(each)}. ` +
    `On ${cuts.length === 1 ? "its" : "their"} fitted curve${cuts.length === 1 ? "" : "s"} the dollars above the plan return less than break-even, so keeping them would lose money; ` +
    "the limit guards against moving money to spend levels the history has not seen, not against cutting losses."
  );
}

/** Channels the profit plan cuts to nothing because no spend level their history covers pays. */
export function cutUnprovenSentence(input: BudgetProfitInput): string | null {
  const cuts = input.profit.cutUnproven ?? [];
  if (cuts.length === 0) return null;
  const c = input.currency;
  const each = cuts.map(
    (x) =>
      `${input.name(x.channel)} (at ${formatCurrency(x.lowestObservedSpend, c)}, the lowest spend its history covers, each dollar returned ${perDollar(x.revenuePerDollar, c)} of revenue on average)`,
  );
  return (
    `Cut to nothing: ${joinList(each)}. ` +
    `No spend level the history covers pays for itself at the gross margin, and the fitted curve's steeper start below that spend is the model's assumption, not something the data show, so the plan spends nothing there.`
  );
}

/** With the profit objective and a budget it does not use up: spend less, and what the rest would do. */
export function unspentSentence(input: BudgetProfitInput): string | null {
  const u = input.profit.unspentBudget;
  if (!u) return null;
  const c = input.currency;
  return (
    `The most profitable plan spends ${formatCurrency(u.profitOptimalSpend, c)} of the ${formatCurrency(u.totalBudget, c)} budget and leaves ${formatCurrency(u.unspent, c)} unspent: ` +
    `spent the revenue-maximising way, ${u.restSpend < u.unspent - 0.005 ? `the ${formatCurrency(u.restSpend, c)} of it the per-channel limits can place` : `those ${formatCurrency(u.unspent, c)}`} would bring ${formatCurrency(u.restRevenue, c)} of revenue ` +
    `(${perDollar(u.restRevenuePerDollar, c)} per dollar, below break-even), changing gross profit by ${formatCurrency(u.restProfit, c)}. ` +
    "Ask to maximize revenue to see that full split."
  );
}

/** For a what-if: what the extra (or removed) dollars return. */
export function whatIfSentences(input: BudgetProfitInput): string[] {
  const w = input.whatIf;
  if (!w || w.members.length === 0) return [];
  const c = input.currency;
  const names = joinList(w.members.map(input.name));
  const adding = w.spendChange > 0;
  const moved = formatCurrency(Math.abs(w.spendChange), c);
  const out: string[] = [];
  if (w.spendChange === 0) {
    out.push(
      `Moving money between ${names} keeps total spend the same and changes expected revenue by ${formatCurrency(w.revenueChange, c)}${w.profitChange === null ? "" : ` and gross profit by ${formatCurrency(w.profitChange, c)}`}.`,
    );
  } else {
    const interval = w.revenueChangeInterval
      ? ` (95% interval ${formatCurrency(w.revenueChangeInterval.lower, c)} to ${formatCurrency(w.revenueChangeInterval.upper, c)})`
      : "";
    const per =
      w.revenuePerDollar === null ? "" : `, ${perDollar(Math.abs(w.revenuePerDollar), c)} per dollar`;
    out.push(
      adding
        ? `The extra ${moved} on ${names} would bring an expected ${formatCurrency(w.revenueChange, c)} of revenue${per}${interval}.`
        : `Cutting ${moved} from ${names} would lose an expected ${formatCurrency(Math.abs(w.revenueChange), c)} of revenue${per}${interval}.`,
    );
    if (w.profitChange !== null) {
      const pInterval = w.profitChangeInterval
        ? ` (95% interval ${formatCurrency(w.profitChangeInterval.lower, c)} to ${formatCurrency(w.profitChangeInterval.upper, c)})`
        : "";
      const verdict = adding
        ? w.addedDollarsLoseMoney
          ? "the added dollars lose money: they bring less margin than they cost"
          : "the added dollars pay for themselves"
        : w.cutRaisesProfit
          ? "the cut dollars were losing money, so cutting them raises profit"
          : "the cut dollars were earning more margin than they cost, so cutting them lowers profit";
      out.push(
        `Gross profit would change by ${formatCurrency(w.profitChange, c)}${pInterval} at the gross margin: ${verdict}.`,
      );
    }
  }
  for (const l of w.lastDollar) {
    if (l.marginalRevenuePerDollar === null) continue;
    // Paused, a member has no last dollar: the curve's slope at zero is what its first dollar back would return.
    const paused = l.spend === 0;
    const lead = paused
      ? `With nothing spent, ${input.name(l.member)}'s first dollar back would return`
      : `At the new spend, ${input.name(l.member)}'s last dollar would return`;
    const p = l.marginalProfitPerDollar;
    const verdict =
      p === null
        ? ""
        : p < 0
          ? "below break-even"
          : paused
            ? "at or above break-even, so a smaller budget there would still pay"
            : "at or above break-even";
    out.push(
      `${lead} ${perDollar(l.marginalRevenuePerDollar, c)} of revenue` +
        (p === null ? "." : `, ${perDollar(p, c)} of profit (${verdict}).`),
    );
  }
  return out;
}

/**
 * All profit sentences of a budget answer, in reading order.
 * @example budgetProfitText({ profit, grossMarginIsDefault: true, currency: "USD", name: (k) => k, whatIf: null });
 */
export function budgetProfitText(input: BudgetProfitInput): string[] {
  if (input.whatIf)
    return [
      ...whatIfSentences(input),
      marginSentence(input.profit, input.grossMarginIsDefault, input.grossMarginAssumed),
    ];
  return [
    ...[unspentSentence(input), cutBelowLimitSentence(input), cutUnprovenSentence(input)].filter(
      (s): s is string => s !== null,
    ),
    "Return on the last recommended dollar:",
    ...lastDollarLines(input),
    ...[belowBreakEvenSentence(input)].filter((s): s is string => s !== null),
    marginSentence(input.profit, input.grossMarginIsDefault, input.grossMarginAssumed),
  ];
}
