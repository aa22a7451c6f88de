/**
 * Zod schemas for change explanation: the HTTP request (POST /api/v1/explain-change), which the
 * route resolves through the semantic layer into per-member sums, and the core input built from them.
 */
import { z } from "zod";
import { safeText, TEXT_LIMITS } from "../../lib/safe-text.ts";
import { isIsoDate } from "../stats/dates.ts";

const isoDate = z
  .string()
  // Length first and abort: a megabyte of text is refused without the date parser.
  .max(10, { error: "expected a YYYY-MM-DD date", abort: true })
  .refine(isIsoDate, { message: "expected a YYYY-MM-DD date" });
const period = z
  .object({ from: isoDate, to: isoDate })
  .refine((p) => p.from <= p.to, { message: "from must not be after to", path: ["from"] });

/** Body of POST /api/v1/explain-change. */
export const explainChangeRequestSchema = z.object({
  metric: safeText({ max: TEXT_LIMITS.key, min: 1 }).describe("Catalog metric key, e.g. 'roas'"),
  dimension: safeText({ max: TEXT_LIMITS.key, min: 1 }).describe(
    "Dimension whose members explain the change, e.g. 'channel'",
  ),
  basePeriod: period.describe("The earlier period, e.g. {from: '2024-02-01', to: '2024-02-29'}"),
  currentPeriod: period.describe("The later period, e.g. {from: '2024-03-01', to: '2024-03-31'}"),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .optional()
    .describe("Keep the N largest contributions, e.g. 10"),
});

/** Parsed explain-change request. */
export type ExplainChangeRequest = z.output<typeof explainChangeRequestSchema>;

const sums = z.object({
  numerator: z.number().finite().describe("Sum of the metric (additive) or of its numerator (ratio)"),
  denominator: z
    .number()
    .finite()
    .nonnegative()
    .optional()
    .describe("Sum of the ratio's denominator; omit for additive metrics"),
});

/** Per-member sums for the two periods. */
export const contributionInputSchema = z.object({
  members: z
    .array(z.object({ member: z.string(), base: sums, current: sums }))
    .min(1)
    .describe("One entry per dimension member; a member absent in a period has zero sums"),
  limit: z.number().int().min(1).optional(),
});

/** Core input of explainChange. */
export type ContributionInput = z.input<typeof contributionInputSchema>;
