/**
 * Charts for answers whose presenter gives a table but no chart (#12: every surface shows its
 * answers): budget splits and what-ifs (current vs recommended spend), profitability (profit or
 * return per channel), recommendations (money at stake per action), explanations (each member's
 * contribution to the change) and anomalies (flagged days against their expected values). The
 * chart is drawn from the presentation's own rows, so it shows exactly the table's figures.
 */
import type { Presentation, Presenter } from "./types.ts";

const SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";
type Row = Record<string, unknown>;

/** How one tool's table becomes a chart: the category column and the value column(s). */
interface TableChart {
  title: string;
  /** Candidate category columns, first present wins. */
  category: readonly string[];
  /** Candidate value columns, first present with a number wins; two for side-by-side bars. */
  values: readonly (readonly string[])[];
}

const CHARTS: Readonly<Record<string, TableChart>> = {
  recommend_budget: {
    title: "Current and recommended spend",
    category: ["channel", "platform"],
    values: [["currentSpend", "recommendedSpend"]],
  },
  profitability: {
    title: "Profit by channel",
    category: ["channel"],
    values: [["profitAfterAdSpend"], ["marginalProfitPerDollar"]],
  },
  campaigns: {
    title: "Spend and budget by campaign",
    category: ["campaign", "window"],
    values: [["budget", "spend"], ["spend", "revenue"], ["daily_budget"]],
  },
  recommend: { title: "Money at stake by action", category: ["action"], values: [["moneyAtStake"]] },
  explain_change: { title: "Contribution to the change", category: ["member"], values: [["contribution"]] },
  detect_anomalies: {
    title: "Flagged days against expected",
    category: ["date"],
    values: [["value", "expected"]],
  },
};

const label = (p: Presentation, key: string) => p.data.columns.find((c) => c.key === key)?.label ?? key;
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/**
 * A bar chart of a presentation's table for `tool`, or undefined when the table has nothing to
 * draw (no rows, no numeric value column).
 * @example tableChart("explain_change", presentation)?.mark // { type: "bar", tooltip: true }
 */
export function tableChart(tool: string, p: Presentation): Record<string, unknown> | undefined {
  const spec = CHARTS[tool];
  const rows = p.data.rows as Row[];
  if (!spec || rows.length === 0) return undefined;
  const keys = new Set(p.data.columns.map((c) => c.key));
  const category = spec.category.find((k) => keys.has(k) && rows.some((r) => r[k] != null));
  const values = spec.values.find((vs) => vs.every((v) => keys.has(v) && rows.some((r) => isNumber(r[v]))));
  if (!category || !values) return undefined;
  // One row per category and value ("long" form), so one spec draws single and paired bars.
  const points = rows.flatMap((r) =>
    values.flatMap((v) =>
      isNumber(r[v]) ? [{ category: String(r[category]), measure: label(p, v), value: r[v] }] : [],
    ),
  );
  if (points.length === 0) return undefined;
  const paired = values.length > 1;
  const title = paired ? spec.title : `${label(p, values[0]!)} by ${label(p, category).toLowerCase()}`;
  return {
    $schema: SCHEMA,
    title,
    description: title,
    width: "container",
    data: { values: points },
    mark: { type: "bar", tooltip: true },
    encoding: {
      y: {
        field: "category",
        type: "nominal",
        title: label(p, category),
        sort: null,
        axis: { labelLimit: 320 },
      },
      x: { field: "value", type: "quantitative", title: paired ? null : label(p, values[0]!) },
      ...(paired
        ? {
            yOffset: { field: "measure", type: "nominal" },
            color: { field: "measure", type: "nominal", title: null },
          }
        : {}),
    },
  };
}

/**
 * The presenters, each answer given a chart of its table when its presenter drew none.
 * @example withTableCharts({ explain_change: presentExplanation })
 */
export function withTableCharts(presenters: Record<string, Presenter>): Record<string, Presenter> {
  return Object.fromEntries(
    Object.entries(presenters).map(([tool, present]) => [
      tool,
      CHARTS[tool]
        ? (((data, args, ctx) => {
            const p = present(data, args, ctx);
            if (p.chart) return p;
            const chart = tableChart(tool, p);
            return chart ? { ...p, chart } : p;
          }) satisfies Presenter)
        : present,
    ]),
  );
}
