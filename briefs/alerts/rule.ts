/** Alert rule input (HTTP and, later, the agent): zod schemas, errors name the field. */
import { z } from "zod";
import { safeText, TEXT_LIMITS } from "../../lib/safe-text.ts";
import { destinationsInput } from "../delivery/destinations.ts";

export const alertCondition = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("threshold"),
      op: z.enum(["above", "below"]).describe("Fire when the day's value is above/below `value`"),
      value: z.number().finite().describe("Threshold in the metric's unit, e.g. 50 for CPA $50"),
    })
    .strict(),
  z
    .object({
      kind: z.literal("anomaly"),
      sensitivity: z
        .number()
        .min(2)
        .max(10)
        .default(4)
        .describe("Detector threshold (robust z); 4 is detect_anomalies' default 'medium'"),
      minChange: z
        .number()
        .min(0)
        .max(10)
        .optional()
        .describe(
          "Smallest relative change from the expected value worth an alert, e.g. 0.3 for 30% (default 0.3): a steady series can be 'significant' at a change nobody acts on",
        ),
    })
    .strict(),
  z
    .object({ kind: z.literal("target") })
    .strict()
    .describe("Fire when the day's value misses the metric's target (/api/v1/targets; per day or no period)"),
]);
export type AlertCondition = z.infer<typeof alertCondition>;

export const alertScope = z
  .object({
    dimension: z.enum(["channel", "campaign"]).describe("Check the metric per channel or per campaign"),
    member: safeText({ max: TEXT_LIMITS.label, min: 1 })
      .optional()
      .describe("Only this channel key or campaign name, e.g. 'paid_social'; all members when omitted"),
  })
  .strict();
export type AlertScope = z.infer<typeof alertScope>;

export const createAlertInput = z
  .object({
    name: safeText({ max: 100, min: 1, trim: true }),
    metric: safeText({ max: TEXT_LIMITS.key, min: 1 }).describe("Catalog metric key, e.g. 'cpa'"),
    condition: alertCondition,
    scope: alertScope.optional(),
    destinations: destinationsInput,
    enabled: z.boolean().default(true),
    checkFrom: z.iso
      .date("expected a calendar date as YYYY-MM-DD")
      .optional()
      .describe("First data day to check; default: the last 7 days of data"),
  })
  .strict();

export const patchAlertInput = createAlertInput.omit({ checkFrom: true }).partial().strict();
