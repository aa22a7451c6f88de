/** HTTP input of /api/v1/briefs (zod; errors name the field). */
import { z } from "zod";
import { safeText } from "../../lib/safe-text.ts";
import { destinationsInput } from "../delivery/destinations.ts";
import { cronProblem } from "./cron.ts";

const period = z
  .object({ preset: z.enum(["last_week", "last_month"]) })
  .strict()
  .describe("The brief's period at each fire time, e.g. { preset: 'last_week' } (Monday to Sunday)");

export const scheduleTarget = z
  .object({
    period: period.optional(),
    // Saved report ids are UUIDs (POST /api/v1/reports); a number is still accepted as before.
    reportId: z
      .union([
        z.number().int().positive(),
        z.string().regex(/^[0-9a-f-]{36}$/, "expected a saved report id (a UUID from /api/v1/reports)"),
      ])
      .optional()
      .describe("Saved report id (kind 'report'), e.g. '0b6c…' from POST /api/v1/reports"),
  })
  .strict();

const cron = z
  .string()
  .max(100)
  .superRefine((v, ctx) => {
    const problem = cronProblem(v);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .describe("Cron in the organization's time zone, e.g. '0 9 * * 1' (Mondays 09:00)");

/** A brief needs a period (default last week); a report needs its id. */
function checkTarget(v: { kind?: string; target?: z.infer<typeof scheduleTarget> }, ctx: z.RefinementCtx) {
  if (v.kind === "report" && v.target?.reportId === undefined)
    ctx.addIssue({
      code: "custom",
      path: ["target", "reportId"],
      message: "a report schedule needs target.reportId",
    });
  if (v.kind === "brief" && v.target?.reportId !== undefined)
    ctx.addIssue({
      code: "custom",
      path: ["target", "reportId"],
      message: "a brief schedule has no reportId",
    });
}

export const createScheduleInput = z
  .object({
    name: safeText({ max: 100, min: 1, trim: true }),
    kind: z.enum(["brief", "report"]).default("brief"),
    target: scheduleTarget.default({ period: { preset: "last_week" } }),
    cron,
    destinations: destinationsInput,
    enabled: z.boolean().default(true),
  })
  .strict()
  .superRefine(checkTarget);

export const patchScheduleInput = z
  .object({
    name: safeText({ max: 100, min: 1, trim: true }).optional(),
    kind: z.enum(["brief", "report"]).optional(),
    target: scheduleTarget.optional(),
    cron: cron.optional(),
    destinations: destinationsInput.optional(),
    enabled: z.boolean().optional(),
  })
  .strict()
  .superRefine(checkTarget);

export const previewInput = z
  .object({
    kind: z.enum(["brief", "report"]).default("brief"),
    target: scheduleTarget.default({ period: { preset: "last_week" } }),
    at: z.iso
      .datetime({ offset: true, error: "expected an ISO date-time, e.g. 2026-11-02T14:00:00Z" })
      .optional()
      .describe("The fire time to preview (the period is relative to it); default now"),
  })
  .strict()
  .superRefine(checkTarget);

export const idParam = z.object({
  id: z.coerce
    .number({ error: "expected an id" })
    .int("expected an id")
    .positive("expected an id")
    .max(2 ** 53 - 1),
});
