/**
 * Daily exchange rates in memory, and the lookup every converted amount goes through. A rate says
 * that 1 unit of `currency` is `rate` units of the organization's currency on `date`. Markets do
 * not publish rates on weekends and holidays, so an amount on a day without a rate uses the latest
 * rate before it, at most MAX_RATE_AGE_DAYS old; the date of the rate used is part of the answer so
 * a receipt can show it. Organization rates win over global ones for the same day.
 */

/** How many days back a rate may come from (a long holiday weekend is 4 days). */
export const MAX_RATE_AGE_DAYS = 7;

export interface RateRow {
  date: string;
  currency: string;
  rate: number;
  scope: "organization" | "global";
}

/** The rate applied to one amount. */
export interface AppliedRate {
  currency: string;
  /** The day of the amount. */
  date: string;
  /** The day the rate is from (the same day or up to MAX_RATE_AGE_DAYS before). */
  rateDate: string;
  rate: number;
  scope: "organization" | "global";
}

/** Looks up the rate for an amount in `currency` on `date`. */
export interface RateLookup {
  rateFor(currency: string, date: string): AppliedRate | undefined;
}

const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

/**
 * A lookup over `rows` (any order). For each currency the rows are sorted by date once; a lookup is
 * a binary search.
 *
 * @example createRateTable([{ date: "2026-03-02", currency: "EUR", rate: 1.08, scope: "global" }])
 *   .rateFor("EUR", "2026-03-03") // { rateDate: "2026-03-02", rate: 1.08, ... }
 */
export function createRateTable(rows: readonly RateRow[]): RateLookup {
  const byCurrency = new Map<string, RateRow[]>();
  for (const r of rows) {
    const list = byCurrency.get(r.currency) ?? [];
    list.push(r);
    byCurrency.set(r.currency, list);
  }
  for (const list of byCurrency.values()) {
    // Date order; on the same day the organization's rate sorts last, so the search below takes it.
    list.sort((a, b) =>
      a.date === b.date ? (a.scope === "organization" ? 1 : -1) : a.date < b.date ? -1 : 1,
    );
  }
  return {
    rateFor(currency, date) {
      const list = byCurrency.get(currency);
      if (!list) return undefined;
      let lo = 0;
      let hi = list.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]!.date <= date) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (found < 0) return undefined;
      const r = list[found]!;
      if (dayNumber(date) - dayNumber(r.date) > MAX_RATE_AGE_DAYS) return undefined;
      return { currency, date, rateDate: r.date, rate: r.rate, scope: r.scope };
    },
  };
}

/**
 * An amount in cents-exact money (2 decimals, as exports write it) converted at `rate` (up to 10
 * decimals), exact to the cent: the product is formed in integers and rounded once, half away from
 * zero, so 1.15 EUR at 1.1 is 1.27 (1.265), where binary floating point gives 1.2649999... and
 * rounds to 1.26.
 */
export function convertAmount(amount: number, rate: number): number {
  const scale = 1e10;
  const a = BigInt(Math.round(amount * 100)); // cents
  const r = BigInt(Math.round(rate * scale));
  const product = a * r; // cents * 1e10
  const s = BigInt(scale);
  const neg = product < 0n;
  const abs = neg ? -product : product;
  let cents = abs / s;
  if ((abs % s) * 2n >= s) cents += 1n;
  return Number(neg ? -cents : cents) / 100;
}
