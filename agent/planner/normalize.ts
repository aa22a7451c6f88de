/**
 * Text normalization and phrase scanning shared by every planner stage. Stages work on a
 * normalized copy of the question and "consume" what they recognise by masking it with `|`, so
 * later stages never read the same words twice and no phrase can span a consumed gap.
 */

import { readSqlClauses } from "./sql-clauses.ts";

/**
 * Lowercase, unify quotes, expand "what's", drop possessive 's, turn word hyphens and most
 * punctuation into spaces; keeps digits, `$`, `%`, `/`, decimal points and ISO dates.
 * @example normalize("What's TikTok's ROAS, last-month?") // "what is tiktok roas last month"
 */
export function normalize(text: string): string {
  return (
    // fix16c: SQL-ish clauses said in words before punctuation goes ("spend > 1000", "group by a, b").
    readSqlClauses(text.toLowerCase())
      // fix15e: a topic label before the question ("planning dec: what daily spend did we run last
      // december") says why it is asked; its period is not a second period to compare with.
      .replace(
        /^\s*(?:planning|prepping|prep|budgeting|forecasting|context)(?: for)?(?: [a-z0-9]+){1,2}\s*:\s*(?=\S)/,
        "",
      )
      .replace(/[\u2018\u2019\u02bc`]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      // fix17f: a question word typed wrong ("wat did it bring in", "waht was spend") reads as "what".
      .replace(/\b(?:wat|wht|whta|waht|wut)(?='|\b)/g, "what")
      .replace(/\b(what|how|who|where|that|it|there)'s\b/g, "$1 is")
      // fix10a: "how'd we do", "what'd it cost": "did" (read as "how d" it matched nothing).
      .replace(/\b(what|how|where|who|why|when)'d\b/g, "$1 did")
      .replace(/\bcan't\b/g, "can not")
      .replace(/\bwon't\b/g, "will not")
      .replace(/\b(\w+)n't\b/g, "$1 not")
      .replace(/'s\b/g, "")
      .replace(/(?<=\d),(?=\d{3}\b)/g, "")
      // fix14d: "more than a grand", "over a thousand bucks": an amount of 1,000 the threshold
      // readers (metric-floor.ts, threshold-note.ts) read only as digits; not "a grand total".
      .replace(/\ba grand\b(?! totals?\b)|\ba thousand\b(?= (?:dollars?|bucks|usd)\b)/g, (m) =>
        m.replace("a ", "1 "),
      )
      // lead26: "what we make a day" is per day, never "in a day" (read as a day from now: a forecast).
      .replace(
        /\b(make|makes|made|earn|earns|earned|bring in|brings in|brought in|take in|took in|get|gets|got|sell|sells|sold|spend|spends|spent) a day\b/g,
        "$1 per day",
      )
      .replace(/&/g, " and ")
      .replace(/(?<=[a-z])\+(?=\s|$)/g, " ")
      .replace(/(?<=[a-z])-|-(?=[a-z])/g, " ")
      .replace(/\s-\s/g, " ")
      .replace(/(?<!\d)\.|\.(?!\d)/g, " ")
      // Chat shorthand "w/" and "w/o" are "with" and "without", never a source / medium pair.
      .replace(/\bw\/o(?=\s|$)/g, " without ")
      .replace(/\bw\/(?=\s|[a-z]|$)/g, " with ")
      .replace(/(?<=[a-z ])\/|\/(?=[a-z ])/g, " / ")
      .replace(/[?!,;:()"'[\]{}<>*_]/g, " ")
      .replace(/\s+/g, " ")
      .trim()
  );
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A word-bounded regex for a normalized phrase that tolerates a plural or singular last word.
 * @example phraseRegex("conversion rate").test("conversion rates") // true
 */
export function phraseRegex(phrase: string, flags = "g"): RegExp {
  return new RegExp(phraseSource(phrase), flags);
}

// The planner scans every lexicon phrase against each question (hundreds of phrases, several
// passes), so the regex source and the "g" regex findPhrase uses are built once per phrase.
// Bounded, since phrases include the organization's campaign names; cleared when full.
const PHRASE_CACHE_LIMIT = 20_000;
const phraseSources = new Map<string, string>();
const phraseFinders = new Map<string, RegExp>();

function phraseSource(phrase: string): string {
  let source = phraseSources.get(phrase);
  if (source === undefined) {
    let body = escapeRegex(phrase).replace(/ /g, "\\s+");
    if (/[a-z]{4,}s$/.test(phrase)) body = `${body.slice(0, -1)}(?:s|es)?`;
    else if (/[a-z]{3,}$/.test(phrase)) body = `${body}(?:s|es)?`;
    source = `(?<![a-z0-9$])${body}(?![a-z0-9])`;
    if (phraseSources.size >= PHRASE_CACHE_LIMIT) phraseSources.clear();
    phraseSources.set(phrase, source);
  }
  return source;
}

/** The shared "g" regex of a phrase; only used through matchAll, which copies it (no lastIndex state). */
function phraseFinder(phrase: string): RegExp {
  let re = phraseFinders.get(phrase);
  if (!re) {
    re = phraseRegex(phrase);
    if (phraseFinders.size >= PHRASE_CACHE_LIMIT) phraseFinders.clear();
    phraseFinders.set(phrase, re);
  }
  return re;
}

/** A phrase found in the text: where, and what it was. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** All non-overlapping occurrences of `phrase` in `text` (already normalized). */
export function findPhrase(text: string, phrase: string): Span[] {
  if (!phrase) return [];
  const out: Span[] = [];
  for (const m of text.matchAll(phraseFinder(phrase))) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/**
 * Mask a span so later stages cannot see it (same length, so other spans keep their offsets).
 * @example consume("revenue last month", { start: 8, end: 18, text: "last month" }) // "revenue ||||||||||"
 */
export function consume(text: string, span: { start: number; end: number }): string {
  return text.slice(0, span.start) + "|".repeat(span.end - span.start) + text.slice(span.end);
}

/** Words that carry no meaning for the planner (question scaffolding, articles, pronouns). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a an the of for in on at to from by per with and or vs versus is are was were be been being do does did " +
    "done doing have has had what which who whom how why when where show me tell give get gimme list display " +
    "our my we us i you your it its this that these those there their them they can could would should will " +
    "shall may might much many more most less least very really just only please hey hi hello thanks thank " +
    "about like so than then also too as all any some each every into over under up down out off not no yes " +
    "total overall number numbers value values data report look see want need know let lets pull run " +
    "breakdown break split across between during since until through compare compared against doing perform " +
    "performed performance performing numbers stats metric metrics kpi kpis figure figures here now ok okay " +
    "again same instead else other actually exactly whole entire full current recent latest day days week weeks " +
    "month months quarter quarters year years period time date dates today yesterday did how's been going " +
    "quick quickly brief briefly rough roughly looking looked looks shaping shape shaped faring fared " +
    "panning panned pan holding held lately recently far " +
    // Chat filler and contractions left without their apostrophe ("weekly pls", "overall rn",
    // "whats"), and "moved" / "changed" in "how each moved vs Q2" (the comparison already says it).
    "pls plz pleeze rn atm thx ty whats hows wheres lemme btw fyi asap moved changed " +
    // Assent before a follow-up ("fine, by campaign then"): no catalog search for "fine".
    "fine alright sure"
  ).split(" "),
);

/**
 * The unconsumed words of a text, without stopwords, numbers and masks.
 * @example contentWords("what is our ltv ||||") // ["ltv"]
 */
export function contentWords(text: string): string[] {
  return text
    .split(/[\s|]+/)
    .filter((w) => w.length > 1 && !STOPWORDS.has(w) && !/^[\d$%.,/]+[km]?$/.test(w) && /[a-z]/.test(w));
}
