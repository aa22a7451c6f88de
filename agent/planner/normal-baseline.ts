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
import { baselineOf } from "./time.ts";
import type { Frame, Period } from "./types.ts";

/** Label time-baseline.ts gives a "normal" baseline. */
const NORMAL_LABEL = /^normal\b/;

/**
 * The frame with its "normal" baseline settled for the metrics asked, and the line saying what it is.
 * @example withNormalBaseline(frame of "aov on black friday vs normal", catalog).note // "Normal is taken as ..."
 */
export function withNormalBaseline(frame: Frame, catalog: Catalog): Frame {
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
  return {
    ...frame,
    compare: { mode: "explicit", period },
    note: `"Normal" is taken as ${how} (${spanInWords(period)}), because totals such as ${catalog.metrics.get(totals[0]!)?.label.toLowerCase() ?? totals[0]} over a longer stretch are no baseline for a few days.`,
  };
}
