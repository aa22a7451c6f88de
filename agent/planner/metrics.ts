/**
 * Metric resolution: which catalog metrics a question names, exactly (key, label, synonym) or by
 * a typo-tolerant match, and when a phrase genuinely names more than one metric.
 */

import { editDistance } from "../../semantic/catalog/suggest.ts";
import type { Catalog } from "../../semantic/catalog/types.ts";
import type { LexiconEntry, LexiconMatch } from "./lexicon.ts";
import { STOPWORDS } from "./normalize.ts";

/** A phrase that names several metrics equally well. */
export interface MetricAmbiguity {
  phrase: string;
  keys: string[];
}

/** Metrics found, in the order the question names them. */
export interface MetricResolution {
  metrics: string[];
  ambiguity?: MetricAmbiguity | undefined;
}

/** Key prefixes that qualify a base metric ("platform_conversions" is a kind of "conversions"). */
const QUALIFIERS = ["platform_", "attributed_", "email_"];

function tailOf(key: string): string | undefined {
  const q = QUALIFIERS.find((p) => key.startsWith(p));
  return q ? key.slice(q.length).replace(/_/g, " ") : undefined;
}

/**
 * Metric keys one matched phrase names. A key or label match wins outright; a synonym shared
 * with another metric, or a synonym that is also the unqualified name of a qualified metric
 * ("conversions" vs platform_conversions), is ambiguous.
 */
export function metricCandidates(match: LexiconMatch, catalog: Catalog): string[] {
  const entries = match.entries.filter((e) => e.target.kind === "metric");
  const keyOf = (e: LexiconEntry) => (e.target.kind === "metric" ? e.target.key : "");
  const strong = [
    ...new Set(
      entries.filter((e) => e.target.kind === "metric" && e.target.strength !== "synonym").map(keyOf),
    ),
  ];
  if (strong.length) return strong;
  const keys = [...new Set(entries.map(keyOf))];
  if (!keys.length) return [];
  const phrase = entries[0]!.phrase;
  const plural = (s: string) => s.replace(/s$/, "");
  for (const m of catalog.metrics.values()) {
    const tail = tailOf(m.key);
    if (tail && plural(tail) === plural(phrase) && !keys.includes(m.key)) keys.push(m.key);
  }
  return keys;
}

/**
 * Resolve the metric matches of a question; `prefer` (from a clarification) settles ambiguity.
 * @example resolveMetrics(matches, catalog, ["orders"]).metrics // ["orders"]
 */
export function resolveMetrics(
  matches: readonly LexiconMatch[],
  catalog: Catalog,
  prefer: readonly string[] = [],
): MetricResolution {
  const metrics: string[] = [];
  let ambiguity: MetricAmbiguity | undefined;
  for (const match of matches) {
    const keys = metricCandidates(match, catalog);
    if (!keys.length) continue;
    const chosen = keys.length === 1 ? keys[0] : keys.find((k) => prefer.includes(k));
    if (chosen) {
      if (!metrics.includes(chosen)) metrics.push(chosen);
    } else {
      ambiguity ??= { phrase: match.span.text, keys };
    }
  }
  return { metrics, ambiguity };
}

const allowedDistance = (len: number) => (len <= 4 ? 1 : len <= 7 ? 1 : len <= 11 ? 2 : 3);

/**
 * Typo-tolerant metric match over the words no other stage consumed ("roaz", "convrsion rate").
 * Only words of four letters or more that start like the phrase are tried; `skip` holds words
 * that mean something else to the planner. A tie between two metrics is an ambiguity.
 */
export function fuzzyMetrics(
  rest: string,
  lexicon: readonly LexiconEntry[],
  skip: ReadonlySet<string>,
  prefer: readonly string[] = [],
): MetricResolution & { rest: string } {
  const metricEntries = lexicon.filter((e) => e.target.kind === "metric" && !e.exactCase);
  const metrics: string[] = [];
  let ambiguity: MetricAmbiguity | undefined;
  let out = rest;
  for (const segment of rest.split(/\|+/)) {
    const words = segment.trim().split(/\s+/).filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      for (const n of [3, 2, 1]) {
        const gram = words.slice(i, i + n);
        if (gram.length < n || gram.some((w) => STOPWORDS.has(w) || skip.has(w) || /\d/.test(w))) continue;
        const text = gram.join(" ");
        if (n === 1 && text.length < 4) continue;
        let best = Number.POSITIVE_INFINITY;
        let keys: string[] = [];
        for (const e of metricEntries) {
          if (e.phrase.split(" ").length !== n || e.phrase[0] !== text[0]) continue;
          const d = editDistance(text, e.phrase);
          if (d > allowedDistance(Math.max(text.length, e.phrase.length)) || d > best) continue;
          const key = e.target.kind === "metric" ? e.target.key : "";
          if (d < best) keys = [];
          best = d;
          if (!keys.includes(key)) keys.push(key);
        }
        if (!keys.length) continue;
        const chosen = keys.length === 1 ? keys[0] : keys.find((k) => prefer.includes(k));
        if (chosen && !metrics.includes(chosen)) metrics.push(chosen);
        if (!chosen) ambiguity ??= { phrase: text, keys };
        out = out.replace(
          new RegExp(`(?<![a-z])${text.replace(/ /g, "\\s+")}(?![a-z])`),
          "|".repeat(text.length),
        );
        i += n - 1;
        break;
      }
    }
  }
  return { metrics, ambiguity, rest: out };
}
