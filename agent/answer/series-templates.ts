/** Templates over time: a trend (first vs last, peak and low) and an anomalies list. */
import { dataEndNote, formatChange, formatDate, formatPeriod, formatValue, inSentence } from "./format.ts";
import type { AnomaliesAnswerInput, TrendAnswerInput } from "./types.ts";

/** Anomalies written out in prose; the rest stay in the table. */
export const MAX_ANOMALIES_IN_TEXT = 5;

/**
 * "Spend by week for …: from $X (week of …) to $Y (week of …), up 12.3% from $X. Peak: $Z in …;
 * low: $W in …." A single point is stated as is; no points says there is no data. A period ending
 * after the last data day adds "Data runs through …".
 */
export function trendAnswer(input: TrendAnswerInput): string {
  const { metric, grain, currency } = input;
  const head = `${metric.label} by ${grain} for ${formatPeriod(input.period)}`;
  const first = input.points[0];
  const last = input.points[input.points.length - 1];
  if (first === undefined || last === undefined)
    return dataEndNote(input.period, input.dataEnd, true) || `${head}: no data in this period.`;
  const end = dataEndNote(input.period, input.dataEnd);
  const show = (p: { date: string; value: number }) =>
    `${formatValue(p.value, metric, currency)} (${formatDate(p.date, grain)})`;
  if (input.points.length === 1) return `${head}: ${show(first)}.${end ? ` ${end}` : ""}`;
  let peak = first;
  let low = first;
  for (const p of input.points) {
    if (p.value > peak.value) peak = p;
    if (p.value < low.value) low = p;
  }
  const change = formatChange(last.value, first.value, metric, currency);
  return (
    `${head}: ${show(last)} in the latest ${grain}, ${change} in the first ${grain}. ` +
    `Peak: ${show(peak)}; low: ${show(low)}.${end ? ` ${end}` : ""}`
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
