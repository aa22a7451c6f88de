/**
 * fix17b: run-rate projections of the consecutive weeks or months of one period ("now weekly"
 * after "what will revenue be next month"), one project_run_rate call each: one answer, a line per
 * part with the same days a year earlier beside it, and the method said once (each call presented
 * on its own repeated the method and the data's end for every week). Every figure is a value of
 * one call's data.
 */

import { addDays } from "../../semantic/query/dates.ts";
import type { ProjectRunRateData } from "../../tools/project-run-rate/execute.ts";
import type { ToolResult } from "../../tools/result.ts";
import { formatCurrency, formatNumber, formatPeriod } from "../answer/index.ts";
import { RUN_RATE_LABELS } from "./run-rate.ts";
import type { Presentation, PresentContext } from "./types.ts";

/**
 * The projections when a turn's calls are all run rates of back-to-back parts of one period (same
 * metric, pace and filters), else undefined.
 * @example runRatePartsOf([{ name: "project_run_rate", result: ok(week1) }, { name: "project_run_rate", result: ok(week2) }])?.length // 2
 */
export function runRatePartsOf(
  results: readonly { name: string; result: ToolResult<unknown> }[],
): ProjectRunRateData[] | undefined {
  if (results.length < 2 || results.some((r) => r.name !== "project_run_rate" || !r.result.ok))
    return undefined;
  const parts = results.map((r) => (r.result.ok ? (r.result.data as ProjectRunRateData) : undefined));
  const first = parts[0];
  if (!first || parts.some((d) => !d)) return undefined;
  const same = (d: ProjectRunRateData) =>
    d.metric === first.metric &&
    d.pace.from === first.pace.from &&
    d.pace.to === first.pace.to &&
    JSON.stringify(d.filters) === JSON.stringify(first.filters);
  const all = parts as ProjectRunRateData[];
  if (!all.every(same)) return undefined;
  const back2back = all.every((d, i) => i === 0 || d.period.from === addDays(all[i - 1]!.period.to, 1));
  return back2back ? all : undefined;
}

/**
 * @example presentRunRateParts(weeksOfNovember, { currency: "USD", timeZone: "America/New_York" }).text
 */
export function presentRunRateParts(parts: readonly ProjectRunRateData[], ctx: PresentContext): Presentation {
  const first = parts[0]!;
  const last = parts.at(-1)!;
  const money = first.metric === "revenue" || first.metric === "spend";
  const fmt = (x: number) => (money ? formatCurrency(x, ctx.currency) : formatNumber(x, 0));
  const perDay = (x: number) => (money ? formatCurrency(x, ctx.currency) : formatNumber(x, 1));
  const label = RUN_RATE_LABELS[first.metric];
  const whole = { from: first.period.from, to: last.period.to };
  // Weeks are at most 7 days; months longer.
  const unit = parts.some((d) => d.period.days > 7) ? "month" : "week";
  const lead = `Projected ${label} for each ${unit} of ${formatPeriod(whole)} at the pace of ${formatPeriod(first.pace)} (${perDay(first.projection.dailyPace)} a day, ${fmt(first.pace.total)} over ${formatNumber(first.pace.days, 0)} days):`;
  const lines = parts.map((d) => {
    const days = `${formatNumber(d.period.days, 0)} ${d.period.days === 1 ? "day" : "days"}`;
    const actual = d.actual ? `, of which ${fmt(d.actual.total)} is actual so far` : "";
    const earlier = d.yearEarlier
      ? `; the same days a year earlier brought ${fmt(d.yearEarlier.total)}${d.yearEarlier.total > d.projection.remainingProjected ? " (the season lifted them)" : ""}`
      : "";
    return `- ${formatPeriod(d.period)} (${days}): ${fmt(d.projection.projectedTotal)}${actual}${earlier}.`;
  });
  const method =
    "Method: a straight-line run rate, so parts of equal length come out the same. It ignores seasonality, promotions and planned changes: read it as 'if nothing changes', not a forecast. Where last year's same days brought more, the season will likely lift this year's too.";
  return {
    text: [
      lead,
      ...lines,
      method,
      `Data runs through ${formatPeriod({ from: first.dataEnd, to: first.dataEnd })}.`,
    ].join("\n"),
    data: {
      columns: [
        { key: "from", label: "From" },
        { key: "to", label: "To" },
        { key: "days", label: "Days", unit: "count" },
        { key: "projected", label: `Projected ${label}`, ...(money ? { unit: ctx.currency } : {}) },
        { key: "year_earlier", label: "Same days a year earlier", ...(money ? { unit: ctx.currency } : {}) },
      ],
      rows: parts.map((d) => ({
        from: d.period.from,
        to: d.period.to,
        days: d.period.days,
        projected: d.projection.projectedTotal,
        year_earlier: d.yearEarlier?.total ?? null,
      })),
    },
    provenance: {
      tool: "project_run_rate",
      ...first.provenance,
      pace: first.pace,
      period: whole,
      dataEnd: first.dataEnd,
    },
  };
}
