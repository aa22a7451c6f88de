/**
 * Attribution benchmark: exact Markov (order 1 on 1,000,000 distinct paths, order 2 on 100,000) and
 * the rule-based models in touches per second. Each figure is printed next to its target and next to
 * a naive implementation measured in the same run (string-keyed transition map; per-path object
 * credit maps), since these machines are shared and absolute times vary.
 */
import { conversionProbability } from "../core/attribution/absorbing-chain.ts";
import { attributeTotals, runModel } from "../core/attribution/attribute.ts";
import { markovAttribution } from "../core/attribution/markov.ts";
import { buildChain } from "../core/attribution/markov-chain.ts";
import { attributionOptionsSchema, type KeyedPath } from "../core/attribution/types.ts";

const CHANNELS = Array.from({ length: 20 }, (_, i) => `channel_${i}`);

/** Deterministic LCG so every run benchmarks the same data. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** `count` distinct paths of 1-10 touches, skewed towards the first channels like real traffic. */
function distinctPaths(count: number, seed: number): KeyedPath[] {
  const r = rng(seed);
  const seen = new Set<string>();
  const out: KeyedPath[] = [];
  const day = 86_400_000;
  while (out.length < count) {
    const len = 1 + Math.floor(r() * 10);
    const keys = Array.from({ length: len }, () => CHANNELS[Math.floor(r() * r() * CHANNELS.length)]!);
    const id = keys.join(">");
    if (seen.has(id)) continue;
    seen.add(id);
    const conversions = Math.floor(r() * 3);
    const ts = keys.map((_, i) => 1_700_000_000_000 + i * day);
    out.push({ keys, channels: keys, ts, conversions, nulls: Math.floor(r() * 20), value: conversions * 50 });
  }
  return out;
}

/** The obvious implementation: transitions counted in a Map keyed by "from>to" strings. */
function naiveMarkovProbability(paths: readonly KeyedPath[]): number {
  const counts = new Map<string, number>();
  for (const p of paths) {
    const w = p.conversions + p.nulls;
    const states = ["(start)"];
    for (const k of p.keys) if (states[states.length - 1] !== k) states.push(k);
    states.push(p.conversions > 0 ? "(conversion)" : "(null)");
    for (let i = 0; i + 1 < states.length; i++) {
      const e = `${states[i]}>${states[i + 1]}`;
      counts.set(
        e,
        (counts.get(e) ?? 0) + (i + 2 === states.length && p.conversions > 0 ? p.conversions : w),
      );
    }
    if (p.conversions > 0 && p.nulls > 0) {
      const e = `${states[states.length - 2]}>(null)`;
      counts.set(e, (counts.get(e) ?? 0) + p.nulls);
    }
  }
  return counts.size;
}

/** The obvious linear model: one object of channel -> credit per path, merged into totals. */
function naiveLinear(paths: readonly KeyedPath[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const p of paths) {
    const credit: Record<string, number> = {};
    for (const k of p.keys) credit[k] = (credit[k] ?? 0) + 1 / p.keys.length;
    for (const [k, v] of Object.entries(credit)) totals[k] = (totals[k] ?? 0) + v * p.conversions;
  }
  return totals;
}

function time<T>(fn: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
}

const fmt = (x: number) => Math.round(x).toLocaleString("en-US");
const maxRssMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);

/** Print the attribution figures. */
export async function run(): Promise<void> {
  const options = attributionOptionsSchema.parse({});
  const million = distinctPaths(1_000_000, 1);
  const touches = million.reduce((n, p) => n + p.keys.length, 0);
  console.log(
    `core-attribution: ${fmt(million.length)} distinct paths, ${fmt(touches)} touches, 20 channels`,
  );

  markovAttribution(million.slice(0, 10_000), { order: 1, includeNulls: true }); // warm up the JIT
  const m1 = time(() => markovAttribution(million, { order: 1, includeNulls: true }));
  const naive = time(() => naiveMarkovProbability(million));
  console.log(
    `markov order 1, exact: ${m1.ms.toFixed(0)} ms (target <= 1000 ms, ${(m1.ms / 1000).toFixed(2)}x of budget), ` +
      `${fmt(million.length / (m1.ms / 1000))} paths/s, P(conv) = ${m1.result.conversionProbability.toFixed(6)}; ` +
      `naive string-keyed counting alone: ${naive.ms.toFixed(0)} ms (${(naive.ms / m1.ms).toFixed(1)}x ours); ` +
      `peak RSS ${maxRssMb()} MB`,
  );

  const hundredK = million.slice(0, 100_000);
  const m2 = time(() => markovAttribution(hundredK, { order: 2, includeNulls: true }));
  const states = buildChain(hundredK, 2, true).chain.n;
  const chain2 = buildChain(hundredK, 2, true).chain;
  const solveOnce = time(() => conversionProbability(chain2, 0));
  console.log(
    `markov order 2, exact: ${m2.ms.toFixed(0)} ms on 100,000 paths, ${states} states (target <= 2000 ms, ` +
      `${(m2.ms / 2000).toFixed(2)}x of budget), ${fmt(hundredK.length / (m2.ms / 1000))} paths/s, ` +
      `one solve ${solveOnce.ms.toFixed(1)} ms x ${CHANNELS.length + 1} solves; peak RSS ${maxRssMb()} MB`,
  );

  for (const model of ["linear", "position_based", "time_decay", "last_non_direct"] as const) {
    const r = time(() => attributeTotals(million, model, options));
    console.log(
      `${model}: ${fmt(touches / (r.ms / 1000))} touches/s (target >= 2,000,000/s, ` +
        `${(touches / (r.ms / 1000) / 2e6).toFixed(2)}x target)`,
    );
  }
  const ours = time(() => attributeTotals(million, "linear", options));
  const naiveLin = time(() => naiveLinear(million));
  console.log(
    `linear vs naive per-path objects: ${fmt(touches / (ours.ms / 1000))} vs ` +
      `${fmt(touches / (naiveLin.ms / 1000))} touches/s (${(naiveLin.ms / ours.ms).toFixed(2)}x)`,
  );
  const withCredits = time(() => runModel(million, "linear", options));
  console.log(
    `linear keeping per-path credits (materialization): ${fmt(touches / (withCredits.ms / 1000))} touches/s; ` +
      `peak RSS ${maxRssMb()} MB`,
  );
}
