import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { type Anomaly, detectAnomalies } from "../../core/anomaly/detect.ts";
import { type DayDriver, dayDrivers } from "../../core/anomaly/drivers.ts";
import type { DailyValue } from "../../core/anomaly/schemas.ts";
import { readMetricSeries } from "../../db/analytics/metric-series.ts";
import type { MetricShape } from "../../db/analytics/shape.ts";
import { listPlannedChanges, readPlannedChangeWindows } from "../../db/repositories/planned-changes.ts";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import type { DefinitionUsed } from "../../semantic/execute/provenance.ts";
import { addDays } from "../../semantic/query/dates.ts";
import { resolveTimeRange } from "../../semantic/query/time-range.ts";
import { ok, type ToolResult } from "../result.ts";
import type { ToolDeps } from "../shared/deps.ts";
import { runTool } from "../shared/run-tool.ts";
import { type BiggestFinding, biggestFinding } from "./biggest-finding.ts";
import { fromDataStart } from "./data-start.ts";
import { detectAnomaliesInput } from "./definition.ts";
import { type IncidentLoss, incidentLoss } from "./incident-loss.ts";
import {
  channelsScanned,
  onChannelsScanned,
  type PlannedChangeInScan,
  plannedChangesInScan,
  withEffects,
} from "./planned-in-scan.ts";
import { rateBreaksInScan, type ScanRateBreak } from "./rate-breaks-in-scan.ts";
import {
  isPaidMediaMetric,
  marketingCalendar,
  readCampaignNames,
  readCampaignWindows,
  scanOptions,
} from "./scan-context.ts";
import { type ScanDay, shortScanDays } from "./short-scan-days.ts";
import type { TrackingGap } from "./tracking-gaps.ts";
import { trackingGapsInScan } from "./tracking-gaps-in-scan.ts";

/** Robust z-score that flags a day, per sensitivity (high reports more). */
export const SENSITIVITY_THRESHOLD = { low: 5, medium: 4, high: 3 } as const;
/** Weeks of history before the period that feed the weekday baseline. */
export const TRAILING_WEEKS = 8;

/** Flagged days of one series of one metric. */
export interface SeriesAnomalies {
  /** "overall" or the dimension member's key. */
  series: string;
  member: string | null;
  anomalies: Anomaly[];
  evaluatedDays: number;
  skippedDays: number;
}

/** Flagged overall days this many at most get their drivers read. */
export const MAX_DRIVER_DAYS = 3;

/** What moved a flagged overall day: the members of `dimension` furthest from their own normal. */
export interface DayDrivers {
  date: string;
  dimension: string;
  drivers: DayDriver[];
}

/** What detect_anomalies returns. */
export interface DetectAnomaliesData {
  period: { from: string; to: string; timeZone: string };
  dimension: string | null;
  sensitivity: "low" | "medium" | "high";
  threshold: number;
  flaggedDays: number;
  metrics: {
    metric: string;
    /** The metric as the catalog declares it (provenance lists the definitions it is read from). */
    definition?: { label: string; unit: string; format?: string };
    shape: MetricShape["kind"];
    series: SeriesAnomalies[];
    /** For a scan without a dimension: the campaigns (paid media) or channels behind flagged days. */
    drivers?: DayDrivers[];
    /** A one-day scan's day against the median of the 4 weeks before (flagged or not). */
    day?: { date: string; value: number; normal: number };
    /** A short scan's (2-16 days) every day against its normal, for an additive metric (short-scan-days.ts). */
    days?: ScanDay[];
    /** A long scan's runs of days where a ratio of counts broke from its level (rate-breaks-in-scan.ts). */
    rateBreaks?: ScanRateBreak[];
  }[];
  /** Asked with focus 'biggest': the scan's biggest finding in detail (biggest-finding.ts). */
  biggest?: BiggestFinding;
  /** leftD: asked with focus 'loss' (what an incident cost), and the shortfall found, if any. */
  lossAsked?: boolean;
  loss?: IncidentLoss;
  /** Planned changes in the period and segment, with what they did to the scanned series. */
  plannedChanges?: PlannedChangeInScan[];
  /** Days sessions and a scanned site metric fell below half their normal with spend as usual (tracking-gaps.ts). */
  trackingGaps?: TrackingGap[];
  provenance: {
    definitions: DefinitionUsed[];
    baselineFrom: string;
    timeZone: string;
    filters: unknown[];
    model: string;
    /** Known calendar events whose days were not scored. */
    events: { from: string; to: string; label: string }[];
    /** The organization's first and last ad-spend days: days after the last have no data. */
    dataFreshness?: MetricResult["provenance"]["dataFreshness"];
  };
}

/**
 * detect_anomalies: for each metric, read its daily series (overall and per member of
 * `dimension`) over the period plus eight weeks of history, and flag days far from the
 * weekday-seasonal robust baseline of the weeks before and (within the period) after them, plus
 * sustained shifts of ratio metrics (ratios from daily summed numerators and denominators). Known
 * retail events are not scored; paid-media series skip the weeks after a campaign starts or ends.
 */
export function createDetectAnomalies(deps: ToolDeps) {
  return (args: unknown): Promise<ToolResult<DetectAnomaliesData>> =>
    runTool(detectAnomaliesInput, args, async (input) => {
      const period = resolveTimeRange(input.period, deps.now, deps.tenant.timeZone);
      const threshold = SENSITIVITY_THRESHOLD[input.sensitivity];
      const baselineFrom = addDays(period.from, -7 * TRAILING_WEEKS);
      const options = { from: period.from, to: period.to, threshold, trailingWeeks: TRAILING_WEEKS };
      const events = marketingCalendar(baselineFrom, period.to);
      const campaigns = await readCampaignWindows(deps.db, deps.tenant.organizationId);
      // Planned flights and holdouts are known, not anomalies (planned_changes).
      const planned = await readPlannedChangeWindows(deps.db, deps.tenant.organizationId);
      const inScan = plannedChangesInScan(
        await listPlannedChanges(deps.db, deps.tenant.organizationId),
        planned,
        period,
        input.filters,
      );
      const overallSeries: { metric: string; overall: DailyValue[] }[] = [];
      // Additive site metrics (orders, revenue, not ad spend): checked for tracking gaps.
      const siteSeries: { metric: string; series: DailyValue[] }[] = [];
      const shapes: MetricShape[] = [];
      const definitions = new Map<string, DefinitionUsed>();
      const metrics: DetectAnomaliesData["metrics"] = [];
      let dataFreshness: MetricResult["provenance"]["dataFreshness"] | undefined;
      for (const [i, metric] of input.metrics.entries()) {
        const read = await readMetricSeries(deps, {
          metric,
          dimension: input.dimension,
          filters: input.filters,
          from: baselineFrom,
          to: period.to,
          paths: { metric: `metrics.${i}`, dimension: "dimension" },
        });
        for (const d of read.provenance.definitions) definitions.set(d.key, d);
        shapes.push(read.shape);
        dataFreshness ??= read.provenance.dataFreshness;
        // Days after the last loaded day are not zeros but data not there yet: never scored.
        const through = dataFreshness?.adSpendThrough;
        const afterData = through !== null && through !== undefined && through < options.from;
        const scan = through && !afterData && through < options.to ? { ...options, to: through } : options;
        const m = deps.catalog.metrics.get(metric);
        const paidMedia = isPaidMediaMetric(deps.catalog, read.shape);
        const series: DetectAnomaliesData["metrics"][number]["series"] = [];
        // Baseline days before the first loaded day hold no data, not zeros (data-start.ts).
        const since = dataFreshness?.adSpendFrom;
        for (const s of read.series) {
          // One series' scan is tens of milliseconds of CPU over a long period; between series the
          // event loop gets a turn, so a scan by channel or campaign never holds it for the total.
          if (!afterData) await yieldToEventLoop();
          const report = afterData
            ? { anomalies: [], evaluatedDays: 0, skippedDays: 0 }
            : detectAnomalies(
                fromDataStart(s.series as readonly { date: string }[], since) as typeof s.series,
                scanOptions(scan, {
                  events,
                  campaigns,
                  paidMedia,
                  dimension: input.dimension,
                  member: s.member,
                  planned,
                }),
              );
          series.push({
            series: s.member ?? "overall",
            member: s.member,
            anomalies: report.anomalies,
            evaluatedDays: report.evaluatedDays,
            skippedDays: report.skippedDays,
          });
        }
        const found = read.series.find((s) => s.member === null);
        const overall = found && { ...found, series: fromDataStart(found.series as DailyValue[], since) };
        if (read.shape.kind === "additive" && overall) {
          overallSeries.push({ metric, overall: overall.series as DailyValue[] });
          if (!paidMedia) siteSeries.push({ metric, series: overall.series as DailyValue[] });
        }
        const flaggedDays = (series[0]?.member === null ? series[0].anomalies : [])
          .filter((a) => a.kind === "day")
          .sort((a, b) => Math.abs(b.score) - Math.abs(a.score))
          .slice(0, MAX_DRIVER_DAYS)
          .map((a) => a.date);
        // A one-day scan is a question about that day: what moved it is read even when it is not
        // flagged (a count of a few orders falling to zero can sit inside its noise band).
        const driverDays = period.from === period.to && !afterData ? [period.from] : flaggedDays;
        let drivers: DayDrivers[] | undefined;
        let day: DayDriver | undefined;
        if (read.shape.kind === "additive" && !input.dimension && driverDays.length) {
          if (period.from === period.to && overall) {
            day = dayDrivers([{ member: "overall", series: overall.series as DailyValue[] }], period.from)[0];
          }
          // Paid media moves by campaign (a budget slip); traffic and orders by channel.
          const dimension = paidMedia ? "campaign" : "channel";
          const byMember = await readMetricSeries(deps, {
            metric,
            dimension,
            filters: input.filters,
            from: baselineFrom,
            to: period.to,
            paths: { metric: `metrics.${i}`, dimension: "dimension" },
          });
          // Campaign members are ids: the answer names them.
          const names =
            dimension === "campaign"
              ? await readCampaignNames(deps.db, deps.tenant.organizationId)
              : undefined;
          const members = byMember.series
            .filter((s) => s.member !== null)
            .map((s) => ({
              member: names?.get(s.member!) ?? s.member!,
              series: fromDataStart(s.series as DailyValue[], since),
            }));
          drivers = driverDays.map((date) => ({ date, dimension, drivers: dayDrivers(members, date) }));
        }
        const rateBreaks = afterData
          ? []
          : await rateBreaksInScan(deps, {
              metric,
              shape: read.shape,
              dimension: input.dimension,
              filters: input.filters,
              from: baselineFrom,
              period,
              through: dataFreshness?.adSpendThrough,
              planned,
            });
        metrics.push({
          metric,
          ...(rateBreaks.length ? { rateBreaks } : {}),
          ...(m
            ? { definition: { label: m.label, unit: m.unit, ...(m.format ? { format: m.format } : {}) } }
            : {}),
          shape: read.shape.kind,
          series,
          ...(drivers ? { drivers } : {}),
          ...(day ? { day: { date: period.from, value: day.value, normal: day.normal } } : {}),
          ...(() => {
            const days =
              read.shape.kind === "additive" && overall && !input.dimension
                ? shortScanDays(overall.series as DailyValue[], period)
                : [];
            return days.length ? { days } : {};
          })(),
        });
      }
      const through = dataFreshness?.adSpendThrough;
      const gaps =
        input.dimension || (through && through < period.from)
          ? []
          : await trackingGapsInScan(deps, {
              metrics: siteSeries,
              filters: input.filters,
              from: baselineFrom,
              period: { from: period.from, to: through && through < period.to ? through : period.to },
              since: dataFreshness?.adSpendFrom,
            });
      const biggest =
        input.focus === "biggest" ? await biggestFinding(deps, metrics, period, input.filters) : undefined;
      const loss = input.focus === "loss" ? await incidentLoss(deps, metrics, input.filters) : undefined;
      return ok({
        ...(biggest ? { biggest } : {}),
        ...(gaps.length ? { trackingGaps: gaps } : {}),
        ...(input.focus === "loss" ? { lossAsked: true, ...(loss ? { loss } : {}) } : {}),
        period: { from: period.from, to: period.to, timeZone: period.timeZone },
        dimension: input.dimension ?? null,
        sensitivity: input.sensitivity,
        threshold,
        flaggedDays: metrics.reduce((a, m) => a + m.series.reduce((b, s) => b + s.anomalies.length, 0), 0),
        metrics,
        // Only the changes on channels the metrics cover: an email rate is not moved by a display test.
        plannedChanges: withEffects(
          onChannelsScanned(inScan, channelsScanned(deps.catalog, shapes)),
          overallSeries,
          period,
        ),
        provenance: {
          definitions: [...definitions.values()],
          baselineFrom,
          timeZone: period.timeZone,
          filters: input.filters,
          model: `weekday-seasonal robust baseline (median; noise from week-on-week differences; log scale for positive series, Poisson floor for counts) over ${TRAILING_WEEKS} weeks before and, where the period has them, after each day; a day is flagged at |z| >= ${threshold} against both; ratio metrics also get a ${7}-day sustained-shift test against the weeks before (dropped where the weeks after confirm a new level); known retail events (${events.map((e) => `${e.label} ${e.from}..${e.to}`).join(", ") || "none in range"}) are not scored; paid-media series are not scored until ${4} weeks after a campaign start or end`,
          events,
          ...(dataFreshness ? { dataFreshness } : {}),
        },
      });
    });
}
