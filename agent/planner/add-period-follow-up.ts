/**
 * fix14a: "add august too", "throw in july as well" after two months side by side: a third month
 * (or quarter) added to the comparison. Read alone the words named no metric, and the follow-up was declined as
 * out of scope. The answer is the previous answer's measures, filters and breakdown month by month
 * over every month from the earliest to the latest of the three (a comparison holds two periods;
 * a monthly series holds them all, side by side).
 */
import { addMonths, endOfMonth } from "../../semantic/query/dates.ts";
import { assembleCalls } from "./assemble.ts";
import type { Reading } from "./pipeline/types.ts";
import type { Frame, Period, Plan } from "./types.ts";

/** "add", "include", "throw in", "put in", "bring in", with only a period after it. */
const ADD =
  /^(?:(?:ok|okay|and|also|now|pls|please|can you|could you|maybe)\s+)*(?:add|include|throw in|put in|bring in|tack on)\b/;

/** Whether a period is one whole calendar month. */
function wholeMonth(p: Period): boolean {
  return p.from.endsWith("-01") && p.to === endOfMonth(p.from);
}

/** Whether a period is one whole calendar quarter. */
function wholeQuarter(p: Period): boolean {
  return /-(?:01|04|07|10)-01$/.test(p.from) && p.to === endOfMonth(addMonths(p.from, 2));
}

/** The plan of a month added to a comparison of months, else undefined. */
export function readAddPeriodFollowUp(r: Reading): Plan | undefined {
  const previous = r.ctx.previous;
  const added = r.p.time.period;
  if (previous?.kind !== "tool_calls" || !added || !ADD.test(r.p.text)) return undefined;
  // A period before the data is said so with the answer before (previous-ask-turns.ts).
  if (r.ctx.dataStart && added.from < r.ctx.dataStart) return undefined;
  // Nothing but the month is asked: a metric or breakdown named is another follow-up.
  if (r.p.metrics.length || r.p.dims.dimensions.length) return undefined;
  const frame = previous.frame;
  const before = frame.compare?.period;
  if (frame.intent !== "compare" || !before) return undefined;
  const months = [frame.period, before, added];
  const grain = months.every(wholeMonth) ? "month" : months.every(wholeQuarter) ? "quarter" : undefined;
  if (!grain) return undefined;
  const from = months.map((p) => p.from).sort()[0]!;
  const to = months
    .map((p) => p.to)
    .sort()
    .at(-1)!;
  const series: Frame = {
    ...frame,
    intent: "trend",
    dimensions: ["date", ...frame.dimensions.filter((d) => d !== "date")],
    grain,
    period: { from, to, label: `the ${grain}s asked, ${grain} by ${grain}` },
    compare: undefined,
  };
  return { kind: "tool_calls", intent: "trend", calls: assembleCalls(series), frame: series };
}
