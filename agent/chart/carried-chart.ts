/**
 * A chart type asked for earlier in the thread, carried by a follow-up that repeats the ask with
 * one thing swapped ("pie chart of spend by channel", then "same thing for revenue"): the marketer
 * asked for "the same", so the second answer is drawn the same way. The request is carried back
 * through a run of such follow-ups only; a fresh question, or one naming its own chart, ends it.
 */
import { type RequestedChart, requestedChart } from "./requested-chart.ts";

/**
 * "same thing for revenue", "do that again for orders", "and now for revenue", "what about orders":
 * a turn that re-asks the previous question with one thing changed.
 */
const REPEAT_ASK =
  /\b(?:same|again|likewise|similarly|ditto)\b|\b(?:do|show|make|run|give me|redo|repeat) (?:that|this|it|the same)\b|\b(?:that|this|it) (?:for|with|but|by)\b|^(?:and|now|ok|okay|then)?\s*(?:now |also )?(?:what about|how about|and|for|now)\b/;

/** Whether `question` repeats the previous turn's ask with one part swapped. */
export function repeatsPreviousAsk(question: string): boolean {
  return REPEAT_ASK.test(question.toLowerCase().trim());
}

/**
 * The chart type carried into this turn: the latest earlier question's named chart, when this
 * turn and every turn after that one repeat the ask and name no chart of their own.
 * @param earlier the thread's earlier questions, oldest first (this turn's question excluded).
 * @example carriedChart("same thing for revenue", ["pie chart of spend by channel"]) // "pie"
 */
export function carriedChart(question: string, earlier: readonly string[]): RequestedChart | undefined {
  if (requestedChart(question) || !repeatsPreviousAsk(question)) return undefined;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const named = requestedChart(earlier[i]!);
    if (named) return named;
    if (!repeatsPreviousAsk(earlier[i]!)) return undefined;
  }
  return undefined;
}
