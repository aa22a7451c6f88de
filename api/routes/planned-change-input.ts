/** HTTP input of /api/v1/planned-changes (zod; errors name the field). */
import { z } from "zod";
import { safeText, TEXT_LIMITS } from "../../lib/safe-text.ts";

const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine(
    (d) =>
      !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    {
      message: "not a calendar date",
    },
  );

export const createPlannedChangeInput = z
  .object({
    channel: safeText({ max: TEXT_LIMITS.key, min: 1 })
      .optional()
      .describe("Channel key, e.g. 'paid_social'; may be left out when campaignId is given"),
    campaignId: z
      .number()
      .int()
      .positive()
      // Campaign ids are PostgreSQL integers: a larger id names no campaign (and would overflow).
      .max(2_147_483_647)
      .optional()
      .describe(
        "One campaign (id from the campaigns table), e.g. 1007; every campaign of the channel when omitted",
      ),
    from: localDate.describe("First day of the change in the organization's time zone, e.g. 2026-06-22"),
    to: localDate
      .nullable()
      .default(null)
      .describe(
        "Last day of a temporary change (a flight, a holdout week), e.g. 2026-06-28; null for a lasting change",
      ),
    expectedChangePercent: z
      .number()
      .finite()
      .min(-100)
      .max(1000)
      .nullable()
      .default(null)
      .describe("Expected spend change in percent, e.g. -100 for a pause, 40 for +40%"),
    note: safeText({ max: TEXT_LIMITS.label })
      .default("")
      .describe("Why, e.g. 'Holdout week to measure display'"),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (o.channel === undefined && o.campaignId === undefined)
      ctx.addIssue({ code: "custom", path: ["channel"], message: "name a channel or a campaignId" });
    if (o.to !== null && o.to < o.from)
      ctx.addIssue({ code: "custom", path: ["to"], message: "must not be before from" });
  });
export type CreatePlannedChangeInput = z.infer<typeof createPlannedChangeInput>;
