/**
 * fix8f: days a daily series of a summed metric has no row for. A day without orders has no
 * revenue row at all (the tracking outage lost a whole day's orders), so a "best and worst day"
 * read off the rows named the lowest day that had any revenue, not the day that had none.
 */
import { addDays } from "../../semantic/query/dates.ts";
import type { TrendAnswerInput } from "./types.ts";

/** More days than this in a period: not a daily series worth scanning for gaps. */
const MAX_DAYS = 800;

/**
 * The days in the period (clipped to the data's first and last day) with no value, for a summed
 * metric at day grain; [] otherwise (a ratio has no value on a day without its denominator).
 * @example zeroDays({ grain: "day", metric: revenue, points: [{ date: "2026-03-16", value: 5 }, { date: "2026-03-18", value: 7 }], period: { from: "2026-03-16", to: "2026-03-18" }, ... }) // ["2026-03-17"]
 */
export function zeroDays(input: TrendAnswerInput): string[] {
  const { metric } = input;
  const additive = metric.additive ?? (metric.unit === "currency" || metric.unit === "count");
  if (input.grain !== "day" || !additive || input.points.length < 2) return [];
  const from = input.dataStart && input.dataStart > input.period.from ? input.dataStart : input.period.from;
  const to = input.dataEnd && input.dataEnd < input.period.to ? input.dataEnd : input.period.to;
  const seen = new Set(input.points.map((p) => p.date.slice(0, 10)));
  const missing: string[] = [];
  for (let d = from, n = 0; d <= to && n < MAX_DAYS; d = addDays(d, 1), n++)
    if (!seen.has(d)) missing.push(d);
  return missing;
}
