/**
 * fix21c: "compared to what exactly?", "vs which period?", "what are you comparing against?" after
 * an answer that set two periods side by side: the same comparison again, led by the two periods it
 * held against each other. Read as "compare with the previous period", the turn planned a new
 * comparison of the first period against the one before it (before the data starts, so a monthly
 * series came instead) and its note contradicted the answer it was asked about.
 */
import { formatPeriod } from "../answer/format.ts";
import { normalize } from "./normalize.ts";
import { withNotes } from "./pipeline/noted-plans.ts";
import type { Reading } from "./pipeline/types.ts";
import type { Plan } from "./types.ts";

/** The basis of the comparison just given, asked: nothing new is named. */
const ASKS_BASIS =
  /^(?:(?:ok|okay|sorry|wait|hm+|and|but|so|sure|right)\s+)*(?:(?:compared|relative|vs|versus|against|in comparison)(?:\s+(?:to|with))?\s+(?:what|when|which (?:period|periods|dates|time|year|months?)|what (?:period|periods|dates|time|year|months?))(?:\s+(?:exactly|precisely|though|then))?|what (?:are|were|is|was|did) (?:you|we|u|it|that|this) (?:comparing|compared|measuring|measured|benchmarking)(?:\s+(?:it|that|this|us|them))?\s*(?:to|with|against|from)?(?:\s+(?:exactly|precisely))?|which (?:two )?(?:periods|dates|years|months) (?:did|are|were|is) (?:you|we|that|this|it) (?:compar\w+|using|use)(?:\s+(?:to|with|against))?|what(?: s| is) (?:the|your) (?:baseline|comparison|base period|comparison period)(?:\s+(?:here|there|exactly))?)\s*\??$/;

const asksBasis = (q: string) => ASKS_BASIS.test(q) || REWRITTEN_BASIS.test(q);

/**
 * How conversational-wordings.ts writes "compared to what?" for the recognise stage: after a
 * comparison it is this turn's question (said alone, it asks the basis of a single figure).
 */
const REWRITTEN_BASIS = /^compare with the previous period$/;

/**
 * The previous comparison again with a note naming its two periods, else undefined.
 * @example comparisonBasisPlan(reading("compared to what exactly?")) // the previous compare_periods plan, noted
 */
export function comparisonBasisPlan(r: Reading): Plan | undefined {
  const prev = r.ctx.previous;
  if (prev?.kind !== "tool_calls" || !asksBasis(normalize(r.question))) return undefined;
  const call = prev.calls.find((c) => c.name === "compare_periods");
  const args = call?.args as {
    period?: { from: string; to: string };
    compareTo?: { from: string; to: string };
  };
  if (!args?.period || !args.compareTo) return undefined;
  // The period as the answer counts it: data ends before "today", the comparison's end may be today.
  const note = `That comparison set ${formatPeriod(args.period)} against ${formatPeriod(args.compareTo)}: the same figures over each, with the change between them.`;
  return withNotes({ ...prev, notes: (prev.notes ?? []).filter((n) => n !== note) }, [note]);
}
