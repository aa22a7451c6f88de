/**
 * Three or more periods named in one question (time.ts reads them here): one unit's series ("q1 vs
 * q2 vs q3") or stretches of different lengths each answered on its own ("black friday, cyber
 * monday and christmas").
 */
import type { TimeMention, TimeParse } from "./time.ts";
import type { Period } from "./types.ts";

/**
 * fix16b: three or more periods of one unit ("q1 vs q2 vs q3", "aug, jul and sep", "jan vs apr vs
 * jul vs oct") are read as that unit's series over the span from the earliest to the latest, so
 * every period named is in the answer (a comparison holds only two). Overlapping periods, periods
 * of mixed units and years stay as before.
 */
export function severalPeriods(
  mentions: TimeMention[],
): Pick<TimeParse, "period" | "seriesGrain"> | undefined {
  const sorted = threeOrMoreApart(mentions);
  if (!sorted) return undefined;
  const unit = unitOf(sorted[0]!);
  if (unit !== "month" && unit !== "quarter" && unit !== "week") return undefined;
  if (sorted.some((m) => unitOf(m) !== unit)) return undefined;
  const from = sorted[0]!.period.from;
  const to = sorted[sorted.length - 1]!.period.to;
  return { period: { from, to, label: sorted.map((m) => m.period.label).join(", ") }, seriesGrain: unit };
}

/**
 * Three or more periods that do not overlap, in date order, or undefined. A year around all the
 * others only says which year they are in ("2026 q1 vs q2 vs q3") and is left out.
 */
function threeOrMoreApart(mentions: TimeMention[]): TimeMention[] | undefined {
  const within = (m: TimeMention) =>
    mentions.every((o) => o === m || (o.period.from >= m.period.from && o.period.to <= m.period.to));
  const named = mentions.filter((m) => !(m.period.unit === "year" && within(m)));
  if (named.length < 3) return undefined;
  const sorted = [...named].sort((a, b) => (a.period.from < b.period.from ? -1 : 1));
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i]!.period.from <= sorted[i - 1]!.period.to) return undefined;
  return sorted;
}

/** What may stand between two stretches of a list: commas, "vs", "and", a preposition. */
const LISTED =
  /^[\s,;]*(?:(?:vs\.?|versus|v|and|or|&|against|compared (?:to|with)|then|plus)[\s,]*)?(?:(?:on|in|during|over|for|the|and)\s+)*$/;

/**
 * lead22: three or more stretches that are not one unit's series ("black friday, cyber monday and
 * christmas", "q1, summer and black friday"): each one on its own, in date order. Overlapping
 * stretches (a day inside a month) are one period in another's terms and stay as before.
 */
export function severalStretches(mentions: TimeMention[], text: string): Period[] | undefined {
  const sorted = threeOrMoreApart(mentions);
  if (!sorted) return undefined;
  // Listed means only list words between them: "labor day sale (sep 5)" names a send, not two days.
  const inText = [...sorted].sort((a, b) => a.start - b.start);
  for (let i = 1; i < inText.length; i++)
    if (!LISTED.test(text.slice(inText[i - 1]!.end, inText[i]!.start))) return undefined;
  return sorted.map((m) => m.period);
}

/** A mention's unit; the quarter to date ("q4" on November 1) is still a quarter. */
export function unitOf(m: TimeMention): Period["unit"] {
  return m.period.unit ?? (/^(?:in |for )?q[1-4]\b/.test(m.period.label) ? "quarter" : undefined);
}
