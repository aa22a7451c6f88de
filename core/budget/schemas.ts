/**
 * Zod schemas for the budget optimizer's HTTP input (POST /api/v1/budget/optimize). Types are
 * inferred from them so the route, the tool definition and the core cannot drift apart.
 */
import { z } from "zod";
import { safeText, TEXT_LIMITS } from "../../lib/safe-text.ts";

const money = z.number().finite().nonnegative();

/** An explicit response curve: revenue over the planning period as a function of spend in it. */
export const responseCurveSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("hill").describe("scale * x^alpha / (x^alpha + k^alpha)"),
    scale: money.describe("Revenue at saturation, e.g. 250000"),
    k: z.number().finite().positive().describe("Spend at half saturation, e.g. 40000"),
    alpha: z.number().finite().positive().max(20).describe("Shape; > 1 is S-shaped, e.g. 1.5"),
  }),
  z.object({
    type: z.literal("log").describe("a + b ln(x)"),
    a: z.number().finite().describe("Intercept, e.g. -9453.72"),
    b: money.describe("Revenue per unit of ln(spend), e.g. 8256.21"),
  }),
  z.object({
    type: z.literal("log1p").describe("scale * ln(1 + x / k)"),
    scale: money.describe("e.g. 50000"),
    k: z.number().finite().positive().describe("e.g. 20000"),
  }),
  z.object({
    type: z.literal("exp").describe("scale * (1 - exp(-x / k))"),
    scale: money.describe("Revenue at saturation, e.g. 150000"),
    k: z.number().finite().positive().describe("Spend scale, e.g. 30000"),
  }),
]);

/** A what-if curve for one channel (or campaign). */
export const explicitCurveSchema = z.object({
  channel: safeText({ max: TEXT_LIMITS.label, min: 1 }).describe(
    "Channel or campaign key, e.g. 'paid_search'",
  ),
  curve: responseCurveSchema,
  currentSpend: money
    .optional()
    .describe("Current spend over the period; default: an equal share of totalBudget"),
});

/** Per-channel spend limits. */
export const channelBoundSchema = z.object({
  min: money.optional().describe("Minimum spend over the period"),
  max: money.optional().describe("Maximum spend over the period"),
});

/** Request body of POST /api/v1/budget/optimize. */
export const budgetOptimizeRequestSchema = z
  .object({
    totalBudget: z.number().finite().positive().describe("Budget to allocate over the period, e.g. 100000"),
    periodDays: z
      .number()
      .int()
      .min(1)
      .max(366)
      .default(28)
      .describe(
        "Days the budget covers when curves are fitted from history; current spend is the last periodDays days",
      ),
    constraints: z
      .object({
        bounds: z
          .record(safeText({ max: TEXT_LIMITS.label, min: 1 }), channelBoundSchema)
          .optional()
          .describe("Per-channel {min, max}"),
        locked: z
          .array(safeText({ max: TEXT_LIMITS.label, min: 1 }))
          .max(1000)
          .optional()
          .describe("Channels kept at current spend"),
        defaultBoundPct: z
          .number()
          .min(0)
          .max(10)
          .optional()
          .describe(
            "Allowed move from current spend, e.g. 0.3 for +/-30%. Default 0.3 for fitted curves, none for explicit curves",
          ),
      })
      .optional(),
    scenario: z
      .enum(["max_revenue", "max_profit", "target_roas"])
      .default("max_revenue")
      .describe(
        "max_revenue spends the whole budget for the most revenue; max_profit spends at most the budget for the most gross profit (grossMargin x revenue - spend), leaving dollars whose marginal return is below break-even unspent",
      ),
    grossMargin: z
      .number()
      .gt(0)
      .max(1)
      .optional()
      .describe(
        "Share of a revenue dollar left after the cost of goods, e.g. 0.4. With it the report states each channel's profit per extra dollar and flags spend below break-even; default 0.5 for max_profit",
      ),
    targetRoas: z
      .number()
      .finite()
      .positive()
      .optional()
      .describe("Required for scenario target_roas, e.g. 3"),
    curves: z
      .array(explicitCurveSchema)
      .min(1)
      .max(1000)
      .optional()
      .describe("Explicit curves for what-if questions"),
  })
  .superRefine((r, ctx) => {
    if (r.scenario === "target_roas" && r.targetRoas === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["targetRoas"],
        message: "required when scenario is target_roas",
      });
    }
    const seen = new Set<string>();
    r.curves?.forEach((c, i) => {
      if (seen.has(c.channel)) {
        ctx.addIssue({
          code: "custom",
          path: ["curves", i, "channel"],
          message: `duplicate channel '${c.channel}'`,
        });
      }
      seen.add(c.channel);
    });
    for (const [channel, b] of Object.entries(r.constraints?.bounds ?? {})) {
      if (b.min !== undefined && b.max !== undefined && b.min > b.max) {
        ctx.addIssue({
          code: "custom",
          path: ["constraints", "bounds", channel, "min"],
          message: "min exceeds max",
        });
      }
    }
  });

/** Parsed optimize request (defaults applied). */
export type BudgetOptimizeRequest = z.output<typeof budgetOptimizeRequestSchema>;
/** Optimize request as a caller writes it (defaults optional). */
export type BudgetOptimizeRequestInput = z.input<typeof budgetOptimizeRequestSchema>;
/** One explicit what-if curve. */
export type ExplicitCurve = z.output<typeof explicitCurveSchema>;
