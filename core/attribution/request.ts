/**
 * The API-facing entry: parse a JSON attribution request with zod and run the requested models.
 * Bad input throws AppError("core.invalid_input") naming each offending field.
 */
import { z } from "zod";
import { AppError, describeZodIssues } from "../../lib/errors.ts";
import { safeText, TEXT_LIMITS } from "../../lib/safe-text.ts";
import { attributeTotals } from "./attribute.ts";
import {
  attributionOptionsSchema,
  type KeyCredit,
  type KeyedPath,
  type ModelName,
  modelNameSchema,
} from "./types.ts";

/**
 * Size limits of a caller-supplied request. The models run synchronously on the event loop and the
 * data-driven ones grow faster than linearly in channels (3,000 paths over 3,000 distinct channels
 * took 5.5 s of Markov removal effects); these keep a request's work bounded.
 */
export const ATTRIBUTION_REQUEST_LIMITS = { paths: 10_000, touches: 100, channels: 50 } as const;

const requestPathSchema = z
  .object({
    path: z.array(safeText({ max: TEXT_LIMITS.label, min: 1 })).max(ATTRIBUTION_REQUEST_LIMITS.touches),
    conversions: z.number().finite().nonnegative(),
    nulls: z.number().finite().nonnegative().optional(),
    value: z.number().finite().nonnegative().optional(),
    timestamps: z.array(z.number().finite()).max(ATTRIBUTION_REQUEST_LIMITS.touches).optional(),
    conversionTime: z.number().finite().optional(),
  })
  .refine((p) => !p.timestamps || p.timestamps.length === p.path.length, {
    message: "timestamps must have one entry per touch",
    path: ["timestamps"],
  });

/** Request body of the attribution endpoint. */
export const attributionRequestSchema = z
  .object({
    paths: z
      .array(requestPathSchema)
      .min(1, "at least one path is required")
      .max(ATTRIBUTION_REQUEST_LIMITS.paths),
    models: z.array(modelNameSchema).min(1, "at least one model is required").max(12),
    options: attributionOptionsSchema.omit({ level: true }).partial().optional(),
  })
  .superRefine((r, ctx) => {
    const channels = new Set(r.paths.flatMap((p) => p.path));
    if (channels.size > ATTRIBUTION_REQUEST_LIMITS.channels) {
      ctx.addIssue({
        code: "custom",
        path: ["paths"],
        message: `at most ${ATTRIBUTION_REQUEST_LIMITS.channels} distinct channels, got ${channels.size}`,
      });
    }
  });
export type AttributionRequest = z.infer<typeof attributionRequestSchema>;

/** Credit of one model: per channel, unattributed (paths without touches), markov removal effects. */
export interface ModelAttribution {
  channels: Record<string, KeyCredit>;
  unattributed: KeyCredit;
  removalEffects?: Record<string, number>;
}

/** Response: one entry per requested model. */
export interface AttributionResponse {
  models: Partial<Record<ModelName, ModelAttribution>>;
}

/**
 * Validate an unknown request body.
 * @example parseAttributionRequest({ paths: [{ path: ["a"], conversions: 1 }], models: ["linear"] })
 */
export function parseAttributionRequest(input: unknown): AttributionRequest {
  const parsed = attributionRequestSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError(
      "core.invalid_input",
      `invalid attribution request: ${describeZodIssues(parsed.error.issues)}`,
    );
  }
  return parsed.data;
}

/**
 * Run every requested model over the request's paths (channel level).
 * @example attributePaths(parseAttributionRequest(body)).models.linear?.channels.A
 */
export function attributePaths(request: AttributionRequest): AttributionResponse {
  const paths: KeyedPath[] = request.paths.map((p) => ({
    keys: p.path,
    channels: p.path,
    ts: p.timestamps,
    conversionTime: p.conversionTime,
    conversions: p.conversions,
    nulls: p.nulls ?? 0,
    value: p.value ?? 0,
  }));
  return attributeKeyedPaths(paths, request.models, request.options);
}

/** Model options a caller may set (everything but the level, which is the channel here). */
export type PathModelOptions = AttributionRequest["options"];

/**
 * Run every model over paths already in the core's form (a path file read by ingest/paths, or a
 * JSON request), at channel level.
 * @example attributeKeyedPaths([{ keys: ["a"], channels: ["a"], conversions: 1, nulls: 0, value: 0 }], ["linear"])
 */
export function attributeKeyedPaths(
  paths: readonly KeyedPath[],
  models: readonly ModelName[],
  requestOptions?: PathModelOptions,
): AttributionResponse {
  const options = attributionOptionsSchema.parse({ ...requestOptions, level: "channel" });
  const out: AttributionResponse["models"] = {};
  for (const model of models) {
    const r = attributeTotals(paths, model, options);
    const channels = Object.fromEntries([...r.byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    out[model] = {
      channels,
      unattributed: r.unattributed,
      ...(r.removalEffects ? { removalEffects: Object.fromEntries(r.removalEffects) } : {}),
    };
  }
  return { models: out };
}
