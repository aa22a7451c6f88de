/**
 * OpenAI-compatible embeddings over plain fetch (injected, so tests stub it). No network at import.
 */
import { AppError } from "../../lib/errors.ts";
import type { Embedder } from "../../semantic/search/embedder.ts";

export interface OpenAiEmbedderOptions {
  apiKey: string;
  /** e.g. https://api.openai.com/v1 (or any compatible server). */
  baseUrl?: string;
  model?: string;
  dims?: number;
  fetch?: typeof fetch;
  /** Texts per request. */
  batchSize?: number;
}

/** An Embedder that calls `${baseUrl}/embeddings`. */
export function createOpenAiEmbedder(opts: OpenAiEmbedderOptions): Embedder {
  const baseUrl = (opts.baseUrl ?? "https://api.openai.com/v1").replace(/\/+$/, "");
  const model = opts.model ?? "text-embedding-3-small";
  const doFetch = opts.fetch ?? fetch;
  const batch = opts.batchSize ?? 256;
  return {
    model: `openai:${model}`,
    dims: opts.dims ?? 1536,
    async embed(texts) {
      const out: number[][] = [];
      for (let i = 0; i < texts.length; i += batch) {
        const input = texts.slice(i, i + batch);
        const res = await doFetch(`${baseUrl}/embeddings`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${opts.apiKey}` },
          body: JSON.stringify({ model, input }),
        });
        if (!res.ok) {
          throw new AppError("internal", `embeddings request failed with HTTP ${res.status}`, {
            details: { status: res.status },
          });
        }
        const body = (await res.json()) as { data?: { index: number; embedding: number[] }[] };
        const data = [...(body.data ?? [])].sort((a, b) => a.index - b.index);
        if (data.length !== input.length) {
          throw new AppError(
            "internal",
            `embeddings response has ${data.length} vectors for ${input.length} texts`,
          );
        }
        out.push(...data.map((d) => d.embedding));
      }
      return out;
    },
  };
}
