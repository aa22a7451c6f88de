/** Choose the embedder: OpenAI when an API key is configured, the local hashed n-grams otherwise. */
import type { Env } from "../../lib/env.ts";
import { createLocalEmbedder } from "../../semantic/search/embed-local.ts";
import type { Embedder } from "../../semantic/search/embedder.ts";
import { createOpenAiEmbedder } from "./openai-embedder.ts";

/** The embedder for this configuration (no network until `embed` is called). */
export function embedderFor(
  env: Pick<Env, "OPENAI_API_KEY" | "OPENAI_BASE_URL" | "OPENAI_EMBEDDING_MODEL">,
  fetchImpl?: typeof fetch,
): Embedder {
  if (!env.OPENAI_API_KEY) return createLocalEmbedder();
  return createOpenAiEmbedder({
    apiKey: env.OPENAI_API_KEY,
    baseUrl: env.OPENAI_BASE_URL,
    model: env.OPENAI_EMBEDDING_MODEL,
    fetch: fetchImpl,
  });
}
