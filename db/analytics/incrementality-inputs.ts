/**
 * What the budget optimizer's incremental model reads besides spend (core/budget/incremental-curves.ts):
 * per day, new-customer orders and their revenue, sessions per channel (unpaid ones included) and
 * the new-customer orders an attribution model credits to each channel. Read through the semantic
 * layer like every other figure; rows are zod-parsed so a driver returning text for numbers, or a
 * catalog change, fails here with the field named rather than as NaN in a fit.
 */
import { z } from "zod";
import type { IncrementalityInputRaw } from "../../core/budget/incrementality-schema.ts";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import type { DateRange } from "../../semantic/query/types.ts";
import { daysOf } from "./channel-history.ts";
import { type AnalyticsDeps, memberKey, runMetricQuery } from "./deps.ts";

/**
 * Attribution model whose credit the incremental model corrects for exposure. Linear spreads an
 * order's credit over every touch of its journey, so the exposure share a channel gets averages
 * over many touches instead of hinging on one; its captured incremental orders have about 2.5x
 * lower standard errors than under last touch on the demo shops.
 */
export const INCREMENTALITY_ATTRIBUTION_MODEL = "linear";

/** Only the rows of these reads are used: their totals statements are skipped. */
const ROWS_ONLY = { totals: false } as const;

/** Unpaid channels used as demand control and to measure exposure credit. */
export const CONTROL_CHANNELS = ["organic_search", "direct"] as const;

const num = z.coerce.number().finite().nonnegative();
const dateRow = z.object({ date: z.coerce.string() });
const newCustomerRow = dateRow.extend({ new_customers: num.nullable(), revenue: num.nullable() });
const sessionRow = dateRow.extend({ channel: z.unknown(), sessions: num.nullable() });
const creditRow = dateRow.extend({ channel: z.unknown(), attributed_conversions: num.nullable() });

/** The input plus where it came from. */
export interface IncrementalityInputsResult {
  input: IncrementalityInputRaw;
  provenance: {
    newCustomers: MetricResult["provenance"];
    sessions: MetricResult["provenance"];
    credit: MetricResult["provenance"];
  };
}

/**
 * Read the incremental model's inputs for `from..to` (org-local dates).
 * @example
 * const r = await readIncrementalityInputs(deps, { from: "2026-05-05", to: "2026-10-31" });
 * r.input.newCustomers.slice(0, 2); // [32, 16] (days from 2026-05-05; no row means none that day)
 */
export async function readIncrementalityInputs(
  deps: AnalyticsDeps,
  range: DateRange & { outcome?: "revenue" | "orders" },
): Promise<IncrementalityInputsResult> {
  const timeRange = { from: range.from, to: range.to };
  const newOnly = [{ field: "customer_type", op: "eq" as const, value: "new" }];
  const [customers, sessions, credit] = await Promise.all([
    runMetricQuery(
      deps,
      {
        metrics: ["new_customers", "revenue"],
        dimensions: ["date"],
        grain: "day",
        filters: newOnly,
        timeRange,
      },
      ROWS_ONLY,
    ),
    runMetricQuery(
      deps,
      { metrics: ["sessions"], dimensions: ["date", "channel"], grain: "day", timeRange },
      ROWS_ONLY,
    ),
    runMetricQuery(
      deps,
      {
        metrics: ["attributed_conversions"],
        dimensions: ["date", "channel"],
        grain: "day",
        filters: newOnly,
        timeRange,
        attributionModel: INCREMENTALITY_ATTRIBUTION_MODEL,
      },
      ROWS_ONLY,
    ),
  ]);
  const dates = daysOf(range);
  const slot = new Map(dates.map((date, t) => [date, t]));
  const zeros = () => new Array<number>(dates.length).fill(0);
  const newCustomers = zeros();
  const newCustomerRevenue = zeros();
  const sessionsBy: Record<string, number[]> = {};
  const creditBy: Record<string, number[]> = {};
  for (const raw of customers.rows) {
    const row = newCustomerRow.parse(raw);
    const t = slot.get(row.date);
    if (t === undefined) continue;
    newCustomers[t]! += row.new_customers ?? 0;
    newCustomerRevenue[t]! += row.revenue ?? 0;
  }
  /** The column of `channel` in `by`, created on first use. */
  const columnOf = (by: Record<string, number[]>, channel: string) => {
    by[channel] ??= zeros();
    return by[channel];
  };
  for (const raw of sessions.rows) {
    const row = sessionRow.parse(raw);
    const t = slot.get(row.date);
    if (t !== undefined) columnOf(sessionsBy, memberKey(row.channel))[t]! += row.sessions ?? 0;
  }
  for (const raw of credit.rows) {
    const row = creditRow.parse(raw);
    const t = slot.get(row.date);
    if (t !== undefined) columnOf(creditBy, memberKey(row.channel))[t]! += row.attributed_conversions ?? 0;
  }
  return {
    input: {
      attributionModel: INCREMENTALITY_ATTRIBUTION_MODEL,
      controlChannels: [...CONTROL_CHANNELS],
      outcome: range.outcome ?? "revenue",
      firstDate: range.from,
      newCustomers,
      newCustomerRevenue,
      sessions: sessionsBy,
      newCustomerCredit: creditBy,
    },
    provenance: {
      newCustomers: customers.provenance,
      sessions: sessions.provenance,
      credit: credit.provenance,
    },
  };
}
