/**
 * The one result shape every tool returns. Recoverable failures (unknown metric, empty result,
 * bad date range) travel back to the model as data so it can correct itself; bugs and
 * infrastructure failures throw typed errors instead (see lib/errors.ts).
 */

/** Stable codes a tool may return on a recoverable failure. */
export type ToolErrorCode =
  | "bad_input"
  | "unknown_metric"
  | "unknown_dimension"
  | "unknown_value"
  | "unsupported_combination"
  | "empty_result"
  | "insufficient_data"
  | "infeasible";

/** What went wrong, in words the model (and a marketer) can act on, with "did you mean" hints. */
export interface ToolError {
  code: ToolErrorCode;
  message: string;
  suggestions?: string[];
}

/** Success with typed data, or a recoverable error. */
export type ToolResult<T> = { ok: true; data: T } | { ok: false; error: ToolError };

/**
 * Wrap data as a successful result.
 * @example ok({ rows: [] }) // { ok: true, data: { rows: [] } }
 */
export function ok<T>(data: T): ToolResult<T> {
  return { ok: true, data };
}

/**
 * Build a recoverable failure.
 * @example fail("unknown_metric", "No metric 'roaz'.", ["roas"])
 */
export function fail<T = never>(code: ToolErrorCode, message: string, suggestions?: string[]): ToolResult<T> {
  return { ok: false, error: suggestions?.length ? { code, message, suggestions } : { code, message } };
}
