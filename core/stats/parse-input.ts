import type { z } from "zod";
import { AppError, describeZodIssues, MAX_REPORTED_ISSUES } from "../../lib/errors.ts";

/**
 * Parse untrusted input with a zod schema. Failures become AppError("core.invalid_input") whose
 * message names each offending field, so the HTTP edge can return it as a 400 unchanged.
 * @example
 * parseInput(z.object({ totalBudget: z.number() }), { totalBudget: "x" });
 * // throws AppError core.invalid_input "totalBudget: Invalid input: expected number, received string"
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new AppError("core.invalid_input", describeZodIssues(result.error.issues), {
    cause: result.error,
    details: {
      issues: result.error.issues
        .slice(0, MAX_REPORTED_ISSUES)
        .map((i) => ({ path: i.path.map(String), message: i.message })),
    },
  });
}
