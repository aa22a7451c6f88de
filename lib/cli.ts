import { type ParseArgsConfig, parseArgs } from "node:util";
import type { z } from "zod";
import { describeZodIssues, isAppError } from "./errors.ts";

/**
 * Parse CLI flags with node's parseArgs, then validate them with zod. Bad flags print one line
 * naming the flag and exit with code 2.
 */
export function parseCli<T extends z.ZodType>(
  argv: string[],
  options: NonNullable<ParseArgsConfig["options"]>,
  schema: T,
): { values: z.infer<T>; positionals: string[] } {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    failCli((e as Error).message);
  }
  const result = schema.safeParse(parsed.values);
  if (!result.success) {
    failCli(
      describeZodIssues(
        result.error.issues.map((i) => ({ ...i, path: i.path.map((p) => `--${String(p)}`) })),
      ),
    );
  }
  return { values: result.data, positionals: parsed.positionals };
}

/** Print one error line and exit 2 (bad usage). */
export function failCli(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(2);
}

/**
 * Turn SIGINT/SIGTERM into process.exit (130/143), so "exit" hooks run: the DATA_DIR lock a
 * command holds is released (without a handler Node dies on a signal without running them).
 */
export function exitOnSignals(): void {
  process.once("SIGINT", () => process.exit(130));
  process.once("SIGTERM", () => process.exit(143));
}

/** Run a CLI main: AppErrors print one line (exit 1); anything else prints its stack. */
export function runCli(main: () => Promise<void>): void {
  exitOnSignals();
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      if (isAppError(e)) process.stderr.write(`error: ${e.message}\n`);
      else process.stderr.write(`error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    },
  );
}
