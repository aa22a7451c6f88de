/**
 * The rate file: CSV with the header `date,currency,rate`, one line per day and currency, e.g.
 * `2026-03-02,EUR,1.0832` (1 EUR is 1.0832 units of the organization's currency, or of the `base`
 * of a global import). Parsed with zod per line; errors name the line and the field.
 */
import { z } from "zod";
import { RowError } from "../adapters/types.ts";

/** One line of a rate file. */
export const rateLine = z.object({
  date: z.iso.date({ error: "expected a date such as 2026-03-02" }),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, "expected a currency code such as EUR"),
  rate: z
    .string()
    .trim()
    .regex(/^\d+(\.\d{1,10})?$/, "expected a positive decimal such as 1.0832 (at most 10 decimals)")
    .transform(Number)
    .refine((n) => n > 0, "expected a rate above 0"),
});
export type RateLine = z.infer<typeof rateLine>;

/** The header a rate file must start with. */
export const RATE_HEADER = ["date", "currency", "rate"] as const;

/** Parse one line's cells (already split by the CSV reader); throws RowError naming the field. */
export function parseRateLine(cells: readonly string[]): RateLine {
  const parsed = rateLine.safeParse({ date: cells[0], currency: cells[1], rate: cells[2] });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = String(issue.path[0] ?? "line");
  const index = RATE_HEADER.indexOf(field as (typeof RATE_HEADER)[number]);
  throw new RowError(field, issue.message.replace(/^expected /, ""), index >= 0 ? cells[index] : undefined);
}
