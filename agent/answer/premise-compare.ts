/**
 * fix13b: the premise of a yes-or-no on a direction ("orders dropped in august?", "were sales down
 * last month") answered with two periods' totals: a "no" leads when the figure moved the other way
 * ("No: orders did not fall, they rose (up 0.9% from 439 in the period before)."), a "yes" when it moved as asked, before
 * the lines of figures. And the premise of a bare "why?" is the question it follows.
 */
import type { ComparePeriodsData } from "../../tools/compare-periods/execute.ts";
import { WHY_TURN } from "../planner/follow-up-asks.ts";
import { formatChange } from "./format.ts";
import { presumedDirection } from "./premise.ts";
import type { MetricSpec } from "./types.ts";

/**
 * The question whose premise a turn carries: a bare "why?" carries the one before it.
 * @example premiseQuestion("why?", ["orders dropped in august?"]) // "orders dropped in august?"
 */
export function premiseQuestion(question: string, earlier: readonly string[]): string {
  const bare = question
    .toLowerCase()
    .replace(/[?.!]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const before = earlier.at(-1);
  return before && WHY_TURN.test(bare) ? before : question;
}

/**
 * The yes or no on the direction a question presumes, from the first total of a comparison; undefined
 * when the question presumes no direction or the totals cannot say.
 * @example comparisonPremise("did orders drop in august?", data, "USD", spec) // "No: orders did not fall, they rose (up 0.9% from 439 in the period before)."
 */
export function comparisonPremise(
  question: string,
  data: ComparePeriodsData,
  currency: string,
  specOf: (metric: string, label: string, unit: string) => MetricSpec,
): string | undefined {
  // A direction asked of members ("which campaigns dropped") is the ranking's, not a yes or no.
  if (data.rows.some((r) => Object.values(r).some((v) => typeof v === "string"))) return undefined;
  // "was it worse", "did it get better": which way is worse depends on the metric (unsubscribes,
  // CPA), so no yes or no is read from a valuation word.
  if (/\b(?:worse\w*|better|improve\w*|deteriorat\w*)\b/i.test(question)) return undefined;
  const first = data.totals[0];
  const presumed = presumedDirection(question);
  if (!first || !presumed || typeof first.current !== "number" || typeof first.previous !== "number")
    return undefined;
  if (first.previous === 0 && first.current === 0) return undefined;
  const change = formatChange(
    first.current,
    first.previous,
    specOf(first.metric, first.label, first.unit),
    currency,
  );
  const label = first.label.toLowerCase();
  if (change.startsWith("about the same"))
    return `No clear ${presumed === "down" ? "fall" : "rise"}: ${label} held ${change} in the period before.`;
  const actual = first.current > first.previous ? "up" : "down";
  const verb = (d: string) => (d === "down" ? "fell" : "rose");
  if (actual === presumed) return `Yes: ${label} ${verb(actual)} (${change} in the period before).`;
  return `No: ${label} did not ${presumed === "down" ? "fall" : "rise"}, ${label.endsWith("s") ? "they" : "it"} ${verb(actual)} (${change} in the period before).`;
}
