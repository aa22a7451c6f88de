/** Row shapes, column lists and value helpers shared by the database checkpointer. */
import { AppError } from "../../lib/errors.ts";

/** One row of `agent_checkpoints` as this saver reads it. */
export interface CheckpointRow extends Record<string, unknown> {
  thread_id: string;
  checkpoint_ns: string;
  checkpoint_id: string;
  parent_checkpoint_id: string | null;
  checkpoint_type: string;
  checkpoint: string;
  metadata_type: string;
  metadata: string;
}

/** One row of `agent_checkpoint_writes` as this saver reads it. */
export interface WriteRow extends Record<string, unknown> {
  task_id: string;
  task_path: string;
  idx: number;
  channel: string;
  value_type: string;
  value: string;
}

/** Columns of `agent_checkpoints` this saver reads and writes, in insert order. */
export const CHECKPOINT_COLUMNS =
  "thread_id, checkpoint_ns, checkpoint_id, parent_checkpoint_id, checkpoint_type, checkpoint, metadata_type, metadata";

/** Serialised bytes travel as base64 text so the tables stay plain `text` on PGlite and PostgreSQL. */
export const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString("base64");
/** Inverse of `toBase64`. */
export const fromBase64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "base64"));

/** A storage key taken from `configurable`: must be a string (non-empty unless `allowEmpty`). */
export function requireKey(field: string, value: unknown, allowEmpty = false): string {
  if (typeof value !== "string" || (!allowEmpty && value === "")) {
    throw new AppError(
      "input.invalid",
      `checkpointer: configurable.${field} must be a ${allowEmpty ? "" : "non-empty "}string (got ${
        value === "" ? "an empty string" : typeof value
      })`,
    );
  }
  return value;
}
