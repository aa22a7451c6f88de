import type { RequestHandler } from "express";
import { z } from "zod";
import { MODEL_NAMES, modelNameSchema } from "../../core/attribution/types.ts";
import { attributePathFile } from "../../ingest/paths/attribute-path-file.ts";
import { safeText } from "../../lib/safe-text.ts";

/** Query string of a path-file request: the models and the Markov options a file cannot carry. */
export const pathFileQuery = z
  .object({
    models: safeText({ max: 400 })
      .transform((s) => s.split(",").map((m) => m.trim()))
      .pipe(
        z
          .array(modelNameSchema, { error: `expected models among: ${MODEL_NAMES.join(", ")}` })
          .min(1)
          .max(12),
      )
      .describe("Comma-separated models, e.g. 'markov,shapley,linear'."),
    order: z.coerce.number().int().min(1).max(4).optional().describe("Markov order, 1-4 (default 1)."),
    includeNulls: z
      .enum(["true", "false"])
      .transform((v) => v === "true")
      .optional()
      .describe("Markov: whether total_null enters the chain (default true)."),
  })
  .strict();

/**
 * Only a `text/csv` body: anything else goes on to the JSON route (`next("route")`), so
 * `POST /api/v1/attribution/paths` keeps its JSON contract.
 */
export const csvBodyOnly: RequestHandler = (req, _res, next) => (req.is("text/csv") ? next() : next("route"));

/**
 * POST /api/v1/attribution/paths with `Content-Type: text/csv`: a ChannelAttribution path table
 * (`path;total_conversions;total_conversion_value;total_null`, channels joined by ` > `), read from
 * the request stream as it arrives (ingest/paths/read-path-file.ts), then the models of `?models=`.
 * The answer is the JSON route's, plus the file's row and channel counts and where the time went
 * (first-order Markov alone is counted as the rows stream in: ingest/paths/attribute-path-file.ts).
 */
export const attributePathFileRoute: RequestHandler = async (req, res) => {
  try {
    const query = pathFileQuery.parse(req.query);
    res.json(
      await attributePathFile(req, query.models, {
        ...(query.order !== undefined ? { order: query.order } : {}),
        ...(query.includeNulls !== undefined ? { includeNulls: query.includeNulls } : {}),
      }),
    );
  } catch (e) {
    // Let the rest of the upload drain so the client reads the 400 instead of a reset connection.
    req.resume();
    throw e;
  }
};
