/**
 * fix15c: words as voice dictation writes them. A dictated question spells an acronym as the
 * letters' names ("see pee a" for CPA) or splits a name into sound-alike words ("row as" for ROAS,
 * "tick tock" for TikTok). Read literally they became a catalog search for "row" or "pee". Each
 * reading is said in a note, since it is a guess at what was spoken.
 */
import type { NewcomerWord } from "./newcomer-words.ts";

/** How a dictation tool writes each letter's name (the letter itself too: "c p a"). */
const LETTER_NAMES: Readonly<Record<string, string>> = {
  a: "a|ay|eh",
  c: "c|see|sea|cee",
  e: "e|ee",
  i: "i|eye",
  l: "l|el|ell",
  m: "m|em",
  o: "o|oh",
  p: "p|pee|pea",
  r: "r|are|ar",
  s: "s|ess",
  t: "t|tee|tea",
  v: "v|vee",
};

/** The metric acronyms a marketer spells out loud. */
const SPELLED = ["cpa", "cpc", "cpm", "ctr", "cac", "aov", "mer", "roi", "ltv", "cvr"];

/**
 * A spelled acronym as a pattern: the letters' names, apart or joined by a dot or hyphen, and at
 * least one written as a name (three lone letters "c p a" are left to the other readers).
 * @example spelledPattern("cpa").test("our see pee a") // true
 */
export function spelledPattern(acronym: string): RegExp {
  const letters = [...acronym].map((l) => `(?:${LETTER_NAMES[l] ?? l})`);
  const body = letters.join("[ .-]+");
  const lone = [...acronym].join("[ .-]+");
  return new RegExp(`(?<![a-z0-9])(?!${lone}(?![a-z0-9]))${body}(?![a-z0-9])`, "gi");
}

const SPOKEN_NOTE = 'Read "{typed}" as {to}, as a voice dictation may write it.';

const spelled = (acronym: string): NewcomerWord => ({
  pattern: spelledPattern(acronym),
  to: acronym,
  note: SPOKEN_NOTE.replace("{to}", acronym.toUpperCase()),
});

/** Sound-alike words for metric and platform names, then the spelled acronyms. */
export const SPOKEN_WORDS: readonly NewcomerWord[] = [
  // "row as for meta", "roe as by channel"; not "in a row as" or "each row as a percentage".
  {
    pattern:
      /(?<!\b(?:a|each|one|per|every|the|this|that|first|last|new|top|bottom) )\b(?:row|roe|ro|rho) ass?\b/gi,
    to: "roas",
    note: SPOKEN_NOTE.replace("{to}", "ROAS"),
  },
  {
    // Not "tik tok", which the platform's own aliases read (known-aliases.ts).
    pattern: /\b(?:(?:tick|tic)[ -]?(?:tock|toc|tok)|tik[ -]?(?:tock|toc))s?\b/gi,
    to: "tiktok",
    note: SPOKEN_NOTE.replace("{to}", "TikTok"),
  },
  { pattern: /\bface book\b/gi, to: "facebook" },
  { pattern: /\binsta gram\b/gi, to: "instagram" },
  ...SPELLED.map(spelled),
];
