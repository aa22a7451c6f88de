/**
 * What must never reach a log line: SQL parameter values (they hold customer data such as e-mail
 * addresses), values PostgreSQL quotes back in its error messages, and anything that looks like a
 * credential. `lib/logger.ts` applies these to every line; other edges (e.g. a model provider's
 * error text) can call `redactSecrets` directly.
 */
import { stdSerializers } from "pino";

export const REDACTED = "[redacted]";

/** Text patterns of secrets and personal data, each with its replacement. Order matters. */
const SECRET_PATTERNS: ReadonlyArray<[RegExp, string]> = [
  // Authorization header values (first, so a key inside one goes as a whole).
  [/\b(Bearer)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${REDACTED}`],
  // Our API keys (`mka_<prefix>_<secret>`): keep the prefix, which is listed by `npm run keys`.
  [/\b(mka_[0-9a-f]{8}_)[A-Za-z0-9_-]+/g, `$1${REDACTED}`],
  // Provider keys: OpenAI-style `sk-...`, `sk-proj-...` (and rk-/pk-), Slack `xox?-` tokens.
  [/\b(sk|rk|pk)-[A-Za-z0-9_-]{6,}/g, `$1-${REDACTED}`],
  [/\bxox[abprs]-[A-Za-z0-9-]{6,}/g, `xox-${REDACTED}`],
  // Passwords in connection URLs: scheme://user:password@host.
  [/\b([a-z][a-z0-9+.-]*:\/\/[^:/\s@"']*:)[^@\s"']+@/gi, `$1${REDACTED}@`],
  // key=value and "key": "value" forms (connection strings, query strings, echoed JSON bodies).
  [
    /\b((?:password|passwd|pwd|secret|api[_-]?key|access[_-]?token|auth[_-]?token|token|authorization)["']?\s*[:=]\s*["']?)(?!Bearer\s|\[redacted\])[^\s"',;&]+/gi,
    `$1${REDACTED}`,
  ],
  // E-mail addresses.
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, "[email]"],
];

/**
 * Replace credentials and e-mail addresses in free text.
 * @example redactSecrets("Bearer mka_0123abcd_s3cr3t") // "Bearer [redacted]"
 */
export function redactSecrets(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SECRET_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/**
 * Object paths pino's `redact` censors in every log line: SQL parameters (PGlite attaches
 * `params` and `queryOptions` to its errors) and fields named like credentials.
 */
export const REDACT_PATHS: readonly string[] = [
  "params",
  "*.params",
  "err.cause.params",
  "queryOptions",
  "*.queryOptions",
  "password",
  "*.password",
  "apiKey",
  "*.apiKey",
  "authorization",
  "*.authorization",
  "req.headers.authorization",
  "req.headers.cookie",
  "headers.authorization",
  "headers.cookie",
];

interface DbLikeError {
  severity?: unknown;
  code?: unknown;
  params?: unknown;
  cause?: unknown;
}

/** A PostgreSQL error (from pg or PGlite): a severity and a five-character SQLSTATE, or SQL params. */
function isDbError(e: unknown): boolean {
  if (typeof e !== "object" || e === null) return false;
  const d = e as DbLikeError;
  return (
    (typeof d.severity === "string" && typeof d.code === "string" && /^[0-9A-Z]{5}$/.test(d.code)) ||
    "params" in d
  );
}

function chainHasDbError(e: unknown): boolean {
  for (let cur = e, depth = 0; cur && depth < 10; cur = (cur as DbLikeError).cause, depth++) {
    if (isDbError(cur)) return true;
  }
  return false;
}

/**
 * PostgreSQL quotes rejected input back: `invalid input syntax for type integer: "alice@x.com"`.
 * Such a value after a colon is input, not an identifier (`relation "x"` stays readable).
 */
function redactQuotedValues(text: string): string {
  return text.replace(/: "(?:[^"\\\n]|\\.)*"/g, `: "${REDACTED}"`);
}

/** `Key (email)=(alice@x.com) already exists.` keeps the column list and drops the values. */
function redactDetail(detail: string): string {
  const key = /^Key \(([^)]*)\)=/.exec(detail);
  return key ? `Key (${key[1]})=(${REDACTED})` : REDACTED;
}

/**
 * pino's error serializer plus: no SQL parameters, and no input values quoted back by
 * PostgreSQL in the message, stack (which repeats the message), detail or where fields, for an
 * error whose cause chain includes a database error.
 */
export function serializeError(err: unknown): unknown {
  const out = stdSerializers.err(err as Error) as unknown;
  if (typeof out !== "object" || out === null) return out;
  const s = out as Record<string, unknown>;
  delete s.params;
  delete s.queryOptions;
  if (!chainHasDbError(err)) return s;
  if (typeof s.message === "string") s.message = redactQuotedValues(s.message);
  if (typeof s.stack === "string") s.stack = redactQuotedValues(s.stack);
  if (typeof s.detail === "string") s.detail = redactDetail(s.detail);
  if (typeof s.where === "string") s.where = s.where.replace(/= '.*'/g, `= '${REDACTED}'`);
  return s;
}
