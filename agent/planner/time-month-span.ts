/**
 * A span of months written as two month names side by side: "Nov-Dec", "jan to mar", "nov dec
 * 2025" (normalization drops the hyphen). It is one period from the first month's first day to
 * the second month's last, not a comparison of two months; and when it overlaps a named season
 * ("holiday season last year ... for Nov-Dec"), the months the user spelled out are the period.
 */
import { addMonths, endOfMonth } from "../../semantic/query/dates.ts";
import { MONTH_PATTERN } from "./time-phrases.ts";
import type { Period } from "./types.ts";

/** A period found in the question and where its words are. */
interface Mention {
  period: Period;
  start: number;
  end: number;
}

const MONTH_ONLY = new RegExp(
  `^(?:(?:in|for|during|over|of) )?(?:the )?(?:${MONTH_PATTERN})(?: (?:of )?20\\d\\d)?$`,
);

/** Words that make two months side by side two periods to compare. */
const COMPARISON_WORDS =
  /\b(?:vs|versus|against|compare|compared|comparing|comparison|change|changed|grow|grew|growth|increase|increased|decrease|decreased|difference|rise|rose|fall|fell|drop|dropped|went up|went down)\b/;

/** Words that set one period against another ("jun-oct vs jan-may"). */
const SIDE_WORDS = /\b(?:vs|versus|against|compared (?:to|with)|relative to)\b/;

/**
 * Whether two mentions side by side sit together on one side of a comparison with another
 * period ("jun-oct 2026 vs jan-may 2026", "aug through oct compared to may to jul"): a
 * comparison word outside the pair and none between its halves. Such a pair is one span even
 * though the question compares.
 */
export function oneSideOfComparison(text: string, a: Mention, b: Mention): boolean {
  if (SIDE_WORDS.test(text.slice(a.end, b.start))) return false;
  return SIDE_WORDS.test(text.slice(b.end)) || SIDE_WORDS.test(text.slice(0, a.start));
}

/** Whether the words of a mention are one month's name (with a year or a preposition at most). */
function isMonthName(text: string, m: Mention): boolean {
  return MONTH_ONLY.test(text.slice(m.start, m.end).trim());
}

/**
 * "nov dec", "jan - mar", "jan to mar": the two months as one span, or undefined when the two
 * mentions are not two month names joined by nothing, a dash, "to" or "through", or the question
 * compares them (rather than the pair, as one side, with another period).
 * The first month is moved back a year when it resolved after the second ("nov to dec 2025" with
 * a bare "nov" read as this November). `joined`: the caller already read them as "from X to Y".
 * @example monthSpan("spend nov dec", nov2025, dec2025)?.period // { from: "2025-11-01", to: "2025-12-31" }
 */
export function monthSpan(text: string, a: Mention, b: Mention, joined = false): Mention | undefined {
  if (a.start > b.start || !isMonthName(text, a) || !isMonthName(text, b)) return undefined;
  if (joined) return span(a, b);
  if (!/^\s*(?:-|–|to|through|thru)?\s*$/.test(text.slice(a.end, b.start))) return undefined;
  if (COMPARISON_WORDS.test(text) && !oneSideOfComparison(text, a, b)) return undefined;
  return span(a, b);
}

/** From the first month's first day to the second's last (or its clipped end). */
function span(a: Mention, b: Mention): Mention {
  let from = `${a.period.from.slice(0, 8)}01`;
  while (from > b.period.from) from = addMonths(from, -12);
  const to = b.period.to < endOfMonth(b.period.from) ? b.period.to : endOfMonth(b.period.from);
  return {
    period: { from, to, label: `${a.period.label} to ${b.period.label}`.trim() },
    start: a.start,
    end: b.end,
  };
}

/** Whether two periods share a day. */
function overlap(a: Period, b: Period): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/**
 * When a spelled-out span of months overlaps another period named in the same question ("the
 * holiday season last year, Nov-Dec"), the months are what the user means by it: the other
 * mention is dropped rather than read as a baseline.
 */
export function preferSpelledSpan<T extends Mention>(text: string, mentions: T[], span: Mention): T[] {
  if (COMPARISON_WORDS.test(text)) return mentions;
  return mentions.filter((m) => m === (span as T) || !overlap(m.period, span.period));
}
