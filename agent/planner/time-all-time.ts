/**
 * "All time", "since we started", "lifetime", "ever", "to date" (with no month or year named): the
 * whole of the organization's data, from its first day to its last, never a default window. The
 * first and last days come from the database (the planner context's `dataStart` / `dataEnd`), so
 * the answer states the range it covers. time.ts asks this only when no other period was named
 * ("October to date" is October; "year to date" is the year), so these words never fight a period.
 */
import { addDays, startOfMonth } from "../../semantic/query/dates.ts";
import { consume } from "./normalize.ts";
import type { Period } from "./types.ts";

/** The words that ask for the whole history of the data. */
export const ALL_TIME =
  /\b(?:(?:of |for |over |in )?all[ -]?time|(?:over |for |in )?(?:our |the |my )?(?:whole |entire |full )?lifetime(?! value| ltv| customer)|ever(?! since)|(?<!\bup )(?:so far )?to date|since (?:we|you|i|the (?:company|store|shop|business|brand|account)) (?:(?:started|began) (?:running|using|spending on|advertising on|buying on) (?:it|them|ads|there)|started|began|begun|opened|launched|went live|got going|started tracking|started selling)|since (?:it|they|its|their) (?:launched|went live|started(?: running)?|began|kicked off|first ran)|since (?:the )?go[- ]?live|since (?:its|their) launch|since (?:the )?(?:very )?(?:beginning|start|launch|inception|day one|day 1)(?! of)|from (?:the )?(?:very )?(?:beginning|start|day one|day 1)(?! of)|since (?:records|tracking) began|(?:over |across |in )?(?:the |our )?(?:whole|entire|full|complete) (?:history|data ?set|data range|range of (?:the )?data)|(?:over |across |in )?all (?:of )?(?:the |our )?(?:data|history|available data))\b/;

/**
 * The whole data range when the text asks for it, with the phrase masked; undefined when it does
 * not, or when the first day of data is not known (the caller then keeps its usual default).
 * The label states the range in the words the presenters print beside it.
 */
export function allTimeMention(
  text: string,
  today: string,
  dataEnd: string | undefined,
  dataStart: string | undefined,
): { period: Period; rest: string } | undefined {
  const m = ALL_TIME.exec(text);
  if (!m || !dataStart) return undefined;
  // The data's last day (never after today); without it, the end of the last complete month.
  const to = dataEnd && dataEnd < today ? dataEnd : addDays(startOfMonth(today), -1);
  if (dataStart > to) return undefined;
  const rest = consume(text, { start: m.index, end: m.index + m[0].length });
  return { period: { from: dataStart, to, label: "all time (every day of data)" }, rest };
}
