/**
 * One small error type with a closed set of codes. Edges (HTTP, CLI, Slack) map a code to what
 * the caller sees; `cause` is kept so logs show the root failure.
 */
export type ErrorCode =
  | "env.invalid"
  | "input.invalid"
  | "input.unsupported_media_type"
  | "not_found"
  | "auth.unauthorized"
  | "auth.forbidden"
  | "rate_limited"
  | "catalog.invalid"
  | "catalog.unknown_metric"
  | "catalog.unknown_dimension"
  | "catalog.unsupported_combination"
  | "compile.invalid_query"
  | "core.invalid_input"
  | "core.infeasible"
  | "core.insufficient_data"
  | "db.query_failed"
  | "db.migration_failed"
  /** The database cannot be reached (server down or restarting, connection lost): retry later. */
  | "db.unavailable"
  /** The embedded database's directory is held by another process (db/data-dir-lock.ts). */
  | "db.locked"
  | "ingest.invalid"
  | "agent.failed"
  | "internal";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown; details?: Record<string, unknown> },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.details = options?.details;
  }
  readonly details: Record<string, unknown> | undefined;
}

/** Guard by shape, not instanceof, so errors survive module duplication. */
export const isAppError = (e: unknown): e is AppError =>
  typeof e === "object" && e !== null && "code" in e && e instanceof Error;

/** Most issues an error message or body lists; a body of 20,000 bad items gave a 1.5 MB answer. */
export const MAX_REPORTED_ISSUES = 10;

/**
 * Human-readable one-liner for a zod error: `field.path: message; other: message`, at most
 * MAX_REPORTED_ISSUES of them and then how many more there were.
 */
export function describeZodIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  const shown = issues
    .slice(0, MAX_REPORTED_ISSUES)
    .map((i) => `${i.path.length ? i.path.map(String).join(".") : "(root)"}: ${i.message}`)
    .join("; ");
  const more = issues.length - MAX_REPORTED_ISSUES;
  return more > 0 ? `${shown}; and ${more} more` : shown;
}
