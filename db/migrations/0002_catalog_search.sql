-- Full-text search over catalog documents, and the embedding column where pgvector exists.
ALTER TABLE "catalog_embeddings"
  ADD COLUMN "search_tsv" tsvector GENERATED ALWAYS AS (to_tsvector('english', "label" || ' ' || "content")) STORED;
--> statement-breakpoint
CREATE INDEX "catalog_embeddings_search_tsv_idx" ON "catalog_embeddings" USING gin ("search_tsv");
--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector') THEN
    EXECUTE 'ALTER TABLE "catalog_embeddings" ADD COLUMN "embedding" vector';
  END IF;
END
$$;
