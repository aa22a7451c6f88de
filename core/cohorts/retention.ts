/**
 * Monthly cohort retention: of the customers whose first order is in month M, the share who
 * ordered again in month M+1, M+2, ... (calendar months in the organization's time zone). A month
 * after the last month with data is not yet observed and is null, never 0: a young cohort would
 * otherwise look like it stopped buying.
 */

/** One customer: the first order's month and the months of all its orders ("YYYY-MM"). */
export interface RetentionCustomer {
  cohort: string;
  orderMonths: readonly string[];
}

/** One cell: month `offset` after the first order's month. */
export interface RetentionCell {
  offset: number;
  /** The calendar month ("YYYY-MM"). */
  month: string;
  /** Cohort customers with an order in that month; null when the month is not observed yet. */
  active: number | null;
  /** active / cohort customers; null when the month is not observed yet. */
  rate: number | null;
}

/** One cohort's row of the retention table. */
export interface RetentionRow {
  cohort: string;
  customers: number;
  months: RetentionCell[];
}

const index = (month: string): number => {
  const [y, m] = month.split("-").map(Number);
  return y! * 12 + (m! - 1);
};
const monthOf = (i: number): string => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;

/**
 * The retention table, cohorts in month order, offsets 1..maxOffset.
 * `lastMonth` is the last month the data covers ("YYYY-MM"); later months are null.
 * @example monthlyRetention([{ cohort: "2026-01", orderMonths: ["2026-01", "2026-03"] }], "2026-03", 2)
 * // [{ cohort: "2026-01", customers: 1, months: [{ offset: 1, month: "2026-02", active: 0, rate: 0 }, { offset: 2, month: "2026-03", active: 1, rate: 1 }] }]
 */
export function monthlyRetention(
  customers: readonly RetentionCustomer[],
  lastMonth: string,
  maxOffset = 12,
): RetentionRow[] {
  const groups = new Map<string, RetentionCustomer[]>();
  for (const c of customers) {
    const list = groups.get(c.cohort) ?? [];
    list.push(c);
    groups.set(c.cohort, list);
  }
  const last = index(lastMonth);
  return [...groups.keys()].sort().map((cohort) => {
    const members = groups.get(cohort)!;
    const start = index(cohort);
    const months: RetentionCell[] = [];
    for (let offset = 1; offset <= maxOffset; offset++) {
      const at = start + offset;
      if (at > last) {
        months.push({ offset, month: monthOf(at), active: null, rate: null });
        continue;
      }
      const month = monthOf(at);
      const active = members.filter((c) => c.orderMonths.includes(month)).length;
      months.push({ offset, month, active, rate: active / members.length });
    }
    return { cohort, customers: members.length, months };
  });
}
