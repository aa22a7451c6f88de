/**
 * fix15d: "standard deviation of daily revenue in q3", "how volatile was spend last month", "std
 * dev of orders per week": how much a figure varies over its series. Before, the answer was the
 * series with its peak and low, which does not give the spread asked. The planner asks
 * query_metrics for the series with `spread: true`, so the standard deviation and the mean are
 * computed by the metrics core (core/stats/spread.ts) and grounded; present/spread.ts leads with them.
 */
import { grainsNamed } from "./modifiers.ts";
import type { Frame } from "./types.ts";

const SPREAD =
  /\b(?:standard deviation|std\.? ?dev(?:iation)?|stdev|stddev|st dev|sd of|variance|volatility|variability|how (?:volatile|variable|spiky|erratic|consistent|steady|stable) (?:is|was|are|were|has)|how much (?:does|did|do) .{1,40} (?:vary|fluctuate|swing|bounce around)|(?:vary|varies|varied|fluctuates?|fluctuated|swings?) (?:from )?day to day)\b/;

/** Whether the question asks how much a figure varies. */
export function asksSpread(text: string): boolean {
  return SPREAD.test(text);
}

/** Intents whose answer is a metric query a spread can ride on. */
const SPREADABLE = new Set<Frame["intent"]>(["query", "trend"]);

/**
 * The frame of a spread question: the series at the grain asked (daily unless another is named)
 * with `spread: true`. A breakdown other than the date, or another kind of answer, is unchanged.
 * @example withSpread(queryFrame, "standard deviation of daily revenue in q3") // dimensions ["date"], grain "day", spread true
 */
export function withSpread(frame: Frame, text: string): Frame {
  if (!SPREADABLE.has(frame.intent) || !asksSpread(text)) return frame;
  if (frame.dimensions.some((d) => d !== "date")) return frame;
  const grain = frame.grain ?? grainsNamed(text)[0] ?? "day";
  return { ...frame, intent: "trend", dimensions: ["date"], grain, spread: true, average: undefined };
}
