/**
 * fix21a: "add the lookalike campaign as its own row", "break out advantage+", "show the cart
 * abandoners one separately" after kinds of campaigns set side by side (prospecting vs retargeting
 * on Meta, campaign-sides.ts): the same table with the named campaign taken out of its kind's total
 * and given a total row of its own. Read alone, the turn's words were searched in the catalog.
 * The campaign is matched by the turn's own words against the names of the campaigns the previous
 * answer's kinds hold, so only a campaign already in the table can be split out.
 */
import { normalize } from "./normalize.ts";
import type { Reading } from "./pipeline/types.ts";
import type { DimensionValue, Frame, FrameFilter } from "./types.ts";

/** Asked to split a row out: "as its own row", "break out", "split out", "separately", "pull out". */
const BREAK_OUT =
  /\b(?:(?:its|their) own (?:row|line|total)|own (?:row|line)|(?:a |as a )?(?:separate|new|extra) (?:row|line|total)|separately|separated|on its own|by itself|break(?:ing)? (?:\w+ ){0,5}?(?:out|off|apart)|split(?:ting)? (?:\w+ ){0,5}?(?:out|off|apart)|pull(?:ing)? (?:\w+ ){0,5}?(?:out|apart)|single (?:\w+ ){0,2}?out)\b/;

/** Words a break-out turn may say besides the campaign's own. */
const FILLER = new Set(
  (
    "add added adding the a an as its it own row rows line lines total totals separate separately separated " +
    "new extra break breaking out off apart split splitting pull pulling single on by itself themselves " +
    "campaign campaigns one ones and also too please pls plz can could you would now ok okay then just " +
    "show me give put make into in to of from for with table that this those these so have let us i want " +
    "like see id d lets can t into breakout"
  ).split(" "),
);

type Group = NonNullable<Frame["groups"]>[number];

/** The campaign ids one group's filters name, or undefined when it is not a list of campaigns. */
function campaignsOf(group: Group): (string | number)[] | undefined {
  const f = group.filters.find((x) => x.field === "campaign" && x.op === "in");
  return f && f.op === "in" ? [...f.values] : undefined;
}

/** The campaigns among `ids` whose name holds every content word of the turn. */
function named(
  words: readonly string[],
  ids: readonly (string | number)[],
  values: readonly DimensionValue[],
): DimensionValue[] {
  const held = new Set(ids.map(String));
  return values.filter((v) => {
    if (v.dimension !== "campaign" || !held.has(v.value)) return false;
    const name = new Set(normalize(v.label).split(" "));
    return words.every((w) => name.has(w) || [...name].some((n) => n.length > 4 && n.startsWith(w)));
  });
}

/**
 * The previous answer's frame with the named campaign as its own total row, or undefined when the
 * turn asks no break-out or names no campaign of the previous kinds.
 * @example breakOutRow(reading("add the lookalike campaign as its own row", after "prospecting vs retargeting on meta"))?.groups?.length // 3
 */
export function breakOutRow(r: Reading): Frame | undefined {
  const prev = r.ctx.previous;
  if (prev?.kind !== "tool_calls" || !prev.frame.groups?.length) return undefined;
  const text = r.p.text;
  if (!BREAK_OUT.test(text) || r.p.metrics.length || r.p.time.period) return undefined;
  const words = text.split(" ").filter((w) => w.length > 1 && !FILLER.has(w));
  if (!words.length || words.length > 4) return undefined;
  const groups = prev.frame.groups;
  const ids = groups.flatMap((g) => campaignsOf(g) ?? []);
  const hits = named(words, ids, r.ctx.dimensionValues);
  if (!hits.length || hits.length === ids.length) return undefined;
  const out = new Set(hits.map((h) => h.value));
  const label = hits.length === 1 ? hits[0]!.label : `${words.join(" ")} campaigns`;
  const kept = groups.flatMap((g): Group[] => {
    const own = campaignsOf(g);
    if (!own) return [g];
    const rest = own.filter((id) => !out.has(String(id)));
    if (rest.length === own.length) return [g];
    if (!rest.length) return [];
    const filters = g.filters.map(
      (f): FrameFilter => (f.field === "campaign" && f.op === "in" ? { ...f, values: rest } : f),
    );
    // The kind's total without it: "Other prospecting campaigns" (said once, however many leave).
    const other = /^Other /.test(g.label)
      ? g.label
      : `Other ${g.label.charAt(0).toLowerCase()}${g.label.slice(1)}`;
    return [{ ...g, label: other, filters }];
  });
  const own: Group = {
    label,
    filters: [{ field: "campaign", op: "in", values: ids.filter((id) => out.has(String(id))) }],
  };
  return { ...prev.frame, groups: [...kept, own] };
}
