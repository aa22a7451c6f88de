/**
 * The members of a comparison that meet a threshold on the change the question stated ("campaigns
 * where cpa went up more than 20%", "channels whose roas fell below 1x"; read in
 * agent/planner/change-threshold.ts): those members, largest move first, with a headline that says
 * how many of them met it, or that none did and which came closest. Every figure is a row's value
 * from the tool or the threshold from the question.
 */
import { formatNumber, formatValue } from "../answer/index.ts";
import type { MetricSpec } from "../answer/types.ts";
import type { ChangeThreshold } from "../planner/change-threshold.ts";

interface Cell {
  current: number | null;
  previous: number | null;
}

const num = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** How far a cell moved in the threshold's direction (relative or absolute), or undefined. */
function moveOf(cell: Cell | undefined, t: ChangeThreshold): number | undefined {
  if (!cell || !num(cell.current) || !num(cell.previous)) return undefined;
  const signed = t.direction === "up" ? cell.current - cell.previous : cell.previous - cell.current;
  if (t.kind === "move" && t.relative !== undefined)
    return cell.previous === 0 ? undefined : signed / Math.abs(cell.previous);
  return signed;
}

/** Whether a cell meets the threshold. */
export function meetsThreshold(cell: Cell | undefined, t: ChangeThreshold): boolean {
  if (!cell || !num(cell.current) || !num(cell.previous)) return false;
  if (t.kind === "cross")
    return t.direction === "down"
      ? cell.current < t.level && cell.previous >= t.level
      : cell.current > t.level && cell.previous <= t.level;
  const move = moveOf(cell, t);
  const size = t.relative ?? t.absolute ?? 0;
  if (move === undefined) return false;
  return t.strict ? move > size : move >= size - 1e-12;
}

/** "up more than 20%", "down by at least $1,000", "fell below 1.00x": the threshold in words. */
export function thresholdWords(t: ChangeThreshold, m: MetricSpec, currency: string): string {
  if (t.kind === "cross")
    return `${t.direction === "down" ? "below" : "above"} ${formatValue(t.level, m, currency)} (and not before)`;
  if (t.any) return t.direction;
  if (t.notMoved) return t.direction === "down" ? "flat or down (no growth)" : "flat or up (no decline)";
  const bound = t.strict ? "more than" : "at least";
  const size =
    t.relative !== undefined
      ? `${formatNumber(t.relative * 100, t.relative * 100 === Math.round(t.relative * 100) ? 0 : 1)}%`
      : formatValue(t.absolute ?? 0, m, currency);
  return `${t.direction} ${bound} ${size}`;
}

/**
 * The comparison's member lines under a change threshold: the members that met it (up to 10 in
 * the text), largest move first, or a line that none did with the closest member.
 * @example thresholdLines(rows, "cpa", t, spec, { by: "campaign", ... }) // ["3 of 14 campaign rows had Cost per acquisition up more than 20%:", "- ...", ...]
 */
export function thresholdLines<R extends Record<string, unknown>>(
  rows: readonly R[],
  metric: string,
  t: ChangeThreshold,
  opts: {
    m: MetricSpec;
    label: string;
    by: string;
    currency: string;
    lineOf: (row: R) => string;
  },
): string[] {
  const cellOf = (row: R) => row[metric] as Cell | undefined;
  const score = (row: R) => moveOf(cellOf(row), t) ?? Number.NEGATIVE_INFINITY;
  const comparable = rows.filter((r) => moveOf(cellOf(r), t) !== undefined);
  const ordered = [...comparable].sort((a, b) => score(b) - score(a));
  const met = ordered.filter((r) => meetsThreshold(cellOf(r), t));
  const words = thresholdWords(t, opts.m, opts.currency);
  const metric_ = opts.label.toLowerCase();
  if (!met.length) {
    const closest = ordered[0];
    const near = closest ? ` The closest: ${opts.lineOf(closest).replace(/^- /, "")}.` : "";
    return [
      `None of the ${comparable.length} ${opts.by} rows with figures in both periods had ${metric_} ${words}.${near}`,
    ];
  }
  const shown = met.slice(0, 10);
  const more = met.length > shown.length ? [`${met.length - shown.length} more are in the table.`] : [];
  return [
    `${met.length} of the ${comparable.length} ${opts.by} rows with figures in both periods had ${metric_} ${words}:`,
    ...shown.map(opts.lineOf),
    ...more,
  ];
}

/**
 * "was revenue up more than 20% last month?" asked of a total: yes or no in words, beside the
 * total's own line (which carries the figures).
 * @example thresholdVerdict({ label: "Revenue", current: 120, previous: 100 }, t, spec, "USD") // "No: Revenue was not up more than 20% (the change is on the line above)."
 */
export function thresholdVerdict(
  total: { label: string; current: number | null; previous: number | null },
  t: ChangeThreshold,
  m: MetricSpec,
  currency: string,
): string {
  if (!num(total.current) || !num(total.previous)) return "";
  const words = thresholdWords(t, m, currency);
  return meetsThreshold(total, t)
    ? `Yes: ${total.label} was ${words}.`
    : `No: ${total.label} was not ${words}.`;
}
