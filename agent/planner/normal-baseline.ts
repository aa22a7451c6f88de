/**
 * fix7a: "did AOV go up during Black Friday vs normal": time-baseline.ts reads a "normal" baseline
 * as the last twelve months of data. That is the usual level of a ratio (AOV, CPA, ROAS,
 * conversion rate); a total (revenue, orders, sessions) over twelve months is no baseline for a
 * few days, so a question with a total compares with a stretch of the same length instead: the
 * same days one week earlier for up to a week, else the same number of days just before. One line
 * leads the answer with what "normal" was taken to be.
 */
import { spanInWords } from "../../lib/months.ts";
import type { Catalog } from "../../semantic/catalog/types.ts";
import { addDays, daysBetween } from "../../semantic/query/dates.ts";
import type { CampaignWindow } from "./campaign-windows.ts";
import { baselineOf } from "./time.ts";
import type { Frame, Period } from "./types.ts";

/** Label time-baseline.ts gives a "normal" baseline. */
const NORMAL_LABEL = /^normal\b/;

/**
 * The frame with its "normal" baseline settled for the metrics asked, and the line saying what it is.
 * @example withNormalBaseline(frame of "aov on black friday vs normal", catalog).note // "Normal is taken as ..."
 */
export function withNormalBaseline(
  frame: Frame,
  catalog: Catalog,
  windows: readonly CampaignWindow[] = [],
  dataStart?: string,
): Frame {
  const compare = frame.compare;
  if (!compare || !NORMAL_LABEL.test(compare.period.label)) return frame;
  const totals = frame.metrics.filter((m) => catalog.metrics.get(m)?.definition.type === "aggregate");
  if (!totals.length)
    return {
      ...frame,
      note: `"Normal" is taken as the average over the last 12 months of data (${spanInWords(compare.period)}), which the period asked about is a small part of.`,
    };
  const days = daysBetween(frame.period.from, frame.period.to) + 1;
  const period: Period =
    days <= 7
      ? {
          from: addDays(frame.period.from, -7),
          to: addDays(frame.period.to, -7),
          label: "normal (the same days a week earlier)",
        }
      : {
          ...baselineOf(frame.period, "previous_period"),
          label: "normal (the same number of days just before)",
        };
  const how = days <= 7 ? "the same days one week earlier" : `the ${days} days just before`;
  // fix21d: a baseline inside the promotion the period is part of is no "normal" (the week before
  // Black Friday week is already in the BF25 window): the same days before the window instead.
  const clear = outsideWindow(frame.period, period, windows, dataStart);
  if (clear)
    return {
      ...frame,
      compare: { mode: "explicit", period: clear.period },
      note: `"Normal" is taken as ${spanInWords(clear.period)}, ${clear.how} ${clear.window.name} window (${spanInWords(clear.window.period)}), so no promotion day is in it; totals such as ${catalog.metrics.get(totals[0]!)?.label.toLowerCase() ?? totals[0]} over a longer stretch are no baseline for a few days.`,
    };
  return {
    ...frame,
    compare: { mode: "explicit", period },
    note: `"Normal" is taken as ${how} (${spanInWords(period)}), because totals such as ${catalog.metrics.get(totals[0]!)?.label.toLowerCase() ?? totals[0]} over a longer stretch are no baseline for a few days.`,
  };
}

const overlaps = (a: { from: string; to: string }, b: { from: string; to: string }) =>
  a.from <= b.to && b.from <= a.to;

/**
 * fix21d: when the baseline falls in a promotional window the period also overlaps, the same
 * number of days (in whole weeks, so weekdays match) ending before the window starts; when that is
 * before the data, the first such stretch of data, when it ends before the window. Undefined when
 * the baseline is clear of every window, or no clear stretch exists.
 */
function outsideWindow(
  asked: { from: string; to: string },
  baseline: Period,
  windows: readonly CampaignWindow[],
  dataStart: string | undefined,
): { period: Period; window: CampaignWindow; how: string } | undefined {
  const window = windows.find((w) => overlaps(w.period, asked) && overlaps(w.period, baseline));
  if (!window) return undefined;
  const days = daysBetween(baseline.from, baseline.to) + 1;
  const step = Math.ceil(days / 7) * 7;
  let from = baseline.from;
  while (addDays(from, days - 1) >= window.period.from) from = addDays(from, -step);
  let how = "before the";
  if (dataStart && from < dataStart) {
    from = baseline.from;
    while (addDays(from, -step) >= dataStart) from = addDays(from, -step);
    if (addDays(from, days - 1) >= window.period.from) return undefined;
    how = "the first such days of data, before the";
  }
  const period: Period = {
    from,
    to: addDays(from, days - 1),
    label: `normal (before the ${window.name} window)`,
  };
  return { period, window, how };
}
