/**
 * leftD: a span on either side of a holdout ("the 2 weeks after the holdout ended vs the 2 weeks
 * before it", "a month either side of the pause test", "10 days pre and post"): the days the
 * campaigns tool reads before the holdout started and after it ended. Only a span tied to
 * before / after counts, so "the holdout in the last 2 weeks" stays a period.
 */

const WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  eight: 8,
  ten: 10,
  couple: 2,
  "a couple of": 2,
  "a few": 3,
};

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, wk: 7, month: 30 };

const COUNT = "(\\d{1,2}|a couple of|a few|a|an|one|two|three|four|five|six|eight|ten)";
const UNIT = "(day|week|wk|month)s?";
const SIDE =
  "(?:before|after|prior|following|pre|post|either side|each side|on either side|on each side|around|leading (?:up|in)|beforehand|afterwards?)";

const SPAN = new RegExp(`\\b${COUNT} ${UNIT}\\b(?: (?:right |just |immediately )?(?:${SIDE}))`);
const SPAN_AFTER_SIDE = new RegExp(
  `\\b(?:${SIDE}) (?:\\w+ ){0,4}?(?:for |over )?(?:the )?${COUNT} ${UNIT}\\b`,
);

/**
 * @example readSideDays("paid search 2 weeks after its holdout vs 2 weeks before") // 14
 * @example readSideDays("the display holdout in the last 2 weeks") // undefined
 */
export function readSideDays(text: string): number | undefined {
  const m = SPAN.exec(text) ?? SPAN_AFTER_SIDE.exec(text);
  if (!m) return undefined;
  const count = /^\d+$/.test(m[1]!) ? Number(m[1]) : WORDS[m[1]!];
  const unit = UNIT_DAYS[m[2]!];
  if (!count || !unit) return undefined;
  const days = count * unit;
  return days >= 1 && days <= 91 ? days : undefined;
}
