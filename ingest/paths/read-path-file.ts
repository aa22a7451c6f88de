/**
 * Reads a ChannelAttribution path table, `path;total_conversions;total_conversion_value;total_null`
 * with channels joined by ` > `, from a stream of bytes into the core's `KeyedPath`s.
 *
 * Why it works on bytes: a million rows hold millions of touches over a few dozen channels, so the
 * reader never decodes a line or a touch into a string. Fields are found by byte offsets, channel
 * names are interned through a byte trie (ChannelTrie), and numbers are parsed from their digits.
 * Only the header, each new channel name and an unusual number (exponent, ...) are decoded. Only the
 * tail of a chunk that holds a partial line is carried over, so nothing grows with the file but
 * the paths themselves.
 */
import { AppError } from "../../lib/errors.ts";
import {
  NL,
  PARSE_RUN_BYTES,
  PATH_FILE_LIMITS,
  type PathFile,
  type PathFileLimits,
  type PathSink,
} from "./path-file-format.ts";
import { PathFileParser } from "./path-file-parser.ts";

export {
  PATH_FILE_COLUMNS,
  PATH_FILE_LIMITS,
  type PathFile,
  type PathFileIssue,
  type PathFileLimits,
  type PathSink,
} from "./path-file-format.ts";

/**
 * Read a path file from a byte stream (an HTTP request, a file stream); with `sink`, rows go to it
 * as they are read and `paths` stays empty. Throws AppError
 * `input.invalid` listing up to 10 problems by line and column.
 * @example await readPathFile(fs.createReadStream("paths.csv")) // { paths, channels, rows }
 */
export async function readPathFile(
  source: AsyncIterable<Uint8Array | string>,
  limits: PathFileLimits = PATH_FILE_LIMITS,
  sink?: PathSink,
  /** `fastPath: false` reads every row with the general reader (tests check both agree). */
  options: { fastPath?: boolean } = {},
): Promise<PathFile> {
  const parser = new PathFileParser(limits, sink, options.fastPath ?? true);
  let carry: Buffer | undefined;
  const consume = (chunk: Buffer) => {
    let pos = 0;
    if (carry) {
      // The row cut by the previous chunk: joined with its rest (a few bytes copied), then parsed.
      const nl = chunk.indexOf(NL);
      if (nl < 0) {
        carry = Buffer.concat([carry, chunk]);
        if (carry.length > limits.lineBytes) throw lineTooLong(limits);
        return;
      }
      const row = Buffer.concat([carry, chunk.subarray(0, nl + 1)]);
      carry = undefined;
      parser.parseRows(row, 0, row.length);
      pos = nl + 1;
    }
    const last = chunk.lastIndexOf(NL);
    if (last >= pos) {
      parser.parseRows(chunk, pos, last + 1);
      pos = last + 1;
    }
    if (pos < chunk.length) {
      // Copied, so the carried tail does not keep the whole chunk alive.
      carry = Buffer.from(chunk.subarray(pos));
      if (carry.length > limits.lineBytes) throw lineTooLong(limits);
    }
  };
  // Chunks are gathered into one reused buffer and parsed four megabytes at a time, for two
  // reasons measured on the HTTP route. A request body comes in 64 KB pieces with waits between
  // them, and parsing each in a short burst after a wait (cold caches, the core shared with other
  // work) cost about twice the CPU of parsing the same bytes in longer runs. And each piece is
  // copied out at once, so it dies young: pieces held until their run was parsed outlived a
  // scavenge, and the old-space memory they then pinned set off several full collections of the
  // server's whole heap per request.
  let run: Buffer | undefined;
  let runBytes = 0;
  for await (const raw of source) {
    const chunk =
      typeof raw === "string"
        ? Buffer.from(raw)
        : Buffer.isBuffer(raw)
          ? raw
          : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    if (chunk.length >= PARSE_RUN_BYTES) {
      if (run && runBytes > 0) consume(run.subarray(0, runBytes));
      runBytes = 0;
      consume(chunk);
      continue;
    }
    run ??= Buffer.allocUnsafeSlow(PARSE_RUN_BYTES);
    if (runBytes + chunk.length > PARSE_RUN_BYTES) {
      consume(run.subarray(0, runBytes));
      runBytes = 0;
    }
    chunk.copy(run, runBytes);
    runBytes += chunk.length;
  }
  if (run && runBytes > 0) consume(run.subarray(0, runBytes));
  if (carry) parser.parseRows(carry, 0, carry.length);
  return parser.finish();
}

function lineTooLong(limits: PathFileLimits): AppError {
  return new AppError("input.invalid", `invalid path file: a line is longer than ${limits.lineBytes} bytes`, {
    details: { path: "path" },
  });
}
