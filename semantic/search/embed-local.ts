/**
 * A deterministic local embedding: hashed character trigrams (of each word with boundary marks)
 * and hashed words into a fixed dimension, signed, L2-normalized. No download, no network; close
 * spellings share trigrams, so typos stay near their word.
 */
import type { Embedder } from "./embedder.ts";
import { contentWords } from "./text.ts";

/** FNV-1a 32-bit hash. @example fnv1a("roas") // a stable unsigned integer */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function add(v: number[], feature: string, weight: number): void {
  const h = fnv1a(feature);
  v[h % v.length]! += (h & 0x80000000 ? -1 : 1) * weight;
}

/** Embed one text into `dims` dimensions. */
export function embedLocal(text: string, dims = 512): number[] {
  const v = new Array<number>(dims).fill(0);
  const ws = contentWords(text);
  for (const w of ws) {
    add(v, `w:${w}`, 1);
    const padded = `^${w}$`;
    for (let i = 0; i + 3 <= padded.length; i++) add(v, `t:${padded.slice(i, i + 3)}`, 0.5);
  }
  for (let i = 0; i + 1 < ws.length; i++) add(v, `b:${ws[i]} ${ws[i + 1]}`, 0.7);
  const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  return norm === 0 ? v : v.map((x) => x / norm);
}

/** The local embedder (model name includes the dimension, so changing it re-embeds). */
export function createLocalEmbedder(dims = 512): Embedder {
  return {
    model: `local-hash-ngram-v1-${dims}`,
    dims,
    embed: async (texts) => texts.map((t) => embedLocal(t, dims)),
  };
}
