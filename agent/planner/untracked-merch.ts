/**
 * fix12e: product collections, categories and product lines ("how did the winter jackets
 * collection sell", "sleeping bags or backpacks, which category is up more"). Orders carry no line
 * items, so nothing is known of a collection's or a category's own sales. Read as a metric question
 * the collection's words picked one campaign whose name shares them and its figures were given as
 * "how the collection did", or the word "category" went to a catalog search. Instead the answer
 * says first that collections and categories are not tracked, then gives the nearest: the ad
 * campaigns named after each one (every one of them, named in the note and a row each).
 */
import { normalize, STOPWORDS } from "./normalize.ts";
import type { DimensionValue } from "./types.ts";
import type { UnavailablePart } from "./unavailable-part-intent.ts";
import { timeWords } from "./untracked-data-intent.ts";

/** The words that name a group of products. */
const MERCH =
  /\b(?:collections?|(?:product )?categor(?:y|ies)|product (?:lines?|ranges?|types?|families|groups?)|(?:gear|product) (?:lines?|ranges?))\b/;
/** The question is about an email or names the campaign as a campaign: not a product group. */
const NOT_MERCH =
  /\b(?:e ?mails?|newsletters?|sends?|blasts?|campaigns?|ads?|adverts?|(?:our|the) (?:space|vertical|industry)|vs (?:the )?(?:industry|market))\b/;
/** Sides of a comparison: "tents vs boots", "tents or boots", "tents compared to boots". */
const SIDES = /\s(?:vs|versus|or|against|compared (?:to|with)|and)\s/;
/** Words in campaign names that name a channel or a tactic, not what is sold. */
const TACTIC_WORDS = new Set(
  (
    "search brand nonbrand exact broad display shopping pmax video remarketing retargeting prospecting " +
    "lookalike purchasers advantage carousel spark ads tiktok meta google affiliate sites deals deal " +
    "coupon cashback loyalty publishers sitewide guide gift visitors enthusiasts creators abandoners " +
    "cart products all early access sale"
  ).split(" "),
);
/** Question words that are never a product's name. */
const ASK_WORDS = new Set(
  (
    "how did does do doing done which what growing grew grown faster fastest quicker more most less " +
    "sell sold selling sales revenue orders perform performed performing went going well better best " +
    "worse worst up down vs versus compare compared this last year month quarter week time all ytd " +
    "is are was were the our we us show tell give me been since over trend trending"
  ).split(" "),
);
/** A growth comparison: each side's months set against each other (growth-race.ts reads it). */
const GROWTH =
  /\b(?:grow\w*|grew|trend\w*|rising|rose|climb\w*|up more|gaining|momentum|faster|quicker|accelerat\w*)\b/;

const nameWords = (label: string) => normalize(label).split(" ");

/** The content words of one side that some campaign name holds (a plural's singular counts too). */
function productWords(side: string, campaigns: readonly DimensionValue[]): string[] {
  const words = side
    .split(/\s+/)
    .filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !ASK_WORDS.has(w) && !TACTIC_WORDS.has(w));
  return words.filter((w) => campaigns.some((c) => holds(c.label, w)));
}

/** Whether a campaign name holds the word, or its singular ("tents" in "Tents & Shelters"). */
function holds(label: string, word: string): boolean {
  const stem = word.replace(/(?<=[a-z]{3})s$/, "");
  // A short word ("ski") only as a whole word of the name; a longer one may begin one ("tent").
  return nameWords(label).some((n) => n === word || n === stem || (stem.length >= 4 && n.startsWith(stem)));
}

/** The campaigns named after one side: those holding all its words, else any of them. */
function sideCampaigns(words: readonly string[], campaigns: readonly DimensionValue[]): DimensionValue[] {
  const all = campaigns.filter((c) => words.every((w) => holds(c.label, w)));
  return all.length ? all : campaigns.filter((c) => words.some((w) => holds(c.label, w)));
}

const title = (words: readonly string[]) =>
  words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");

/**
 * The collection or category asked about, as the nearest question (its campaigns' figures) with
 * the note that leads the answer; undefined when no product group is named or no campaign is
 * named after it.
 * @example merchCampaignsPart("how did the camping collection do", values, "2026-11-01")?.note // "Sales by product, collection ..."
 */
export function merchCampaignsPart(
  question: string,
  values: readonly DimensionValue[],
  today: string,
): UnavailablePart | undefined {
  const text = normalize(question);
  const m = MERCH.exec(text);
  if (!m || NOT_MERCH.test(text)) return undefined;
  // An email send named whole ("the fall camping collection") is that send, read by email-send.ts.
  const sends = values.filter((v) => v.dimension === "email_campaign").map((v) => normalize(v.label));
  if (sends.some((s) => s.length > 3 && ` ${text} `.includes(` ${s} `))) return undefined;
  const campaigns = values.filter((v) => v.dimension === "campaign");
  const body = text.replace(new RegExp(MERCH.source, "g"), " ");
  const sides = body
    .split(SIDES)
    .map((s) => productWords(s, campaigns))
    .filter((w) => w.length);
  if (!sides.length) return undefined;
  const named = sides.map((words) => ({ words, hits: sideCampaigns(words, campaigns) }));
  const picked = [...new Map(named.flatMap((n) => n.hits).map((c) => [c.value, c])).values()];
  if (!picked.length) return undefined;
  // "the camping collection video": a channel or tactic word of the campaign's own name names the
  // campaign itself, not the collection.
  const tactics = text.split(" ").filter((w) => TACTIC_WORDS.has(w));
  if (tactics.some((w) => picked.some((c) => nameWords(c.label).includes(w)))) return undefined;
  const kind = /categor/.test(m[0]) ? "category" : /collection/.test(m[0]) ? "collection" : "product line";
  const each =
    named.length > 1
      ? named.map((n) => `for ${title(n.words)}, ${n.hits.map((c) => c.label).join(" and ")}`).join("; ")
      : picked.map((c) => c.label).join(", ");
  const growth = GROWTH.test(text);
  const measures = /\b(?:orders?|clicks|spend|roas|cpa|sessions)\b/.test(text)
    ? (text.match(/\b(?:revenue|orders?|clicks|spend|roas|cpa)\b/g) ?? []).join(" and ")
    : growth
      ? "revenue, clicks, spend and roas"
      : "revenue, spend and roas";
  // "the spring launch line in q2": a season that is also the line's name is no period when
  // another one is named.
  const productNames = new Set(sides.flat());
  const spoken = timeWords(question, today);
  const left = spoken
    .split(" ")
    .filter((w) => !productNames.has(w) && !/^(?:the|in|during|over|for|of)$/.test(w));
  const period = left.length
    ? spoken.replace(new RegExp(`\\b(?:${[...productNames].join("|")})\\b`, "g"), " ").trim()
    : spoken;
  const when = period || (growth ? "this year" : "all time");
  const rest = `${measures} by campaign${growth ? " growing fastest" : ""} ${when}`
    .replace(/\s+/g, " ")
    .trim();
  return {
    rest,
    note:
      `Sales by product, collection or category are not tracked in your data (orders carry no line items), so I can't say how the ${kind} itself did. ` +
      `The nearest are the ad campaigns named after ${named.length > 1 ? "each" : "it"} (${each}): below, each with its own figures, which are that campaign's, not the ${kind}'s sales.`,
    campaigns: picked.map((c) => (/^\d+$/.test(c.value) ? Number(c.value) : c.value)),
  };
}
