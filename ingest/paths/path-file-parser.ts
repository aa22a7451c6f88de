/**
 * The row parser of a path file (see read-path-file.ts for why it works on bytes): rows are parsed
 * as their bytes go by, with a fast path for the common row shape and a general one for the rest.
 */
import type { KeyedPath } from "../../core/attribution/types.ts";
import { AppError, MAX_REPORTED_ISSUES } from "../../lib/errors.ts";
import { TEXT_LIMITS, textProblem } from "../../lib/safe-text.ts";
import { ChannelTrie } from "./channel-trie.ts";
import {
  type Column,
  CR,
  DOT,
  GT,
  isBlank,
  KIND,
  NINE,
  NL,
  PATH_FILE_COLUMNS,
  type PathFile,
  type PathFileIssue,
  type PathFileLimits,
  type PathSink,
  POW10,
  parseNumber,
  SPACE,
  ZERO,
} from "./path-file-format.ts";

/**
 * Row-by-row state of one file. Each row is read in one pass over its bytes: fields end at the
 * delimiter, touches at `>`, and each touch walks the channel trie as its bytes go by (blanks
 * around a name are skipped, blanks inside it are walked when the name goes on).
 */
export class PathFileParser {
  readonly paths: KeyedPath[] = [];
  readonly issues: PathFileIssue[] = [];
  private readonly trie = new ChannelTrie();
  private columns: Column[] = [];
  private kinds = new Int8Array(0);
  private delimiter = 0x3b;
  private line = 0;
  private rows = 0;
  /** The current row's touches as channel indices, and how many there are. */
  private readonly touches: Int32Array;
  private touchCount = 0;

  constructor(
    private readonly limits: PathFileLimits,
    private readonly sink?: PathSink,
    private readonly fastPath = true,
  ) {
    this.touches = new Int32Array(limits.touches);
  }

  /** Whether the header has been read. */
  get started(): boolean {
    return this.kinds.length > 0;
  }

  /** Parse every row in `buf[pos, end)`; `end` is just past a newline, or the end of the input. */
  parseRows(buf: Buffer, pos: number, end: number): void {
    this.fast = this.fastPath && this.started && end > pos && buf[end - 1] === NL;
    while (pos < end) {
      pos = this.parseRow(buf, pos, end) + 1;
      // The header row itself arrives in this loop: rows after it may take the fast path.
      if (!this.fast && this.started) this.fast = this.fastPath && buf[end - 1] === NL;
    }
  }

  /**
   * Parse the row at `s`; returns the index of its newline (or `end`). A row in the common shape
   * takes the fast path (fastRow); anything else, and every problem, goes through the general
   * reader below, which is the one that reports errors.
   */
  private parseRow(buf: Buffer, s: number, end: number): number {
    if (this.fast && this.rows < this.limits.paths) {
      const e = this.fastRow(buf, s);
      if (e >= 0) {
        this.line++;
        this.rows++;
        this.emit(this.fastConversions, this.fastNulls, this.fastValue);
        return e;
      }
    }
    return this.generalRow(buf, s, end);
  }

  /** Whether fastRow may be tried: the header is read and the chunk's rows all end in a newline. */
  private fast = false;
  private fastConversions = 0;
  private fastNulls = 0;
  private fastValue = 0;

  /**
   * The fast path for a row of known channels and plain numbers (`a > b;2;99.5;10`), or -1 when
   * the row needs the general reader (a new channel, quotes, blanks other than spaces, an empty
   * field, an exponent, too many touches, a missing or extra field, a blank line...). It reads
   * exactly what the general reader would read from such a row: each touch is the longest channel
   * the trie spells from its first non-space byte, accepted only when nothing but spaces follows it
   * before `>`, the delimiter or the newline, so its bytes are the general reader's trimmed name;
   * numbers are the digits-and-one-point values parseNumber computes exactly. Requires a newline
   * at the end of the row (parseRows checks that the chunk ends in one), so it never reads past it:
   * no channel name contains a newline.
   */
  private fastRow(buf: Buffer, s: number): number {
    const kinds = this.kinds;
    const delimiter = this.delimiter;
    const next = this.trie.next;
    const ends = this.trie.ends;
    const touches = this.touches;
    const maxTouches = touches.length;
    let i = s;
    let b = 0;
    for (let col = 0; col < kinds.length; col++) {
      if (col > 0) {
        if (buf[i] !== delimiter) return -1;
        i++;
      }
      const kind = kinds[col]!;
      if (kind === 0) {
        let count = 0;
        for (;;) {
          b = buf[i]!;
          while (b === SPACE) b = buf[++i]!;
          let node = 0;
          let child = next[b]!;
          while (child >= 0) {
            node = child;
            child = next[(node << 8) | buf[++i]!]!;
          }
          const index = ends[node]!;
          if (index < 0 || count === maxTouches) return -1;
          touches[count++] = index;
          b = buf[i]!;
          while (b === SPACE) b = buf[++i]!;
          if (b !== GT) break;
          i++;
        }
        if (b !== delimiter && b !== NL) return -1;
        this.touchCount = count;
      } else {
        b = buf[i]!;
        while (b === SPACE) b = buf[++i]!;
        let mantissa = 0;
        let digits = 0;
        let fraction = -1;
        for (;;) {
          b = buf[i]!;
          if (b >= ZERO && b <= NINE) {
            mantissa = mantissa * 10 + (b - ZERO);
            digits++;
            if (fraction >= 0) fraction++;
          } else if (b === DOT && fraction < 0) fraction = 0;
          else break;
          i++;
        }
        if (digits === 0 || digits > 15 || fraction > 22) return -1;
        while (b === SPACE || b === CR) b = buf[++i]!;
        const v = fraction > 0 ? mantissa / POW10[fraction]! : mantissa;
        if (kind === 1) this.fastConversions = v;
        else if (kind === 2) this.fastValue = v;
        else this.fastNulls = v;
      }
    }
    if (buf[i] !== NL) return -1;
    if (!this.kindsSeen[1]) this.fastConversions = 0;
    if (!this.kindsSeen[2]) this.fastValue = 0;
    if (!this.kindsSeen[3]) this.fastNulls = 0;
    return i;
  }

  /** Which column kinds the header has (a missing optional column reads as 0). */
  private kindsSeen: boolean[] = [];

  /** Hand one read row to the sink, or keep it. */
  private emit(conversions: number, nulls: number, value: number): void {
    const n = this.touchCount;
    if (this.sink) this.sink(this.touches, n, this.trie.channels, conversions, nulls, value);
    else {
      const names = this.trie.channels;
      const own = new Array<string>(n);
      for (let t = 0; t < n; t++) own[t] = names[this.touches[t]!]!;
      this.paths.push({ keys: own, channels: own, conversions, nulls, value });
    }
  }

  /** The general reader of one row (see parseRow). */
  private generalRow(buf: Buffer, s: number, end: number): number {
    this.line++;
    let i = s;
    while (i < end && isBlank(buf[i]!)) i++;
    if (i === end || buf[i] === NL) return i;
    if (!this.started) {
      let e = i;
      while (e < end && buf[e] !== NL) e++;
      this.header(buf.toString("utf8", i, e));
      return e;
    }
    if (this.rows >= this.limits.paths) {
      this.fail("path", `at most ${this.limits.paths.toLocaleString("en-US")} rows per file`);
      return this.lineEnd(buf, i, end);
    }
    this.rows++;
    i = s;
    const kinds = this.kinds;
    const delimiter = this.delimiter;
    let conversions = 0;
    let value = 0;
    let nulls = 0;
    let col = 0;
    for (;;) {
      const kind = col < kinds.length ? kinds[col]! : -1;
      if (kind === 0) {
        i = this.parsePath(buf, i, end);
        if (i < 0) return this.lineEnd(buf, -i - 1, end);
      } else {
        const from = i;
        while (i < end && buf[i] !== delimiter && buf[i] !== NL) i++;
        if (kind > 0) {
          let a = from;
          let b = i;
          while (a < b && isBlank(buf[a]!)) a++;
          while (b > a && isBlank(buf[b - 1]!)) b--;
          const v = parseNumber(buf, a, b);
          if (!(v >= 0 && v < Number.POSITIVE_INFINITY)) {
            this.fail(
              this.columns[col]!,
              `expected a non-negative number, got '${buf.toString("utf8", from, Math.min(i, from + 40)).trim()}'`,
            );
            return this.lineEnd(buf, i, end);
          }
          if (kind === 1) conversions = v;
          else if (kind === 2) value = v;
          else nulls = v;
        }
      }
      col++;
      if (i >= end || buf[i] === NL) break;
      i++;
    }
    if (col !== kinds.length) {
      this.fail(
        "(row)",
        `expected ${kinds.length} fields separated by '${String.fromCharCode(delimiter)}', got ${col}`,
      );
      return i;
    }
    this.emit(conversions, nulls, value);
    return i;
  }

  /**
   * Read the path field from `i` into `this.touches`; returns where the field ends (delimiter,
   * newline or `end`), or `-(position) - 1` after reporting a problem.
   */
  private parsePath(buf: Buffer, i: number, end: number): number {
    const touches = this.touches;
    let count = 0;
    this.touchCount = 0;
    const delimiter = this.delimiter;
    let next = this.trie.next;
    let node = 0;
    let first = -1;
    let last = -1;
    let blankFrom = -1;
    for (; ; i++) {
      const b = i < end ? buf[i]! : NL;
      if (b === GT || b === delimiter || b === NL) {
        if (first < 0) {
          // A wholly empty path field is a path without touches (unattributed conversions).
          if (b !== GT && count === 0) return i;
          this.fail("path", `empty channel name in touch ${count + 1}`);
          return -i - 1;
        }
        if (count === this.limits.touches) {
          this.fail("path", `at most ${this.limits.touches} touches per path`);
          return -i - 1;
        }
        let index = node >= 0 ? this.trie.ends[node]! : -1;
        if (index < 0) {
          index = this.newChannel(buf, first, last + 1);
          if (index < 0) return -i - 1;
          next = this.trie.next;
        }
        touches[count++] = index;
        if (b !== GT) {
          this.touchCount = count;
          return i;
        }
        node = 0;
        first = -1;
        blankFrom = -1;
        continue;
      }
      if (isBlank(b)) {
        if (first >= 0 && blankFrom < 0) blankFrom = i;
        continue;
      }
      if (first < 0) first = i;
      else if (blankFrom >= 0) {
        for (let k = blankFrom; k < i && node >= 0; k++) node = next[node * 256 + buf[k]!]!;
        blankFrom = -1;
      }
      if (node >= 0) node = next[node * 256 + b]!;
      last = i;
    }
  }

  /** The index of the newline that ends the row containing `i` (or `end`). */
  private lineEnd(buf: Buffer, i: number, end: number): number {
    while (i < end && buf[i] !== NL) i++;
    return i;
  }

  private newChannel(buf: Buffer, a: number, b: number): number {
    const known = this.trie.find(buf, a, b);
    if (known >= 0) return known;
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
    const clean = text.replace(/^\uFEFF/, "").trim();
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
    this.kinds = Int8Array.from(this.columns.map((c) => KIND[c]));
    this.kindsSeen = [0, 1, 2, 3].map((k) => this.kinds.includes(k));
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
    if (!this.started) this.issues.push({ line: 1, field: "(header)", message: "the file is empty" });
    else if (this.rows === 0)
      this.issues.push({ line: this.line, field: "path", message: "at least one path row is required" });
    if (this.issues.length) throw this.error();
    return { paths: this.paths, channels: this.trie.channels, rows: this.rows };
  }
}
