/**
 * project_run_rate: reads the metric over the projected period's days that have data, over the
 * pace stretch and over the same days without data one year earlier, and projects with
 * core/forecast/run-rate.ts. The days without data are those after the last day of orders and
 * spend (the earlier of the two), so a half-loaded day is never taken as a whole one.
 */

import {
  type RunRateGoal,
  type RunRateProjection,
  runRateGoal,
  runRateProjection,
} from "../../core/forecast/run-rate.ts";
import {
  backtestRange,
  type MonthTotal,
  type RunRateBacktest,
  runRateBacktest,
} from "../../core/forecast/run-rate-backtest.ts";
import { runMetricQuery } from "../../db/analytics/deps.ts";
import { addDays, addMonths, daysBetween, endOfMonth, startOfMonth } from "../../semantic/query/dates.ts";
import type { Filter } from "../../semantic/query/types.ts";
import { fail, ok, type ToolResult } from "../result.ts";
import type { ToolDeps } from "../shared/deps.ts";
import { runTool } from "../shared/run-tool.ts";
import { projectRunRateInput } from "./definition.ts";

/** A stretch of days and the metric's total over it. */
export interface RunRateSpan {
  from: string;
  to: string;
  days: number;
  total: number;
}

/** What project_run_rate returns. */
export interface ProjectRunRateData {
  metric: "revenue" | "orders" | "spend" | "sessions";
  period: { from: string; to: string; days: number };
  /** The period's days with data and their actual total (null when none of it has data yet). */
  actual: RunRateSpan | null;
  pace: RunRateSpan;
  /** The period's days after the data ends (null when it has all ended). */
  remaining: { from: string; to: string; days: number } | null;
  projection: RunRateProjection;
  /** The remaining days one year earlier, when the data covers them. */
  yearEarlier: RunRateSpan | null;
  /**
   * fix20c: the method checked on the data (asked with `backtest`): every full month at the month
   * before's pace against its actual; the projection's range from the smallest and largest
   * actual / projected; and, for a period that has ended, its actual against the projection.
   */
  backtest?: {
    check: RunRateBacktest;
    range: { low: number; high: number } | null;
    outcome: { actual: number; error: number; errorPct: number | null } | null;
  } | null;
  /** fix19d: the goal asked about, against the projection (null when none was asked). */
  goal?: RunRateGoal | null;
  dataEnd: string;
  filters: Filter[];
  provenance: { method: string; assumptions: string[] };
}

const DATA_END_SQL = `SELECT
  (SELECT max(a.date)::text FROM ad_spend_daily a WHERE a.organization_id = $1) AS spend_through,
  (SELECT ((max(c.ts) AT TIME ZONE $2)::date)::text FROM conversions c WHERE c.organization_id = $1) AS orders_through,
  (SELECT min(a.date)::text FROM ad_spend_daily a WHERE a.organization_id = $1) AS since`;

const shiftYear = (d: string, n: number) => `${Number(d.slice(0, 4)) + n}${d.slice(4)}`;

/**
 * @example await createProjectRunRate(deps)({ metric: "revenue", period: { from: "2026-10-01", to: "2026-12-31" }, pace: { from: "2026-10-01", to: "2026-10-31" } })
 */
export function createProjectRunRate(deps: ToolDeps) {
  return (args: unknown): Promise<ToolResult<ProjectRunRateData>> =>
    runTool(projectRunRateInput, args, async (input) => {
      const [end] = await deps.db.query<{
        spend_through: string | null;
        orders_through: string | null;
        since: string | null;
      }>(DATA_END_SQL, [deps.tenant.organizationId, deps.tenant.timeZone]);
      const ends = [end?.spend_through, end?.orders_through].filter((d): d is string => !!d).sort();
      const lastDay = ends[0];
      const since = end?.since ?? undefined;
      if (!lastDay) return fail("insufficient_data", "period: there is no data to take a pace from");
      const { period, pace, metric } = input;
      // fix20c: a backtest of an ended period projects it from the days before it.
      const ended = input.backtest === true && period.to <= lastDay;
      const dataEnd = ended ? addDays(period.from, -1) : lastDay;
      if (period.to <= dataEnd)
        return fail(
          "bad_input",
          `period: ${period.from} to ${period.to} has ended (data runs through ${dataEnd}); read its actual total with query_metrics`,
        );
      if (pace.to > dataEnd || (since && pace.from < since))
        return fail(
          "bad_input",
          `pace: ${pace.from} to ${pace.to} is not inside the data (${since} to ${dataEnd})`,
        );
      const total = async (from: string, to: string) => {
        const r = await runMetricQuery(deps, {
          metrics: [metric],
          dimensions: [],
          filters: input.filters,
          timeRange: { from, to },
        });
        return Number(r.rows[0]?.[metric] ?? 0);
      };
      const span = async (from: string, to: string): Promise<RunRateSpan> => ({
        from,
        to,
        days: daysBetween(from, to) + 1,
        total: Math.round((await total(from, to)) * 100) / 100,
      });
      const actual = period.from <= dataEnd ? await span(period.from, dataEnd) : null;
      const remainingFrom = period.from > dataEnd ? period.from : addDays(dataEnd, 1);
      const remaining = {
        from: remainingFrom,
        to: period.to,
        days: daysBetween(remainingFrom, period.to) + 1,
      };
      const paceSpan = await span(pace.from, pace.to);
      const earlier = { from: shiftYear(remaining.from, -1), to: shiftYear(remaining.to, -1) };
      const yearEarlier = since && earlier.from >= since ? await span(earlier.from, earlier.to) : null;
      const projection = runRateProjection({
        actual: actual?.total ?? 0,
        actualDays: actual?.days ?? 0,
        paceTotal: paceSpan.total,
        paceDays: paceSpan.days,
        remainingDays: remaining.days,
      });
      const backtest = input.backtest
        ? await (async () => {
            const check = runRateBacktest(await fullMonths(since, lastDay, span));
            const outcome = ended ? await span(period.from, period.to) : null;
            const error = outcome ? Math.round((projection.projectedTotal - outcome.total) * 100) / 100 : 0;
            return {
              check,
              range: ended
                ? null
                : backtestRange(
                    { actual: actual?.total ?? 0, remainingProjected: projection.remainingProjected },
                    check,
                  ),
              outcome: outcome
                ? {
                    actual: outcome.total,
                    error,
                    errorPct: outcome.total !== 0 ? Math.round((error / outcome.total) * 10_000) / 100 : null,
                  }
                : null,
            };
          })()
        : undefined;
      return ok({
        metric,
        ...(backtest ? { backtest } : {}),
        period: { ...period, days: daysBetween(period.from, period.to) + 1 },
        actual,
        pace: paceSpan,
        remaining,
        projection,
        yearEarlier,
        goal:
          input.goal === undefined
            ? null
            : runRateGoal(input.goal, {
                actual: actual?.total ?? 0,
                remainingDays: remaining.days,
                projectedTotal: projection.projectedTotal,
                yearEarlier: yearEarlier?.total ?? null,
              }),
        dataEnd: lastDay,
        filters: input.filters,
        provenance: {
          method:
            "Straight-line run rate: the period's actual through the last day of data plus each remaining day at the pace stretch's total divided by its days.",
          assumptions: [
            "Every remaining day is assumed to go at the pace stretch's daily average: seasonality, promotions and planned changes are not modelled.",
          ],
        },
      });
    });
}

/** fix20c: the full calendar months between the first and the last day of data, with their totals. */
async function fullMonths(
  since: string | undefined,
  lastDay: string,
  span: (from: string, to: string) => Promise<RunRateSpan>,
): Promise<MonthTotal[]> {
  if (!since) return [];
  let from = since === startOfMonth(since) ? since : addMonths(startOfMonth(since), 1);
  const out: MonthTotal[] = [];
  while (endOfMonth(from) <= lastDay) {
    const s = await span(from, endOfMonth(from));
    out.push({ from: s.from, to: s.to, days: s.days, total: s.total });
    from = addMonths(from, 1);
  }
  return out;
}
