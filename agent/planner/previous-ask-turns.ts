/**
 * fix10a: turns that redo the previous ask with one part changed, answered from the previous plan:
 * - a correction ("not revenue, orders", "no, I meant last year's"): the previous ask with the
 *   corrected part swapped in (correction-turns.ts);
 * - a period added that lies before the data ("add last year's october too" when the data starts
 *   in November): the previous answer again, saying that period has no data, instead of a decline
 *   as off topic;
 * - a margin stated after a profitability answer ("what if margin is 45%?", "and at 40% gross
 *   margin"): the same answer recomputed at that margin (declined as off topic before).
 */
import { dayInWords } from "../../lib/months.ts";
import { statedMargin } from "./budget-margin.ts";
import { correctionFollowUp } from "./correction-turns.ts";
import { toolPlan } from "./pipeline/assemble-stage.ts";
import { withNotes } from "./pipeline/noted-plans.ts";
import type { Reading } from "./pipeline/types.ts";
import type { Plan } from "./types.ts";

/** "add", "include", "throw in", "also", "too", "as well", "plus", "alongside". */
const ADDS = /\b(?:add|adding|include|including|throw in|also|too|as well|plus|alongside|next to it)\b/;

/** The previous plan with a note that the period the turn adds is before the data, or undefined. */
function addedBeforeData(r: Reading, previous: Plan): Plan | undefined {
  const period = r.p.time.period;
  const start = r.ctx.dataStart;
  if (!period || !start || period.to >= start || !ADDS.test(r.p.text)) return undefined;
  if (r.p.metrics.length || r.p.dims.dimensions.length || r.p.dims.filters.length) return undefined;
  const note =
    `Your data starts ${dayInWords(start)}, so ${dayInWords(period.from)} to ${dayInWords(period.to)} has nothing to add ` +
    "(it is before the first day of data); here is the answer before again.";
  return withNotes(previous, [note]);
}

/** The previous profitability answer at the margin the turn states, or undefined. */
function atStatedMargin(r: Reading, previous: Plan & { kind: "tool_calls" }): Plan | undefined {
  const margin = statedMargin(r.p.text);
  const prev = previous.frame;
  if (margin === undefined || prev.intent !== "profitability") return undefined;
  if (r.p.time.period || r.p.dims.dimensions.length || r.p.dims.filters.length) return undefined;
  return toolPlan({ ...prev, profitMargin: margin });
}

/**
 * fix19c: "after ad spend only, ignore other costs", "just ads, no other expenses": a profit answer
 * already takes out ad spend and nothing else, so the turn confirms the scope of the answer before.
 */
const ONLY_AD_COSTS =
  /\b(?:(?:after|net of|minus|less|deducting|subtracting) (?:the |our )?(?:ad ?spend|ads|ad costs?|advertising|media)(?: spend| costs?)? only|only (?:the |our )?(?:ad ?spend|ads|ad costs?|advertising|media)(?: spend| costs?)?|just (?:the |our )?(?:ad ?spend|ads|ad costs?|advertising)|ignor(?:e|ing) (?:all |the |any )?(?:other|rest of the|overhead) (?:costs?|expenses?)|(?:no|without|exclud(?:e|ing)|leave out|leaving out|forget|skip|not counting) (?:the |all |any |our )?other (?:costs?|expenses?|overheads?))\b/;

/** Analyses whose profit is gross margin x revenue minus ad spend and no other cost. */
const AFTER_AD_SPEND = new Set(["contribution_margin", "channel_profit"]);

/** The previous profit answer again, saying it takes out ad spend only, or undefined. */
function onlyAdCosts(r: Reading, previous: Plan & { kind: "tool_calls" }): Plan | undefined {
  const prev = previous.frame;
  if (prev.intent !== "profitability" || !AFTER_AD_SPEND.has(prev.profitability ?? "")) return undefined;
  if (!ONLY_AD_COSTS.test(r.p.text) || r.p.time.period || r.p.dims.dimensions.length) return undefined;
  if (r.p.dims.filters.length || r.p.metrics.some((m) => m !== "spend")) return undefined;
  const note =
    "Yes: this is after ad spend only (gross margin x revenue minus ad spend); no other costs, such as shipping, fees or salaries, are taken out.";
  return withNotes(toolPlan(prev), [note]);
}

/** The plan for a turn that redoes the previous ask with a part changed, or undefined. */
export function previousAskTurn(r: Reading): Plan | undefined {
  const previous = r.ctx.previous;
  if (previous?.kind !== "tool_calls") return undefined;
  const added = addedBeforeData(r, previous) ?? atStatedMargin(r, previous) ?? onlyAdCosts(r, previous);
  if (added) return added;
  const text = correctionFollowUp(r.question);
  const plan = text ? r.replan(text, r.ctx) : undefined;
  return plan?.kind === "tool_calls" ? plan : undefined;
}
