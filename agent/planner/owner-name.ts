/**
 * "whats beta bikes revenue last month", "show me globex orders": an unknown name directly before a
 * metric, in the place the owner of the figures goes: another company, a product or anything else the
 * data does not have. Answering with the user's own revenue would be a confident answer about
 * something else; the planner says it does not know the name instead (the tenant comes from the
 * login, never from the question).
 */

/** How a question about figures opens, before the owner's name. */
const LEAD =
  /^(?:(?:hey|ok|so|and|quick q|quick question|pls|please)\s+)*(?:whats|what s|what is|what was|what were|what are|whatre|show me|show|give me|get me|pull|pull up|tell me|how is|how was|how are|how were|hows|how s)\s+/;

/** Words that may follow an unknown word without making it an owner ("whats heatwave in july"). */
const NOT_A_NOUN = new Set(
  "a an and are as at be been but by do does for from has have how if in into is it its of on or our over per so than that the their then there these they this to up us vs was we were what when where which who why will with you your".split(
    " ",
  ),
);

/** Words that qualify a figure rather than own it ("show actual spend", "whats real revenue"). */
const QUALIFIERS = new Set(
  "actual actuals real true net gross total overall planned budgeted projected average avg daily weekly monthly blended incremental raw reported current".split(
    " ",
  ),
);

/**
 * Whether the question names an unknown owner right before a metric word.
 * @param unknownWords the parser's unrecognised words (the user's own organization name removed).
 * @param ownWords words of the organization's own channel, platform and campaign names.
 * @param isMetricWord whether a word alone names a catalog metric ("revenue", "roas").
 * @returns the name, or undefined.
 * @example ownerBeforeMetric("whats beta bikes revenue last month", ["beta", "bikes"], new Set(), (w) => w === "revenue") // "beta bikes"
 */
export function ownerBeforeMetric(
  text: string,
  unknownWords: readonly string[],
  ownWords: ReadonlySet<string>,
  isMetricWord: (word: string) => boolean,
): string | undefined {
  const lead = LEAD.exec(text);
  if (!lead) return undefined;
  const unknown = new Set(unknownWords);
  const words = text.slice(lead[0].length).split(" ");
  let k = 0;
  while (
    k < 3 &&
    k < words.length &&
    unknown.has(words[k]!) &&
    !ownWords.has(words[k]!) &&
    !NOT_A_NOUN.has(words[k]!) &&
    !QUALIFIERS.has(words[k]!)
  )
    k++;
  const next = words[k];
  if (k === 0 || next === undefined || NOT_A_NOUN.has(next)) return undefined;
  const name = words.slice(0, k);
  return name.some((w) => w.length > 2) && isMetricWord(next) ? name.join(" ") : undefined;
}
