/**
 * Buffers rows per table and loads them with COPY in batches: CSV lines for most tables, binary
 * COPY tuples (BinaryCopyWriter) for the tables named binary. At most one COPY is in flight while
 * the next batch is generated, so generation (this process) and ingestion (the database server)
 * overlap, and memory stays bounded by about two batches whatever the total size.
 */
import type { Queryable } from "../database.ts";
import { BinaryCopyWriter } from "./binary-copy.ts";

interface TextBuffer {
  text: string;
  rows: number;
}

export class CopyBatcher<T extends string> {
  private readonly text = new Map<T, TextBuffer>();
  private readonly binary = new Map<T, BinaryCopyWriter>();
  /** Rows already handed to COPY, per table. */
  private readonly flushed: Record<T, number>;
  private chain: Promise<void> = Promise.resolve();

  /**
   * @param columns COPY column list per table
   * @param maxRows flush a table once it has buffered this many rows
   * @param binaryTables tables filled through `writer(table)` instead of `add`
   */
  constructor(
    private readonly tx: Queryable,
    private readonly columns: Readonly<Record<T, readonly string[]>>,
    private readonly maxRows = 50_000,
    binaryTables: readonly NoInfer<T>[] = [],
  ) {
    const tables = Object.keys(columns) as T[];
    this.flushed = Object.fromEntries(tables.map((t) => [t, 0])) as Record<T, number>;
    for (const t of tables) {
      if (binaryTables.includes(t)) this.binary.set(t, new BinaryCopyWriter());
      else this.text.set(t, { text: "", rows: 0 });
    }
  }

  /** Rows loaded or buffered so far, per table. */
  get rows(): Record<T, number> {
    const out = { ...this.flushed };
    for (const [t, b] of this.text) out[t] += b.rows;
    for (const [t, w] of this.binary) out[t] += w.rows;
    return out;
  }

  /** Append `count` newline-terminated CSV lines to a table's buffer. */
  add(table: T, lines: string, count = 1): void {
    const b = this.text.get(table);
    if (!b) throw new Error(`table ${table} is loaded in binary; write its rows with writer()`);
    b.text += lines;
    b.rows += count;
  }

  /** The binary COPY writer currently buffering a binary table's rows. */
  writer(table: T): BinaryCopyWriter {
    const w = this.binary.get(table);
    if (!w) throw new Error(`table ${table} is loaded as CSV; add its rows with add()`);
    return w;
  }

  /** Start COPY for every table whose buffer is full (waiting for the previous COPY first). */
  async flushFull(): Promise<void> {
    for (const [t, b] of this.text) if (b.rows >= this.maxRows) await this.flush(t);
    for (const [t, w] of this.binary) if (w.rows >= this.maxRows) await this.flush(t);
  }

  /** Flush everything and wait until the database has it all. */
  async finish(): Promise<void> {
    for (const [t, b] of this.text) if (b.rows > 0) await this.flush(t);
    for (const [t, w] of this.binary) if (w.rows > 0) await this.flush(t);
    await this.chain;
  }

  private async flush(table: T): Promise<void> {
    const start = this.take(table);
    // Surface a failed earlier COPY before queueing more work on a broken transaction.
    await this.chain;
    const next = start();
    // Keep the rejection observed until someone awaits the chain (no unhandled-rejection crash).
    next.catch(() => {});
    this.chain = next;
  }

  /** Empty a table's buffer; returns the COPY that loads what it held. */
  private take(table: T): () => Promise<void> {
    const columns = this.columns[table];
    const w = this.binary.get(table);
    if (w) {
      this.flushed[table] += w.rows;
      this.binary.set(table, new BinaryCopyWriter(w.size));
      const data = w.finish();
      return () => this.tx.copyBinary(table, columns, data);
    }
    const b = this.text.get(table)!;
    this.flushed[table] += b.rows;
    this.text.set(table, { text: "", rows: 0 });
    return () => this.tx.copyCsv(table, columns, b.text);
  }
}
