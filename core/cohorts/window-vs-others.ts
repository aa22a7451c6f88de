/**
 * fix20f: customers won in a short window (a sale, a holiday: "are the customers we got during
 * Black Friday worth less than others") against every other customer acquired in the months
 * around it. Both groups are read at the same horizons after each customer's first order
 * (cohorts.ts: only customers observed that long count), so the window's customers are not
 * flattered or penalised by having had longer to come back. The verdict compares LTV at one
 * horizon: within 5% either way is "about the same".
 */
import { type CohortCustomer, type CohortRow, cohortTable } from "./cohorts.ts";

/** A cohort customer with the local calendar day of their first order (YYYY-MM-DD). */
export interface DatedCohortCustomer extends CohortCustomer {
  firstDay: string;
}

/** How the window's customers compare with the others at the verdict's horizon. */
export type WindowVerdict = "less" | "more" | "about_the_same" | "unknown";

export interface WindowVsOthers {
  window: { from: string; to: string };
  /** Customers whose first order is in the window (cohort "window"); null with none. */
  inWindow: CohortRow | null;
  /** Every other customer of the period (cohort "others"); null with none. */
  others: CohortRow | null;
  /** The horizon the verdict reads (days after the first order). */
  days: number;
  /** LTV at `days`, per customer, of each group (null when no customer is observed that long). */
  windowLtv: number | null;
  othersLtv: number | null;
  /** (window - others) / others as a percentage; null when either is unknown or others is 0. */
  ltvGapPercent: number | null;
  /** Repeat rate within `days` of each group. */
  windowRepeat: number | null;
  othersRepeat: number | null;
  verdict: WindowVerdict;
}

/** Within this share either way, the two groups are "about the same". */
const SAME_BAND = 0.05;

/**
 * @example windowVsOthers(customers, "2025-11-20", "2025-12-02", dataEndMs, [90, 180], 90)
 * // { inWindow: { cohort: "window", ... }, others: { cohort: "others", ... }, verdict: "less", ... }
 */
export function windowVsOthers(
  customers: readonly DatedCohortCustomer[],
  from: string,
  to: string,
  dataEnd: number,
  horizons: readonly number[],
  days: number,
): WindowVsOthers {
  const split = customers.map((c) => ({
    ...c,
    cohort: c.firstDay >= from && c.firstDay <= to ? "window" : "others",
  }));
  const rows = cohortTable(split, dataEnd, horizons);
  const inWindow = rows.find((r) => r.cohort === "window") ?? null;
  const others = rows.find((r) => r.cohort === "others") ?? null;
  const at = (r: CohortRow | null) => r?.horizons.find((h) => h.days === days);
  const windowLtv = at(inWindow)?.revenuePerCustomer ?? null;
  const othersLtv = at(others)?.revenuePerCustomer ?? null;
  const gap =
    windowLtv !== null && othersLtv !== null && othersLtv > 0 ? (windowLtv - othersLtv) / othersLtv : null;
  return {
    window: { from, to },
    inWindow,
    others,
    days,
    windowLtv,
    othersLtv,
    ltvGapPercent: gap === null ? null : gap * 100,
    windowRepeat: at(inWindow)?.repeatRate ?? null,
    othersRepeat: at(others)?.repeatRate ?? null,
    verdict:
      gap === null ? "unknown" : gap < -SAME_BAND ? "less" : gap > SAME_BAND ? "more" : "about_the_same",
  };
}
