/**
 * Campaigns the question names, by group ("the bf25 campaigns"), by their words ("brand search")
 * or as two sides set against each other ("pmax vs the search campaigns", "bf vs holiday
 * campaigns"): one campaign filter, the text without those words, and whether two sides were named
 * (then each side is its own row).
 */
import { campaignsBeside, joinSides } from "./campaign-sides.ts";
import { campaignGroupFilter, campaignTokenFilter } from "./groups.ts";
import { INTENT_WORDS } from "./intent.ts";
import type { LexiconEntry } from "./lexicon.ts";
import { consume, STOPWORDS } from "./normalize.ts";
import type { DimensionValue, FrameFilter } from "./types.ts";

/** What the campaign words of a question settle. */
export interface CampaignSides {
  filter?: FrameFilter | undefined;
  rest: string;
  /** 2 when the question sets two sides against each other. */
  sides?: number | undefined;
  /** s16: two named groups of campaigns, each with the words that named it ("holiday25 campaigns"). */
  groups?: { label: string; filter: FrameFilter }[] | undefined;
}

/**
 * The words a reader took out of the text (consume() marks them with "|"), as the group's name.
 * @example consumedWords("bf25 vs holiday campaigns", "bf25 vs ||||||| |||||||||") // "holiday campaigns"
 */
function consumedWords(before: string, after: string): string {
  let out = "";
  for (let i = 0; i < before.length; i++) out += after[i] === "|" && before[i] !== "|" ? before[i] : " ";
  const words = out.split(/\s+/).filter((w) => w && w !== "campaign" && w !== "campaigns");
  return words.length ? `${words.join(" ")} campaigns` : "";
}

/**
 * fix10b: a ratio of two members' figures ("x divided by y", "how many times more") needs each one's figure too;
 * para21: so does "was paid search roas higher than paid social".
 */
export const SIDE_BY_SIDE =
  /\b(?:vs|versus|compare|compared|comparing|comparison|against|relative to|or|better|worse|beat|beats|beating|outperform\w*|head to head|which (?:one|of (?:them|the two|these|those|both))|each of (?:them|the two|these|those)|(?:more|less) efficient|separately|individually|side by side|differ|differs|differ(?:ed|ence|ent)|divided by|ratio|how many times|times (?:more|less|higher|lower|bigger|smaller|as|costlier|pricier|cheaper)|multiple of|(?:higher|lower|bigger|smaller|greater|stronger|weaker|cheaper|costlier|pricier|more efficient|less efficient) than)\b/;

/**
 * fix7c: "the spring26 campaigns against the summer26 ones", "bf vs holiday campaigns": a named
 * group of campaigns set beside another group named by its own words. The group phrase took only
 * one side, so the other was left unread and the question fell to a catalog search; both groups
 * join the filter, counted as two sides (a campaign breakdown, one row each).
 */
function secondCampaignGroup(
  text: string,
  first: { filter?: FrameFilter | undefined; rest: string },
  other: { filter?: FrameFilter | undefined; rest: string },
): CampaignSides {
  const a = first.filter;
  const b = other.filter;
  if (!a || !b || a.op !== "in" || b.op !== "in" || !SIDE_BY_SIDE.test(first.rest)) return first;
  const values = [...new Set([...a.values, ...b.values])];
  if (values.length === a.values.length) return first;
  const labels = [consumedWords(text, first.rest), consumedWords(first.rest, other.rest)];
  const groups =
    labels[0] && labels[1] && labels[0] !== labels[1]
      ? [
          { label: labels[0], filter: a },
          { label: labels[1], filter: b },
        ]
      : undefined;
  return { filter: { ...a, values }, rest: other.rest, sides: 2, ...(groups ? { groups } : {}) };
}

/** A word set beside another by a side-by-side word: "bf25 vs ...", "... against the bf25". */
const BESIDE = [
  /\b([a-z0-9][a-z0-9+]*) (?:campaigns? )?(?:vs|versus|against|compared (?:to|with))\b/g,
  /\b(?:vs|versus|against|compared (?:to|with)) (?:the |our )?([a-z0-9][a-z0-9+]*)\b/g,
];

/**
 * The other side's group when its word also names something else (an email send "BF25 - Early
 * Access" shares "bf25"), so the campaign-word scan skipped it: the word beside "vs" read as a
 * group of campaigns, as "<word> campaigns" would be.
 */
function besideGroup(
  rest: string,
  values: readonly DimensionValue[],
  otherNames: ReadonlySet<string>,
): { filter?: FrameFilter | undefined; rest: string } {
  for (const re of BESIDE)
    for (const m of rest.matchAll(re)) {
      const word = m[1]!;
      if (STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
      const group = campaignGroupFilter(`${word} campaigns`, values, otherNames);
      if (!group.filter) continue;
      const start = m.index + m[0].indexOf(word);
      return { filter: group.filter, rest: consume(rest, { start, end: start + word.length }) };
    }
  return { rest };
}

/**
 * The campaign filter a question's campaign words name, and the text left.
 * @example readCampaignSides("pmax vs the search campaigns", values, lexicon).sides // 2
 */
export function readCampaignSides(
  text: string,
  values: readonly DimensionValue[],
  lexicon: readonly LexiconEntry[],
): CampaignSides {
  const otherNames = new Set(
    lexicon
      .filter((e) => e.target.kind === "value" && e.target.dimension !== "campaign")
      .map((e) => e.phrase),
  );
  const grouped = campaignGroupFilter(text, values, otherNames);
  const otherWords = new Set(
    lexicon
      .filter((e) => !(e.target.kind === "value" && e.target.dimension === "campaign"))
      .flatMap((e) => e.phrase.split(" ")),
  );
  for (const w of INTENT_WORDS) otherWords.add(w);
  const otherPhrases = new Set(
    lexicon
      .filter((e) => !(e.target.kind === "value" && e.target.dimension === "campaign"))
      .map((e) => e.phrase),
  );
  // fix7c: "bf vs holiday campaigns": a second group (or a named campaign) beside the first group.
  const tokens = grouped.filter
    ? campaignTokenFilter(grouped.rest, values, otherWords, otherPhrases)
    : undefined;
  const byName: CampaignSides = grouped.filter
    ? secondCampaignGroup(
        text,
        grouped,
        tokens?.filter ? tokens : besideGroup(grouped.rest, values, otherNames),
      )
    : campaignTokenFilter(grouped.rest, values, otherWords, otherPhrases);
  // fix7a: "pmax vs the search campaigns": the second side is every campaign named with that word.
  const beside = byName.sides ? undefined : campaignsBeside(byName.rest, byName.filter, values);
  // fix7a: "is advantage+ beating the retargeting campaigns": a named campaign set against the group.
  const against = byName.sides ? undefined : tokens;
  const joined = joinSides(grouped.rest, grouped.filter, against?.filter);
  return beside
    ? { ...beside, sides: 2 }
    : joined && against
      ? { filter: joined, rest: against.rest, sides: 2 }
      : byName;
}
