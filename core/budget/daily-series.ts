/**
 * Turns a channel's daily rows into the contiguous arrays the fitter needs: sorted by date, one
 * value per calendar day, with missing days filled as zero spend and zero revenue (no ad-spend row
 * means nothing was spent and nothing attributed).
 */
import { AppError } from "../../lib/errors.ts";
import { dayNumber } from "../stats/dates.ts";

/** One day of a channel's (or campaign's) spend and attributed revenue. */
export interface DailySpendRevenue {
  /** "YYYY-MM-DD". */
  date: string;
  spend: number;
  revenue: number;
}

/** Contiguous daily arrays plus the covered date range. */
export interface ContiguousSeries {
  spend: number[];
  revenue: number[];
  firstDate: string;
  lastDate: string;
}

/**
 * Sort, check and gap-fill a channel's rows. Throws AppError("core.invalid_input") naming the
 * channel on duplicate dates, bad dates or negative / non-finite values.
 * @example
 * toContiguous("search", [{ date: "2024-01-03", spend: 5, revenue: 9 }, { date: "2024-01-01", spend: 1, revenue: 2 }]);
 * // { spend: [1, 0, 5], revenue: [2, 0, 9], firstDate: "2024-01-01", lastDate: "2024-01-03" }
 */
export function toContiguous(channel: string, rows: readonly DailySpendRevenue[]): ContiguousSeries {
  if (rows.length === 0) throw new AppError("core.invalid_input", `series.${channel}: no daily rows`);
  const byDay = new Map<number, DailySpendRevenue>();
  for (const row of rows) {
    let day: number;
    try {
      day = dayNumber(row.date);
    } catch (cause) {
      throw new AppError("core.invalid_input", `series.${channel}: bad date '${row.date}'`, { cause });
    }
    if (byDay.has(day))
      throw new AppError("core.invalid_input", `series.${channel}: duplicate date ${row.date}`);
    if (!(row.spend >= 0 && Number.isFinite(row.spend) && row.revenue >= 0 && Number.isFinite(row.revenue))) {
      throw new AppError(
        "core.invalid_input",
        `series.${channel}: spend and revenue must be finite and >= 0 on ${row.date}`,
      );
    }
    byDay.set(day, row);
  }
  const days = [...byDay.keys()].sort((a, b) => a - b);
  const first = days[0]!;
  const last = days[days.length - 1]!;
  const spend: number[] = [];
  const revenue: number[] = [];
  for (let d = first; d <= last; d++) {
    const row = byDay.get(d);
    spend.push(row?.spend ?? 0);
    revenue.push(row?.revenue ?? 0);
  }
  return { spend, revenue, firstDate: byDay.get(first)!.date, lastDate: byDay.get(last)!.date };
}
