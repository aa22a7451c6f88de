/** Stage 4, frame: the recognised intent's frame (or the plan it builds whole). */
import { intentNamed } from "./intents.ts";
import type { Framed, Recognised } from "./types.ts";

/** @example frameStage(checked).result.intent // "rank" for "top 5 campaigns by roas" */
export function frameStage(rec: Recognised): Framed {
  return { reading: rec.reading, result: intentNamed(rec.intent).plan(rec.reading, rec.match) };
}
