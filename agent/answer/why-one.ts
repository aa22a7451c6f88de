/**
 * "Why is one so much worse?" after rows set side by side (two campaigns on CPA and ROAS): the
 * answer names which headline figure really differs and which of its parts make the gap, from
 * the rows' own values, instead of repeating the rows with more columns. A cost per order is
 * cost per click over the share of clicks that order; a return on spend is that share times the
 * order value over cost per click. Every figure printed is a row's value, formatted as the table
 * formats it; the share of clicks that order is compared in words only (it is not a column).
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { formatValue } from "./format.ts";
import { metricSpecOf } from "./from-metric-result.ts";

/** Below this relative gap two values read as "about the same". */
const SAME = 0.05;

/** Figures where lower is better (costs per something). */
const LOWER_IS_BETTER = /^(?:cpa|cac|ncac|cpc|cpm|cpl|cost_per_\w+|\w+_cost)$/;

/** The parts each kind of headline figure is made of, in the order they are named. */
const COST_PARTS = ["cpc", "cvr"];
const RETURN_PARTS = ["average_order_value", "cpc", "cvr"];
const OTHER_PARTS = ["cpc", "ctr", "average_order_value", "cvr"];

type Row = Record<string, unknown>;

const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const gapOf = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-12);
const higherIsBetter = (key: string) => !LOWER_IS_BETTER.test(key);

/** "a, b and c". */
const list = (xs: readonly string[]) =>
  xs.length > 1 ? `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}` : xs[0]!;

/** Orders per click, from the row's own clicks and orders (compared in words only). */
function cvr(row: Row): number | undefined {
  const clicks = num(row.clicks);
  const orders = num(row.orders);
  return clicks && orders !== undefined ? orders / clicks : undefined;
}

/** The label of a row: its name when it has one ("campaign_name"), else its first dimension's value. */
function rowName(row: Row, result: MetricResult): string {
  if (typeof row.campaign_name === "string") return row.campaign_name;
  const dim = result.columns.find((c) => c.kind === "dimension");
  return dim ? String(row[dim.key] ?? "") : "";
}

function partsFor(key: string): string[] {
  if (LOWER_IS_BETTER.test(key)) return COST_PARTS;
  if (/roas|mer|return/.test(key)) return RETURN_PARTS;
  return OTHER_PARTS;
}

/** One headline figure: about the same, or which row trails on it and which parts make the gap. */
function headlineSentence(key: string, worse: Row, better: Row, result: MetricResult, currency: string) {
  const column = result.columns.find((c) => c.key === key);
  const w = num(worse[key]);
  const b = num(better[key]);
  if (!column || w === undefined || b === undefined) return undefined;
  const spec = metricSpecOf(column);
  const fmt = (v: number, k = key) => {
    const c = result.columns.find((x) => x.key === k);
    return c ? formatValue(v, metricSpecOf(c), currency) : String(v);
  };
  if (gapOf(w, b) < SAME) return `${spec.label} is about the same (${fmt(w)} vs ${fmt(b)}).`;
  const name = rowName(worse, result);
  const direction = w > b ? "higher" : "lower";
  const causes: string[] = [];
  const same: string[] = [];
  for (const part of partsFor(key)) {
    if (part === "cvr") {
      const cw = cvr(worse);
      const cb = cvr(better);
      if (cw === undefined || cb === undefined) continue;
      if (gapOf(cw, cb) < SAME) same.push("the share of clicks that turn into orders");
      else if (cw < cb) causes.push("fewer of its clicks turn into orders");
      continue;
    }
    const c = result.columns.find((x) => x.key === part);
    const pw = num(worse[part]);
    const pb = num(better[part]);
    if (!c || pw === undefined || pb === undefined) continue;
    const label = metricSpecOf(c).label.toLowerCase();
    const pair = `(${fmt(pw, part)} vs ${fmt(pb, part)})`;
    const hurts = higherIsBetter(part) ? pw < pb : pw > pb;
    if (gapOf(pw, pb) < SAME) same.push(`${label} ${pair}`);
    else if (hurts) causes.push(`its ${label} is ${pw > pb ? "higher" : "lower"} ${pair}`);
  }
  const head = `${spec.label} is ${direction} for ${name} (${fmt(w)} vs ${fmt(b)})`;
  const because = causes.length ? ` because ${list(causes)}` : "";
  const rest = same.length ? `; ${list(same)} ${same.length > 1 ? "are" : "is"} about the same` : "";
  return `${head}${because}${rest}.`;
}

/**
 * The explanation, or undefined when the rows cannot be compared (fewer than two, no headline).
 * @param headline the figures the rows were first compared on (e.g. ["cpa", "roas"]).
 */
export function whyOneExplanation(
  result: MetricResult,
  headline: readonly string[],
  currency: string,
): string | undefined {
  const key = headline.find((k) => result.rows.filter((r) => num(r[k]) !== undefined).length >= 2);
  if (!key) return undefined;
  const rows = result.rows.filter((r) => num(r[key]) !== undefined);
  // The row that trails on the first headline figure that differs, against the one that leads.
  const lead = headline.find((k) => {
    const vals = rows.map((r) => num(r[k])).filter((v): v is number => v !== undefined);
    return vals.length >= 2 && gapOf(Math.max(...vals), Math.min(...vals)) >= SAME;
  });
  const by = lead ?? key;
  const sorted = [...rows].sort((a, b) => (num(a[by]) ?? 0) - (num(b[by]) ?? 0));
  const [low, high] = [sorted[0]!, sorted.at(-1)!];
  const [worse, better] = higherIsBetter(by) ? [low, high] : [high, low];
  const lines = headline
    .map((k) => headlineSentence(k, worse, better, result, currency))
    .filter((s): s is string => Boolean(s));
  return lines.length ? lines.join(" ") : undefined;
}
