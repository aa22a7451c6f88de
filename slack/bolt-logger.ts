/** Bolt's logger interface over our pino logger, so Slack's own messages land in the service log. */
import { LogLevel, type Logger as SlackLogger } from "@slack/bolt";
import type { Logger } from "../lib/logger.ts";

const LEVELS: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

/** A @slack/logger Logger writing to `logger` under `{ component: "slack" }`. */
export function boltLogger(logger: Logger): SlackLogger {
  const child = logger.child({ component: "slack" });
  const text = (msg: unknown[]) => msg.map((m) => (typeof m === "string" ? m : JSON.stringify(m))).join(" ");
  return {
    debug: (...msg) => child.debug(text(msg)),
    info: (...msg) => child.info(text(msg)),
    warn: (...msg) => child.warn(text(msg)),
    error: (...msg) => child.error(text(msg)),
    setLevel: () => undefined,
    getLevel: () => LEVELS[logger.level] ?? LogLevel.INFO,
    setName: () => undefined,
  };
}
