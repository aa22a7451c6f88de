/** The embedding port: local by default, OpenAI when configured (db/catalog/openai-embedder.ts). */
export interface Embedder {
  /** Stored next to each vector; a change means every vector is recomputed. */
  readonly model: string;
  readonly dims: number;
  /** One vector per text, in order. */
  embed(texts: readonly string[]): Promise<number[][]>;
}

/** Cosine similarity of two vectors of the same length (0 when either is all zeros). */
export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
