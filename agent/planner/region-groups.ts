/**
 * Parts of the US that marketers name instead of states: "east coast vs west coast revenue", "how
 * is the midwest doing", "new customers in the pacific northwest". The data records a customer's
 * state (the region dimension), so a named part is the set of its states: two or more parts set
 * side by side are one total each (frame.groups, one query per part); one part alone is a filter
 * on its states. The states each part holds are said in the answer, because usage differs.
 * Definitions: the US Census Bureau's regions and divisions where one exists (Northeast, Midwest,
 * South, West; New England, Mid-Atlantic, Mountain), the Atlantic and Pacific coastlines for the
 * coasts, and Washington, Oregon and Idaho for the Pacific Northwest.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import type { Frame, FrameFilter } from "./types.ts";

export interface RegionGroup {
  label: string;
  /** USPS codes, as the region dimension stores states. */
  states: readonly string[];
  /** What the label is taken to mean, said in the answer. */
  basis: string;
}

const NEW_ENGLAND = ["CT", "ME", "MA", "NH", "RI", "VT"];
const MID_ATLANTIC = ["NJ", "NY", "PA"];

/** Each part with the words that name it (lowercase, normalized text). */
const GROUPS: readonly (RegionGroup & { words: RegExp })[] = [
  {
    label: "East Coast",
    words: /\b(?:east(?:ern)? coast|atlantic coast|eastern seaboard)\b/,
    states: ["ME", "NH", "MA", "RI", "CT", "NY", "NJ", "DE", "MD", "VA", "NC", "SC", "GA", "FL"],
    basis: "the 14 states on the Atlantic coast",
  },
  {
    label: "West Coast",
    words: /\b(?:west(?:ern)? coast|pacific coast)\b/,
    states: ["CA", "OR", "WA"],
    basis: "California, Oregon and Washington",
  },
  {
    label: "Pacific Northwest",
    words: /\b(?:pacific northwest|pnw)\b/,
    states: ["WA", "OR", "ID"],
    basis: "Washington, Oregon and Idaho",
  },
  {
    label: "New England",
    words: /\bnew england\b/,
    states: NEW_ENGLAND,
    basis: "the Census Bureau's New England division",
  },
  {
    label: "Mid-Atlantic",
    words: /\bmid ?atlantic\b/,
    states: MID_ATLANTIC,
    basis: "the Census Bureau's Mid-Atlantic division (New York, New Jersey, Pennsylvania)",
  },
  {
    label: "Northeast",
    words: /\b(?:the )?north ?east(?:ern)?(?: (?:states|region|us))?\b(?! coast)/,
    states: [...NEW_ENGLAND, ...MID_ATLANTIC],
    basis: "the Census Bureau's Northeast region",
  },
  {
    label: "Midwest",
    words: /\b(?:mid ?west(?:ern)?)(?: (?:states|region))?\b/,
    states: ["IL", "IN", "MI", "OH", "WI", "IA", "KS", "MN", "MO", "NE", "ND", "SD"],
    basis: "the Census Bureau's Midwest region",
  },
  {
    label: "Mountain states",
    words: /\b(?:mountain (?:states|west|region)|rockies|rocky mountain states)\b/,
    states: ["AZ", "CO", "ID", "MT", "NV", "NM", "UT", "WY"],
    basis: "the Census Bureau's Mountain division",
  },
  {
    label: "South",
    words: /\b(?:the south|southern states|south region|(?:the )?southern us)\b/,
    states: [
      ...["DE", "DC", "FL", "GA", "MD", "NC", "SC", "VA", "WV", "AL", "KY", "MS", "TN", "AR", "LA"],
      ...["OK", "TX"],
    ],
    basis: "the Census Bureau's South region",
  },
  {
    label: "West",
    words: /\b(?:the west(?! coast)|western states|west region|(?:the )?western us)\b/,
    states: ["AZ", "CO", "ID", "MT", "NV", "NM", "UT", "WY", "AK", "CA", "HI", "OR", "WA"],
    basis: "the Census Bureau's West region",
  },
];

/**
 * The parts of the US a question names, in the order it names them.
 * @example regionGroupsIn("east coast vs west coast revenue").map((g) => g.label) // ["East Coast", "West Coast"]
 */
export function regionGroupsIn(text: string): RegionGroup[] {
  const found: { at: number; group: RegionGroup }[] = [];
  let rest = text;
  for (const g of GROUPS) {
    const m = g.words.exec(rest);
    if (!m) continue;
    found.push({ at: m.index, group: { label: g.label, states: g.states, basis: g.basis } });
    // "pacific northwest" is not also the "west"; blank the words a part used.
    rest = rest.slice(0, m.index) + " ".repeat(m[0].length) + rest.slice(m.index + m[0].length);
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.group);
}

/** The region filter for one part: its states. */
export function regionGroupFilter(group: RegionGroup): FrameFilter {
  return { field: "region", op: "in", values: [...group.states] };
}

/**
 * What the answer says about the parts it used: the states each holds, and that customers whose
 * state is not recorded by name ("other") are in none of them.
 */
export function regionGroupsNote(groups: readonly RegionGroup[]): string {
  const each = groups.map((g) => `${g.label} is ${g.basis} (${g.states.join(", ")})`).join("; ");
  return `${each}. Orders from states your data does not record by name ("other") ${groups.length === 1 ? "are not included" : "are in none of them"}.`;
}

/**
 * The frame with the parts of the US the question names: two or more side by side are one total
 * each (frame.groups); one alone filters to its states. Either way the note says which states.
 * @example withRegionGroups(frame, "east coast vs west coast revenue").groups?.map((g) => g.label) // ["East Coast", "West Coast"]
 */
export function withRegionGroups(frame: Frame, text: string, catalog: Catalog): Frame {
  if (frame.intent !== "query" && frame.intent !== "rank") return frame;
  const groups = regionGroupsIn(text);
  if (!groups.length) return frame;
  // Only what is recorded per customer splits by state ("east vs west revenue" also drew spend,
  // which has no state): those measures, or revenue and orders when none of them does.
  const byState = frame.metrics.filter((m) => catalog.metrics.get(m)?.supportedDimensions.includes("region"));
  frame = { ...frame, metrics: byState.length ? byState : ["revenue", "orders"] };
  const note = [frame.note, regionGroupsNote(groups)].filter(Boolean).join(" ");
  const filters = frame.filters.filter((f) => f.field !== "region");
  if (groups.length === 1) return { ...frame, filters: [...filters, regionGroupFilter(groups[0]!)], note };
  return {
    ...frame,
    intent: "query",
    dimensions: frame.dimensions.filter((d) => d !== "region"),
    filters,
    groups: groups.map((g) => ({ label: g.label, filters: [regionGroupFilter(g)] })),
    order: undefined,
    limit: undefined,
    note,
  };
}

/**
 * fix19b: a part of the US named after an answer ("just the west coast ones" after revenue by
 * state, "and the midwest?" after revenue by channel): the answer before, kept to that part's
 * states (two parts named: one total each). Read as a follow-up it changed nothing, and the repeat
 * was declined as not understood. A series or a comparison keeps its shape, filtered to one part
 * when every measure is recorded per customer state.
 * @example regionGroupFollowUp(revenueByState, "just the west coast ones", catalog).filters // [{ field: "region", op: "in", values: ["CA", "OR", "WA"] }]
 */
export function regionGroupFollowUp(frame: Frame, text: string, catalog: Catalog): Frame {
  if (frame.intent === "query" || frame.intent === "rank") return withRegionGroups(frame, text, catalog);
  const groups = regionGroupsIn(text);
  if (groups.length !== 1 || (frame.intent !== "trend" && frame.intent !== "compare")) return frame;
  if (!frame.metrics.every((m) => catalog.metrics.get(m)?.supportedDimensions.includes("region")))
    return frame;
  const filters = frame.filters.filter((f) => f.field !== "region");
  const note = [frame.note, regionGroupsNote(groups)].filter(Boolean).join(" ");
  return { ...frame, filters: [...filters, regionGroupFilter(groups[0]!)], note };
}

/**
 * s16: "holiday25 vs summer26 campaigns: spend and revenue each": two named groups of campaigns,
 * one total each beside the campaigns' own rows (the campaign breakdown stays).
 * @example withCampaignGroupTotals(frame, [{ label: "holiday25 campaigns", filter }, ...]).groups?.[0]?.label // "Holiday25 campaigns"
 */
export function withCampaignGroupTotals(
  frame: Frame,
  groups: readonly { label: string; filter: FrameFilter }[] | undefined,
): Frame {
  if (!groups || groups.length < 2 || (frame.intent !== "query" && frame.intent !== "rank")) return frame;
  if (!frame.dimensions.includes("campaign") || frame.dimensions.length > 1) return frame;
  const label = (l: string) => l.charAt(0).toUpperCase() + l.slice(1);
  return { ...frame, groups: groups.map((g) => ({ label: label(g.label), filters: [g.filter] })) };
}
