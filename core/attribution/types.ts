/**
 * Shapes shared by every attribution model: paths, model names, options and results.
 * Schemas are zod (parsed at the edge); the internal `KeyedPath` is the compact form the models run on.
 */
import { z } from "zod";
import { safeText, TEXT_LIMITS } from "../../lib/safe-text.ts";

/** Every model the service can run. Markov order > 1 is an option (`order`), not a separate name. */
export const MODEL_NAMES = [
  "first_touch",
  "last_touch",
  "last_non_direct",
  "linear",
  "linear_distinct",
  "time_decay",
  "position_based",
  "w_shaped",
  "custom",
  "markov",
  "shapley",
  "counterfactual",
] as const;

export const modelNameSchema = z.enum(MODEL_NAMES);
export type ModelName = z.infer<typeof modelNameSchema>;

/** The data-driven models: their weights come from the whole data set, not from one path. */
export const DATA_DRIVEN_MODELS: readonly ModelName[] = ["markov", "shapley", "counterfactual"];

/** One touch: a channel, optionally its campaign, time (ms epoch) and a W-shaped milestone flag. */
export const touchSchema = z.union([
  safeText({ max: TEXT_LIMITS.label, min: 1 }),
  z.object({
    channel: safeText({ max: TEXT_LIMITS.label, min: 1 }),
    campaignId: z.number().int().nullable().optional(),
    ts: z.number().finite().optional(),
    milestone: z.enum(["lead", "opportunity"]).optional(),
  }),
]);
export type Touch = z.infer<typeof touchSchema>;

/** An ordered journey with how many times it converted (and did not, `nulls`) and its value. */
export const pathSchema = z.object({
  touches: z.array(touchSchema),
  conversions: z.number().finite().nonnegative(),
  value: z.number().finite().nonnegative().optional(),
  nulls: z.number().finite().nonnegative().optional(),
  conversionTime: z.number().finite().optional(),
});
export type Path = z.infer<typeof pathSchema>;

const positionWeightsSchema = z.object({
  first: z.number().finite().nonnegative(),
  middle: z.number().finite().nonnegative(),
  last: z.number().finite().nonnegative(),
});
/** Weights of the first touch, the middle touches (shared) and the last touch. */
export type PositionWeights = z.infer<typeof positionWeightsSchema>;

const wShapedWeightsSchema = z.object({
  first: z.number().finite().nonnegative(),
  lead: z.number().finite().nonnegative(),
  opportunity: z.number().finite().nonnegative(),
  rest: z.number().finite().nonnegative(),
});
/** W-shaped weights: first touch, lead-creation touch, opportunity-creation touch, the rest (shared). */
export type WShapedWeights = z.infer<typeof wShapedWeightsSchema>;

/** Options every model reads from; each model ignores what it does not need. */
export const attributionOptionsSchema = z.object({
  /** Credit channels or campaigns (`channel:campaignId`, 0 for none). */
  level: z.enum(["channel", "campaign"]).default("channel"),
  /** Markov chain order k (states are the last k channels). */
  order: z.number().int().min(1).max(4).default(1),
  /** Markov: whether non-converting occurrences (`nulls`) enter the chain. */
  includeNulls: z.boolean().default(true),
  /** Time decay half-life in days. */
  halfLifeDays: z.number().finite().positive().default(7),
  positionWeights: positionWeightsSchema.default({ first: 0.4, middle: 0.2, last: 0.4 }),
  wShapedWeights: wShapedWeightsSchema.default({ first: 0.3, lead: 0.3, opportunity: 0.3, rest: 0.1 }),
  /** Custom model weights; defaults to a U shape 30/40/30 so it differs from position_based. */
  customWeights: positionWeightsSchema.default({ first: 0.3, middle: 0.4, last: 0.3 }),
  /** Channels that last_non_direct skips. */
  directChannels: z
    .array(safeText({ max: TEXT_LIMITS.label }))
    .max(100)
    .default(["direct"]),
});
export type AttributionOptions = z.infer<typeof attributionOptionsSchema>;

/** Core-only extras that cannot travel as JSON. */
export interface CoreOptions extends AttributionOptions {
  /** Custom model: weight of touch `index` in a path of `length` touches (overrides `customWeights`). */
  customWeightFn?: (index: number, length: number) => number;
}

/** The internal path: one key per touch (channel or campaign key) plus the channel of each touch. */
export interface KeyedPath {
  readonly keys: readonly string[];
  readonly channels: readonly string[];
  readonly ts?: readonly number[] | undefined;
  readonly milestones?: ReadonlyArray<"lead" | "opportunity" | undefined> | undefined;
  readonly conversionTime?: number | undefined;
  readonly conversions: number;
  readonly nulls: number;
  readonly value: number;
}

/** Credited conversions and value for one key. */
export interface KeyCredit {
  conversions: number;
  value: number;
}

/** One model's answer over a set of paths. */
export interface ModelResult {
  model: ModelName;
  /** Credit per key (channel or campaign key). */
  byKey: Map<string, KeyCredit>;
  /** Per path, per touch fraction of the path's conversions; sums to 1 for every non-empty path. */
  touchCredits: Float64Array[];
  /** Conversions and value of paths without touches: no key can take them. */
  unattributed: KeyCredit;
  /** Markov only: removal effect per key. */
  removalEffects?: Map<string, number>;
}
