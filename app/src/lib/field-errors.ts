import { ApiError } from "./api";

/**
 * The form field an API error belongs to: the API names it in `details.path` ("cron",
 * "destinations.0.url", "condition.value"); `fields` maps a path's first segment to a form field.
 * Anything else is the form's own error.
 */
export function fieldError(err: unknown, fields: Record<string, string>): Record<string, string> {
  if (!(err instanceof ApiError)) return { form: String(err) };
  const head = String(err.details?.path ?? "").split(".")[0] ?? "";
  const field = fields[head] ?? "form";
  return { [field]: err.message };
}
