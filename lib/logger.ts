import { type DestinationStream, type Logger, type LoggerOptions, pino } from "pino";
import { REDACT_PATHS, REDACTED, redactSecrets, serializeError } from "./redact.ts";

export type { Logger };

/**
 * Redaction every logger shares (see lib/redact.ts): pino `redact` censors SQL parameters and
 * credential-named fields, the `err` serializer drops values PostgreSQL quotes back, and a last
 * pass over each finished line masks keys, tokens, URL passwords and e-mail addresses wherever
 * they appear (a message, a nested cause, a field nobody thought of).
 */
const REDACTION: Pick<LoggerOptions, "redact" | "serializers" | "hooks"> = {
  redact: { paths: [...REDACT_PATHS], censor: REDACTED },
  serializers: { err: serializeError },
  hooks: { streamWrite: redactSecrets },
};

/**
 * JSON logs in production and when piped; pretty logs in an interactive terminal.
 * SQL parameter values and secrets are redacted (lib/redact.ts). `destination` is for tests that
 * read what was logged.
 */
export function createLogger(
  opts: { level?: string; pretty?: boolean; name?: string; destination?: DestinationStream } = {},
): Logger {
  const level = opts.level ?? "info";
  if (opts.pretty && !opts.destination) {
    return pino({
      ...REDACTION,
      level,
      name: opts.name,
      transport: { target: "pino-pretty", options: { colorize: true, translateTime: "SYS:HH:MM:ss" } },
    });
  }
  const options: LoggerOptions = { ...REDACTION, level, name: opts.name };
  return opts.destination ? pino(options, opts.destination) : pino(options);
}

/** A logger that drops everything, for tests. */
export const silentLogger: Logger = pino({ level: "silent" });
