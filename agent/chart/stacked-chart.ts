/**
 * Stacked charts a marketer names ("stacked chart of new vs returning orders by month", "100%
 * stacked bars of spend by channel", "area chart of revenue by platform per week"): the default
 * chart's series, piled on each other (by value, or as shares of each bar's whole). A stack only
 * means something for a metric that adds up across the series (spend, orders), split by a second
 * field (the colour); otherwise the default chart stays and one sentence says why.
 */
import type { VegaFieldDef } from "./types.ts";

/** The stacked kinds requested-chart.ts reads from a question. */
export type StackedKind = "stacked" | "stacked_percent" | "area";

/**
 * The stacked kind a question names, if any.
 * @example stackedKind("100% stacked bars of orders by type") // "stacked_percent"
 */
export function stackedKind(q: string): StackedKind | undefined {
  if (
    /\b(?:100 ?%|100 percent|percent|percentage|normali[sz]ed|proportional)\s+(?:stacked|area)\b|\bstacked\s+(?:to\s+)?100\s?%|\bstacked\s+(?:share|percent)/.test(
      q,
    )
  )
    return "stacked_percent";
  if (/\b(?:stacked\s+area|area\s+(?:chart|graph|plot)s?|as (?:an )?area)\b/.test(q)) return "area";
  if (/\bstack(?:ed|ing)?\b(?!\s+(?:up|against|rank))/.test(q)) return "stacked";
  return undefined;
}

/** The answer's columns as the presenters return them. */
interface Column {
  key: string;
  label: string;
  unit?: string | undefined;
}

type Spec = Record<string, unknown>;

/**
 * The default chart stacked as asked, or the default and the sentence that says why it cannot be.
 * @param columns the answer's columns (the charted metric's unit decides whether values add up)
 */
export function stackChart(
  kind: StackedKind,
  chart: Spec | undefined,
  columns: readonly Column[],
): { chart: Spec | undefined; note?: string } {
  const encoding = chart?.encoding as Record<string, VegaFieldDef | undefined> | undefined;
  const valueAxis = encoding?.y?.type === "quantitative" ? "y" : "x";
  const metric = columns.find((c) => c.key === encoding?.[valueAxis]?.field);
  if (!chart || !encoding || !metric)
    return { chart, note: "A single figure has nothing to stack, so there is no chart." };
  const color = encoding.color;
  // "area chart of daily spend": one series is an area too, filled under its line.
  if (kind === "area" && !color && encoding.x?.type === "temporal")
    return { chart: { ...chart, mark: { type: "area", line: true, tooltip: true } } };
  if (!color || color.field === "series")
    return {
      chart,
      note: "A stacked chart needs a split to pile up (such as by channel, or new vs returning), and this answer has one series, so it keeps its default chart.",
    };
  if (metric.unit !== "currency" && metric.unit !== "count")
    return {
      chart,
      note: `${metric.label} is a ratio that does not add up across ${color.title ?? "the split"}, so a stack would mislead; it keeps its default chart.`,
    };
  const overTime = encoding.x?.type === "temporal";
  if (kind === "area" && !overTime)
    return {
      chart,
      note: "An area chart needs a time axis and this answer has none, so it is drawn as bars; ask for it by week or month for an area.",
    };
  const value = encoding[valueAxis]!;
  const percent = kind === "stacked_percent";
  const stacked: VegaFieldDef & { stack: "zero" | "normalize" } = {
    ...value,
    stack: percent ? "normalize" : "zero",
    ...(percent ? { title: `Share of ${value.title ?? metric.label}`, axis: { format: ".0%" } } : {}),
  };
  const mark = { type: kind === "area" ? "area" : "bar", tooltip: true };
  const title = typeof chart.title === "string" ? chart.title : "";
  const out: Spec = {
    ...chart,
    title: percent ? `Share of ${title.charAt(0).toLowerCase()}${title.slice(1)}` : title,
    description: percent ? `Share of ${title.charAt(0).toLowerCase()}${title.slice(1)}` : title,
    mark,
    // Offsets set bars side by side; a stack piles them instead.
    encoding: Object.fromEntries(
      Object.entries({ ...encoding, [valueAxis]: stacked }).filter(
        ([k]) => k !== "xOffset" && k !== "yOffset",
      ),
    ),
  };
  return { chart: out };
}
