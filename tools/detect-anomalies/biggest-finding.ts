/**
 * fix8f: "dig into the biggest one" after a scan: the scan's biggest finding in detail. A rate
 * break (a run of days, tools/detect-anomalies/rate-breaks-in-scan.ts) outranks a single flagged
 * day: it moved more days and, by construction, a material share of the rate. Its detail is what
 * held while it lasted (spend, clicks, sessions inside the window against outside it,
 * tools/explain-change/break-window.ts), which tells the site from the ads. A day's detail is its
 * value against expected and what moved it (the drivers the scan read).
 */
import type { Anomaly } from "../../core/anomaly/detect.ts";
import type { Filter } from "../../semantic/query/types.ts";
import { type BreakWindow, readBreakWindow } from "../explain-change/break-window.ts";
import type { ToolDeps } from "../shared/deps.ts";
import type { DayDrivers, DetectAnomaliesData } from "./execute.ts";
import type { ScanRateBreak } from "./rate-breaks-in-scan.ts";

/** The biggest finding of a scan. */
export type BiggestFinding =
  | { kind: "rate_break"; rateBreak: ScanRateBreak; window?: BreakWindow }
  | { kind: "day"; metric: string; member: string | null; anomaly: Anomaly; drivers?: DayDrivers }
  | { kind: "none" };

type Metrics = DetectAnomaliesData["metrics"];

/**
 * The biggest finding among the scanned metrics: the rate break that gained or lost the most,
 * else the flagged day (or shift) furthest from its baseline.
 * @example pickBiggest(metrics).kind // "rate_break"
 */
export function pickBiggest(metrics: Metrics): BiggestFinding {
  const breaks = metrics
    .flatMap((m) => m.rateBreaks ?? [])
    .sort((a, b) => Math.abs(b.excess) - Math.abs(a.excess));
  if (breaks[0]) return { kind: "rate_break", rateBreak: breaks[0] };
  let best: Extract<BiggestFinding, { kind: "day" }> | undefined;
  for (const m of metrics)
    for (const s of m.series)
      for (const a of s.anomalies)
        if (!best || Math.abs(a.score) > Math.abs(best.anomaly.score)) {
          const drivers = s.member === null ? m.drivers?.find((d) => d.date === a.date) : undefined;
          best = {
            kind: "day",
            metric: m.metric,
            member: s.member,
            anomaly: a,
            ...(drivers ? { drivers } : {}),
          };
        }
  return best ?? { kind: "none" };
}

/** The biggest finding with its detail read (a rate break's window with what held). */
export async function biggestFinding(
  deps: ToolDeps,
  metrics: Metrics,
  period: { from: string; to: string },
  filters: Filter[],
): Promise<BiggestFinding> {
  const found = pickBiggest(metrics);
  if (found.kind !== "rate_break") return found;
  const b = found.rateBreak;
  const own: Filter[] =
    b.member !== null && b.dimension
      ? [...filters, { field: b.dimension, op: "in", values: [b.member] }]
      : filters;
  const window = await readBreakWindow(deps, b.metric, period, own);
  return window ? { ...found, window } : found;
}
