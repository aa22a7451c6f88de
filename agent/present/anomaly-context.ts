/**
 * The diagnosis around an anomaly scan: what moved each flagged day (the campaigns or channels
 * furthest from their own normal) and the planned changes in the period (a holdout week, a budget
 * flight) with what they did. "Spend spike in may, what was that" is answered by the campaign
 * behind the day; "display fell off a cliff, was something broken?" by the planned holdout.
 */

import { type DayDriver, DRIVER_BASELINE_DAYS } from "../../core/anomaly/drivers.ts";
import type { DayDrivers } from "../../tools/detect-anomalies/execute.ts";
import type { PlannedChangeInScan } from "../../tools/detect-anomalies/planned-in-scan.ts";
import type { MetricSpec } from "../answer/index.ts";
import { formatDate, formatPeriod, formatValue } from "../answer/index.ts";
import type { ValueLabels } from "./value-labels.ts";

/** "up 601.8%" / "down 100.0%"; empty when there is no base. */
function percentWords(p: number | null): string {
  if (p === null || !Number.isFinite(p)) return "";
  return `${p >= 0 ? "up" : "down"} ${Math.abs(p).toFixed(1)}%`;
}

/** A member as a marketer reads it ("Paid Social", not `paid_social`). */
function memberLabel(dimension: string, member: string, labels: ValueLabels | undefined): string {
  return labels?.[dimension]?.[member] ?? member;
}

/**
 * One line per flagged day: the members that moved it, each against its median day before (after
 * the money above normal, for a money metric).
 * @example "What moved May 14, 2026 (by campaign, each against its median day over the 4 weeks before): Prospecting - Broad - Advantage+ $399.86 vs $57.11 (up 600.2%)."
 */
export function driverLines(
  drivers: readonly DayDrivers[],
  metric: MetricSpec,
  currency: string,
  labels: ValueLabels | undefined,
): string[] {
  return drivers
    .filter((d) => d.drivers.length > 0)
    .flatMap((d) => {
      // Members that moved the day a fifth as much as the first are noise beside it.
      const top = Math.abs(d.drivers[0]!.change);
      const shown = d.drivers.filter((x) => Math.abs(x.change) >= top / 5);
      const parts = shown.map((x) => {
        const pct = x.normal > 0 ? percentWords((x.value / x.normal - 1) * 100) : "";
        return `${memberLabel(d.dimension, x.member, labels)} ${formatValue(x.value, metric, currency)} vs ${formatValue(x.normal, metric, currency)}${pct ? ` (${pct})` : ""}`;
      });
      const moved = `What moved ${formatDate(d.date)} (by ${d.dimension}, each against its median day over the 4 weeks before): ${parts.join("; ")}.`;
      const excess = excessLine(d.date, shown, metric, currency, (m) => memberLabel(d.dimension, m, labels));
      return excess ? [excess, moved] : [moved];
    });
}

/**
 * leftB: "what did that runaway day cost us": a money metric's day above normal says what the
 * excess was in money, each member's spend that day less its normal day (the median of the 4
 * weeks before), so the cost of the spike is a figure and not left to subtraction.
 * @example "Excess over normal on May 14, 2026: $222.92 (Prospecting - Broad - Advantage+ spent $259.88 against its normal $36.96 a day, the median of the 28 days before)."
 */
function excessLine(
  date: string,
  shown: readonly DayDriver[],
  metric: MetricSpec,
  currency: string,
  label: (member: string) => string,
): string {
  if (metric.unit !== "currency") return "";
  const above = shown.filter((x) => x.change > 0 && x.normal >= 0);
  if (!above.length) return "";
  const money = (v: number) => formatValue(v, metric, currency);
  const parts = above.map(
    (x) =>
      `${money(x.change)} (${label(x.member)}: ${money(x.value)} that day against its normal ${money(x.normal)} a day, the median of the ${DRIVER_BASELINE_DAYS} days before)`,
  );
  return `${metric.label} above normal on ${formatDate(date)}: ${parts.join("; ")}.`;
}

/** The words for a planned change's dates: "June 22–28, 2026", or "from July 6, 2026" for a lasting one. */
function changeDates(c: PlannedChangeInScan): string {
  return c.to === null ? `from ${formatDate(c.from)}` : formatPeriod({ from: c.from, to: c.to });
}

/**
 * The planned changes in the scan, each with its note, dates and what it did to each scanned
 * metric (its days against the two weeks before it), then whether anything beyond them looks
 * broken.
 */
export function plannedChangeLines(
  changes: readonly PlannedChangeInScan[],
  /** The metric's spec; `definition` is the tool's own word on it when it has one. */
  specOf: (metric: string, definition?: { label: string; unit: string; format?: string }) => MetricSpec,
  currency: string,
  flaggedDays: number | null,
): string[] {
  if (!changes.length) return [];
  const lines = changes.map((c) => {
    const what = c.note.replace(/\.$/, "");
    const effects = c.effects.map((e) => {
      const spec = specOf(e.metric, e.definition);
      const pct = percentWords(e.effect.percentChange);
      return `${spec.label} averaged ${formatValue(e.effect.perDay, spec, currency)} a day during it vs ${formatValue(e.effect.beforePerDay, spec, currency)} a day in the 2 weeks before${pct ? ` (${pct})` : ""}`;
    });
    return `- ${changeDates(c)}: ${what}.${effects.length ? ` ${effects.join("; ")}.` : ""}`;
  });
  // An explanation (flaggedDays null) names the change beside the movers and judges nothing.
  const verdict =
    flaggedDays === null
      ? []
      : flaggedDays === 0
        ? ["These were planned, not faults: apart from them nothing in the period looks broken."]
        : ["Their days are planned and not counted as anomalies."];
  return [
    `${changes.length === 1 ? "A planned change" : "Planned changes"} in ${flaggedDays === null ? "these dates" : "this period"} (recorded in your planned changes):`,
    ...lines,
    ...verdict,
  ];
}
