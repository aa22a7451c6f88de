/**
 * Attribute a streamed path file (the HTTP route and `npm run attribute` share this). When only
 * first-order Markov is asked for, the rows are counted into the chain as they are read and never
 * kept: a million rows would otherwise be a million path objects and arrays, and allocating and
 * collecting them costs several times the Markov solve itself. Any other model needs the paths,
 * so they are read into memory and run as the JSON route runs them. Both give identical numbers.
 */
import { markovFromChain } from "../../core/attribution/markov.ts";
import { FirstOrderChainCounter } from "../../core/attribution/markov-chain.ts";
import {
  type AttributionResponse,
  attributeKeyedPaths,
  type PathModelOptions,
} from "../../core/attribution/request.ts";
import type { KeyCredit, ModelName } from "../../core/attribution/types.ts";
import { readPathFile } from "./read-path-file.ts";

/** The models' answer plus the file's size and where the time went. */
export interface PathFileAttribution extends AttributionResponse {
  file: { rows: number; channels: number };
  /** `read`: reading and parsing (and, when streamed, counting the chain); `compute`: the models. */
  timingMs: { read: number; compute: number };
  /** Whether the rows were counted as they streamed in (first-order Markov only). */
  streamed: boolean;
}

const byName = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Read `source` and run `models` over its paths.
 * @example await attributePathFile(fs.createReadStream("paths.csv"), ["markov"])
 */
export async function attributePathFile(
  source: AsyncIterable<Uint8Array | string>,
  models: readonly ModelName[],
  options?: PathModelOptions,
): Promise<PathFileAttribution> {
  const started = performance.now();
  if (models.every((m) => m === "markov") && (options?.order ?? 1) === 1) {
    const counter = new FirstOrderChainCounter(options?.includeNulls ?? true);
    const touched: KeyCredit = { conversions: 0, value: 0 };
    const unattributed: KeyCredit = { conversions: 0, value: 0 };
    const file = await readPathFile(
      source,
      undefined,
      (touches, length, names, conversions, nulls, value) => {
        counter.addIndexed(touches, length, names, conversions, nulls);
        const into = length === 0 ? unattributed : touched;
        into.conversions += conversions;
        into.value += value;
      },
    );
    const read = performance.now();
    const m = markovFromChain(counter.build(), touched.conversions, touched.value);
    const markov = {
      channels: Object.fromEntries([...m.byKey].sort(byName)),
      unattributed,
      removalEffects: Object.fromEntries(m.removalEffects),
    };
    return {
      models: { markov },
      file: { rows: file.rows, channels: file.channels.length },
      timingMs: { read: Math.round(read - started), compute: Math.round(performance.now() - read) },
      streamed: true,
    };
  }
  const file = await readPathFile(source);
  const read = performance.now();
  const result = attributeKeyedPaths(file.paths, models, options);
  return {
    ...result,
    file: { rows: file.rows, channels: file.channels.length },
    timingMs: { read: Math.round(read - started), compute: Math.round(performance.now() - read) },
    streamed: false,
  };
}
