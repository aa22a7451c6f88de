/** Text normalization shared by search and embeddings: lowercase words, light stemming, stopwords. */

const STOPWORDS = new Set(
  (
    "a an the of for on in at to by and or vs versus with from our my we us our is was were are be been " +
    "what whats how much many did do does show me give tell get please which who whose per each " +
    "this that these those last previous next current week month year quarter today yesterday " +
    "daily weekly monthly over time trend total overall all it its i you your can could would each into that there than have has had"
  ).split(" "),
);

/** Lowercase, turn punctuation (except %) into spaces, collapse whitespace. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[_\-/]/g, " ")
    .replace(/[^a-z0-9% ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Words marketers use for the same thing, folded before matching ("paying per click" ~ cost). */
const FOLD: Record<string, string> = {
  pay: "cost",
  paying: "cost",
  price: "cost",
  pricing: "cost",
  charged: "cost",
  percentage: "rate",
  percent: "rate",
  share: "rate",
  ratio: "rate",
};

/**
 * Crude English stem, enough to match "clicks"/"click", "opened"/"opens", "bounced"/"bounce".
 * @example stem("bounced") === stem("bounce") // true
 */
export function stem(word: string): string {
  let w = FOLD[word] ?? word;
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

/** All normalized words. */
export function words(text: string): string[] {
  const n = normalize(text);
  return n ? n.split(" ") : [];
}

/** Words that carry meaning (stopwords removed), stemmed. */
export function contentWords(text: string): string[] {
  return words(text)
    .filter((w) => !STOPWORDS.has(w))
    .map(stem);
}
