/**
 * A deterministic touchpoints file in the export format (`touchpoint_id,customer_id,ts,...`), written
 * once under tmp/ for the import benchmark and the crash drill (never committed: 10M rows are
 * about 800 MB). Eight touches per customer, channels and campaigns in a fixed rotation.
 */
import { createWriteStream } from "node:fs";
import { mkdir, rename, stat } from "node:fs/promises";
import path from "node:path";

const ROTATION: readonly (readonly [string, string, string, string, string])[] = [
  ["paid_search", "google_ads", "1001", "google", "cpc"],
  ["paid_social", "meta_ads", "1012", "facebook", "paid_social"],
  ["email", "", "", "newsletter", "email"],
  ["organic_search", "", "", "google", "organic"],
  ["display", "google_ads", "1020", "gdn", "display"],
  ["direct", "", "", "(direct)", "(none)"],
  ["affiliate", "", "", "partner", "affiliate"],
  ["referral", "", "", "blog.example.com", "referral"],
];
const START_MS = Date.parse("2025-11-01T00:00:00Z");

/** Line `i` (0-based) of the file, with its newline. */
export function touchpointLine(i: number): string {
  const r = ROTATION[(i * 7 + Math.floor(i / 8)) % ROTATION.length]!;
  const ts = new Date(START_MS + i * 3_137).toISOString();
  return `${i + 1},${Math.floor(i / 8) + 1},${ts},${r[0]},${r[1]},${r[2]},${r[3]},${r[4]}\n`;
}

/** Write (or reuse) `dir/touchpoints-<rows>.csv`; returns its path and size in bytes. */
export async function touchpointsFile(dir: string, rows: number): Promise<{ file: string; bytes: number }> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `touchpoints-${rows}.csv`);
  const existing = await stat(file).catch(() => undefined);
  if (existing && existing.size > 0) return { file, bytes: existing.size };
  const out = createWriteStream(`${file}.part`);
  out.write("touchpoint_id,customer_id,ts,channel,platform,campaign_id,source,medium\n");
  for (let i = 0; i < rows; ) {
    let chunk = "";
    for (const end = Math.min(rows, i + 10_000); i < end; i++) chunk += touchpointLine(i);
    if (!out.write(chunk)) await new Promise<void>((r) => out.once("drain", () => r()));
  }
  await new Promise<void>((resolve, reject) => {
    out.once("error", reject);
    out.end(() => resolve());
  });

  await rename(`${file}.part`, file);
  return { file, bytes: (await stat(file)).size };
}
