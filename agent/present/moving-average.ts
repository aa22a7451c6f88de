/**
 * fix10b: "7 day rolling average of orders in september", "revenue with a 14-day moving avg": the
 * daily series with its trailing moving average beside it, one more column in the table and one
 * more line in the chart (core/stats/moving-average.ts). Without it the answer was the daily
 * series alone, which does not answer the ask. The averages are computed here, from the result's
 * own rows, so the text names no averaged figure (the verifier grounds text, not the table).
 */

import { trailingMean } from "../../core/stats/moving-average.ts";
import { type ChartColumn, chooseChart } from "../chart/index.ts";
import { normalize } from "../planner/normalize.ts";
import type { Presentation, PresentContext, Presenter } from "./types.ts";

/** "7 day moving average", "rolling 14d avg", "7dma", "moving average": the window in days (7 unnamed). */
const MOVING =
  /\b(?:(\d{1,2}) ?(?:day|d) (?:moving|rolling|trailing|running) (?:average|avg|mean)|(?:moving|rolling|trailing|running) (\d{1,2}) ?(?:day|d) (?:average|avg|mean)|(\d{1,2}) ?dma|(?:moving|rolling|running) (?:average|avg|mean))\b/;

/**
 * The window of a moving average the question asks for, in days, or undefined.
 * @example movingWindow("7 day moving avg of revenue for october") // 7
 */
export function movingWindow(question: string): number | undefined {
  const m = MOVING.exec(normalize(question));
  if (!m) return undefined;
  const n = Number(m[1] ?? m[2] ?? m[3] ?? 7);
  return n >= 2 && n <= 90 ? n : undefined;
}

type Column = Presentation["data"]["columns"][number];

/**
 * The presentation with the moving average of its one daily figure added (table, chart, a lead
 * line), or undefined when the question asks for none or the table is not one figure by day.
 */
export function withMovingAverage(
  p: Presentation,
  args: Record<string, unknown>,
  question: string,
  ctx: PresentContext,
): Presentation | undefined {
  const window = movingWindow(question);
  if (!window || (args.grain !== undefined && args.grain !== "day")) return undefined;
  const { columns, rows } = p.data;
  const date = columns.find((c) => c.key === "date");
  const figures = columns.filter((c) => c.unit);
  const dims = columns.filter((c) => !c.unit);
  if (!date || dims.length !== 1 || figures.length === 0) return undefined;
  const figure = figures[0]!;
  const values = rows.map((r) => (typeof r[figure.key] === "number" ? (r[figure.key] as number) : null));
  const averages = trailingMean(values, window);
  const key = `${figure.key}_moving_avg_${window}d`;
  const column: Column = { ...figure, key, label: `${figure.label} (${window}-day moving average)` };
  const withAverage = rows.map((r, i) => ({ ...r, [key]: averages[i] ?? null }));
  const chartColumns: ChartColumn[] = [
    { key: date.key, label: date.label, kind: "time" },
    ...[figure, column].map((c) => ({ ...c, kind: "metric" as const }) as ChartColumn),
  ];
  const chart = chooseChart({
    columns: chartColumns,
    rows: withAverage.map((r) => ({
      [date.key]: r[date.key] as string,
      [figure.key]: values[rows.indexOf(r)] ?? null,
      [key]: r[key] as number | null,
    })),
    currency: ctx.currency,
  });
  const short = rows.length < window;
  const lead = short
    ? `A ${window}-day moving average needs at least ${window} days of data; this period has fewer, so only the daily figures are shown.`
    : `${figure.label} by day with its ${window}-day moving average (each day's mean over the ${window} days ending that day; the first days of the period, without ${window} days of data behind them, have none): both are in the chart and the table.`;
  return {
    ...p,
    text: `${lead}\n${p.text}`,
    data: { ...p.data, columns: [...columns, column], rows: withAverage },
    ...(chart && !short ? { chart: chart as unknown as Record<string, unknown> } : {}),
  };
}

/**
 * Presenters whose daily series gains the moving average the question asks for.
 * @example withMovingAverages({ query_metrics: presentMetrics })
 */
export function withMovingAverages(presenters: Record<string, Presenter>): Record<string, Presenter> {
  return Object.fromEntries(
    Object.entries(presenters).map(([tool, present]) => [
      tool,
      ((data, args, ctx) => {
        const p = present(data, args, ctx);
        return (
          (tool === "query_metrics" && ctx.question && withMovingAverage(p, args, ctx.question, ctx)) || p
        );
      }) satisfies Presenter,
    ]),
  );
}
