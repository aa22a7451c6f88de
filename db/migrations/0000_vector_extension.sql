-- pgvector powers semantic catalog search. A server without the extension must still work (catalog
-- search then uses full-text search alone), so failure to create it is a notice, not an error.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS vector;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pgvector is not available (%): catalog search will use full-text search only', SQLERRM;
END
$$;
