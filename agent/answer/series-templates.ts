/** Templates over time: a trend (first vs last, peak and low) and an anomalies list. */
import {
  dataEndNote,
  formatChange,
  formatDate,
  formatPeriod,
  formatValue,
  inSentence,
  joinList,
} from "./format.ts";
import { partialBuckets } from "./partial-buckets.ts";
import type { AnomaliesAnswerInput, TrendAnswerInput } from "./types.ts";
import { zeroDays } from "./zero-days.ts";

/** Anomalies written out in prose; the rest stay in the table. */
export const MAX_ANOMALIES_IN_TEXT = 5;

/**
 * Points the trend compares, and a sentence on the partial buckets left out. A week (month, ...)
 * that covers only some of its days is not comparable with full ones: a summed metric's is smaller
 * ("up 72.8% from the first week" when the first week held 4 days), and a ratio's rests on a day or
 * two (a one-day "week" of MER became the peak and the baseline of "down 27.4%"). With at least
 * two full buckets the partial ones are left out of first/latest/peak/low and named.
 */
export function comparablePoints(input: TrendAnswerInput): {
  points: TrendAnswerInput["points"];
  note: string;
} {
  const { points, grain } = input;
  const partial = partialBuckets(
    points.map((p) => p.date),
    grain,
    input.period,
    input.dataStart,
    input.dataEnd,
  );
  const partialDates = new Set(partial.map((b) => b.date));
  const full = points.filter((p) => !partialDates.has(p.date));
  if (partial.length === 0 || full.length < 2) return { points, note: "" };
  const named = partial.map((b) => `the ${formatDate(b.date, grain)} (only ${formatPeriod(b.covered)})`);
  const verb = partial.length === 1 ? "is" : "are";
  return {
    points: full,
    note: `Compared over full ${grain}s only: ${joinList(named)} ${verb} partial and left out (${partial.length === 1 ? "it is" : "they are"} in the table).`,
  };
}

/**
 * "Spend by week for …: from $X (week of …) to $Y (week of …), up 12.3% from $X. Peak: $Z in …;
 * low: $W in …." A single point is stated as is; no points says there is no data. A period ending
 * after the last data day adds "Data runs through …"; partial weeks or months of a summed metric
 * are left out of the comparison and named.
 */
export function trendAnswer(input: TrendAnswerInput): string {
  const { metric, grain, currency } = input;
  const head = `${metric.label} by ${grain} for ${formatPeriod(input.period)}`;
  if (input.points.length === 0)
    return dataEndNote(input.period, input.dataEnd, true) || `${head}: no data in this period.`;
  const { points, note } = comparablePoints(input);
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const notes = [note, dataEndNote(input.period, input.dataEnd)].filter(Boolean);
  const tail = notes.length > 0 ? ` ${notes.join(" ")}` : "";
  const show = (p: { date: string; value: number }) =>
    `${formatValue(p.value, metric, currency)} (${formatDate(p.date, grain)})`;
  if (points.length === 1) return `${head}: ${show(first)}.${tail}`;
  let peak = first;
  let low = first;
  for (const p of points) {
    if (p.value > peak.value) peak = p;
    if (p.value < low.value) low = p;
  }
  const change = formatChange(last.value, first.value, metric, currency);
  // A day with no row had none of a summed metric: that is the low, not the smallest row.
  const none = low.value > 0 ? zeroDays(input) : [];
  const named = none.slice(0, 3).map((d) => formatDate(d));
  const lowText = none.length
    ? `none at all on ${joinList(none.length > 3 ? [...named, "other days"] : named)} (no ${inSentence(metric.label)} recorded; the lowest day with any was ${show(low)})`
    : show(low);
  return (
    `${head}: ${show(last)} in the latest ${grain}, ${change} in the first ${grain}. ` +
    `Peak: ${show(peak)}; low: ${lowText}.${tail}`
  );
}

/**
 * "2 anomalies in spend for …:" then one line per anomaly with the value, the expected value and
 * how far above or below it was. No anomalies is said plainly.
 */
export function anomaliesAnswer(input: AnomaliesAnswerInput): string {
  const { metric, currency } = input;
  const period = formatPeriod(input.period);
  const count = input.anomalies.length;
  if (count === 0) return `No anomalies in ${inSentence(metric.label)} for ${period}.`;
  const lines = input.anomalies.slice(0, MAX_ANOMALIES_IN_TEXT).map((a) => {
    const where = a.segment ? `${a.segment}, ` : "";
    const expected = `${formatValue(a.expected, metric, currency)} expected`;
    const gap = formatChange(a.value, a.expected, metric, currency);
    const shown = / from /.test(gap) ? ` (${gap.slice(0, gap.indexOf(" from "))})` : "";
    return `- ${where}${formatDate(a.date)}: ${formatValue(a.value, metric, currency)} vs ${expected}${shown}`;
  });
  const more = count > lines.length ? ["The remaining anomalies are in the table."] : [];
  return [
    `${count} ${count === 1 ? "anomaly" : "anomalies"} in ${inSentence(metric.label)} for ${period}:`,
    ...lines,
    ...more,
  ].join("\n");
}
