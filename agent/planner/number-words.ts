/**
 * Number words marketers type instead of digits: "top three", "last six weeks", "bought twice".
 * One table for every reader of counts, so "top twelve" and "last twelve weeks" agree.
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  sixty: 60,
  ninety: 90,
};

/**
 * A regex alternative for a count: up to `digits` digits or one of `words` (NUMBER_WORDS unless
 * given). Longer words come first so an unanchored match reads "sixty", not "six".
 */
export function countPattern(digits = 3, words: Readonly<Record<string, number>> = NUMBER_WORDS): string {
  const names = Object.keys(words).sort((a, b) => b.length - a.length);
  return `\\d{1,${digits}}|${names.join("|")}`;
}

/** The value of a count matched by `countPattern` (digits or a word of `words`); undefined if neither. */
export function countValue(
  word: string,
  words: Readonly<Record<string, number>> = NUMBER_WORDS,
): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  return words[word.toLowerCase()];
}
