/**
 * The run-rate projection answer (project_run_rate): the projected total first, then how it was
 * built (actual so far + the days left at the pace stretch's daily average), that it is a straight
 * line ignoring the season, and the same days a year earlier beside the projected ones when the
 * data has them (for Q4 that is last year's Black Friday and holiday weeks). Every figure is a
 * value of the tool's data.
 */
import type { ProjectRunRateData } from "../../tools/project-run-rate/execute.ts";
import { formatCurrency, formatNumber, formatPeriod } from "../answer/index.ts";
import { filterNote } from "./filter-note.ts";
import { backtestLines } from "./run-rate-backtest.ts";
import type { Presentation, PresentContext } from "./types.ts";

export const RUN_RATE_LABELS: Record<ProjectRunRateData["metric"], string> = {
  revenue: "revenue",
  orders: "orders",
  spend: "ad spend",
  sessions: "sessions",
};

/** How every run-rate figure is built, said once per answer. */
export const RUN_RATE_METHOD =
  "Method: a straight-line run rate (actual + remaining days x the pace stretch's daily average). It ignores seasonality, promotions and planned changes, so read it as 'if nothing changes', not a forecast.";

/**
 * @example presentRunRate(data, { currency: "USD", timeZone: "America/New_York" })
 */
export function presentRunRate(d: ProjectRunRateData, ctx: PresentContext): Presentation {
  const money = d.metric === "revenue" || d.metric === "spend";
  const fmt = (x: number) => (money ? formatCurrency(x, ctx.currency) : formatNumber(x, 0));
  const perDay = (x: number) => (money ? formatCurrency(x, ctx.currency) : formatNumber(x, 1));
  const label = RUN_RATE_LABELS[d.metric];
  const p = d.projection;
  const remaining = d.remaining;
  // fix16d: a projection of one channel or platform (one of several when a breakdown was asked) names it.
  const scoped = { provenance: { filters: d.filters }, columns: [] } as unknown as Parameters<
    typeof filterNote
  >[0];
  const scope = filterNote(scoped, ctx.valueLabels)
    .replace(/^Only /, "")
    .replace(/\.$/, "");
  const lead = `${scope ? `${scope}: projected` : "Projected"} ${label} for ${formatPeriod(d.period)} at the pace of ${formatPeriod(d.pace)}: ${fmt(p.projectedTotal)}.`;
  const built = [
    d.actual
      ? `- Actual so far (${formatPeriod(d.actual)}, ${formatNumber(d.actual.days, 0)} days): ${fmt(d.actual.total)}.`
      : "",
    remaining
      ? `- The ${formatNumber(remaining.days, 0)} days without data yet (${formatPeriod(remaining)}) at ${perDay(p.dailyPace)} a day, the daily average of ${formatPeriod(d.pace)} (${fmt(d.pace.total)} over ${formatNumber(d.pace.days, 0)} days): ${fmt(p.remainingProjected)}.`
      : "",
  ].filter(Boolean);
  const season = d.yearEarlier
    ? `The same days a year earlier (${formatPeriod(d.yearEarlier)}) brought ${fmt(d.yearEarlier.total)} of ${label}, against ${fmt(p.remainingProjected)} projected for them at this pace${d.yearEarlier.total > p.remainingProjected ? ": the season (Black Friday, the holidays) lifted those days last year, so the real figure will likely come in higher than the straight line" : ""}.`
    : "";
  // fix19d: "will we hit $1M by year end": the yes / no against the goal first, with the gap.
  const g = d.goal;
  const goalLine = g
    ? `${g.reached ? "Yes" : "No"}, at this pace: ${label} for ${formatPeriod(d.period)} projects to ${fmt(p.projectedTotal)} against the ${fmt(g.goal)} goal, ${g.reached ? `${fmt(-g.gap)} over` : `${fmt(g.gap)} short`}.${
        !g.reached && g.neededDailyPace !== null && remaining
          ? ` Reaching it would take ${perDay(g.neededDailyPace)} a day over the ${formatNumber(remaining.days, 0)} days left, against ${perDay(p.dailyPace)} a day now.`
          : ""
      }${
        g.seasonalTotal !== null && d.yearEarlier
          ? ` With the same days a year earlier in place of the straight line, it would come to ${fmt(g.seasonalTotal)}: ${g.seasonalReached ? "at or over" : "still under"} the goal.`
          : ""
      }`
    : "";
  const rows = [
    ...(d.actual
      ? [
          {
            part: "Actual so far",
            from: d.actual.from,
            to: d.actual.to,
            days: d.actual.days,
            value: d.actual.total,
          },
        ]
      : []),
    ...(remaining
      ? [
          {
            part: "Remaining days at the pace",
            from: remaining.from,
            to: remaining.to,
            days: remaining.days,
            value: p.remainingProjected,
          },
        ]
      : []),
    {
      part: "Projected total",
      from: d.period.from,
      to: d.period.to,
      days: d.period.days,
      value: p.projectedTotal,
    },
  ];
  return {
    text: [
      // fix20c: an ended period checked against its actual leads with that; a projection keeps its lead.
      ...(d.backtest?.outcome ? [] : [goalLine, lead, ...built]),
      ...backtestLines(d, fmt, label),
      RUN_RATE_METHOD,
      season,
      `Data runs through ${formatPeriod({ from: d.dataEnd, to: d.dataEnd })}.`,
    ]
      .filter(Boolean)
      .join("\n"),
    data: {
      columns: [
        { key: "part", label: "Part" },
        { key: "from", label: "From" },
        { key: "to", label: "To" },
        { key: "days", label: "Days", unit: "count" },
        {
          key: "value",
          label: label.charAt(0).toUpperCase() + label.slice(1),
          ...(money ? { unit: ctx.currency } : {}),
        },
      ],
      rows,
    },
    provenance: {
      tool: "project_run_rate",
      ...d.provenance,
      pace: d.pace,
      period: d.period,
      dataEnd: d.dataEnd,
    },
  };
}
