/**
 * Pacing asked of a period that has not started ("are we on pace for december", "pacing for q1"):
 * there is no spend in it to set against its budget, so the answer is a projection, said to be
 * one: the latest complete month's pace (its spend over its budget) carried over to the budget the
 * period will have (each live campaign's current daily budget over its days; see pacing.ts). The
 * pace, not the spend per day: a month with holdout weeks had less budget, and its spend per day
 * would understate a month without them. With no budget to pace against, the spend per day is
 * carried over the period's days instead. Pure.
 */
import { daysBetween, type PacingResult } from "./pacing.ts";

/** A projection of a period's spend against its budget. */
export interface PacingProjection {
  /** The period projected. */
  from: string;
  to: string;
  days: number;
  /** The month whose pace is carried over: its spend, budget (null when unknown) and pace. */
  basis: {
    from: string;
    to: string;
    days: number;
    spend: number;
    budget: number | null;
    pacing: number | null;
  };
  /** basis.spend / basis.days. */
  dailyRunRate: number;
  /** "pace": basis.pacing x budget; "run_rate": dailyRunRate x days (no budget to pace against). */
  method: "pace" | "run_rate";
  projectedSpend: number;
  /** The period's budget; null when a campaign's budget in it is unknown. */
  budget: number | null;
  /** budget / days. */
  budgetPerDay: number | null;
  /** projectedSpend / budget; null without a budget (or a zero one). */
  projectedPacing: number | null;
  /** projectedSpend - budget: over (positive) or under (negative) the budget; null without one. */
  projectedGap: number | null;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The projection of `period` from the basis month's pacing and the period's budget (a pacing run
 * over the period with no spend: its campaigns' budgets only).
 * @example
 * projectPacing({ from: "2026-12-01", to: "2026-12-31" }, octoberPacing, decemberBudgets)
 * // { days: 31, method: "pace", basis: { pacing: 0.868, ... }, budget: 11625, projectedSpend: 10091.2, ... }
 */
export function projectPacing(
  period: { from: string; to: string },
  basis: PacingResult,
  budgets: PacingResult,
): PacingProjection {
  const days = daysBetween(period.from, period.to).length;
  const basisDays = daysBetween(basis.from, basis.to).length;
  const basisSpend = round2(basis.campaigns.reduce((s, c) => s + c.spend, 0));
  const totalBudget = (r: PacingResult) =>
    r.campaigns.some((c) => c.budget === null)
      ? null
      : round2(r.campaigns.reduce((s, c) => s + (c.budget ?? 0), 0));
  const basisBudget = totalBudget(basis);
  const basisPacing = basisBudget ? basisSpend / basisBudget : null;
  const dailyRunRate = basisDays ? round2(basisSpend / basisDays) : 0;
  const budget = totalBudget(budgets);
  const byPace = basisPacing !== null && budget !== null;
  const projectedSpend = byPace
    ? round2(basisPacing * budget)
    : basisDays
      ? round2((basisSpend / basisDays) * days)
      : 0;
  return {
    from: period.from,
    to: period.to,
    days,
    basis: {
      from: basis.from,
      to: basis.to,
      days: basisDays,
      spend: basisSpend,
      budget: basisBudget,
      pacing: basisPacing,
    },
    dailyRunRate,
    method: byPace ? "pace" : "run_rate",
    projectedSpend,
    budget,
    budgetPerDay: budget === null || !days ? null : round2(budget / days),
    projectedPacing: budget ? projectedSpend / budget : null,
    projectedGap: budget === null ? null : round2(projectedSpend - budget),
  };
}
