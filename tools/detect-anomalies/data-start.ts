/**
 * Days before the organization's first loaded day are not zero days but days with no data. The
 * series reader fills every day of the baseline weeks; scanning from the first loaded day (a scan
 * of "all the data") would then set the first weeks against a run of zeros, and the jump from
 * nothing to the usual level swamps the noise estimate so that no day anywhere is flagged (the
 * runaway spend day included). The scan sees only the days from the first loaded one.
 */

/**
 * The points on or after `since` (all of them when it is unknown).
 * @example fromDataStart([{ date: "2025-10-31", value: 0 }, { date: "2025-11-01", value: 5 }], "2025-11-01") // [{ date: "2025-11-01", value: 5 }]
 */
export function fromDataStart<T extends { date: string }>(
  series: readonly T[],
  since: string | null | undefined,
): T[] {
  return since ? series.filter((p) => p.date >= since) : [...series];
}
