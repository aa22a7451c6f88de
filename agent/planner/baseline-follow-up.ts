/**
 * fix18b: "compared to what?", "relative to what", "vs what?" after a trend or a figure: the same
 * figures against the period just before, said as the baseline. Read alone the turn named nothing
 * and was declined (or the series came again unchanged).
 */
import { baselineOf } from "./time.ts";
import type { Frame, Plan } from "./types.ts";

/** "compared to what?", "relative to what", "vs what", "up from what", "what's the baseline". */
const ASKS_BASELINE =
  /^(?:(?:and|so|but|ok|okay|hmm|wait|sorry)[, ]+)*(?:(?:compared?|comparing|relative|vs\.?|versus|against|as opposed|measured) (?:(?:to|with|against) )?what|(?:up|down|higher|lower|better|worse|more|less|growth|change|changed|grew|fell|dropped) (?:from|than|vs|versus|compared to|relative to|against) what|what(?:'?s| is| are| was)? (?:the |your |our )?(?:baseline|benchmark|comparison|comparison period|reference period)|what (?:are|is|was) (?:that|this|it|they) (?:compared|measured) (?:to|with|against))(?: exactly)?(?: though)?[?.!]*$/;

const METRIC_INTENTS = new Set(["query", "rank", "trend"]);

/**
 * The previous figures against the period before, or undefined when the turn does not ask what
 * they are compared with.
 * @example baselineFollowUp("compared to what?", weeklyRevenueQ3)?.compare?.period.from // "2026-04-01"
 */
export function baselineFollowUp(text: string, previous: Plan | undefined): Frame | undefined {
  if (previous?.kind !== "tool_calls" || previous.calls.length !== 1 || previous.then) return undefined;
  const prev = previous.frame;
  if (!ASKS_BASELINE.test(text.trim()) || !METRIC_INTENTS.has(prev.intent) || prev.compare) return undefined;
  const frame: Frame = structuredClone(prev);
  frame.intent = "compare";
  frame.dimensions = prev.dimensions.filter((d) => d !== "date");
  delete frame.grain;
  frame.compare = { mode: "previous_period", period: baselineOf(prev.period, "previous_period") };
  return frame;
}
