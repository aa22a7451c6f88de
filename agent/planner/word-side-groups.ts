/**
 * fix12d: "prospecting or retargeting, which works better on tiktok", "remarketing vs prospecting
 * roas": two kinds of campaign named by a word their names hold, set against each other. The words
 * became one campaign filter holding both kinds, so the answer listed campaigns but never set the
 * two kinds side by side. Each word becomes a named group (its campaigns), one total each
 * (frame.groups, as for parts of the US), with the campaigns' own rows kept; when the question
 * judges them ("which is better", "more efficient"), cost per order joins ROAS and a verdict leads
 * (agent/present/group-verdict.ts).
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { GROUP_VERDICT_NOTE } from "../present/group-verdict.ts";
import { filterValue } from "./dimensions.ts";
import { normalize } from "./normalize.ts";
import type { DimensionValue, Frame, FrameFilter } from "./types.ts";

/** Two single words set against each other, each optionally followed by "campaigns" or "ones". */
const SIDES =
  /\b([a-z][a-z0-9+]*)(?: campaigns?| ones?)? (?:vs|versus|or|against|compared (?:to|with)|relative to) (?:the |our |my )?([a-z][a-z0-9+]*)\b/;

/** Words marketers use for the same kind of campaign. */
const SAME_KIND: Record<string, readonly string[]> = {
  retargeting: ["retargeting", "remarketing"],
  remarketing: ["retargeting", "remarketing"],
};

/** Words that name a kind of campaign, not one campaign (a single campaign's word names no group). */
const KIND_WORDS = new Set([
  "prospecting",
  "retargeting",
  "remarketing",
  "brand",
  "nonbrand",
  "awareness",
  "conversion",
  "traffic",
]);

/** A judgement asked of the sides: which is better, more efficient, worth more. */
const JUDGED =
  /\b(?:which|better|worse|best|more efficient|less efficient|efficien\w*|outperform\w*|winning|wins|beat\w*|stronger|weaker|worth)\b/;

/** The campaigns whose name holds the word (or a word for the same kind). */
function campaignsNamed(word: string, campaigns: readonly DimensionValue[]): DimensionValue[] {
  const words = SAME_KIND[word] ?? [word];
  return campaigns.filter((c) => {
    const tokens = new Set(normalize(c.label).split(" "));
    return words.some((w) => tokens.has(w));
  });
}

/**
 * The two groups the question's words name, or undefined when it names no such pair.
 * @example wordSideGroups("prospecting vs retargeting roas", values)?.map((g) => g.label) // ["Prospecting campaigns", "Retargeting campaigns"]
 */
export function wordSideGroups(
  text: string,
  values: readonly DimensionValue[],
): { label: string; filter: FrameFilter }[] | undefined {
  const m = SIDES.exec(text);
  if (!m) return undefined;
  const campaigns = values.filter((v) => v.dimension === "campaign");
  const [a, b] = [campaignsNamed(m[1]!, campaigns), campaignsNamed(m[2]!, campaigns)];
  // A word no campaign holds, or one every campaign holds, names no group; nor do overlapping ones.
  if (!a.length || !b.length || a.length === campaigns.length || b.length === campaigns.length)
    return undefined;
  if (a.some((c) => b.includes(c))) return undefined;
  // "summer sale vs bf24 retargeting": words of two campaigns' names, not two kinds.
  const kind = (word: string, members: DimensionValue[]) => KIND_WORDS.has(word) || members.length >= 2;
  if (!kind(m[1]!, a) || !kind(m[2]!, b)) return undefined;
  const group = (word: string, members: DimensionValue[]) => ({
    label: `${word.charAt(0).toUpperCase()}${word.slice(1)} campaigns`,
    filter: {
      field: "campaign",
      op: "in" as const,
      values: members.map((c) => filterValue("campaign", String(c.value))),
    },
  });
  return [group(m[1]!, a), group(m[2]!, b)];
}

/**
 * The frame with the two word-named groups as one total each, when the question names such a pair
 * and the campaign words were read as one filter; unchanged otherwise.
 */
export function withWordSideGroups(
  frame: Frame,
  text: string,
  values: readonly DimensionValue[],
  catalog: Catalog,
): Frame {
  if (frame.groups?.length || (frame.intent !== "query" && frame.intent !== "rank")) return frame;
  const named = frame.filters.find((f) => f.field === "campaign" && f.op === "in");
  if (!named || frame.dimensions.some((d) => d !== "campaign")) return frame;
  const groups = wordSideGroups(text, values);
  if (!groups) return frame;
  // Both kinds were read as the question's campaigns (a word for the same kind may add more).
  const read = new Set(named.values.map(String));
  if (!groups.every((g) => g.filter.values.some((v) => read.has(String(v))))) return frame;
  const judged = JUDGED.test(text);
  // The campaigns' rows are the table: a measure with no campaign breakdown (MER) is left out.
  const byCampaign = frame.metrics.filter((m) =>
    catalog.metrics.get(m)?.supportedDimensions.includes("campaign"),
  );
  const metrics = judged ? [...new Set([...byCampaign, "cpa"])] : byCampaign;
  if (!metrics.length) return frame;
  const note = judged ? [GROUP_VERDICT_NOTE, frame.note].filter(Boolean).join(" ") : frame.note;
  return {
    ...frame,
    intent: "query",
    metrics,
    dimensions: ["campaign"],
    // The members' rows: every campaign of either group (a word for the same kind may add some).
    filters: [
      ...frame.filters.filter((f) => !(f.field === "campaign" && f.op === "in")),
      { field: "campaign", op: "in", values: groups.flatMap((g) => g.filter.values) },
    ],
    groups: groups.map((g) => ({ label: g.label, filters: [g.filter] })),
    order: undefined,
    limit: undefined,
    ...(note ? { note } : {}),
  };
}
