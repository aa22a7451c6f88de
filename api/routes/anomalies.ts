import { Router } from "express";
import { z } from "zod";
import { detectAnomalies } from "../../core/anomaly/detect.ts";
import { anomalyOptionsSchema } from "../../core/anomaly/schemas.ts";
import type { AnalyticsDeps } from "../../db/analytics/deps.ts";
import { readMetricSeries } from "../../db/analytics/metric-series.ts";
import { loadOrgCatalog } from "../../db/catalog/repository.ts";
import { readPlannedChangeWindows } from "../../db/repositories/planned-changes.ts";
import { safeText, TEXT_LIMITS } from "../../lib/safe-text.ts";
import { addDays, isIsoDate, localDate } from "../../semantic/query/dates.ts";
import {
  isPaidMediaMetric,
  marketingCalendar,
  readCampaignWindows,
  scanOptions,
} from "../../tools/detect-anomalies/scan-context.ts";
import type { AppDeps } from "../deps.ts";
import { tenantOf } from "../tenant.ts";
import { compileContextOf } from "./metrics.ts";

/** The part of AppDeps this router uses (so it mounts with any AppDeps). */
type RouteDeps = Pick<AppDeps, "db" | "now">;

const isoDate = z
  .string()
  // Length first and abort: a megabyte of text is refused without the date parser.
  .max(10, { error: "expected a calendar date as YYYY-MM-DD", abort: true })
  .refine(isIsoDate, "expected a calendar date as YYYY-MM-DD");

/** Query string of GET /api/v1/anomalies (detector options as in core/anomaly). */
export const anomaliesQuerySchema = z
  .object({
    metric: safeText({ max: TEXT_LIMITS.key, min: 1 }).describe("Catalog metric key, e.g. 'revenue'"),
    from: isoDate.optional().describe("First day to report, e.g. 2026-10-01; default 30 days before to"),
    to: isoDate.optional().describe("Last day to report, e.g. 2026-10-31; default yesterday (org time zone)"),
    by: safeText({ max: TEXT_LIMITS.key, min: 1 })
      .optional()
      .describe("Dimension to scan per member, e.g. 'channel'"),
    threshold: anomalyOptionsSchema.shape.threshold,
    minHistoryWeeks: anomalyOptionsSchema.shape.minHistoryWeeks,
    trailingWeeks: anomalyOptionsSchema.shape.trailingWeeks,
    valueKind: anomalyOptionsSchema.shape.valueKind,
    reference: anomalyOptionsSchema.shape.reference,
    shifts: anomalyOptionsSchema.shape.shifts,
  })
  .strict();

/**
 * Resolve the reported range: `to` defaults to yesterday in the org's time zone, `from` to 29 days
 * before `to` (30 days in all).
 */
export function reportedRange(q: { from?: string; to?: string }, now: Date, timeZone: string) {
  const to = q.to ?? addDays(localDate(now, timeZone), -1);
  const from = q.from ?? addDays(to, -29);
  return { from, to };
}

/**
 * GET / ?metric=&from=&to=&by= : flagged days (and sustained shifts of ratio metrics) per series
 * (overall, and per member of `by`), each against a weekday-seasonal baseline read from the
 * `trailingWeeks` before `from` and, within the range, the weeks after the day. The retail calendar
 * (marketingCalendar) is passed as known events and, for paid-media metrics, the organization's
 * campaign starts and ends as change points, as detect_anomalies does.
 * Unknown metric or dimension -> 400 naming the parameter with a suggestion.
 */
export function anomaliesRouter(deps: RouteDeps): Router {
  const router = Router();
  router.get("/", async (req, res) => {
    const tenant = tenantOf(res);
    const q = anomaliesQuerySchema.parse(req.query);
    const { from, to } = reportedRange(q, deps.now(), tenant.timeZone);
    const options = anomalyOptionsSchema.parse({ ...q, from, to });
    const analytics: AnalyticsDeps = {
      db: deps.db,
      catalog: await loadOrgCatalog(deps.db, tenant.organizationId),
      tenant: compileContextOf(tenant),
      now: deps.now(),
    };
    const read = await readMetricSeries(analytics, {
      metric: q.metric,
      dimension: q.by,
      from: addDays(from, -7 * options.trailingWeeks),
      to,
      paths: { metric: "metric", dimension: "by" },
    });
    const events = marketingCalendar(read.range.from, to);
    const campaigns = await readCampaignWindows(deps.db, tenant.organizationId);
    const planned = await readPlannedChangeWindows(deps.db, tenant.organizationId);
    const paidMedia = isPaidMediaMetric(analytics.catalog, read.shape);
    const series = read.series.map((s) => {
      const report = detectAnomalies(
        s.series,
        scanOptions(options, { events, campaigns, paidMedia, dimension: q.by, member: s.member, planned }),
      );
      return {
        series: s.member === null ? "overall" : s.member,
        member: s.member,
        anomalies: report.anomalies,
        evaluatedDays: report.evaluatedDays,
        skippedDays: report.skippedDays,
        firstEvaluableDate: report.firstEvaluableDate,
        countAware: report.countAware,
        scale: report.scale,
        eventDays: report.eventDays,
      };
    });
    res.json({
      metric: q.metric,
      dimension: q.by ?? null,
      from,
      to,
      timeZone: tenant.timeZone,
      flaggedDays: series.reduce((a, s) => a + s.anomalies.length, 0),
      series,
      provenance: {
        shape: read.shape,
        baselineFrom: read.range.from,
        options,
        events,
        definitions: read.provenance.definitions,
        attribution: read.provenance.attribution,
      },
    });
  });
  return router;
}
