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

const requestPathSchema = z
  .object({
    path: z.array(safeText({ max: TEXT_LIMITS.label, min: 1 })),
    conversions: z.number().finite().nonnegative(),
    nulls: z.number().finite().nonnegative().optional(),
    value: z.number().finite().nonnegative().optional(),
    timestamps: z.array(z.number().finite()).optional(),
    conversionTime: z.number().finite().optional(),
  })
  .refine((p) => !p.timestamps || p.timestamps.length === p.path.length, {
    message: "timestamps must have one entry per touch",
    path: ["timestamps"],
  });

/** Request body of the attribution endpoint. */
export const attributionRequestSchema = z.object({
  paths: z.array(requestPathSchema).min(1, "at least one path is required"),
  models: z.array(modelNameSchema).min(1, "at least one model is required"),
  options: attributionOptionsSchema.omit({ level: true }).partial().optional(),
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
  const options = attributionOptionsSchema.parse({ ...request.options, level: "channel" });
  const paths: KeyedPath[] = request.paths.map((p) => ({
    keys: p.path,
    channels: p.path,
    ts: p.timestamps,
    conversionTime: p.conversionTime,
    conversions: p.conversions,
    nulls: p.nulls ?? 0,
    value: p.value ?? 0,
  }));
  const models: AttributionResponse["models"] = {};
  for (const model of request.models) {
    const r = attributeTotals(paths, model, options);
    const channels = Object.fromEntries([...r.byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    models[model] = {
      channels,
      unattributed: r.unattributed,
      ...(r.removalEffects ? { removalEffects: Object.fromEntries(r.removalEffects) } : {}),
    };
  }
  return { models };
}
