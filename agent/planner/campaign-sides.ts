/**
 * The other side of a campaign comparison named by a word campaign names share ("pmax vs the
 * search campaigns", "is advantage+ better than our retargeting campaigns"): every campaign whose
 * name holds that word joins the comparison. Without this a word that also names a channel
 * ("search") became a channel filter on top of the first side, and the side asked about vanished.
 */
import { filterValue } from "./dimensions.ts";
import { consume, normalize } from "./normalize.ts";
import type { DimensionValue, FrameFilter } from "./types.ts";

/** Words that set two sides against each other. */
export const SIDE_WORDS =
  /\b(?:vs|versus|compared (?:to|with)|compare|against|than|relative to|or|beside|next to|beat|beats|beating|outperform\w*)\b/;

/** "the search campaigns", "our brand campaigns", "all the tiktok campaigns", "the search ones". */
const GROUP = /\b(?:(?:all )?(?:the|our|my) )?([a-z][a-z0-9+]*(?: [a-z][a-z0-9+]*)?) (?:campaigns|ones)\b/g;

/**
 * A campaign filter widened with the campaigns a second "<word> campaigns" side names, or
 * undefined when the question names no such side.
 * @example campaignsBeside("pmax vs the search campaigns", { field: "campaign", op: "in", values: [1004] }, values)
 *   // { filter: { values: [1004, 1001, 1002, 1003, 1005] }, rest: "pmax vs  " }
 */
export function campaignsBeside(
  text: string,
  filter: FrameFilter | undefined,
  values: readonly DimensionValue[],
): { filter: FrameFilter; rest: string } | undefined {
  if (filter?.field !== "campaign" || filter.op !== "in" || !SIDE_WORDS.test(text)) return undefined;
  const campaigns = values.filter((v) => v.dimension === "campaign");
  for (const m of text.matchAll(GROUP)) {
    // fix18d: "the standard search campaigns", "vs search campaigns": a word before the name
    // word ("standard", "regular", "vs") names nothing, so the last word alone is tried next.
    const all = m[1]!.split(" ");
    const named = (words: string[]) =>
      campaigns.filter((c) => {
        const tokens = new Set(normalize(c.label).split(" "));
        return words.every((w) => tokens.has(w) || tokens.has(w.replace(/s$/, "")));
      });
    const whole = named(all);
    const hit = whole.length || all.length < 2 ? whole : named(all.slice(-1));
    const added = hit.map((c) => filterValue("campaign", c.value)).filter((v) => !filter.values.includes(v));
    // A word every campaign holds, or none, names no side.
    if (!added.length || hit.length === campaigns.length) continue;
    return {
      filter: { ...filter, values: [...filter.values, ...added] },
      rest: consume(text, { start: m.index, end: m.index + m[0].length }),
    };
  }
  return undefined;
}

/**
 * "is advantage+ beating the retargeting campaigns": a campaign named by its words set against a
 * "<word> campaigns" group already read; both sides are kept, or undefined when there is no such pair.
 */
export function joinSides(
  text: string,
  group: FrameFilter | undefined,
  other: FrameFilter | undefined,
): FrameFilter | undefined {
  if (!group || !other || !SIDE_WORDS.test(text)) return undefined;
  if (group.op !== "in" || other.op !== "in" || group.field !== "campaign" || other.field !== "campaign")
    return undefined;
  const added = other.values.filter((v) => !group.values.includes(v));
  return added.length ? { ...group, values: [...group.values, ...added] } : undefined;
}
