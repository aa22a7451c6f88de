/**
 * A move of money between two channels (fix6d): what moving it changes in revenue and profit, the
 * two channels' return on their next dollar at current spend side by side, and a verdict that says
 * when both are below break-even (then cutting the source without moving the money does more for
 * profit). When the amount asked is more than the source spends, the answer says so first and
 * scores the nearest move, all of it. Every figure is a field of recommend_budget's result.
 */
import type { ProfitSection } from "../../core/budget/profit-section.ts";
import type { WhatIfReturn } from "../../core/budget/what-if-return.ts";
import type { ResolvedChange } from "../../tools/recommend-budget/execute.ts";
import type { ResolvedMove } from "../../tools/recommend-budget/move.ts";
import { formatCurrency, formatNumber, formatPeriod } from "./format.ts";
import type { Period } from "./types.ts";

/** What the move sentences are built from. */
export interface MoveInput {
  move: ResolvedMove;
  changes: readonly ResolvedChange[];
  whatIf: WhatIfReturn | null;
  profit: ProfitSection | null;
  period: Period & { days?: number };
  currency: string;
  name: (key: string) => string;
}

/**
 * The move's lines, in reading order.
 * @example moveLines(input)[0] // "Moving $360.88 (20% of Display's spend, ...) from Display to Paid Social ..."
 */
export function moveLines(input: MoveInput): string[] {
  const { move, whatIf: w, profit, currency: c, name } = input;
  const from = name(move.from);
  const to = name(move.to);
  const out: string[] = [];
  const sourceNow = input.changes.find((x) => x.member === move.from)?.currentSpend ?? move.amount;
  if (move.askedAmount !== null)
    out.push(
      `${from} spent only ${formatCurrency(sourceNow, c)} over the last ${input.period.days ?? "few"} days, less than the ${formatCurrency(move.askedAmount, c)} asked, so the nearest move is all of it: ${formatCurrency(move.amount, c)}.`,
    );
  const share =
    move.percentOfSource !== null
      ? ` (${formatNumber(move.percentOfSource, Number.isInteger(move.percentOfSource) ? 0 : 1)}% of ${from}'s spend, as no amount was given)`
      : "";
  const effect = w
    ? `: expected revenue changes by ${formatCurrency(w.revenueChange, c)}${w.profitChange === null ? "" : ` and gross profit by ${formatCurrency(w.profitChange, c)}`}`
    : "";
  out.push(
    `Moving ${formatCurrency(move.amount, c)}${share} from ${from} to ${to} for ${formatPeriod(input.period)}${effect}.`,
  );
  const a = profit?.channels.find((x) => x.channel === move.from);
  const b = profit?.channels.find((x) => x.channel === move.to);
  if (!profit || !a || !b) return out;
  const be = profit.breakEvenRoas;
  const pct = formatNumber(profit.grossMargin * 100, Number.isInteger(profit.grossMargin * 100) ? 0 : 1);
  const ra = a.marginalRevenuePerDollarNow;
  const rb = b.marginalRevenuePerDollarNow;
  out.push(
    `At current spend ${from}'s next dollar returns ${formatCurrency(ra, c)} of revenue and ${to}'s ${formatCurrency(rb, c)} (break-even is ${formatNumber(be, 2)}x at a ${pct}% gross margin).`,
  );
  // The verdict rests on the what-if itself (a whole block of the source moved can return more on
  // average than its last dollar), and on the receiver's next dollar: below break-even, every moved
  // dollar loses money there, so cutting the source without moving the money does more for profit.
  const belowB = profit.grossMargin * rb < 1;
  const gains = (w?.revenueChange ?? rb - ra) > 0;
  const cutInstead = `cutting ${from}'s dollars without moving them would raise profit more`;
  if (gains)
    out.push(
      belowB
        ? `The move raises revenue a little, but ${to}'s next dollar is below break-even too: ${cutInstead}.`
        : `Yes: the move raises revenue, and ${to}'s next dollar pays back at the margin.`,
    );
  else
    out.push(
      `No: the dollars ${from} gives up bring more revenue than ${to} would make of them, so the move lowers revenue${belowB ? `; ${to} is below break-even as well, so ${cutInstead}` : ""}.`,
    );
  return out;
}
