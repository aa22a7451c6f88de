/**
 * The first admin key of a fresh database: written to a file only its owner can read, and shown
 * on the terminal only when there is one. Logs are often shipped elsewhere, so a key never goes
 * to a log line or to piped stdout.
 */
import { mkdir, open } from "node:fs/promises";
import path from "node:path";

/** File name under DATA_DIR. */
export const FIRST_KEY_FILE = "first-admin-key.txt";

/**
 * Write `key` (and a newline) to `DATA_DIR/first-admin-key.txt` with mode 0600, replacing an older
 * file; returns its path. `KEY=$(cat .data/first-admin-key.txt)` reads it back.
 */
export async function writeFirstKeyFile(dataDir: string, key: string): Promise<string> {
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, FIRST_KEY_FILE);
  const handle = await open(file, "w", 0o600);
  try {
    // An existing file keeps its old mode on open; tighten it before the key is written.
    await handle.chmod(0o600);
    await handle.writeFile(`${key}\n`);
  } finally {
    await handle.close();
  }
  return file;
}

/**
 * What `npm start` prints about a new first key: the key itself only on a terminal; otherwise
 * where the file is.
 */
export function firstKeyNotice(opts: {
  key: string;
  file: string;
  org: string;
  url: string;
  terminal: boolean;
}): string {
  if (!opts.terminal) {
    return `Admin API key for '${opts.org}' written to ${opts.file} (readable only by its owner).\n`;
  }
  return (
    `\nAdmin API key for the demo organization '${opts.org}' (also in ${opts.file}; store it, then delete the file):\n` +
    `  ${opts.key}\n` +
    `Try: curl -H "Authorization: Bearer ${opts.key}" ${opts.url}/api/v1/catalog\n\n`
  );
}
