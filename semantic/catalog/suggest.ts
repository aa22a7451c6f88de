/** Edit distance and "did you mean" suggestions for keys, used by validation and search. */

/**
 * Optimal-string-alignment Damerau-Levenshtein distance (insert, delete, substitute, swap
 * adjacent characters).
 * @example editDistance("roaz", "roas") // 1
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        d[(i - 1) * cols + j]! + 1,
        d[i * cols + j - 1]! + 1,
        d[(i - 1) * cols + j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      }
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1]!;
}

/** Similarity in [0, 1] from the edit distance, relative to the longer string. */
export function editSimilarity(a: string, b: string): number {
  const len = Math.max(a.length, b.length);
  return len === 0 ? 1 : 1 - editDistance(a, b) / len;
}

/**
 * Longest input `suggest` compares. Keys and synonyms are at most 80 characters, so a longer input
 * is never within a third of its length of one; cutting it keeps one "did you mean" to a few
 * thousand cells per candidate instead of input length x candidate length (a 100,000-character
 * metric name used to hold the event loop for seconds).
 */
export const SUGGEST_MAX_INPUT = 100;

/**
 * The closest candidate to `input` (by key or synonym), or undefined when nothing is close.
 * @example suggest("roaz", [{key: "roas", words: ["return on ad spend"]}]) // "roas"
 */
export function suggest(
  input: string,
  candidates: Iterable<{ key: string; words?: readonly string[] }>,
): string | undefined {
  const q = input.slice(0, SUGGEST_MAX_INPUT).toLowerCase().trim();
  let best: { key: string; distance: number } | undefined;
  for (const c of candidates) {
    for (const w of [c.key, ...(c.words ?? [])]) {
      const word = w.slice(0, SUGGEST_MAX_INPUT).toLowerCase();
      const allowed = Math.max(1, Math.floor(Math.max(q.length, word.length) / 3));
      // The distance is at least the length difference: skip the table when that alone is too far.
      if (Math.abs(q.length - word.length) > allowed) continue;
      const distance = editDistance(q, word);
      if (distance <= allowed && (!best || distance < best.distance)) best = { key: c.key, distance };
    }
  }
  return best?.key;
}
