/** Stage 4, frame: the recognised intent's frame (or the plan it builds whole). */
import { withStatedTarget } from "../stated-target.ts";
import { isPlan } from "./intent-entry.ts";
import { intentNamed } from "./intents.ts";
import type { Framed, Recognised } from "./types.ts";

/** @example frameStage(checked).result.intent // "rank" for "top 5 campaigns by roas" */
export function frameStage(rec: Recognised): Framed {
  const result = intentNamed(rec.intent).plan(rec.reading, rec.match);
  if (isPlan(result)) return { reading: rec.reading, result };
  // "our target CPA is $45": the answer's figures held against the value the asker gave.
  return { reading: rec.reading, result: withStatedTarget(result, rec.reading.p.statedTarget) };
}
