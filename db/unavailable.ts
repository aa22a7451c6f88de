/**
 * "The database is gone" as one typed error. A lost connection (server stopped or restarting,
 * network gone, admin termination, pool connect timeout) is not a bug in the request: it becomes
 * `AppError("db.unavailable")`, which the HTTP edge answers with 503 and `Retry-After`, and the
 * agent turns into a friendly line. Every other database error keeps its own meaning.
 */
import { AppError, isAppError } from "../lib/errors.ts";

/** What a caller reads while the database is unreachable (no driver text, nothing internal). */
export const DB_UNAVAILABLE_MESSAGE =
  "The database is unavailable right now, so this cannot be answered; please try again in a few seconds.";

/**
 * SQLSTATEs that mean the connection or the server went away, not that the statement was wrong.
 * Class 08 (connection exception) is matched as a class; these are the others.
 */
const UNAVAILABLE_SQLSTATES = new Set([
  "57P01", // admin_shutdown: `pg_ctl stop -m fast`, pg_terminate_backend
  "57P02", // crash_shutdown: another backend crashed, or `-m immediate`
  "57P03", // cannot_connect_now: the server is starting up or shutting down
  "53300", // too_many_connections: the server refuses new sessions for now
]);

/** Node socket errors on the way to the server (refused, reset, unreachable, name lookup). */
const UNAVAILABLE_SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETUNREACH",
  "ENETDOWN",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/**
 * Messages of errors the drivers raise themselves (no code): `pg` when a socket closes under a
 * client or a client is reused after that, `pg-pool` on a connect timeout or after `end()`, and
 * PGlite once it is closed or closing (requests still in flight at shutdown).
 */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated( unexpectedly| due to connection timeout)?$/,
  /^Client has encountered a connection error and is not queryable$/,
  /^Client was closed and is not queryable$/,
  /^timeout exceeded when trying to connect$/,
  /^Cannot use a pool after calling end on the pool$/,
  /^PGlite is clos(ed|ing)$/,
];

/** Whether this one error (not its causes) says the database is unreachable. */
function isUnavailableItself(e: unknown): boolean {
  if (typeof e !== "object" || e === null) return false;
  const code = (e as { code?: unknown }).code;
  if (code === "db.unavailable") return true;
  if (typeof code === "string") {
    if (UNAVAILABLE_SOCKET_CODES.has(code)) return true;
    // Otherwise a five-character code is a SQLSTATE from the server (EPIPE, also five, is above).
    if (/^[0-9A-Z]{5}$/.test(code)) return code.startsWith("08") || UNAVAILABLE_SQLSTATES.has(code);
  }
  const message = (e as { message?: unknown }).message;
  return typeof message === "string" && UNAVAILABLE_MESSAGES.some((re) => re.test(message));
}

/**
 * True when `err`, anything in its `cause` chain, or any error of an AggregateError (Node tries
 * every address of `localhost`) says the database is unreachable.
 * @example isDatabaseUnavailable(Object.assign(new Error("terminating connection"), { code: "57P01" })) // true
 * @example isDatabaseUnavailable(Object.assign(new Error("syntax error"), { code: "42601" })) // false
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [err];
  while (queue.length > 0) {
    const e = queue.shift();
    if (typeof e !== "object" || e === null || seen.has(e)) continue;
    seen.add(e);
    if (isUnavailableItself(e)) return true;
    // Causes are followed even under another typed error: a lost connection is the root cause.
    queue.push((e as { cause?: unknown }).cause);
    if (e instanceof AggregateError) queue.push(...e.errors);
  }
  return false;
}

/**
 * `err` as `AppError("db.unavailable")` (keeping it as the cause) when it means the database is
 * unreachable; otherwise `err` itself, untouched.
 */
export function toDatabaseError(err: unknown): unknown {
  if (isAppError(err) && err.code === "db.unavailable") return err;
  if (!isDatabaseUnavailable(err)) return err;
  return new AppError("db.unavailable", DB_UNAVAILABLE_MESSAGE, { cause: err });
}

/**
 * Run one database call and rethrow a lost connection as `db.unavailable`.
 * @example const rows = await classified(() => pool.query(sql, params));
 */
export async function classified<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    throw toDatabaseError(e);
  }
}
