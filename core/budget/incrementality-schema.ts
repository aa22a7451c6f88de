/**
 * Zod schema of the data the incremental response model needs besides each channel's spend, as
 * daily columns from `firstDate`: new-customer orders and revenue, sessions per channel (paid and
 * unpaid) and the new-customer orders an attribution model credited to each channel. The db layer
 * reads it (db/analytics/incrementality-inputs.ts); the core parses it here so a malformed feed is
 * a core.invalid_input naming the field, like every other core input. Columns rather than one
 * object per day: 50 channels x 365 days parse in a few milliseconds instead of tens.
 */
import { z } from "zod";

const column = z.array(z.number().finite().nonnegative());

/** Everything the incremental model reads besides spend. */
export const incrementalityInputSchema = z
  .object({
    attributionModel: z.string().min(1).describe("Model that produced newCustomerCredit, e.g. 'linear'"),
    controlChannels: z
      .array(z.string().min(1))
      .min(1)
      .default(["organic_search", "direct"])
      .describe("Unpaid channels whose sessions follow demand and whose credit is exposure alone"),
    outcome: z
      .enum(["revenue", "orders"])
      .default("revenue")
      .describe("Unit of the channel histories' outcome, so the curves come out in the same unit"),
    firstDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
      .describe("Date of index 0"),
    newCustomers: column.min(1).max(3660).describe("First orders per day"),
    newCustomerRevenue: column.describe("Revenue of those orders per day"),
    sessions: z.record(z.string(), column).describe("Sessions per channel per day, unpaid channels included"),
    newCustomerCredit: z
      .record(z.string(), column)
      .describe("New-customer orders credited to each channel per day by the attribution model"),
  })
  .superRefine((input, ctx) => {
    const n = input.newCustomers.length;
    const check = (path: (string | number)[], length: number) => {
      if (length !== n) ctx.addIssue({ code: "custom", path, message: `expected ${n} days, got ${length}` });
    };
    check(["newCustomerRevenue"], input.newCustomerRevenue.length);
    for (const [channel, xs] of Object.entries(input.sessions)) check(["sessions", channel], xs.length);
    for (const [channel, xs] of Object.entries(input.newCustomerCredit)) {
      check(["newCustomerCredit", channel], xs.length);
    }
  });

/** Parsed incrementality input (defaults applied). */
export type IncrementalityInput = z.output<typeof incrementalityInputSchema>;
/** Incrementality input as a caller writes it. */
export type IncrementalityInputRaw = z.input<typeof incrementalityInputSchema>;
