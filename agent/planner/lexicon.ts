/**
 * One lexicon of everything the planner recognises by name: metrics (key, label, synonyms),
 * breakdown dimensions, and dimension values (channels, platforms, campaigns...). Matching is
 * longest phrase first over the whole lexicon, so "email open rate" beats the channel "email" and
 * "google ads conversions" beats the platform "google ads".
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { derivedNames, KNOWN_VALUE_ALIASES } from "./known-aliases.ts";
import { consume, findPhrase, normalize, type Span } from "./normalize.ts";
import type { DimensionValue } from "./types.ts";

/** What a lexicon phrase names. */
export type LexiconTarget =
  | { kind: "metric"; key: string; strength: "key" | "label" | "synonym" }
  | { kind: "dimension"; key: string }
  | { kind: "value"; dimension: string; value: string; label: string };

/** A phrase and what it names; `exactCase` phrases (short acronyms such as "OR") must appear as written. */
export interface LexiconEntry {
  phrase: string;
  target: LexiconTarget;
  exactCase?: string | undefined;
}

/** A matched span and every entry that names it (more than one means the phrase is shared). */
export interface LexiconMatch {
  span: Span;
  entries: LexiconEntry[];
}

/** Catalog dimension key for a value dimension (the catalog calls "objective" campaign_objective). */
export function catalogDimension(d: string): string {
  return d === "objective" ? "campaign_objective" : d;
}

function metricEntries(catalog: Catalog): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const m of catalog.metrics.values()) {
    out.push({
      phrase: normalize(m.key.replace(/_/g, " ")),
      target: { kind: "metric", key: m.key, strength: "key" },
    });
    out.push({ phrase: normalize(m.label), target: { kind: "metric", key: m.key, strength: "label" } });
    for (const s of m.synonyms) {
      // fix19c: "email OR" is as exact as "OR": "email or direct" names two channels.
      const exactCase = s.split(" ").find((w) => /^[A-Z]{1,2}$/.test(w));
      out.push({
        phrase: normalize(s),
        target: { kind: "metric", key: m.key, strength: "synonym" },
        exactCase,
      });
    }
  }
  return out;
}

function dimensionEntries(catalog: Catalog): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const d of catalog.dimensions.values()) {
    if (d.type === "time") continue; // trends are read by grain words (modifiers.ts)
    const names = [d.key.replace(/_/g, " "), d.label, ...d.synonyms.filter((s) => !/^by /.test(s))];
    for (const n of names) out.push({ phrase: normalize(n), target: { kind: "dimension", key: d.key } });
  }
  return out;
}

function valueEntries(values: readonly DimensionValue[]): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const v of values) {
    const target = {
      kind: "value" as const,
      dimension: catalogDimension(v.dimension),
      value: v.value,
      label: v.label,
    };
    const names = new Set([
      v.label,
      ...v.aliases,
      ...derivedNames(v.value),
      ...(KNOWN_VALUE_ALIASES[v.value] ?? []),
    ]);
    for (const n of names) {
      const phrase = normalize(n);
      if (phrase && !/^\d+$/.test(phrase)) out.push({ phrase, target });
    }
  }
  return out;
}

/**
 * A word two channels share as their head ("search" in "paid search" and "organic search") names
 * either of them: matching it to both makes the planner ask which was meant.
 */
function sharedHeadEntries(values: readonly DimensionValue[], taken: ReadonlySet<string>): LexiconEntry[] {
  const byHead = new Map<string, DimensionValue[]>();
  for (const v of values) {
    if (v.dimension !== "channel") continue;
    const words = normalize(v.label).split(" ");
    const head = words.at(-1);
    if (words.length < 2 || !head || head.length < 4) continue;
    byHead.set(head, [...(byHead.get(head) ?? []), v]);
  }
  const out: LexiconEntry[] = [];
  for (const [head, vs] of byHead) {
    if (vs.length < 2 || taken.has(head)) continue;
    for (const v of vs)
      out.push({
        phrase: head,
        target: { kind: "value", dimension: "channel", value: v.value, label: v.label },
      });
  }
  return out;
}

// The lexicon of one (catalog, dimension values) pair, built once: the agent reuses both objects
// until the organization's catalog or data changes (agent/tenant-context.ts), and a question parses
// the lexicon two or three times. The sizes guard against a caller that edits either in place.
const lexicons = new WeakMap<
  Catalog,
  WeakMap<readonly DimensionValue[], { size: string; lexicon: LexiconEntry[] }>
>();

/** Build the lexicon for one organization (catalog plus its dimension values); cached per pair. */
export function buildLexicon(catalog: Catalog, values: readonly DimensionValue[]): LexiconEntry[] {
  const size = `${catalog.metrics.size}/${catalog.dimensions.size}/${values.length}`;
  let byValues = lexicons.get(catalog);
  if (!byValues) {
    byValues = new WeakMap();
    lexicons.set(catalog, byValues);
  }
  const hit = byValues.get(values);
  if (hit && hit.size === size) return hit.lexicon;
  const lexicon = computeLexicon(catalog, values);
  byValues.set(values, { size, lexicon });
  return lexicon;
}

function computeLexicon(catalog: Catalog, values: readonly DimensionValue[]): LexiconEntry[] {
  const named = [...metricEntries(catalog), ...dimensionEntries(catalog), ...valueEntries(values)];
  // Campaign names may start with the same word ("Search - Brand"); a channel still outranks them.
  const taken = new Set(
    named
      .filter((e) => !(e.target.kind === "value" && e.target.dimension === "campaign"))
      .map((e) => e.phrase),
  );
  const all = [...named, ...sharedHeadEntries(values, taken)];
  const seen = new Set<string>();
  return all
    .filter((e) => {
      const id = `${e.phrase}\u0000${JSON.stringify(e.target)}`;
      if (!e.phrase || seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .sort((a, b) => b.phrase.length - a.phrase.length);
}

const exactCaseRegexes = new Map<string, RegExp>();
/** `\bOR\b` for an exact-case phrase, built once (no "g" flag, so `test` keeps no state). */
function exactCaseRegex(word: string): RegExp {
  let re = exactCaseRegexes.get(word);
  if (!re) {
    re = new RegExp(`\\b${word}\\b`);
    exactCaseRegexes.set(word, re);
  }
  return re;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Match the lexicon against a normalized text, longest phrase first, without overlaps. Entries
 * sharing the winning phrase at the same place are kept together so callers can see ambiguity.
 * @returns the matches in text order and the text with them masked.
 */
export function matchLexicon(
  text: string,
  original: string,
  lexicon: readonly LexiconEntry[],
): { matches: LexiconMatch[]; rest: string } {
  const matches: LexiconMatch[] = [];
  for (const entry of lexicon) {
    if (entry.exactCase && !exactCaseRegex(entry.exactCase).test(original)) continue;
    for (const span of findPhrase(text, entry.phrase)) {
      const same = matches.find((m) => m.span.start === span.start && m.span.end === span.end);
      if (same) {
        const key = JSON.stringify(entry.target);
        if (!same.entries.some((e) => JSON.stringify(e.target) === key)) same.entries.push(entry);
        continue;
      }
      if (matches.some((m) => overlaps(m.span, span))) continue;
      matches.push({ span, entries: [entry] });
    }
  }
  matches.sort((a, b) => a.span.start - b.span.start);
  let rest = text;
  for (const m of matches) rest = consume(rest, m.span);
  return { matches, rest };
}
