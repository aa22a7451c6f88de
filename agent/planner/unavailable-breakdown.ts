/**
 * Breakdowns marketers often ask for that the data has no dimension for (device, creative, geography,
 * demographics, keywords, landing pages, browsers). Answering such a question without them ("conversion
 * rate on mobile vs desktop" -> the overall conversion rate) would be a confident answer to a
 * different question; the planner says what is missing instead and offers the breakdowns it has.
 */

/** One kind of breakdown the data lacks, and the words that ask for it. */
interface UnavailableFamily {
  /** How the answer names it: "device". */
  label: string;
  /** Examples shown to the user: "mobile, desktop or tablet". */
  examples: string;
  words: RegExp;
}

const FAMILIES: readonly UnavailableFamily[] = [
  {
    label: "device",
    examples: "mobile, desktop or tablet",
    words:
      /\b(?:devices?|mobile|desktops?|tablets?|smartphones?|phones?|ios|android|iphones?|ipads?|(?:operating system|os) (?:version|type)s?)\b/,
  },
  {
    label: "ad creative",
    examples: "images, videos, headlines or ad copy",
    words:
      /\b(?:creatives?|(?<=\b(?:which|what) )ads? (?=(?:had|has|got|gets|did|does|performed|performs|was|were|is|are|drove|won|converted|converts)\b)|ad copy|ad copies|headlines?(?! (?:numbers|figures|metrics|kpis|stats|results))|ad images?|image ads?|video ads?|thumbnails?|ad formats?|ad variants?)\b/,
  },
  {
    // fix5b: customers carry a US state (the `region` dimension), so states and regions are a
    // breakdown the data has; finer or wider places are not.
    label: "country or city",
    examples: "country, city, postcode or DMA; the data has the customer's US state",
    words: /\b(?:country|countries|cities|city|postcodes?|zip ?codes?|postal codes?|dmas?|metro areas?)\b/,
  },
  {
    label: "demographics",
    examples: "age or gender",
    words:
      /\b(?:age groups?|age brackets?|age ranges?|ages|(?:customer|buyer|shopper|user|visitor)s? age|by age|genders?|demographics?|demographic|male|female|men|women)\b/,
  },
  {
    label: "keyword",
    examples: "search keywords or search terms",
    // para23: "exact vs broad match": match types named by their kind.
    words:
      /\b(?:keywords?|search terms?|search queries|match types?|(?:exact|broad|phrase) match(?:es|ing)?)\b/,
  },
  {
    label: "landing page",
    examples: "the page a visit started on",
    // para23: "what pages get the most organic visits", "top pages": the pages themselves asked for.
    words:
      /\b(?:landing pages?|entry pages?|urls?|(?<=\b(?:which|what|top|most visited|most popular|best) )(?:web ?|site )?pages\b(?! per))\b/,
  },
  {
    label: "product",
    examples: "product, SKU or category; orders carry no line items",
    words:
      /\b(?:products?|skus?|items? sold|best ?sellers?|best selling|top selling|product categor(?:y|ies)|merchandise|line items?)\b/,
  },
  {
    label: "browser",
    examples: "Chrome, Safari or Firefox",
    words: /\b(?:browsers?|chrome|safari|firefox)\b/,
  },
];

/** fix13a: the breakdowns the data lacks, by name, for the capability summary (assistant-answer.ts). */
export const UNAVAILABLE_BREAKDOWN_LABELS: readonly string[] = FAMILIES.map((f) => f.label);

/** A breakdown the question asks for that the data lacks. */
export interface UnavailableBreakdown {
  label: string;
  examples: string;
}

/** Words right before a breakdown's name that ask for it ("which products", "top 5 skus", "by item"). */
const ASKED_AS_BREAKDOWN =
  /\b(?:which|what|top|best|worst|by|per|each|every|most popular|least popular|highest|lowest|(?:top|best|worst) \d+|\d+ best|\d+ top)\s+$/;

/**
 * The first breakdown `text` (normalized) asks for that the data has no dimension for; a match made
 * only of words of the organization's own channel, platform and campaign names does not count
 * ("Mobile App Installs" is a campaign, not a device; "search terms" is still keywords).
 * @example unavailableBreakdown("conversion rate on mobile vs desktop", new Set()) // { label: "device", ... }
 */
export function unavailableBreakdown(
  text: string,
  ownValueWords: ReadonlySet<string>,
): UnavailableBreakdown | undefined {
  for (const family of FAMILIES) {
    const global = new RegExp(family.words.source, "g");
    for (const m of text.matchAll(global)) {
      const words = m[0].split(" ");
      // "which products sell best" asks for the breakdown even when a campaign is named "All
      // Products": only a bare mention ("the all products campaign") is the organization's own name.
      const asked = ASKED_AS_BREAKDOWN.test(text.slice(0, m.index));
      if (!asked && words.every((w) => ownValueWords.has(w))) continue;
      return { label: family.label, examples: family.examples };
    }
  }
  return undefined;
}

/**
 * The words of `text` that asked for a breakdown the data lacks: once the user has chosen another
 * breakdown they are settled, not unknown words to search the catalog for.
 */
export function unavailableBreakdownWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const family of FAMILIES)
    for (const m of text.matchAll(new RegExp(family.words.source, "g")))
      for (const w of m[0].split(" ")) out.add(w);
  if (out.has("creative") || out.has("creatives")) out.add("ad");
  return out;
}

/** The clarification text for a missing breakdown. */
export function unavailableBreakdownQuestion(b: UnavailableBreakdown): string {
  return `Your data has no ${b.label} breakdown (${b.examples}), so I can't answer by ${b.label}. I can answer it overall or by a breakdown the data has: which should I use?`;
}
