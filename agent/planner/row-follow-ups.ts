/**
 * fix15b: follow-ups that ask something new of the rows the previous answer showed, which read
 * alone named nothing the planner could answer (declined as off topic, or answered as the same
 * table again):
 * - "which of those is below break-even", "any of them losing money?" after ROAS (or any paid
 *   figure) by channel, platform or campaign: the same rows with spend, attributed revenue and ROAS,
 *   and break-even ROAS at the organization's margin to hold each against (the verdict names
 *   those below it, present/rows-break-even-verdict.ts).
 * - "and if we doubled it instead", "ok what about halving it", "the opposite?" after a what-if on a
 *   channel, platform or campaign's spend: the same what-if with the new change (the response
 *   curves' expected return and profit, against break-even), not a refusal.
 */
import { ROWS_BREAK_EVEN_NOTE } from "../present/rows-break-even-verdict.ts";
import { assembleCalls } from "./assemble.ts";
import { toolPlan } from "./pipeline/assemble-stage.ts";
import type { Reading } from "./pipeline/types.ts";
import { profitabilityCall } from "./profitability-intent.ts";
import type { Frame, FrameBudgetChange, Plan } from "./types.ts";

/** Break-even asked of rows: "below break even", "losing money", "unprofitable", "in the red". */
const BREAK_EVEN_ROWS =
  /\bbreak ?even\b|\bbreakeven\b|\b(?:un ?profitable|not profitable|profitable|losing money|lose money|lost money|making money|make money|in the red|in the black|under ?water|pay(?:ing)? for (?:itself|themselves))\b/;
/** The rows shown, pointed at: "which of those", "any of them", "which ones", "what channels". */
const POINTS_AT_ROWS = /\b(?:which|what|any|anything|how many|those|these|them|they|ones|one|none|all)\b/;
/** Breakdowns whose rows have their own spend and attributed revenue. */
const PAID_ROWS = new Set(["channel", "platform", "campaign"]);
/** Intents whose previous rows are metric rows over one period. */
const ROW_INTENTS = new Set(["query", "rank"]);

/** "which of those is below break-even" after rows by channel, platform or campaign. */
function rowsBreakEven(r: Reading, prev: Frame): Plan | undefined {
  const p = r.p;
  if (!ROW_INTENTS.has(prev.intent) || !BREAK_EVEN_ROWS.test(p.text) || !POINTS_AT_ROWS.test(p.text))
    return undefined;
  const dims = prev.dimensions.filter((d) => d !== "date");
  if (dims.length !== 1 || !PAID_ROWS.has(dims[0]!) || prev.dimensions.includes("date")) return undefined;
  if (p.dims.dimensions.length || p.dims.filters.length || p.time.period) return undefined;
  const frame: Frame = {
    ...prev,
    intent: "query",
    metrics: ["spend", "attributed_revenue", "roas"],
    order: { field: "roas", direction: "asc" },
    limit: undefined,
    floors: undefined,
  };
  return {
    kind: "tool_calls",
    intent: "query",
    // Break-even first, the threshold the rows are held against; the rows are the table.
    calls: [profitabilityCall(frame, "break_even"), ...assembleCalls(frame)],
    frame,
    notes: [ROWS_BREAK_EVEN_NOTE],
  };
}

/** How a turn restates a what-if's change, as a percent of current spend, from the previous one. */
const NEW_CHANGE: readonly [RegExp, (prev: number) => number][] = [
  [/\b(?:quadrupl\w*|4x|x4|four times)\b/, () => 300],
  [/\b(?:tripl\w*|3x|x3|three times)\b/, () => 200],
  [/\b(?:doubl\w*|dbl|2x|x2|twice (?:as much|the (?:spend|budget|money)))\b/, () => 100],
  [/\b(?:halv\w*|half|in half|by 50 ?%)\b/, () => -50],
  [/\b(?:the )?(?:opposite|other way(?: round| around)?|reverse(?:d)?|flip(?:ped)? it)\b/, (prev) => -prev],
];
/** A what-if turn that says the new change with no channel of its own: "and if we ... instead". */
const RESTATES = /\b(?:what if|and if|if we|if i|instead|what about|how about|rather|then)\b/;

/** "and if we doubled it instead" after a what-if on one or more rows' spend: the new change. */
function otherWhatIf(r: Reading, prev: Frame): Plan | undefined {
  const p = r.p;
  const changes = prev.budget?.changes ?? [];

  if (prev.intent !== "budget" || !prev.budget || !changes.length || !RESTATES.test(p.text)) return undefined;
  if (p.budget.changes.length || p.dims.filters.length || p.dims.dimensions.length) return undefined;
  const found = NEW_CHANGE.find(([re]) => re.test(p.text));
  if (!found) return undefined;
  const next = changes.map((c): FrameBudgetChange => {
    const { changeAmount: _amount, receives: _receives, ...rest } = c;
    return { ...rest, changePercent: found[1](c.changePercent ?? 0) };
  });
  if (next.some((c) => !c.changePercent)) return undefined;
  return toolPlan({ ...prev, budget: { ...prev.budget, changes: next } });
}

/**
 * The plan for a turn asking something new of the previous answer's rows, else undefined.
 * @example rowFollowUp(reading("which of those is below break-even"))?.calls[0]?.name // "profitability"
 */
export function rowFollowUp(r: Reading): Plan | undefined {
  const previous = r.ctx.previous;
  if (previous?.kind !== "tool_calls") return undefined;
  const prev = previous.frame;
  return rowsBreakEven(r, prev) ?? otherWhatIf(r, prev);
}
