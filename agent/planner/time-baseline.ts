/**
 * A question that names only its baseline: "revenue vs September", "how did orders compare to
 * last month", "ROAS against Q3". The one period named is what the question compares *with*; the
 * period compared is the latest complete unit of the same kind (or, when that is the baseline
 * itself, the current unit so far). Without this, "revenue vs September" answered September alone.
 */
import { shiftedUnit } from "./time-phrases.ts";
import type { Period } from "./types.ts";

/** Words right before a period that make it the baseline. */
const BASELINE_LEAD =
  /\b(?:vs|versus|compared (?:to|with)|compare (?:it |that |this |them )?(?:to|with)|comparing (?:it |that |this )?(?:to|with)|against|than|relative to)\s+(?:(?:the|in|during|for|to|with)\s+)*$/;

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
  if (unit !== "week" && unit !== "month" && unit !== "quarter" && unit !== "year") return undefined;
  const last = shiftedUnit(today, unit, -1);
  if (last.from !== period.from) return { ...last, unit, label: `last ${unit}` };
  const current = shiftedUnit(today, unit, 0);
  return { from: current.from, to: today < current.to ? today : current.to, label: `this ${unit}` };
}
