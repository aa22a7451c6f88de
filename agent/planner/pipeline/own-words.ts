/** Words of the organization's own channel, platform and campaign names (never another company). */
import { normalize } from "../normalize.ts";
import type { DimensionValue, PlannerContext } from "../types.ts";

// Built once per dimension-values array (the agent reuses it until the data changes); the length
// guards against a caller that edits the array in place.
const ownWordsByValues = new WeakMap<readonly DimensionValue[], { length: number; words: Set<string> }>();

/** The words of every own dimension value's label and aliases. */
export function ownValueWords(ctx: PlannerContext): ReadonlySet<string> {
  const hit = ownWordsByValues.get(ctx.dimensionValues);
  if (hit && hit.length === ctx.dimensionValues.length) return hit.words;
  const words = new Set<string>();
  for (const v of ctx.dimensionValues)
    for (const n of [v.label, ...v.aliases])
      for (const w of normalize(n).split(" ")) if (w.length > 1) words.add(w);
  ownWordsByValues.set(ctx.dimensionValues, { length: ctx.dimensionValues.length, words });
  return words;
}
