/**
 * The shape of a ChannelAttribution path file (its columns, bounds and problems) and the byte-level
 * pieces its reader shares: byte codes, the number parser and the column kinds.
 */
import type { KeyedPath } from "../../core/attribution/types.ts";

/** The columns of a path table (ChannelAttribution's names). */
export const PATH_FILE_COLUMNS = [
  "path",
  "total_conversions",
  "total_conversion_value",
  "total_null",
] as const;
export type Column = (typeof PATH_FILE_COLUMNS)[number];

/** Bounds on one file: rows, touches per path, distinct channels, longest line. */
export interface PathFileLimits {
  paths: number;
  touches: number;
  channels: number;
  lineBytes: number;
}

/**
 * Defaults: the data-driven models grow faster than linearly in channels, so channels stay at the
 * JSON endpoint's 50; rows go to 5M (a million paths of 20 channels is about 100 MB).
 */
export const PATH_FILE_LIMITS: PathFileLimits = {
  paths: 5_000_000,
  touches: 100,
  channels: 50,
  lineBytes: 1 << 20,
};

/** One problem in the file: its line (1 = header), the column and what was expected. */
export interface PathFileIssue {
  line: number;
  field: string;
  message: string;
}

/**
 * Receives each row as it is read instead of keeping it (streaming models): its touches as channel
 * indices (`touches[0, length)`, indices into `channels`, in order of first appearance), so a
 * streaming model counts by integer and never looks a name up per touch. `touches` is a scratch
 * array reused for the next row: read it, do not keep it.
 */
export type PathSink = (
  touches: Int32Array,
  length: number,
  channels: readonly string[],
  conversions: number,
  nulls: number,
  value: number,
) => void;

/** The parsed file. */
export interface PathFile {
  paths: KeyedPath[];
  /** Distinct channels in order of first appearance. */
  channels: string[];
  /** Data rows read (blank lines are skipped). */
  rows: number;
}

export const NL = 0x0a;
export const CR = 0x0d;
export const SPACE = 0x20;
export const TAB = 0x09;
export const QUOTE = 0x22;
export const GT = 0x3e;
export const DOT = 0x2e;
export const ZERO = 0x30;
export const NINE = 0x39;
/** Bytes gathered before parsing them in one run (see readPathFile). */
export const PARSE_RUN_BYTES = 1 << 22;
export const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * A non-negative decimal from bytes. Digits with at most one point take the exact fast path (an
 * integer below 2^53 divided by a power of ten is correctly rounded); anything else is decoded
 * and given to Number(). NaN when it is not a number.
 */
export function parseNumber(buf: Buffer, start: number, end: number): number {
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (let i = start; i < end; i++) {
    const b = buf[i]!;
    if (b >= ZERO && b <= NINE) {
      mantissa = mantissa * 10 + (b - ZERO);
      digits++;
      if (fraction >= 0) fraction++;
    } else if (b === DOT && fraction < 0) fraction = 0;
    else return Number(buf.toString("latin1", start, end));
  }
  if (digits === 0) return Number.NaN;
  if (digits > 15 || fraction > 22) return Number(buf.toString("latin1", start, end));
  return fraction > 0 ? mantissa / POW10[fraction]! : mantissa;
}

export const isBlank = (b: number) => b === SPACE || b === TAB || b === CR || b === QUOTE;

/** Column kinds, by position in the header. */
export const KIND: Record<Column, number> = {
  path: 0,
  total_conversions: 1,
  total_conversion_value: 2,
  total_null: 3,
};
