/**
 * Buffers CSV lines per table and loads them with COPY in batches. At most one COPY is in flight
 * while the next batch is generated, so generation (this process) and ingestion (the database
 * server) overlap, and memory stays bounded by about two batches whatever the total size.
 */
import type { Queryable } from "../database.ts";

interface Buffer {
  text: string;
  rows: number;
}

export class CopyBatcher<T extends string> {
  /** Rows loaded (or queued) so far, per table. */
  readonly rows: Record<T, number>;
  private readonly buffers: Record<T, Buffer>;
  private chain: Promise<void> = Promise.resolve();

  /**
   * @param columns COPY column list per table
   * @param maxRows flush a table once it has buffered this many rows
   */
  constructor(
    private readonly tx: Queryable,
    private readonly columns: Readonly<Record<T, readonly string[]>>,
    private readonly maxRows = 50_000,
  ) {
    const tables = Object.keys(columns) as T[];
    this.rows = Object.fromEntries(tables.map((t) => [t, 0])) as Record<T, number>;
    this.buffers = Object.fromEntries(tables.map((t) => [t, { text: "", rows: 0 }])) as Record<T, Buffer>;
  }

  /** Append `count` newline-terminated lines (already CSV) to a table's buffer. */
  add(table: T, lines: string, count = 1): void {
    const b = this.buffers[table];
    b.text += lines;
    b.rows += count;
    this.rows[table] += count;
  }

  /** Start COPY for every table whose buffer is full (waiting for the previous COPY first). */
  async flushFull(): Promise<void> {
    for (const table of Object.keys(this.buffers) as T[]) {
      if (this.buffers[table].rows >= this.maxRows) await this.flush(table);
    }
  }

  /** Flush everything and wait until the database has it all. */
  async finish(): Promise<void> {
    for (const table of Object.keys(this.buffers) as T[]) {
      if (this.buffers[table].rows > 0) await this.flush(table);
    }
    await this.chain;
  }

  private async flush(table: T): Promise<void> {
    const b = this.buffers[table];
    const csv = b.text;
    this.buffers[table] = { text: "", rows: 0 };
    // Surface a failed earlier COPY before queueing more work on a broken transaction.
    await this.chain;
    const next = this.tx.copyCsv(table, this.columns[table], csv);
    // Keep the rejection observed until someone awaits the chain (no unhandled-rejection crash).
    next.catch(() => {});
    this.chain = next;
  }
}
