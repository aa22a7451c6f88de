import type { z } from "zod";
import { describeZodIssues, type ErrorCode, isAppError } from "../../lib/errors.ts";
import { fail, type ToolErrorCode, type ToolResult } from "../result.ts";

/** AppError codes that mean "the request was wrong": sent back to the model as data. */
const RECOVERABLE: Partial<Record<ErrorCode, ToolErrorCode>> = {
  "input.invalid": "bad_input",
  "compile.invalid_query": "bad_input",
  "core.invalid_input": "bad_input",
  "catalog.unknown_metric": "unknown_metric",
  "catalog.unknown_dimension": "unknown_dimension",
  "catalog.unsupported_combination": "unsupported_combination",
  "core.infeasible": "infeasible",
  "core.insufficient_data": "insufficient_data",
  not_found: "unknown_value",
};

/** Suggestions carried by an AppError's details (`suggestion` or `suggestions`). */
function suggestionsOf(details: Record<string, unknown> | undefined): string[] | undefined {
  if (!details) return undefined;
  const many = details.suggestions;
  if (Array.isArray(many)) return many.filter((s): s is string => typeof s === "string");
  return typeof details.suggestion === "string" ? [details.suggestion] : undefined;
}

/**
 * Parse a tool's arguments with its schema, run it, and turn recoverable failures into
 * `{ok: false, error}` so the model can correct itself; anything else (bugs, database down) throws.
 * @example runTool(describeMetricInput, args, async (input) => ok(describe(input.metric)))
 */
export async function runTool<S extends z.ZodType, T>(
  schema: S,
  args: unknown,
  body: (input: z.infer<S>) => Promise<ToolResult<T>>,
): Promise<ToolResult<T>> {
  const parsed = schema.safeParse(args);
  if (!parsed.success)
    return fail("bad_input", `invalid arguments: ${describeZodIssues(parsed.error.issues)}`);
  try {
    return await body(parsed.data);
  } catch (e) {
    const code = isAppError(e) ? RECOVERABLE[e.code] : undefined;
    if (code && isAppError(e)) return fail(code, e.message, suggestionsOf(e.details));
    throw e;
  }
}
