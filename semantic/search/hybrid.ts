/**
 * Hybrid catalog search, pure: exact phrase matches on keys, labels, synonyms and aliases; fuzzy
 * matches for typos (Damerau-Levenshtein); lexical relevance (in memory, or Postgres full-text
 * rank passed in); and embedding cosine (in memory, or pgvector passed in). Each signal is in
 * [0, 1]; they are combined into one score and one list.
 */
import { editSimilarity } from "../catalog/suggest.ts";
import { type DocKind, docId, type SearchDoc } from "./documents.ts";
import { cosine } from "./embedder.ts";
import { contentWords, normalize, stem, words } from "./text.ts";

/** One ranked result. */
export interface SearchHit {
  kind: DocKind;
  key: string;
  dimension: string;
  label: string;
  /** Combined score in [0, 1]. */
  score: number;
  /** Which signals fired, strongest first. */
  matchedBy: ("exact" | "phrase" | "fuzzy" | "fulltext" | "vector")[];
}

/** Signals computed elsewhere (the database), keyed by docId; each in [0, 1]. */
export interface ExternalSignals {
  fulltext?: ReadonlyMap<string, number>;
  vector?: ReadonlyMap<string, number>;
}

export interface SearchOptions {
  queryEmbedding?: readonly number[];
  signals?: ExternalSignals;
  kinds?: readonly DocKind[];
  limit?: number;
}

const WEIGHTS = { strong: 0.6, lexical: 0.5, vector: 0.3 };

interface Strong {
  score: number;
  by: "exact" | "phrase" | "fuzzy";
}

/** Exact, contained-phrase and fuzzy matches of the query against a document's terms. */
function strongMatch(queryNorm: string, queryWords: string[], doc: SearchDoc): Strong | undefined {
  let best: Strong | undefined;
  const keep = (s: Strong) => {
    if (!best || s.score > best.score) best = s;
  };
  const stemmedQuery = queryWords.map(stem).join(" ");
  const contentLen = Math.max(1, contentWords(queryNorm).join(" ").length);
  for (const term of doc.terms) {
    const t = normalize(term);
    if (!t) continue;
    const tStem = t.split(" ").map(stem).join(" ");
    if (t === queryNorm || tStem === stemmedQuery) return { score: 1, by: "exact" };
    if (` ${stemmedQuery} `.includes(` ${tStem} `)) {
      keep({ score: 0.4 + 0.6 * Math.min(1, t.length / contentLen), by: "phrase" });
      continue;
    }
    // Typos: compare the term with every window of the query with as many words.
    const n = t.split(" ").length;
    if (t.length < 3) continue;
    for (let i = 0; i + n <= queryWords.length; i++) {
      const window = queryWords.slice(i, i + n).join(" ");
      if (window.length < 3) continue;
      const sim = editSimilarity(window, t);
      const threshold = t.length <= 4 ? 0.75 : 0.78;
      if (sim >= threshold)
        keep({ score: 0.6 + 0.4 * sim * Math.min(1, t.length / contentLen) - 0.05, by: "fuzzy" });
    }
  }
  return best;
}

/** Lexical relevance in memory: idf-weighted share of query words found in a document. */
function lexicalScores(queryTerms: string[], docs: readonly SearchDoc[]): Map<string, number> {
  const docWords = docs.map((d) => new Set(contentWords(`${d.label} ${d.terms.join(" ")} ${d.content}`)));
  const idf = (w: string) => Math.log(1 + docs.length / (1 + docWords.filter((s) => s.has(w)).length));
  const total = queryTerms.reduce((s, w) => s + idf(w), 0);
  const out = new Map<string, number>();
  docs.forEach((d, i) => {
    if (total === 0) return;
    const hit = queryTerms.filter((w) => docWords[i]!.has(w)).reduce((s, w) => s + idf(w), 0);
    if (hit > 0) out.set(docId(d), hit / total);
  });
  return out;
}

/**
 * Rank documents for a free-text query.
 * @example hybridSearch("return on ad spend", docs)[0]?.key // "roas"
 */
export function hybridSearch(
  query: string,
  docs: readonly SearchDoc[],
  opts: SearchOptions = {},
): SearchHit[] {
  const queryNorm = normalize(query);
  if (!queryNorm) return [];
  const queryWords = words(query);
  const pool = opts.kinds ? docs.filter((d) => opts.kinds!.includes(d.kind)) : docs;
  const lexical = opts.signals?.fulltext ?? lexicalScores([...new Set(contentWords(query))], pool);
  const hits: SearchHit[] = [];
  for (const doc of pool) {
    const id = docId(doc);
    const strong = strongMatch(queryNorm, queryWords, doc);
    const lex = lexical.get(id) ?? 0;
    const vec =
      opts.signals?.vector?.get(id) ??
      (opts.queryEmbedding && doc.embedding ? Math.max(0, cosine(opts.queryEmbedding, doc.embedding)) : 0);
    const raw = WEIGHTS.strong * (strong?.score ?? 0) + WEIGHTS.lexical * lex + WEIGHTS.vector * vec;
    if (raw <= 0.05) continue;
    const matchedBy: SearchHit["matchedBy"] = [];
    if (strong) matchedBy.push(strong.by);
    if (lex > 0) matchedBy.push("fulltext");
    if (vec > 0.2) matchedBy.push("vector");
    const score = raw / (WEIGHTS.strong + WEIGHTS.lexical + WEIGHTS.vector);
    hits.push({ kind: doc.kind, key: doc.key, dimension: doc.dimension, label: doc.label, score, matchedBy });
  }
  hits.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
  return hits.slice(0, opts.limit ?? 10);
}
