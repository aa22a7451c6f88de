/** HTTP input of /api/v1/targets (zod; errors name the field). */
import { z } from "zod";
import { safeText, TEXT_LIMITS } from "../../lib/safe-text.ts";

/** Largest target the stored column holds (numeric(20, 6)), rounded down to a readable bound. */
const TARGET_MAX = 1e13;

export const targetDirection = z
  .enum(["at_most", "at_least"])
  .describe("'at_most' for a ceiling (CPA, CAC), 'at_least' for a floor (ROAS, revenue)");
export const targetPeriod = z
  .enum(["none", "day", "week", "month", "quarter"])
  .describe("The period the value is meant for (spend per month); 'none' for ratios such as CPA or ROAS");

export const createTargetInput = z
  .object({
    metric: safeText({ max: TEXT_LIMITS.key, min: 1 }).describe("Catalog metric key, e.g. 'cpa'"),
    filter: z
      .object({
        dimension: z.enum(["channel", "platform", "campaign"]),
        value: safeText({ max: TEXT_LIMITS.label, min: 1 }).describe(
          "Channel or platform key, or campaign id, e.g. 'paid_social'",
        ),
      })
      .strict()
      .optional()
      .describe("Only for this channel, platform or campaign; the overall target when omitted"),
    target: z
      .number()
      .finite()
      .nonnegative()
      // The column is numeric(20, 6): at most 14 digits before the point.
      .max(TARGET_MAX)
      .describe("The target in the metric's unit, e.g. 50 for CPA $50"),
    direction: targetDirection
      .optional()
      .describe("Default from the metric: 'at_least' when higher is better (ROAS), else 'at_most' (CPA)"),
    period: targetPeriod.default("none"),
  })
  .strict();
export type CreateTargetInput = z.infer<typeof createTargetInput>;

export const patchTargetInput = z
  .object({
    target: z.number().finite().nonnegative().max(TARGET_MAX).optional(),
    direction: targetDirection.optional(),
    period: targetPeriod.optional(),
  })
  .strict();
