/**
 * leftB: pacing of a period that has not started ("are we on pace for december"): it says so,
 * then projects the latest complete month's run rate over the period against its budget, named a
 * projection (the month's actual pacing follows as the basis).
 */
import type { PacingProjection } from "../../core/budget/pacing-projection.ts";
import { formatDate, formatNumber, formatPeriod } from "../answer/index.ts";

const pct = (r: number) => `${formatNumber(r * 100, 1)}%`;

/** "December 2026" for a whole month, "Q1 2027" for a whole quarter, "2027" for a year, else the dates. */
function periodWords(p: { from: string; to: string }): string {
  const startsMonth = p.from.endsWith("-01");
  if (!startsMonth || !isMonthEnd(p.to)) return formatPeriod(p);
  const months =
    (Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4))) * 12 +
    Number(p.to.slice(5, 7)) -
    Number(p.from.slice(5, 7)) +
    1;
  const startMonth = Number(p.from.slice(5, 7));
  if (months === 1) return formatDate(p.from, "month");
  if (months === 3 && startMonth % 3 === 1) return formatDate(p.from, "quarter");
  if (months === 12 && startMonth === 1) return formatDate(p.from, "year");
  return formatPeriod(p);
}

function isMonthEnd(date: string): boolean {
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000);
  return next.getUTCDate() === 1;
}

/**
 * The lines that lead a projected pacing answer.
 * @example projectionLines(p, "2026-10-31", money)[0] // "December 2026 has not started: spend data runs through October 31, 2026, so nothing in it can be paced yet."
 */
export function projectionLines(
  p: PacingProjection,
  dataEnd: string | null,
  money: (v: number) => string,
): string[] {
  const asked = periodWords(p);
  const basis = periodWords(p.basis);
  const through = dataEnd
    ? `spend data runs through ${formatDate(dataEnd)}`
    : "there is no spend data for it";
  const b = p.basis;
  const basisPace =
    b.budget !== null && b.pacing !== null
      ? `${basis} spent ${money(b.spend)} of its ${money(b.budget)} budget (${pct(b.pacing)}, ${money(p.dailyRunRate)} a day)`
      : `${basis} spent ${money(b.spend)} (${money(p.dailyRunRate)} a day)`;
  const verdict =
    p.budget === null || p.projectedPacing === null || p.projectedGap === null
      ? `${basisPace}; at that rate ${asked} would spend about ${money(p.projectedSpend)} over its ${p.days} days. Its budget is unknown (a recorded change states no size), so there is nothing to set that against.`
      : p.method === "pace"
        ? `${basisPace}. ${asked}'s budget is ${money(p.budget)} (${money(p.budgetPerDay ?? 0)} a day); at ${basis}'s pace it would spend about ${money(p.projectedSpend)}, ${money(Math.abs(p.projectedGap))} ${p.projectedGap > 0 ? "over" : "under"} budget: ${p.projectedGap > 0 ? "on course to overspend" : "not on course to use its full budget"}.`
        : `${basisPace}; at that rate ${asked} would spend about ${money(p.projectedSpend)} against a ${money(p.budget)} budget (${pct(p.projectedPacing)}), ${money(Math.abs(p.projectedGap))} ${p.projectedGap > 0 ? "over" : "under"}.`;
  return [
    `${asked} has not started: ${through}, so nothing in it can be paced yet.`,
    `Projection (not data): ${verdict}`,
    `The budget is each campaign live then at its current daily budget over the period's days, with recorded planned changes applied; the projection assumes campaigns keep ${basis}'s pace. ${basis} as it was:`,
  ];
}
