/**
 * Rows in PostgreSQL's binary COPY format (https://www.postgresql.org/docs/15/sql-copy.html):
 * an 11-byte signature, flags and header-extension words, then per tuple a 16-bit field count and
 * per field a 32-bit length (-1 for NULL) and the value in network byte order, then a -1 trailer.
 *
 * Why: touchpoints are most of a seed's rows, and the server parses binary rows about 1.8x faster
 * than CSV (10M touchpoints: 12.6 s vs 22.6 s, mostly timestamp parsing); encoding here is also
 * cheaper than formatting ISO timestamps. Values whose bytes never change (a touch's channel,
 * platform, campaign, source and medium) are encoded once with `encodeFields` and copied.
 */

const SIGNATURE = Buffer.from("PGCOPY\n\xff\r\n\0", "latin1");
/** PostgreSQL timestamps count microseconds from 2000-01-01 00:00 UTC. */
const PG_EPOCH_MS = Date.UTC(2000, 0, 1);
const TWO_POW_32 = 2 ** 32;

/** A field value for `encodeFields`. */
export type BinaryField = { text: string } | { int4: number } | null;

/** Growable buffer of binary COPY tuples; `finish()` returns one complete COPY payload. */
export class BinaryCopyWriter {
  /** Tuples written so far. */
  rows = 0;
  private buf: Buffer;
  private pos = 0;

  constructor(initialBytes = 1 << 22) {
    this.buf = Buffer.allocUnsafe(Math.max(64, initialBytes));
    this.buf.set(SIGNATURE, 0);
    this.buf.writeInt32BE(0, 11); // flags: no OIDs
    this.buf.writeInt32BE(0, 15); // header extension length
    this.pos = 19;
  }

  /** Bytes written so far (header included). */
  get size(): number {
    return this.pos;
  }

  /** Start a tuple of `fields` fields. */
  row(fields: number): this {
    this.ensure(2);
    this.pos = this.buf.writeInt16BE(fields, this.pos);
    this.rows++;
    return this;
  }

  int4(value: number): this {
    this.ensure(8);
    this.pos = this.buf.writeInt32BE(4, this.pos);
    this.pos = this.buf.writeInt32BE(value, this.pos);
    return this;
  }

  /** A bigint column from a safe integer. */
  int8(value: number): this {
    this.ensure(12);
    this.pos = this.buf.writeInt32BE(8, this.pos);
    this.writeInt64(value);
    return this;
  }

  /** A timestamptz column from epoch milliseconds. */
  timestamptz(epochMs: number): this {
    return this.int8((epochMs - PG_EPOCH_MS) * 1000);
  }

  /** Fields already encoded by `encodeFields` (lengths included). */
  raw(bytes: Uint8Array): this {
    this.ensure(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
    return this;
  }

  /** Append the trailer and return the payload; the writer must not be used afterwards. */
  finish(): Uint8Array {
    this.ensure(2);
    this.pos = this.buf.writeInt16BE(-1, this.pos);
    return this.buf.subarray(0, this.pos);
  }

  private writeInt64(value: number): void {
    const high = Math.floor(value / TWO_POW_32);
    this.pos = this.buf.writeInt32BE(high, this.pos);
    this.pos = this.buf.writeUInt32BE(value - high * TWO_POW_32, this.pos);
  }

  private ensure(bytes: number): void {
    if (this.pos + bytes <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + bytes));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }
}

/** Encode fields (length word plus value each) once, for `BinaryCopyWriter.raw`. */
export function encodeFields(fields: readonly BinaryField[]): Uint8Array {
  const parts: Buffer[] = [];
  for (const f of fields) {
    const head = Buffer.alloc(4);
    if (f === null) {
      head.writeInt32BE(-1, 0);
      parts.push(head);
    } else if ("text" in f) {
      const body = Buffer.from(f.text, "utf8");
      head.writeInt32BE(body.length, 0);
      parts.push(head, body);
    } else {
      const body = Buffer.alloc(4);
      body.writeInt32BE(f.int4, 0);
      head.writeInt32BE(4, 0);
      parts.push(head, body);
    }
  }
  return new Uint8Array(Buffer.concat(parts));
}
