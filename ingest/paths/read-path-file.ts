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
import type { KeyedPath } from "../../core/attribution/types.ts";
import { AppError, MAX_REPORTED_ISSUES } from "../../lib/errors.ts";
import { TEXT_LIMITS, textProblem } from "../../lib/safe-text.ts";
import { ChannelTrie } from "./channel-trie.ts";

/** The columns of a path table (ChannelAttribution's names). */
export const PATH_FILE_COLUMNS = [
  "path",
  "total_conversions",
  "total_conversion_value",
  "total_null",
] as const;
type Column = (typeof PATH_FILE_COLUMNS)[number];

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

/** The parsed file. */
export interface PathFile {
  paths: KeyedPath[];
  /** Distinct channels in order of first appearance. */
  channels: string[];
  /** Data rows read (blank lines are skipped). */
  rows: number;
}

const NL = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const QUOTE = 0x22;
const GT = 0x3e;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

const isBlank = (b: number) => b === SPACE || b === TAB || b === CR || b === QUOTE;

/**
 * A non-negative decimal from bytes. Digits with at most one point take the exact fast path (an
 * integer below 2^53 divided by a power of ten is correctly rounded); anything else is decoded
 * and given to Number(). NaN when it is not a number.
 */
function parseNumber(buf: Buffer, start: number, end: number): number {
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

/** Line-by-line state of one file. */
class PathFileParser {
  readonly paths: KeyedPath[] = [];
  readonly issues: PathFileIssue[] = [];
  private readonly trie = new ChannelTrie();
  private columns: Column[] | undefined;
  private delimiter = 0x3b;
  private line = 0;
  private rows = 0;
  private readonly bounds = new Int32Array(2 * PATH_FILE_COLUMNS.length + 2);
  private readonly keys: string[] = [];

  constructor(private readonly limits: PathFileLimits) {}

  /** Parse `buf[start, end)`, one line without its newline. */
  parseLine(buf: Buffer, start: number, end: number): void {
    this.line++;
    let s = start;
    let e = end;
    while (s < e && (buf[s] === SPACE || buf[s] === TAB)) s++;
    while (e > s && (buf[e - 1] === CR || buf[e - 1] === SPACE || buf[e - 1] === TAB)) e--;
    if (s === e) return;
    if (!this.columns) {
      this.header(buf.toString("utf8", s, e));
      return;
    }
    if (this.rows >= this.limits.paths) {
      this.fail("path", `at most ${this.limits.paths.toLocaleString("en-US")} rows per file`);
      return;
    }
    this.rows++;
    const cols = this.columns;
    let n = 0;
    let from = s;
    for (let i = s; i <= e; i++) {
      if (i < e && buf[i] !== this.delimiter) continue;
      if (n < cols.length) {
        this.bounds[2 * n] = from;
        this.bounds[2 * n + 1] = i;
      }
      n++;
      from = i + 1;
    }
    if (n !== cols.length) {
      this.fail(
        "(row)",
        `expected ${cols.length} fields separated by '${String.fromCharCode(this.delimiter)}', got ${n}`,
      );
      return;
    }
    let keys: string[] | undefined;
    let conversions = 0;
    let value = 0;
    let nulls = 0;
    for (let c = 0; c < cols.length; c++) {
      const a = this.bounds[2 * c]!;
      const b = this.bounds[2 * c + 1]!;
      if (cols[c] === "path") {
        keys = this.touches(buf, a, b);
        if (!keys) return;
        continue;
      }
      let x = a;
      let y = b;
      while (x < y && isBlank(buf[x]!)) x++;
      while (y > x && isBlank(buf[y - 1]!)) y--;
      const v = parseNumber(buf, x, y);
      if (!Number.isFinite(v) || v < 0) {
        const got = buf.toString("utf8", a, Math.min(b, a + 40));
        this.fail(cols[c]!, `expected a non-negative number, got '${got}'`);
        return;
      }
      if (cols[c] === "total_conversions") conversions = v;
      else if (cols[c] === "total_conversion_value") value = v;
      else nulls = v;
    }
    this.paths.push({ keys: keys!, channels: keys!, conversions, nulls, value });
  }

  /** The touches of one path field, interned; undefined after reporting a problem. */
  private touches(buf: Buffer, start: number, end: number): string[] | undefined {
    const keys = this.keys;
    keys.length = 0;
    let from = start;
    for (let i = start; i <= end; i++) {
      if (i < end && buf[i] !== GT) continue;
      let a = from;
      let b = i;
      from = i + 1;
      while (a < b && isBlank(buf[a]!)) a++;
      while (b > a && isBlank(buf[b - 1]!)) b--;
      if (a === b) {
        // A path field that is wholly empty is a path without touches (unattributed conversions).
        if (i === end && keys.length === 0) return [];
        this.fail("path", `empty channel name in touch ${keys.length + 1}`);
        return undefined;
      }
      if (keys.length === this.limits.touches) {
        this.fail("path", `at most ${this.limits.touches} touches per path`);
        return undefined;
      }
      let index = this.trie.find(buf, a, b);
      if (index < 0) {
        index = this.newChannel(buf, a, b);
        if (index < 0) return undefined;
      }
      keys.push(this.trie.channels[index]!);
    }
    return keys.slice();
  }

  private newChannel(buf: Buffer, a: number, b: number): number {
    const name = buf.toString("utf8", a, b);
    const problem =
      name.length > TEXT_LIMITS.label
        ? `expected at most ${TEXT_LIMITS.label} characters`
        : textProblem(name);
    if (problem) {
      this.fail("path", `channel '${name.slice(0, 40)}': ${problem}`);
      return -1;
    }
    if (this.trie.channels.length === this.limits.channels) {
      this.fail("path", `at most ${this.limits.channels} distinct channels`);
      return -1;
    }
    return this.trie.add(buf, a, b, name);
  }

  private header(text: string): void {
    const clean = text.replace(/^\uFEFF/, "");
    const delimiter = [";", ",", "\t"].find((d) => clean.includes(d)) ?? ";";
    this.delimiter = delimiter.charCodeAt(0);
    const names = clean.split(delimiter).map((n) => n.trim().replace(/^"|"$/g, ""));
    const unknown = names.filter((n) => !(PATH_FILE_COLUMNS as readonly string[]).includes(n));
    if (
      unknown.length ||
      !names.includes("path") ||
      !names.includes("total_conversions") ||
      new Set(names).size !== names.length
    ) {
      this.fail(
        "(header)",
        `expected a header naming the columns ${PATH_FILE_COLUMNS.join(";")} (path and total_conversions required)${unknown.length ? `; unknown: ${unknown.slice(0, 3).join(", ")}` : ""}`,
      );
      throw this.error();
    }
    this.columns = names as Column[];
  }

  private fail(field: string, message: string): void {
    this.issues.push({ line: this.line, field, message });
    if (this.issues.length >= MAX_REPORTED_ISSUES) throw this.error();
  }

  /** The error for what was found so far. */
  error(): AppError {
    const text = this.issues.map((i) => `line ${i.line}, ${i.field}: ${i.message}`).join("; ");
    return new AppError("input.invalid", `invalid path file: ${text}`, {
      details: { path: this.issues[0]?.field ?? "", issues: this.issues },
    });
  }

  finish(): PathFile {
    if (!this.columns) this.issues.push({ line: 1, field: "(header)", message: "the file is empty" });
    else if (this.rows === 0)
      this.issues.push({ line: this.line, field: "path", message: "at least one path row is required" });
    if (this.issues.length) throw this.error();
    return { paths: this.paths, channels: this.trie.channels, rows: this.rows };
  }
}

/**
 * Read a path file from a byte stream (an HTTP request, a file stream). Throws AppError
 * `input.invalid` listing up to 10 problems by line and column.
 * @example await readPathFile(fs.createReadStream("paths.csv")) // { paths, channels, rows }
 */
export async function readPathFile(
  source: AsyncIterable<Uint8Array | string>,
  limits: PathFileLimits = PATH_FILE_LIMITS,
): Promise<PathFile> {
  const parser = new PathFileParser(limits);
  let carry: Buffer | undefined;
  for await (const raw of source) {
    const chunk =
      typeof raw === "string"
        ? Buffer.from(raw)
        : Buffer.isBuffer(raw)
          ? raw
          : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    let pos = 0;
    if (carry) {
      const nl = chunk.indexOf(NL);
      if (nl < 0) {
        carry = Buffer.concat([carry, chunk]);
        if (carry.length > limits.lineBytes) throw lineTooLong(limits);
        continue;
      }
      const line = Buffer.concat([carry, chunk.subarray(0, nl)]);
      carry = undefined;
      parser.parseLine(line, 0, line.length);
      pos = nl + 1;
    }
    for (let nl = chunk.indexOf(NL, pos); nl >= 0; nl = chunk.indexOf(NL, pos)) {
      parser.parseLine(chunk, pos, nl);
      pos = nl + 1;
    }
    if (pos < chunk.length) {
      // Copied, so the carried tail does not keep the whole chunk alive.
      carry = Buffer.from(chunk.subarray(pos));
      if (carry.length > limits.lineBytes) throw lineTooLong(limits);
    }
  }
  if (carry) parser.parseLine(carry, 0, carry.length);
  return parser.finish();
}

function lineTooLong(limits: PathFileLimits): AppError {
  return new AppError("input.invalid", `invalid path file: a line is longer than ${limits.lineBytes} bytes`, {
    details: { path: "path" },
  });
}
