/**
 * Command-line parsing for db/ scripts: node's util.parseArgs for syntax, zod for meaning. A bad
 * argument becomes one line that names the flag, and the script exits with code 2.
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import type { z } from "zod";

export type ParsedArgs<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Parse `argv` with the flag definitions, then validate with `schema`.
 * @example parseCliArgs(["--scale", "x"], { scale: { type: "string" } }, z.object({ scale: z.coerce.number() }))
 * // => { ok: false, message: "--scale: expected number, received NaN" }
 */
export function parseCliArgs<S extends z.ZodType>(
  argv: readonly string[],
  options: NonNullable<ParseArgsConfig["options"]>,
  schema: S,
): ParsedArgs<z.infer<S>> {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    // parseArgs says e.g. "Unknown option '--sclae'"; lead with the flag like zod issues do.
    const message = (e as Error).message.split("\n")[0] ?? "invalid arguments";
    const flag = /'(-{1,2}[\w-]+)/.exec(message)?.[1];
    return { ok: false, message: flag ? `${flag}: ${message}` : message };
  }
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0]!;
  const flag = issue.path.length > 0 ? `--${String(issue.path[0])}` : "arguments";
  return { ok: false, message: `${flag}: ${issue.message}` };
}

/** Print the one-line error to stderr and exit with code 2 (bad usage). */
export function exitOnBadArgs<T>(result: ParsedArgs<T>, usage: string): T {
  if (result.ok) return result.value;
  process.stderr.write(`error: ${result.message}\nusage: ${usage}\n`);
  process.exit(2);
}
