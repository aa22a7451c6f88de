/**
 * fix16d: "by channel of first touch", "split by first-touch channel" after a journey-length or
 * time-to-buy answer ("avg touches before buying"): read alone, the turn was an attribution table
 * under the first-touch model (revenue credited, not touches counted). Here the same journeys
 * answer is split by the channel each journey started on (journeys `firstTouch`, four channels
 * side by side per call, so every channel the data has gets a call).
 */
import type { ParsedQuestion } from "./parse.ts";
import type { DimensionValue, Plan, PlannedCall } from "./types.ts";

/**
 * The journey's first channel named as the split. para22: "by acquisition channel", "the channel
 * they first came from", "the channel that brought them in".
 */
const FIRST_TOUCH_SPLIT =
  /\b(?:first[- ]?touch(?:es)?|first[- ]click|first channel|starting channel|entry channel|acquisition channel|channel (?:they|it|journeys?) (?:first )?(?:started|start|came in|came|come|arrived|landed) (?:on|from|in|with|through|via)|channel (?:that|which) (?:first )?(?:brought|brings) them(?: in)?|where (?:they|journeys?) (?:first )?(?:started|start|came in|came from))\b/;
/** Journey analyses the tool splits by first touch. */
const SPLITTABLE = new Set(["path_length", "time_to_convert"]);
/** The tool sets at most this many first-touch channels side by side. */
const PER_CALL = 4;

/**
 * The previous journeys answer split by first-touch channel, or undefined when the turn is not one.
 * @example journeyFirstTouchSplit(parse("by channel of first touch"), pathLengthPlan, values)?.calls.length // 2
 */
export function journeyFirstTouchSplit(
  p: ParsedQuestion,
  question: string,
  previous: Plan | undefined,
  values: readonly DimensionValue[],
): Plan | undefined {
  if (previous?.kind !== "tool_calls" || previous.calls.length !== 1) return undefined;
  const call = previous.calls[0]!;
  if (call.name !== "journeys" || !SPLITTABLE.has(String(call.args.analysis)) || call.args.firstTouch)
    return undefined;
  const asked = question.toLowerCase();
  if (!FIRST_TOUCH_SPLIT.test(asked) || p.time.period || p.dims.filters.length) return undefined;
  // "acquisition channel" also reads as the new-customer metric; here it only names the split.
  const metricWords = p.metrics.filter(
    (m) => !(m === "new_customers" && /\bacquisition channel\b/.test(asked)),
  );
  if (metricWords.length || p.signals.budget) return undefined;
  const channels = values.filter((v) => v.dimension === "channel").map((v) => v.value);
  if (!channels.length) return undefined;
  const { byCustomerType: _split, ...args } = call.args;
  const calls: PlannedCall[] = [];
  for (let i = 0; i < channels.length; i += PER_CALL)
    calls.push({ name: "journeys", args: { ...args, firstTouch: channels.slice(i, i + PER_CALL) } });
  return { ...previous, calls };
}
