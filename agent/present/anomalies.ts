/** detect_anomalies results as an answer, a table of flagged days and provenance. */

import type { DetectAnomaliesData } from "../../tools/detect-anomalies/execute.ts";
import {
  anomaliesAnswer,
  dataEndNote,
  formatDate,
  formatPeriod,
  formatValue,
  inSentence,
  joinList,
  periodEndCoverage,
} from "../answer/index.ts";
import { asksTestResults } from "../planner/scan-asks.ts";
import { driverLines, plannedChangeLines } from "./anomaly-context.ts";
import { biggestFindingLines } from "./biggest-finding.ts";
import { incidentLossLines } from "./incident-loss.ts";
import { spec } from "./metric-spec.ts";
import { rateBreakLines } from "./rate-break-lines.ts";
import { trackingGapLines } from "./tracking-gap-lines.ts";
import { steepestFall, trackingLossLine } from "./tracking-loss.ts";
import type { Presentation, PresentContext } from "./types.ts";

/** "paid_social", "google_ads and meta_ads": the filtered members, for "No anomalies … (paid_social only)". */
function filterScope(filters: readonly unknown[], labels: PresentContext["valueLabels"]): string {
  const values = filters.flatMap((f) => {
    const v = (f as { field?: string; op?: string; values?: unknown[]; value?: unknown }) ?? {};
    // Channel and platform keys read as their labels ("Display", not `display`).
    const label = (x: unknown) => labels?.[v.field ?? ""]?.[String(x)] ?? String(x);
    if (v.op === "in" && Array.isArray(v.values)) return v.values.map(label);
    if (v.op === "eq" && v.value !== undefined && v.value !== null) return [label(v.value)];
    return [];
  });
  return joinList(values);
}

/**
 * detect_anomalies: flagged days across the requested metrics and series, each metric under its
 * catalog label; the metrics with nothing flagged in one sentence naming the filtered segment. A
 * period ending after the last data day says so; one wholly after it has no data.
 */
export function presentAnomalies(d: DetectAnomaliesData, ctx: PresentContext): Presentation {
  const dataEnd = d.provenance.dataFreshness?.adSpendThrough;
  const defOf = (m: DetectAnomaliesData["metrics"][number]) =>
    m.definition ?? d.provenance.definitions.find((x) => x.key === m.metric);
  const flagged = d.metrics.filter((m) => m.series.some((s) => s.anomalies.length > 0));
  // A metric whose rate broke for a run of days is not quiet, though no single day was flagged.
  const broke = (m: DetectAnomaliesData["metrics"][number]) => (m.rateBreaks?.length ?? 0) > 0;
  const quiet = d.metrics.filter((m) => !flagged.includes(m) && !broke(m));
  // A day at less than half (or more than one and a half times) its normal is never "no anomaly",
  // even when the metric swings too widely day to day for the detector to flag it.
  const farOff = (m: DetectAnomaliesData["metrics"][number]) =>
    !!m.day && m.day.normal > 0 && Math.abs(m.day.value - m.day.normal) >= 0.5 * m.day.normal;
  // A metric that fell with sessions on a day tracking broke is not "no anomalies" either: the
  // tracking-gap line says what happened to it (shown only when the short-scan line does not).
  const loss = trackingLossLine(d);
  const gapped = (m: DetectAnomaliesData["metrics"][number]) =>
    !loss.length && (d.trackingGaps ?? []).some((g) => g.metric === m.metric);
  const calm = quiet.filter((m) => !farOff(m) && !gapped(m));
  const unflaggedOff = quiet.filter((m) => farOff(m) || gapped(m));
  // Metrics with nothing flagged share one sentence, which names the segment scanned.
  const scope = filterScope(d.provenance.filters, ctx.valueLabels);
  const quietLine =
    calm.length > 1 || (calm.length === 1 && scope)
      ? [
          `No anomalies in ${joinList(
            calm.map((m) => inSentence(defOf(m)?.label ?? m.metric)),
            "or",
          )} for ${formatPeriod(d.period)}${scope ? ` (${scope} only)` : ""}.`,
        ]
      : [];
  const specOf = (key: string, own?: { label: string; unit: string; format?: string }) => {
    const m = d.metrics.find((x) => x.metric === key);
    const def = own ?? (m ? defOf(m) : d.provenance.definitions.find((x) => x.key === key));
    return spec(key, def?.label ?? key, def?.unit ?? "count", own?.format ?? m?.definition?.format);
  };
  // A one-day scan answers "what happened that day": a quiet metric's day against its normal.
  const dayLine = (m: DetectAnomaliesData["metrics"][number]): string[] => {
    if (!m.day || quiet.indexOf(m) < 0) return [];
    const s = specOf(m.metric);
    const off = farOff(m)
      ? ` That is far from normal, though the day-to-day swings of ${inSentence(s.label)} are too wide for the detector to flag it.`
      : "";
    return [
      `${s.label} on ${formatDate(m.day.date)}: ${formatValue(m.day.value, s, ctx.currency)} vs ${formatValue(m.day.normal, s, ctx.currency)} on a normal day (median of the 4 weeks before).${off}`,
    ];
  };
  // fix7b: a short scan's quiet metric that still lost more than half its normal on some day.
  const fallLine = (m: DetectAnomaliesData["metrics"][number]): string[] => {
    const fall = quiet.includes(m) ? steepestFall(m) : undefined;
    if (!fall) return [];
    const s = specOf(m.metric);
    return [
      `${s.label} fell hardest on ${formatDate(fall.date)}: ${formatValue(fall.value, s, ctx.currency)} vs ${formatValue(fall.normal, s, ctx.currency)} on a normal day (median of the 4 weeks before), though its day-to-day swings are too wide for the detector to flag it.`,
    ];
  };
  const shown = quietLine.length
    ? flagged
    : d.metrics.filter((m) => !unflaggedOff.includes(m) && (flagged.includes(m) || !broke(m)));
  const texts = shown.map((m) => {
    const def = defOf(m);
    const drivers = driverLines(m.drivers ?? [], specOf(m.metric), ctx.currency, ctx.valueLabels);
    return [
      anomaliesAnswer({
        kind: "anomalies",
        metric: spec(m.metric, def?.label ?? m.metric, def?.unit ?? "count", m.definition?.format),
        anomalies: m.series.flatMap((s) =>
          s.anomalies.map((a) => ({
            date: a.date,
            value: a.value,
            expected: a.expected,
            ...(s.member ? { segment: s.member } : {}),
          })),
        ),
        period: d.period,
        currency: ctx.currency,
      }),
      ...dayLine(m),
      ...fallLine(m),
      ...drivers,
    ].join("\n");
  });
  const quietDays = [...(quietLine.length ? calm : []), ...unflaggedOff].flatMap((m) => [
    ...dayLine(m),
    ...fallLine(m),
    ...driverLines(m.drivers ?? [], specOf(m.metric), ctx.currency, ctx.valueLabels),
  ]);
  // A tracking loss found inside a longer stretch is the answer to "why did it tank": it leads.
  const gapLines = loss.length ? [] : trackingGapLines(d, (k) => specOf(k), ctx.currency);
  const longScan = d.period.from !== d.period.to;
  // fix8f: "the biggest one" after a scan: that finding alone leads, the table keeps the rest.
  const focus = d.biggest ? biggestFindingLines(d, d.biggest, (k) => specOf(k), ctx) : [];
  const lead = [...gapLines, ...rateBreakLines(d, (k) => specOf(k), ctx), ...(longScan ? loss : [])];
  const pattern = longScan ? [] : loss;
  const planned = plannedChangeLines(d.plannedChanges ?? [], specOf, ctx.currency, d.flaggedDays);
  // Wholly after the last data day every day is empty: there is nothing to call anomalous.
  const none = periodEndCoverage(d.period, dataEnd) === "none";
  const text = none
    ? dataEndNote(d.period, dataEnd, true)
    : focus.length
      ? [...focus, dataEndNote(d.period, dataEnd)].filter(Boolean).join("\n")
      : planned.length &&
          (asksTestResults(ctx.question ?? "") || (d.flaggedDays === 0 && !d.metrics.some(broke)))
        ? // Nothing flagged but a planned change, or the tests' results asked: the changes are the
          // answer, the scan their evidence.
          [
            ...(asksTestResults(ctx.question ?? "") ? [...planned, ...lead] : [...lead, ...planned]),
            ...texts,
            ...quietLine,
            ...quietDays,
            ...pattern,
            dataEndNote(d.period, dataEnd),
          ]
            .filter(Boolean)
            .join("\n")
        : [
            ...lead,
            ...texts,
            ...quietLine,
            ...quietDays,
            ...pattern,
            ...planned,
            dataEndNote(d.period, dataEnd),
          ]
            .filter(Boolean)
            .join("\n");
  // leftD: "what did the outage cost us": the estimate leads, the scan is its evidence.
  const lossLead = none ? [] : incidentLossLines(d, (k) => specOf(k), ctx);
  const answer = lossLead.length ? [...lossLead, text].join("\n") : text;
  const rows = d.metrics.flatMap((m) =>
    m.series.flatMap((s) =>
      s.anomalies.map((a) => ({
        metric: m.metric,
        series: s.series,
        date: a.date,
        value: a.value,
        expected: a.expected,
        direction: a.direction,
        severity: a.severity,
        score: a.score,
      })),
    ),
  );
  return {
    text: answer,
    data: {
      columns: ["metric", "series", "date", "value", "expected", "direction", "severity", "score"].map(
        (k) => ({ key: k, label: k }),
      ),
      rows,
    },
    provenance: { tool: "detect_anomalies", period: d.period, threshold: d.threshold, ...d.provenance },
  };
}
