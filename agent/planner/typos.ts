/**
 * Typo tolerance for breakdown and value words ("chanel", "platfrom", "campaing"): an unrecognised
 * word of five letters or more that is one edit (or one swap of neighbouring letters) away from
 * exactly one word the lexicon uses for a metric, dimension, channel or platform is read as that
 * word, and so is one that differs from it only in a doubled letter ("afilliate", "refferal").
 * Deterministic: ties and short words are left alone, and so are common English words that happen
 * to sit one edit from a vocabulary word.
 */
import { editDistance } from "../../semantic/catalog/suggest.ts";
import type { LexiconEntry } from "./lexicon.ts";
import { STOPWORDS } from "./normalize.ts";

/** Real words one edit from a vocabulary word; never corrected ("speed" is not "spend"). */
export const PROTECTED: ReadonlySet<string> = new Set(
  (
    "speed speeds share shares chance sale sales order ordered ordering click clicked clicking costly " +
    "cause refund refunds return returned returning brand brands store stores sport sports spent " +
    "rated rater rates users using venue vendor vendors views " +
    "viewed visit visited visitor visitors panel panels model models mobile device devices making " +
    "taking state states stated rank ranks ranked ranking stage stages staged stale shape shapes shaped " +
    "shaping older clock stall stalled rows row grand grands coast coasts " +
    // fix19f: English words one edit from a vocabulary word ("smart bidding" is not "start
    // bidding", "a sharp drop" not "a share drop", "cross channel" not "gross channel").
    "smart stark spare scare shore shard sharp shade shake shame prime pride prize teach peach " +
    "beach leach cross grass gloss court mount tends lends bends valve tides tiles timed timer " +
    "chick clone chose medic modal morel modem grout bound bounds nails tails rails owner owners " +
    "bites kites cites upend monkey honey posts hosts starch traced radio opener verse chopper " +
    // fix21c: "shave 2k off the budget" is a cut, not "share".
    "shave shaves shaved"
  ) // fix12a: "months as rows" is a layout, not ROAS; fix14d: "a grand" is $1,000, not "a brand"
    .split(" "),
);

/**
 * fix16a: the word with each run of one letter written once: a letter doubled or not doubled by
 * mistake ("afilliate", "refferal", "gooogle") is the commonest misspelling, often two edits away.
 * @example undoubled("afilliate") === undoubled("affiliate") // true ("afiliate")
 */
const undoubled = (w: string) => w.replace(/([a-z])\1+/g, "$1");

const singular = (w: string) => w.replace(/(?<=[a-z]{3})(?:es|s)$/, "");

/**
 * The single-word vocabulary a typo may be corrected to. Campaign and email campaign names are
 * excluded: too many words, and one of them ("camping") made "campigns" a tie, so the breakdown
 * word asked for was dropped (fix9e).
 */
const NAMED_DIMENSIONS = new Set(["campaign", "email_campaign"]);
function vocabulary(lexicon: readonly LexiconEntry[]): string[] {
  const out = new Set<string>();
  for (const e of lexicon) {
    if (e.exactCase) continue;
    if (e.target.kind === "value" && NAMED_DIMENSIONS.has(e.target.dimension)) continue;
    for (const w of e.phrase.split(" ")) if (w.length >= 5 && /^[a-z]+$/.test(w)) out.add(w);
  }
  return [...out];
}

/**
 * The vocabulary word a typo stands for, if exactly one is close enough.
 * @example typoTarget("chanel", ["channel", "campaign"]) // "channel"
 */
export function typoTarget(word: string, vocab: readonly string[]): string | undefined {
  if (word.length < 5 || !/^[a-z]+$/.test(word) || PROTECTED.has(word)) return undefined;
  const hits = new Set<string>();
  for (const v of vocab) {
    if (v[0] !== word[0] && v[1] !== word[1]) continue;
    if (
      editDistance(word, v) <= 1 ||
      editDistance(singular(word), singular(v)) <= 1 ||
      (word.length >= 6 && undoubled(word) === undoubled(v))
    )
      hits.add(singular(v));
  }
  if (hits.size !== 1) return undefined;
  const target = [...hits][0]!;
  return (
    vocab.find(
      (v) => singular(v) === target && (editDistance(word, v) <= 1 || undoubled(word) === undoubled(v)),
    ) ?? target
  );
}

/**
 * Rewrite the unrecognised words of a question that are typos of vocabulary words.
 * @returns the question with those words replaced (unchanged when none is).
 */
export function correctTypos(
  question: string,
  unknownWords: readonly string[],
  lexicon: readonly LexiconEntry[],
  known: ReadonlySet<string>,
  inPhraseOnly: readonly string[] = [],
): string {
  const vocab = vocabulary(lexicon);
  const phrases = inPhraseOnly.length ? lexicon.map((e) => e.phrase).filter((p) => p.includes(" ")) : [];
  let out = question;
  const touched: string[] = [];
  for (const w of new Set([...unknownWords, ...inPhraseOnly])) {
    if (known.has(w) || known.has(singular(w))) continue;
    const target = typoTarget(w, vocab);
    if (!target || target === w) continue;
    const next = out.replace(new RegExp(`(?<![A-Za-z])${w}(?![A-Za-z])`, "gi"), target);
    // fix16a: a word the fuzzy metric match already read is spelled out only when that completes
    // a longer phrase ("cost per aquisition"); else its reading stands ("coast" stays a coast).
    if (!unknownWords.includes(w) && !completesPhrase(next.toLowerCase(), target, phrases)) continue;
    out = next;
    touched.push(target);
  }
  return correctPhraseTypos(out, [...unknownWords, ...inPhraseOnly, ...touched], lexicon);
}

/** Short English words that are never a shortening of a vocabulary word ("but" is not "budget"). */
const PLAIN_WORDS: ReadonlySet<string> = new Set(
  "but yet get got set put let cut not new old big top low high best worst good bad per via".split(" "),
);

/**
 * Whether a typed word may stand for a vocabulary word inside a phrase: the same word, one edit
 * away ("rat" for "rate"), or its letters in order with the same first letter, as a shortening
 * ("ordr" for "order", "conv" for "conversion", "avg" for "average").
 * @example closeInPhrase("rte", "rate") // true
 */
export function closeInPhrase(typed: string, word: string): boolean {
  if (typed === word || (typed.length > 3 && singular(typed) === singular(word))) return true;
  if (PLAIN_WORDS.has(typed) || STOPWORDS.has(typed)) return false;
  // Longer words are the single-word pass's (with its guards: "purchasers" is not "purchases").
  if (typed.length < 3 || typed.length > 5 || typed[0] !== word[0] || typed.length > word.length + 1)
    return false;
  if (editDistance(typed, word) <= 1) return true;
  if (SHORTENINGS[typed] === word || (typed.length >= 4 && word.startsWith(typed))) return true;
  // Letters dropped ("ordr", "rte"), not a word's initials ("avg" is not "advertising").
  if (typed.length < word.length * 0.6) return false;
  let i = 0;
  for (const ch of word) if (ch === typed[i]) i++;
  return i === typed.length;
}

/** Shortenings marketers type for a metric's words. */
const SHORTENINGS: Readonly<Record<string, string>> = {
  avg: "average",
  conv: "conversion",
  convs: "conversions",
  rev: "revenue",
  thru: "through",
  cust: "customer",
  custs: "customers",
  sess: "session",
  imps: "impressions",
};

/**
 * fix17f: a metric named in two to four words with short words misspelt or shortened ("bounce
 * rat", "conv rte", "avg ordr value"): single-word correction leaves words under five letters
 * alone, so the words are matched against the metric phrases as a whole. A stretch of words is
 * rewritten only when it holds an unrecognised word, every word of it is close to the phrase's
 * word in its place, and every close phrase names the same metric.
 */
function correctPhraseTypos(
  question: string,
  unknownWords: readonly string[],
  lexicon: readonly LexiconEntry[],
): string {
  const unknown = new Set(unknownWords);
  const tokens = [...question.matchAll(/[A-Za-z]+/g)].map((m) => ({ word: m[0].toLowerCase(), at: m.index }));
  if (!tokens.some((t) => unknown.has(t.word))) return question;
  const phrases = lexicon.filter(
    (e) => e.target.kind === "metric" && /^[a-z]+(?: [a-z]+){1,3}$/.test(e.phrase),
  );
  for (let start = 0; start < tokens.length; start++)
    for (const size of [4, 3, 2]) {
      const run = tokens.slice(start, start + size);
      if (run.length < size || !run.some((t) => unknown.has(t.word))) continue;
      // One word typed right anchors the phrase; two shortenings alone ("co rt") say too little.
      const exact = new Set(phrases.flatMap((e) => e.phrase.split(" ")));
      if (!run.some((t) => exact.has(t.word))) continue;
      const last = run.at(-1)!;
      const span = question.slice(run[0]!.at, last.at + last.word.length);
      if (!/^[A-Za-z]+(?:\s+[A-Za-z]+)*$/.test(span)) continue;
      const hits = phrases.filter((e) => {
        const words = e.phrase.split(" ");
        return words.length === size && words.every((w, i) => closeInPhrase(run[i]!.word, w));
      });
      const keys = new Set(hits.map((h) => (h.target.kind === "metric" ? h.target.key : "")));
      if (keys.size !== 1) continue;
      const end = last.at + last.word.length;
      return question.slice(0, run[0]!.at) + hits[0]!.phrase + question.slice(end);
    }
  return question;
}

/** Whether `text` holds a phrase of two words or more that has `word` in it. */
function completesPhrase(text: string, word: string, phrases: readonly string[]): boolean {
  return phrases.some(
    (p) =>
      p.split(" ").includes(word) &&
      new RegExp(`(?<![a-z])${p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![a-z])`).test(text),
  );
}
