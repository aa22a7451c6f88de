/**
 * fix14e: "since we turned off paid search in september, how much did organic pick up": a past
 * pause with another member asked about. The member named in the pause clause is the one paused;
 * one named elsewhere is where the effect is asked (read as paused too, the answer showed both
 * channels' spend mixed and the total revenue, not organic's change). Its visits and revenue week
 * by week are the answer's second series; the writer checks the premise of the pause against the
 * paused spend (present/pause-weeks-verdict.ts).
 */
import type { DimensionValue, FrameFilter } from "./types.ts";

/** The placeholder the writer replaces by when the paused spend really stopped. */
export const PAUSE_WEEKS_NOTE = "When the paused spend really stopped is read from its weeks below.";

/** Where the pause clause ends: the ask about its effect starts. */
const CLAUSE_END = /,|\b(?:how|what|did|does|do|was|were|and|has|have|is|are|by how)\b/;

/** A member's names as typed: its label ("meta ads", and "meta" without "ads"), its aliases. */
const words = (v: DimensionValue) =>
  [v.label, v.label.replace(/ ads$/i, ""), v.value.replace(/_/g, " "), ...v.aliases]
    .map((w) => w.toLowerCase())
    .filter((w) => w.length > 2);

/**
 * The filters split into the paused members (named in the pause clause) and the members the
 * effect is asked of (named after it); all paused when the clause names none of them.
 * @example splitPaused("since we paused paid search in sept how did organic do", 10, filters, values)
 * // { paused: [paid_search], effect: [organic_search] }
 */
export function splitPaused(
  text: string,
  clauseStart: number,
  filters: readonly FrameFilter[],
  values: readonly DimensionValue[],
): { paused: FrameFilter[]; effect: FrameFilter[] } {
  const rest = text.slice(clauseStart);
  const end = CLAUSE_END.exec(rest.replace(/^\S+(?:\s+\S+)?/, (m) => " ".repeat(m.length)));
  const clause = end ? rest.slice(0, end.index) : rest;
  const inClause = (field: string, value: unknown) =>
    values.some(
      (v) => v.dimension === field && v.value === String(value) && words(v).some((w) => clause.includes(w)),
    );
  // A filter may hold several members ("paid search" and "organic" are one channel filter).
  const paused: FrameFilter[] = [];
  const effect: FrameFilter[] = [];
  for (const f of filters) {
    const mine = f.values.filter((v) => inClause(f.field, v));
    const others = f.values.filter((v) => !inClause(f.field, v));
    if (mine.length) paused.push({ ...f, values: mine });
    if (others.length) effect.push({ ...f, values: others });
  }
  return paused.length && effect.length ? { paused, effect } : { paused: [...filters], effect: [] };
}
