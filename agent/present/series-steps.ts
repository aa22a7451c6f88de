/**
 * fix11b: "growth rate by month, every month", "running total of orders this year", "cumulative
 * spend by week": a series of step changes or a running total over a date series, not only its last
 * pair or its plain values. One more column in the table (core/stats/series-steps.ts) and a lead
 * line. Each step's change is a figure the verifier grounds (a trend step); a running total is not,
 * so the text names only the period's total (the column's sum) and leaves the steps to the table.
 */

import { runningTotals, stepChanges } from "../../core/stats/series-steps.ts";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { formatDate, formatNumber, formatValue } from "../answer/format.ts";
import { type ChartColumn, chooseChart } from "../chart/index.ts";
import { normalize } from "../planner/normalize.ts";
import { withCompoundRate } from "./compound-rate.ts";
import { asksPeriodOverPeriod } from "./period-over-period.ts";
import { withPivotTable } from "./pivot-table.ts";
import type { Presentation, PresentContext, Presenter } from "./types.ts";

/** Each step's change asked for: "mom %", "month over month growth", "growth rate by week". */
export const STEP_CHANGE =
  /\b(?:mom|wow|month (?:over|on|to) month|week (?:over|on|to) week|(?:growth|change) (?:rate|%|percent(?:age)?)|% (?:growth|change)|percent(?:age)? (?:growth|change)|growth|growing|grew|grows|grow)\b|(?:^|\s)% ?(?:growth|change)\b/;
/** A running total asked for: "cumulative revenue", "running total", "revenue to date by month". */
export const RUNNING_TOTAL =
  /\b(?:cumulative(?:ly)?|cumulated|accumulated|running (?:total|sum|tally|count)|cum sum|cumsum|(?:add|adds|adding|added) up (?:month|week|day) (?:by|after) (?:month|week|day)|(?:build|builds|building|built) up)\b/;

type Grain = "day" | "week" | "month" | "quarter" | "year";
type Column = Presentation["data"]["columns"][number];

const GRAIN_WORD: Record<Grain, string> = {
  day: "day",
  week: "week",
  month: "month",
  quarter: "quarter",
  year: "year",
};

/** The one date column and the figures of a presentation that is a plain date series, or undefined. */
function dateSeries(p: Presentation): { date: Column; figures: Column[] } | undefined {
  const { columns } = p.data;
  const date = columns.find((c) => c.key === "date");
  const dims = columns.filter((c) => !c.unit);
  const figures = columns.filter((c) => c.unit);
  if (!date || dims.length !== 1 || !figures.length || p.data.rows.length < 2) return undefined;
  return { date, figures };
}

const numbers = (rows: readonly Record<string, unknown>[], key: string) =>
  rows.map((r) => (typeof r[key] === "number" ? (r[key] as number) : null));

/** The presentation with each step's change from the one before, or undefined when not asked or not a series. */
export function withStepChanges(p: Presentation, grain: Grain, question: string): Presentation | undefined {
  const text = normalize(question);
  if (!STEP_CHANGE.test(text) || RUNNING_TOTAL.test(text)) return undefined;
  const series = dateSeries(p);
  if (!series) return undefined;
  const { rows } = p.data;
  const added: Column[] = [];
  const lines: string[] = [];
  const out = rows.map((r) => ({ ...r }));
  for (const figure of series.figures) {
    const changes = stepChanges(numbers(rows, figure.key));
    const key = `${figure.key}_change_vs_previous_${grain}`;
    added.push({ key, label: `${figure.label} change vs previous ${GRAIN_WORD[grain]}`, unit: "percent" });
    changes.forEach((c, i) => {
      out[i]![key] = c;
    });
    const steps = changes
      .map((c, i) =>
        c === null
          ? undefined
          : `${formatDate(String(rows[i]![series.date.key]), grain)} ${c >= 0 ? "+" : "-"}${formatNumber(Math.abs(c) * 100, 1)}%`,
      )
      .filter((s): s is string => Boolean(s));
    if (steps.length)
      lines.push(`${figure.label}, change from the previous ${GRAIN_WORD[grain]}: ${steps.join("; ")}.`);
  }
  if (!lines.length) return undefined;
  const table = { ...p.data, columns: [...p.data.columns, ...added], rows: out };
  // Words the period-over-period lines already answer ("mom"): only the column is added.
  if (asksPeriodOverPeriod(question) && p.text.includes("change on the")) return { ...p, data: table };
  const lead = `Every ${GRAIN_WORD[grain]}'s change from the ${GRAIN_WORD[grain]} before (the first ${GRAIN_WORD[grain]} has none to compare with):`;
  return {
    ...p,
    text: `${lead}\n${lines.join("\n")}\n${p.text}`,
    data: table,
  };
}

/** The presentation with the running total of each additive figure, or undefined when not asked or not a series. */
export function withRunningTotals(
  p: Presentation,
  grain: Grain,
  question: string,
  ctx: PresentContext,
): Presentation | undefined {
  if (!RUNNING_TOTAL.test(normalize(question))) return undefined;
  const series = dateSeries(p);
  if (!series) return undefined;
  // A running total of a rate (ROAS, conversion rate) means nothing: only sums and counts add up.
  const figures = series.figures.filter((c) => c.unit === "currency" || c.unit === "count");
  if (!figures.length) return undefined;
  const { rows } = p.data;
  const added: Column[] = [];
  const lines: string[] = [];
  const out = rows.map((r) => ({ ...r }));
  for (const figure of figures) {
    const values = numbers(rows, figure.key);
    const totals = runningTotals(values);
    const key = `${figure.key}_running_total`;
    added.push({ ...figure, key, label: `${figure.label} (running total)` });
    totals.forEach((t, i) => {
      out[i]![key] = t;
    });
    const last = totals.at(-1);
    if (typeof last === "number") {
      const first = formatDate(String(rows[0]![series.date.key]), grain);
      const end = formatDate(String(rows.at(-1)![series.date.key]), grain);
      lines.push(
        `${figure.label}, running total by ${GRAIN_WORD[grain]} from ${first} to ${end}: ${formatValue(last, { unit: figure.unit === "currency" ? "currency" : "count" }, ctx.currency)} by the end; each ${GRAIN_WORD[grain]}'s total so far is in the table's running-total column, and the chart draws it.`,
      );
    } else {
      lines.push(
        `${figure.label}: a ${GRAIN_WORD[grain]} without data breaks the running total, so it stops there (see the table).`,
      );
    }
  }
  // fix12a: "chart it, cumulative": the line drawn is the running total, not the plain values.
  const first = added[0];
  const chart = first
    ? chooseChart({
        columns: [
          { key: series.date.key, label: series.date.label, kind: "time" },
          { ...first, kind: "metric" } as ChartColumn,
        ],
        rows: out.map((r) => ({
          [series.date.key]: r[series.date.key] as string,
          [first.key]: r[first.key] as number | null,
        })),
        currency: ctx.currency,
      })
    : undefined;
  return {
    ...p,
    text: `${lines.join("\n")}\n${p.text}`,
    data: { ...p.data, columns: [...p.data.columns, ...added], rows: out },
    ...(chart ? { chart: chart as unknown as Record<string, unknown> } : {}),
  };
}

/**
 * Presenters whose date series gains the step changes or running total the question asks for.
 * @example withSeriesSteps({ query_metrics: presentMetrics })
 */
export function withSeriesSteps(presenters: Record<string, Presenter>): Record<string, Presenter> {
  return Object.fromEntries(
    Object.entries(presenters).map(([tool, present]) => [
      tool,
      ((data, args, ctx) => {
        const p = present(data, args, ctx);
        if (tool !== "query_metrics" || !ctx.question) return p;
        const dims = Array.isArray(args.dimensions) ? args.dimensions : [];
        const grain = (typeof args.grain === "string" ? args.grain : "day") as Grain;
        // fix12a: "months as rows, channels as columns": the long rows laid out as asked.
        if (dims.length === 2) return withPivotTable(p, grain, ctx) ?? p;
        if (dims.length !== 1 || dims[0] !== "date") return p;
        return (
          withRunningTotals(p, grain, ctx.question, ctx) ??
          withCompoundRate(p, data as MetricResult, grain, ctx) ??
          withStepChanges(p, grain, ctx.question) ??
          p
        );
      }) satisfies Presenter,
    ]),
  );
}
