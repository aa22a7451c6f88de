/**
 * "Sessions year over year", "2025 vs 2024 orders" when the data holds no earlier year (fix7c): a
 * bare "yoy" reads as the last calendar year against the one before, but the data starts inside
 * that year, so the comparison set a partial year, labelled as a whole one, against nothing. The
 * answer says so and gives what the data can show instead: every month from the first day of data
 * to the last, month over month, with the same measures and filters.
 */
import { dayInWords } from "../../lib/months.ts";
import type { Frame } from "./types.ts";

/**
 * The frame unchanged, or, when its comparison's baseline ends before the data starts, the
 * monthly series of the whole data range with the note that says why.
 * @example withBaselineInData(yoyFrame, "2025-11-01", "2026-10-31").grain // "month"
 */
export function withBaselineInData(
  frame: Frame,
  dataStart: string | undefined,
  dataEnd: string | undefined,
): Frame {
  const baseline = frame.compare?.period;
  // Both ends of the data are needed to offer its months instead.
  if (!dataStart || !dataEnd || dataEnd <= dataStart) return frame;
  if (!baseline || frame.intent !== "compare" || baseline.to >= dataStart) return frame;
  // A period the data covers keeps its comparison (the answer says the baseline has no data);
  // only one that itself starts before the data ("yoy" read as last calendar year) is replaced.
  if (frame.period.from >= dataStart) return frame;
  const end = dataEnd;
  const from = frame.period.from;
  const yearBefore =
    baseline.from.slice(4) === from.slice(4) &&
    Number(baseline.from.slice(0, 4)) === Number(from.slice(0, 4)) - 1;
  const yearAgo = frame.compare?.mode === "previous_year" || yearBefore ? "a year earlier " : "";
  const why =
    `Your data starts ${dayInWords(dataStart)}, so there is nothing ${yearAgo}to compare with ` +
    `(the baseline, ${dayInWords(baseline.from)} to ${dayInWords(baseline.to)}, is before it).`;
  const period = { from: dataStart, to: end, label: "every day of data" };
  // A breakdown beside the comparison ("by channel yoy") keeps its rows, over the whole data range.
  if (frame.dimensions.some((d) => d !== "date"))
    return {
      ...frame,
      intent: "query",
      compare: undefined,
      period,
      note: `${why} Instead, here is the whole data range, ${dayInWords(dataStart)} to ${dayInWords(end)}.`,
    };
  const note = `${why} Instead, here is every month from ${dayInWords(dataStart)} to ${dayInWords(end)}, month over month.`;
  return {
    ...frame,
    intent: "trend",
    compare: undefined,
    dimensions: ["date"],
    grain: "month",
    order: undefined,
    limit: undefined,
    period,
    note,
  };
}
