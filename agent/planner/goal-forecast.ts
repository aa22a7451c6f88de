/**
 * fix19d: "will we hit $1M in revenue by the end of the year", "on track to reach 1.2m sales for
 * 2026?", "can we make 900k by year end": a goal set against a period reaching past the data. Read
 * here: the goal's amount after a verb of reaching it. The projection (forecast-estimate.ts) sets the
 * straight line and the season beside the goal (project_run_rate's `goal`), so the answer is a yes /
 * no with the gap, never a decline or the year to date alone.
 */
import type { Plan } from "./types.ts";

/** A goal asked about as an outcome ("will we", "can we", "on track to", "are we going to"). */
const GOAL_ASK =
  /\b(?:will|can|could|would|do|does|are|is|gonna|going to|on (?:track|pace|course)|likely|able|chance|possible|realistic|shot at)\b/;

/** The plan's projection with the goal set beside it. */
export function withGoal(plan: Plan, goal: number | undefined): Plan {
  if (goal === undefined || plan.kind !== "tool_calls") return plan;
  return {
    ...plan,
    calls: plan.calls.map((c) => (c.name === "project_run_rate" ? { ...c, args: { ...c.args, goal } } : c)),
  };
}

const VERB =
  "(?:hit|hitting|hits|reach|reaching|make|making|get to|getting to|gets to|cross|crossing|pass|passing|break|breaking|top|topping|clear|clearing|exceed|exceeding|surpass|surpassing|crack|cracking|beat|beating|end (?:the year )?(?:above|over)|finish (?:the year )?(?:above|over)|come in (?:above|over)|do|doing|get|getting|land)";
const UNIT: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  grand: 1e3,
  m: 1e6,
  mm: 1e6,
  mil: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};
const AMOUNT = String.raw`(\$ ?)?(\d+(?:,\d{3})*(?:\.\d+)?|a|one|half a|a half) ?(k|thousand|grand|mm|mil|mn|million|m|bn|billion|b)?(?![\w%])`;
const GOAL = new RegExp(String.raw`\b${VERB} (?:(?:the|our|a|that|its|an) )?${AMOUNT}`);

/**
 * The goal's amount, or undefined when none is said (a bare count "hit 2 orders" is not a goal: an
 * amount needs a currency sign, a unit or four digits).
 * @example readGoalAmount("will we hit $1m in revenue by the end of the year") // 1000000
 * @example readGoalAmount("can we make 900k revenue by year end") // 900000
 * @example readGoalAmount("are we going to reach a million in sales") // 1000000
 */
export function readGoalAmount(text: string): number | undefined {
  const m = GOAL.exec(text);
  if (!m) return undefined;
  const [, dollar, num, unit] = m;
  const words: Readonly<Record<string, number>> = { a: 1, one: 1, "half a": 0.5, "a half": 0.5 };
  const base = words[num!] ?? Number(num!.replace(/,/g, ""));
  if (num! in words && !unit) return undefined;
  const value = base * (unit ? UNIT[unit]! : 1);
  if (!Number.isFinite(value) || value <= 0) return undefined;
  if (!dollar && !unit && value < 1000) return undefined;
  return value;
}

/**
 * The goal's amount when the question asks whether it will be reached.
 * @example goalOf("will we hit $1m in revenue by the end of the year") // 1000000
 */
export function goalOf(text: string): number | undefined {
  return GOAL_ASK.test(text) ? readGoalAmount(text) : undefined;
}

/**
 * A goal "by" a month ("a million by dec 31", "by end of december") is the total from the start of
 * that month's year to its end, not the month alone.
 * @example goalSpan("will we get to a million by dec 31", { from: "2026-12-01", to: "2026-12-31", label: "december" }) // { from: "2026-01-01", to: "2026-12-31", label: "december" }
 */
export function goalSpan<T extends { from: string; to: string; label: string }>(text: string, target: T): T {
  if (!/\bby (?:the )?(?:end of |close of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(text))
    return target;
  return { ...target, from: `${target.from.slice(0, 4)}-01-01` };
}
