/**
 * Export one organization's data as CSV files (campaigns, ad spend, touchpoints, conversions,
 * email). Pages through each table by its primary key (keyset pagination), so memory stays flat
 * at 10M rows and the output order, and therefore the bytes, is deterministic.
 */
import { createHash } from "node:crypto";
import { mkdir, open } from "node:fs/promises";
import path from "node:path";
import { AppError } from "../../lib/errors.ts";
import type { Queryable } from "../database.ts";
import { csvLine } from "../simulator/csv.ts";
import { EXPORT_FILES, type ExportFile } from "./export-files.ts";

export interface ExportedFile {
  file: string;
  path: string;
  rows: number;
  bytes: number;
  sha256: string;
}

/** Write every export file for organization `org` (slug) into `outDir`. */
export async function exportOrganization(
  db: Queryable,
  opts: { org: string; outDir: string; pageSize?: number },
): Promise<ExportedFile[]> {
  const [org] = await db.query<{ id: number }>("SELECT id FROM organizations WHERE slug = $1", [opts.org]);
  if (!org) throw new AppError("not_found", `organization "${opts.org}" does not exist`);
  await mkdir(opts.outDir, { recursive: true });
  const out: ExportedFile[] = [];
  for (const def of EXPORT_FILES) {
    out.push(await exportFile(db, org.id, def, path.join(opts.outDir, def.file), opts.pageSize ?? 50_000));
  }
  return out;
}

async function exportFile(
  db: Queryable,
  orgId: number,
  def: ExportFile,
  file: string,
  pageSize: number,
): Promise<ExportedFile> {
  const handle = await open(file, "w");
  const hash = createHash("sha256");
  let rows = 0;
  let bytes = 0;
  const write = async (text: string) => {
    const buf = Buffer.from(text, "utf8");
    hash.update(buf);
    bytes += buf.length;
    await handle.write(buf);
  };
  try {
    await write(csvLine(def.header));
    const keyList = def.keys.map((k) => k.column).join(", ");
    const keyParams = def.keys.map((k, i) => `$${i + 3}::${k.cast}`).join(", ");
    const base = `SELECT ${def.select} FROM ${def.table} WHERE organization_id = $1`;
    let last: unknown[] | undefined;
    for (;;) {
      const sql = last
        ? `${base} AND (${keyList}) > (${keyParams}) ORDER BY ${keyList} LIMIT $2`
        : `${base} ORDER BY ${keyList} LIMIT $2`;
      const page = await db.query(sql, last ? [orgId, pageSize, ...last] : [orgId, pageSize]);
      if (page.length === 0) break;
      let text = "";
      for (const row of page) text += csvLine(def.format(row));
      await write(text);
      rows += page.length;
      if (page.length < pageSize) break;
      const tail = page[page.length - 1]!;
      last = def.keys.map((k) => tail[k.column]);
    }
  } finally {
    await handle.close();
  }
  return { file: def.file, path: file, rows, bytes, sha256: hash.digest("hex") };
}
