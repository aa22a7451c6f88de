/**
 * fix21c: "how much should we set aside for black friday this year to make what we made last
 * year", "what budget gets bf26 to bf25's sales": the spend that brought the revenue asked to be
 * matched, with its return, as the baseline for the budget. No response curve covers a season that
 * has not happened, so the planner answers from last time's spend, revenue, ROAS and MER, and a note
 * says how to read them (same return, about the same spend). Before, the split of a one-day budget
 * for the coming Black Friday was planned, whose answer was "spend nothing".
 */
import { addDays } from "../../semantic/query/dates.ts";
import { normalize } from "./normalize.ts";
import { withNotes } from "./pipeline/noted-plans.ts";
import type { Reading } from "./pipeline/types.ts";
import { HOLIDAYS } from "./time-holidays.ts";
import type { Plan } from "./types.ts";

/** A budget or spend amount asked: "how much", "what budget", "set aside", "need to spend". */
const ASKS_AMOUNT =
  /\b(?:how much|what (?:budget|spend|amount)|which budget|budget (?:do|should|would|will) we|set aside|earmark|need to (?:spend|invest|budget)|should we (?:spend|invest|budget)|(?:spend|budget|invest) (?:needed|required))\b/;
/** The same revenue (or sales, orders) as before: "the same revenue as", "match bf25 revenue". */
const SAME_RESULT =
  /\b(?:same|equal|similar|match|matching|repeat|replicate|hit|reach|beat|get back to)\b(?:\s+\w+){0,4}?\s+(?:revenue|sales|orders|results?|numbers|top ?line)\b|\b(?:revenue|sales|orders)\s+(?:as|like|match|matches|equals?|hits?|reach(?:es)?)\s+(?:last|a year|bf|black friday|holiday)/;
/** What is to be matched: last year, a year ago, or a season code of a past year ("bf25"). */
const PAST_REFERENCE =
  /\b(?:last (?:year|years|time)|a year ago|the year before|(bf|bfcm|holiday|black friday) ?'?(\d{2}))\b/;

/** The holiday the question names, the longest name first ("black friday", not "friday"). */
function holidayIn(text: string): string | undefined {
  const names = Object.keys(HOLIDAYS).sort((a, b) => b.length - a.length);
  return (
    names.find((n) => new RegExp(`\\b${n}\\b`).test(text)) ??
    (/\bbf\b/.test(text) ? "black friday" : undefined)
  );
}

/** The baseline question: what the matched period spent and brought, in the planner's own words. */
function baselineQuestion(r: Reading, text: string): string | undefined {
  const code = /\b(bf|bfcm|holiday|black friday) ?'?(\d{2})\b/g;
  const today = Number(r.p.today.slice(2, 4));
  const past = [...text.matchAll(code)].find((m) => Number(m[2]) < today);
  if (past) return `spend revenue roas and mer over ${past[1]}${past[2]}`;
  const holiday = holidayIn(text);
  if (holiday) return `spend revenue roas and mer during ${holiday} last year`;
  const period = r.p.time.period;
  if (!period) return undefined;
  const back = (d: string) => addDays(d, -364);
  return `spend revenue roas and mer from ${back(period.from)} to ${back(period.to)}`;
}

const NOTE =
  "There is no spend history for the coming season to fit a response curve to, so the budget is read from last time: at the same return (ROAS and MER below), the same revenue takes about the same spend; a lower return would need more.";

/** The baseline plan of a budget asked to match a past result, else undefined. */
export function revenueMatchBudgetPlan(r: Reading): Plan | undefined {
  const text = normalize(r.question);
  if (!ASKS_AMOUNT.test(text) || !SAME_RESULT.test(text) || !PAST_REFERENCE.test(text)) return undefined;
  const question = baselineQuestion(r, text);
  if (!question) return undefined;
  const plan = r.replan(question, { ...r.ctx, previous: undefined });
  return plan.kind === "tool_calls" ? withNotes(plan, [NOTE]) : undefined;
}
