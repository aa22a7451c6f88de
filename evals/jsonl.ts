/** Deterministic JSON Lines: sorted keys, one record per line, so rebuilding yields identical files. */
import { readFile } from "node:fs/promises";

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  return value;
}

/**
 * JSON with object keys sorted at every level (undefined properties dropped).
 * @example stableStringify({ b: 1, a: 2 }) // '{"a":2,"b":1}'
 */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

/** Records as JSON Lines text (trailing newline). */
export function toJsonl(records: readonly unknown[]): string {
  return `${records.map(stableStringify).join("\n")}\n`;
}

/** Parse a JSON Lines file (blank lines skipped). */
export async function readJsonl(file: string): Promise<unknown[]> {
  const text = await readFile(file, "utf8");
  return text
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as unknown);
}
