/**
 * A question that names only its baseline: "revenue vs September", "how did orders compare to
 * last month", "ROAS against Q3". The one period named is what the question compares *with*; the
 * period compared is the latest complete unit of the same kind (or, when that is the baseline
 * itself, the current unit so far). Without this, "revenue vs September" answered September alone.
 */
import { addDays, addMonths, daysBetween } from "../../semantic/query/dates.ts";
import { shiftedUnit } from "./time-phrases.ts";
import type { Period } from "./types.ts";

/** Words right before a period that make it the baseline. */
const BASELINE_LEAD =
  /\b(?:vs|versus|compared (?:to|with)|compare (?:it |that |this |them )?(?:to|with)|comparing (?:it |that |this )?(?:to|with)|against|than(?: (?:it|we|they|things|that|this|he|she) (?:was|were|did|looked|had been|did back|were back|was back))?|relative to)\s+(?:(?:the|in|during|for|to|with|over)\s+)*$/;

/**
 * When `period` (found at `start` in `text`) is a baseline, the period it is compared with.
 * @example currentFor("revenue vs september", 12, september, "2026-11-01") // October 2026
 */
export function currentForBaseline(
  text: string,
  start: number,
  period: Period,
  today: string,
): Period | undefined {
  if (!BASELINE_LEAD.test(text.slice(0, start))) return undefined;
  const unit = period.unit;
  if (!unit) return SEASON_SAID.test(text.slice(start)) ? lastWholeMonths(period, today) : undefined;
  if (unit !== "week" && unit !== "month" && unit !== "quarter" && unit !== "year") return undefined;
  const last = shiftedUnit(today, unit, -1);
  if (last.from !== period.from) return { ...last, unit, label: `last ${unit}` };
  const current = shiftedUnit(today, unit, 0);
  return { from: current.from, to: today < current.to ? today : current.to, label: `this ${unit}` };
}

/**
 * lead25: a baseline of whole months with no unit of its own ("vs the spring", "than we were over
 * the summer"): the same number of complete months, the latest before today, when they do not
 * overlap it.
 */
/** A season said as a period, ending the clause ("vs the spring?"), not a name ("spring launch"). */
const SEASON_SAID =
  /^(?:(?:in|during|over|for|of|across) )?(?:(?:the|this|last|past|previous) )?(?:spring|summer|fall|autumn|winter)(?: (?:of )?20\d\d)?(?:\s*$|\s*[?,.!;]|\s+(?:and|or|but|when|for|on|in|by|with|at)\b)/;

function lastWholeMonths(period: Period, today: string): Period | undefined {
  const months =
    (Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4))) * 12 +
    Number(period.to.slice(5, 7)) -
    Number(period.from.slice(5, 7)) +
    1;
  const whole = period.from.endsWith("-01") && addDays(period.to, 1).endsWith("-01");
  if (!whole || months < 2 || months > 6) return undefined;
  const to = addDays(shiftedUnit(today, "month", 0).from, -1);
  const from = addMonths(addDays(to, 1), -months);
  if (from <= period.to) return undefined;
  return { from, to, label: `the last ${months} months` };
}

/**
 * fix7a: "during Black Friday vs normal", "higher than usual over BFCM", "against a typical week":
 * a "normal" baseline is the organization's usual level, read as the last twelve months of data
 * (the named stretch is a small part of it, which the label says). Only for a short named
 * stretch (under four months): "last year vs normal" compares nothing with itself.
 */
const NORMAL =
  /\b(?:vs|versus|compared (?:to|with)|against|than|relative to|from|beat|beats|exceed|exceeds|exceeded)\s+(?:(?:a|an|the|our|its|on a|in a|during a|on an?)\s+)?(?:normal|normally|usual|usually|typical|typically|regular|ordinary|average|baseline|everyday|non ?promo|business as usual|bau|the rest of the year|rest of the year|other times|the other days|a regular day|the norm)\b(?:\s+(?:day|days|week|weeks|month|months|period|times?|levels?|rate|baseline))?/;

/** The last twelve months of data, as the usual level a short stretch is set against. */
export function normalBaseline(
  text: string,
  period: Period,
  today: string,
  dataEnd?: string,
): Period | undefined {
  if (!NORMAL.test(text)) return undefined;
  const to = dataEnd && dataEnd < today ? dataEnd : addDays(today, -1);
  if (daysBetween(period.from, period.to) > 120 || period.to > to) return undefined;
  return { from: addDays(addMonths(to, -12), 1), to, label: "normal (the last 12 months of data)" };
}
