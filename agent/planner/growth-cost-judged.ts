/**
 * fix12d: "are we paying for our growth", "is cac creeping up as we add customers", "are we
 * scaling acquisition efficiently": new customers and their cost over time, with a judgement
 * asked. The series alone left the judgement open; the frame carries a placeholder that finalize
 * replaces with the verdict read from the series (agent/present/growth-cost-verdict.ts). Asked with
 * neither measure named ("are we just buying growth"), both come by month.
 */
import { GROWTH_COST_NOTE } from "../present/growth-cost-verdict.ts";
import { monthlySeriesPeriod } from "./frame.ts";
import type { Frame } from "./types.ts";

/** Growth bought with spend, named as such. */
const BOUGHT =
  /\b(?:buy(?:ing)?|paying for|pay for|purchas(?:e|ing)|spending (?:our way )?(?:in)?to|renting) (?:our |the |this |all this |that )?(?:growth|customer growth|new customers)\b/;

/** A judgement of the cost of customers as their number moves. */
const JUDGED = new RegExp(
  `${BOUGHT.source}|\\b(?:(?:going|rising|climbing|creeping|moving|growing)(?: up)? (?:with|alongside|as)|keep(?:ing|s)? pace|at what cost|sustainabl[ey]|efficient(?:ly)?|(?:cost(?:ing)?|pay(?:ing)?) (?:us )?more (?:for|per) (?:each|every|a|new)|more expensive|pricier|outpac\\w+|worth it)\\b`,
);

const COST = ["cac", "cpa"];

/**
 * Whether the question judges new customers against their cost ("is cac climbing as we add more
 * new customers"): the growth verdict answers it by month, not a direction read from weeks.
 */
export function judgesGrowthCost(text: string, metrics: readonly string[]): boolean {
  return JUDGED.test(text) && metrics.includes("new_customers") && metrics.some((m) => COST.includes(m));
}

/**
 * The frame with the growth verdict's placeholder when the question judges new customers against
 * their cost over time; unchanged otherwise.
 * @example withGrowthCostVerdict(frame, "is cac creeping up as we add customers").note // GROWTH_COST_NOTE
 */
export function withGrowthCostVerdict(frame: Frame, text: string, today: string, dataEnd?: string): Frame {
  // "are we just buying growth" names no measure, so it reached the catalog search.
  const searched = frame.intent === "search" && BOUGHT.test(text);
  // "is cac creeping up as we add customers" read as a change vs the period before: a series instead.
  const compared = frame.intent === "compare";
  if (frame.intent !== "query" && frame.intent !== "trend" && !searched && !compared) return frame;
  if (!JUDGED.test(text) || frame.groups?.length) return frame;
  const both = frame.metrics.includes("new_customers") && frame.metrics.some((m) => COST.includes(m));
  const bare = searched || !frame.metrics.length || (BOUGHT.test(text) && !both);
  if (!both && !bare) return frame;
  const note = [GROWTH_COST_NOTE, frame.note].filter(Boolean).join(" ");
  if (both && frame.dimensions.includes("date") && !compared) return { ...frame, note };
  if (frame.dimensions.some((d) => d !== "date")) return frame;
  // Named with neither series, or not over time: both by month over the stated or default stretch.
  // A period of a month or less holds one point: the default stretch by month instead.
  const stated = frame.period.label && !/default/.test(frame.period.label) && frame.period.unit !== "month";
  const { searchText: _search, compare: _compare, ...rest } = frame;
  return {
    ...rest,
    intent: "trend",
    metrics: both ? frame.metrics : ["new_customers", "cac"],
    dimensions: ["date"],
    grain: "month",
    period: stated ? frame.period : monthlySeriesPeriod(today, dataEnd),
    order: undefined,
    limit: undefined,
    note,
  };
}
