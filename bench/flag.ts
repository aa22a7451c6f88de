/**
 * One command-line flag's value, written either `--name=value` or `--name value`. Benchmarks used
 * to read only one form and ignore the other silently, which measured a default instead of what
 * was asked (PGlite instead of PostgreSQL, the default scale instead of the one given).
 */
export function flagValue(args: readonly string[], name: string): string | undefined {
  const joined = args.find((a) => a.startsWith(`--${name}=`));
  if (joined !== undefined) return joined.slice(name.length + 3);
  const at = args.indexOf(`--${name}`);
  const next = at >= 0 ? args[at + 1] : undefined;
  return next !== undefined && !next.startsWith("--") ? next : undefined;
}
