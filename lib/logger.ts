import { type Logger, pino } from "pino";

export type { Logger };

/**
 * JSON logs in production and when piped; pretty logs in an interactive terminal.
 * Never log SQL parameter values: they may hold customer data.
 */
export function createLogger(opts: { level?: string; pretty?: boolean; name?: string } = {}): Logger {
  const level = opts.level ?? "info";
  if (opts.pretty) {
    return pino({
      level,
      name: opts.name,
      transport: { target: "pino-pretty", options: { colorize: true, translateTime: "SYS:HH:MM:ss" } },
    });
  }
  return pino({ level, name: opts.name });
}

/** A logger that drops everything, for tests. */
export const silentLogger: Logger = pino({ level: "silent" });
