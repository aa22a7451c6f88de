/**
 * fix14f: "if we add $100/day to paid search does it pay back", "an extra 50 bucks a day on
 * affiliate": an amount per day is a daily rate, not the budget. Read as a one-off total it split
 * $100 across every channel (a different question). The per-day words are blanked (same length, so
 * the lexicon's spans still line up), the amount is read as usual, and the frame multiplies it by
 * the days of the budget period; the answer says so. fix15f: an amount per week likewise, times the
 * period's days / 7 (read as a one-off it was a week's money spread over a month).
 */
import { daysBetween } from "../../semantic/query/dates.ts";
import type { BudgetRequest } from "./budget.ts";
import type { Frame } from "./types.ts";

const AMOUNT = String.raw`(?:[$€£]\s?\d+(?:\.\d+)?\s*(?:k|thousand|grand)?|\d+(?:\.\d+)?\s*(?:k|thousand|grand)?\s*(?:dollars?|usd|bucks|eur|euros?|pounds?|gbp)\b|\d+(?:\.\d+)?\s*k\b)`;
const PER_DAY = new RegExp(
  String.raw`(${AMOUNT}(?:\s+(?:more|extra|less|additional))?)(\s*(?:/\s*(?:day|d)\b|(?:a|per|each|every) day\b|daily\b))`,
);

// fix15f: "$1k/week", "500 a week", "2 grand weekly": a weekly rate, made the period's by its days / 7.
const PER_WEEK = new RegExp(
  String.raw`(${AMOUNT}(?:\s+(?:more|extra|less|additional))?)(\s*(?:/\s*(?:week|wk|w)\b|(?:a|per|each|every) (?:week|wk)\b|weekly\b))`,
);

/**
 * The text with the per-week words after an amount blanked, and whether there were any.
 * @example perWeekText("move $1k/week to search") // { text: "move $1k      to search", perWeek: true }
 */
export function perWeekText(text: string): { text: string; perWeek: boolean } {
  const m = PER_WEEK.exec(text);
  if (!m) return { text, perWeek: false };
  const start = m.index + m[1]!.length;
  return {
    text: text.slice(0, start) + " ".repeat(m[2]!.length) + text.slice(start + m[2]!.length),
    perWeek: true,
  };
}

/**
 * The text with the per-day words after an amount blanked, and whether there were any.
 * @example perDayText("add $100/day to paid search") // { text: "add $100     to paid search", perDay: true }
 */
export function perDayText(text: string): { text: string; perDay: boolean } {
  const m = PER_DAY.exec(text);
  if (!m) return { text, perDay: false };
  const start = m.index + m[1]!.length;
  return {
    text: text.slice(0, start) + " ".repeat(m[2]!.length) + text.slice(start + m[2]!.length),
    perDay: true,
  };
}

type FrameBudget = NonNullable<Frame["budget"]>;

/**
 * The budget with a per-day amount made the period's: each amount times the period's days.
 * @example perDayBudget({ perDay: true, changes: [{ dimension: "channel", value: "paid_search", changeAmount: 100 }], ... }, { from: "2026-11-01", to: "2026-11-30" }).changes[0].changeAmount // 3000
 */
export function perDayBudget(b: BudgetRequest, period: { from: string; to: string }): FrameBudget {
  const { perDay, perWeek, ...rest } = b;
  if (!perDay && !perWeek) return rest;
  const days = daysBetween(period.from, period.to) + 1;
  // A weekly amount counts the period's days in weeks, to the cent ($1,000 a week over 30 days: $4,285.71).
  const factor = perDay ? days : days / 7;
  const times = (x: number | undefined) => (x === undefined ? undefined : Math.round(x * factor * 100) / 100);
  return {
    ...rest,
    totalBudget: times(rest.totalBudget),
    extraBudget: times(rest.extraBudget),
    changes: rest.changes.map((c) =>
      c.changeAmount === undefined ? c : { ...c, changeAmount: times(c.changeAmount) },
    ),
    ...(perDay ? { perDayDays: days } : { perWeekDays: days }),
  };
}

/** The sentence that says a weekly amount was read over the period's days. */
export function perWeekNote(days: number): string {
  return `You gave the amount per week, so I read it over the ${days} days of the period planned, a week's amount for every 7 days.`;
}

/** The sentence that says a daily amount was read over the period's days. */
export function perDayNote(days: number): string {
  return `You gave the amount per day, so I read it over the ${days} days of the period planned.`;
}
