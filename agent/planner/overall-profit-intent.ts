/**
 * left16a: profit asked of the business or of one channel, with no channel words the
 * profitability phrasings know ("are we profitable", "is the business making money", "is paid
 * search profitable if our margin is really 40%"). Read as words these were catalog searches for
 * "profitable". The business as a whole gets the contribution after ad spend at the gross margin
 * and the paid ROAS against break-even, with a sentence on the costs the data lacks; a named
 * channel or platform gets each paid channel's profit at the margin (the answer leads with the one
 * named: agent/present/profit-focus.ts). A margin stated in the question is used for the answer.
 */

import type { Catalog } from "../../semantic/catalog/types.ts";
import { frameFor } from "./frame.ts";
import type { ParsedQuestion } from "./parse.ts";
import { profitabilityCall, profitabilityFrame } from "./profitability-intent.ts";
import type { Frame, Plan } from "./types.ts";

/** Being profitable, as a marketer says it. */
const PROFIT_STATE = String.raw`(?:profitable|unprofitable|making (?:us )?(?:any )?money|losing (?:us )?money|in the black|in the red|turning a profit|making a profit|breaking even|in profit)`;

/** "are we profitable", "is the business actually making money", "r we in the black this year". */
const BUSINESS = new RegExp(
  String.raw`\b(?:are|r|is|were|was)\s+(?:we|us|the (?:business|company|shop|store|brand)|our (?:business|company|shop|store|brand))\s+(?:\w+\s+)?(?:actually\s+|really\s+|even\s+|still\s+|overall\s+)?${PROFIT_STATE}\b(?!\s+(?:on|with|from|through|via|by|per|across)\b)`,
);

/** "is paid search profitable", "is google ads making money at a 40% margin": one channel or platform. */
const NAMED = new RegExp(
  String.raw`\b(?:is|are|was|were)\s+(?:our\s+|the\s+|my\s+)?[a-z0-9 &+-]{2,40}?\s+(?:actually\s+|really\s+|even\s+|still\s+|overall\s+)?${PROFIT_STATE}\b`,
);

/** What the profit ask is about: the business as a whole, or a channel or platform named. */
export type OverallProfitAsk = "business" | "named";

/** @example readOverallProfit(parse("are we profitable")) // "business" */
export function readOverallProfit(p: ParsedQuestion): OverallProfitAsk | undefined {
  if (BUSINESS.test(p.text)) return "business";
  const named = p.dims.filters.filter((f) => f.field === "channel" || f.field === "platform");
  if (named.length && named.length === p.dims.filters.length && NAMED.test(p.text)) return "named";
  return undefined;
}

/** The costs a contribution after ad spend leaves out. */
export const OTHER_COSTS_NOTE =
  "This is profit after ad spend only: cost of goods is the gross margin below, and other costs (shipping, fees, salaries, tools, rent) are not in your data, so it is not net profit.";

/** The plan: the business as a whole (contribution and break-even), or each channel's profit. */
export function overallProfitPlan(p: ParsedQuestion, catalog: Catalog, ask: OverallProfitAsk): Plan {
  const base: Frame = frameFor("profitability", p, catalog);
  if (ask === "named") {
    const frame = profitabilityFrame(base, p, "channel_profit");
    return {
      kind: "tool_calls",
      intent: frame.intent,
      calls: [profitabilityCall(frame, "channel_profit")],
      frame,
    };
  }
  const frame = profitabilityFrame(base, p, "contribution_margin");
  return {
    kind: "tool_calls",
    intent: frame.intent,
    calls: [profitabilityCall(frame, "contribution_margin"), profitabilityCall(frame, "break_even")],
    frame,
    notes: [OTHER_COSTS_NOTE],
  };
}
