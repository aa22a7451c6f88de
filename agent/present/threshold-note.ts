/**
 * fix6c: a threshold stated on a ranked figure ("which channels are above 3x", "campaigns with CPA
 * under $50", "anything below 1") is answered in words, first: which rows clear it, or "none" with
 * the nearest one. Without this line the table was right and the question unanswered. The line is
 * built from the presentation's own table, so every figure in it is a figure the answer grounds.
 */

import { formatCurrency, formatNumber } from "../answer/index.ts";
import { rewriteDayShapeWordings } from "../planner/day-shape-wordings.ts";
import { normalize } from "../planner/normalize.ts";
import type { Presentation, PresentContext, Presenter } from "./types.ts";

type Op = "gt" | "gte" | "lt" | "lte";

/**
 * A threshold the question states: "above 3" -> { op: "gt", value: 3 }. The amount is read whole
 * (leftC): "over $1k spend" is not "over $1" with a stray "k".
 */
export interface StatedThreshold {
  op: Op;
  value: number;
  /** Written with "%": compared with a percentage column as a percentage. */
  percent: boolean;
  /** Where the bound word starts in the normalized question (the metric is named before it). */
  at: number;
  /** The words as written, for the answer ("above 3"). */
  words: string;
}

const BOUNDS: ReadonlyArray<readonly [string, Op]> = [
  ["at least|no less than|a minimum of|>=|or more than", "gte"],
  [
    "above|over|greater than|more than|higher than|exceeds?|exceeding|beats?|beating|clears?|clearing|better than|>",
    "gt",
  ],
  ["at most|no more than|<=", "lte"],
  ["below|under|less than|lower than|worse than|<", "lt"],
];
/** Units that make the number a period or a count of something else ("over 3 months", "under 5 clicks"). */
const NOT_A_LEVEL =
  "(?:days?|weeks?|months?|years?|quarters?|hours?|minutes?|orders?|clicks?|sessions?|visits?|customers?|people|users|campaigns?|channels?|items?|times|touches|touchpoints|steps|spend|spent|revenue|sales|budget|cost|in spend|of spend|worth)\\b";
const THRESHOLD = new RegExp(
  `(?:^|\\s)(${BOUNDS.map(([w]) => w).join("|")})\\s*(\\$)?(\\d+(?:\\.\\d+)?)\\s*(x|%|k|thousand|grand)?(?![\\w.])(?!\\s*${NOT_A_LEVEL})`,
);

/**
 * The threshold a question states on a figure, or undefined.
 * @example readStatedThreshold("ltv cac by channel which ones are above 3") // { op: "gt", value: 3, percent: false, ... }
 */
export function readStatedThreshold(question: string): StatedThreshold | undefined {
  const text = normalize(question);
  const m = THRESHOLD.exec(text);
  if (!m) return undefined;
  const word = m[1]!;
  const op = BOUNDS.find(([w]) => new RegExp(`^(?:${w})$`).test(word))?.[1];
  if (!op) return undefined;
  const value = Number(m[3]) * (m[4] === "k" || m[4] === "thousand" || m[4] === "grand" ? 1000 : 1);
  return {
    op,
    value,
    percent: m[4] === "%",
    at: m.index + m[0].indexOf(word),
    words: m[0].trim(),
  };
}

type Row = Record<string, unknown>;

/** A first crossing asked ("when did we first", "earliest day"). */
const FIRST = /\b(?:first|earliest|1st)\b/;
type Column = Presentation["data"]["columns"][number];

const words = (s: string) => normalize(s.replace(/\([^)]*\)/g, " ")).trim();

/** The column the threshold is about: the one named closest before the bound, else the only figure. */
function thresholdColumn(columns: readonly Column[], text: string, at: number): Column | undefined {
  const figures = columns.filter((c) => c.unit && c.unit !== "count");
  // Closest to the bound by where the name ends; the longer name wins a tie ("ltv cac" over "cac").
  let best: { c: Column; end: number; length: number } | undefined;
  for (const c of figures) {
    // fix10b: "cpa over $80" answered with paid CPA and blended CPA: the lead (paid) column, which
    // comes first and so keeps a tie, is the one the asker means.
    for (const name of [
      words(c.label),
      c.key.replace(/_/g, " "),
      c.key.replace(/^paid_/, "").replace(/_/g, " "),
    ]) {
      if (!name) continue;
      const i = text.lastIndexOf(name, at);
      if (i < 0) continue;
      const end = i + name.length;
      if (!best || end > best.end || (end === best.end && name.length > best.length))
        best = { c, end, length: name.length };
    }
  }
  if (best) return best.c;
  // "did we clear 1.5x paid roas": the metric named right after the level.
  let after: { c: Column; at: number } | undefined;
  for (const c of figures)
    for (const name of [words(c.label), c.key.replace(/_/g, " ")]) {
      const i = name ? text.indexOf(name, at) : -1;
      if (i >= 0 && (!after || i < after.at)) after = { c, at: i };
    }
  if (after) return after.c;
  return figures.length === 1 ? figures[0] : undefined;
}

function passes(v: number, t: StatedThreshold, level: number): boolean {
  if (t.op === "gt") return v > level;
  if (t.op === "gte") return v >= level;
  if (t.op === "lt") return v < level;
  return v <= level;
}

/**
 * The sentence answering a stated threshold over a presentation's table, or undefined when the
 * question states none or the table has no figure it could be about.
 * @example thresholdLine(p, "which channels have roas above 3", ctx) // "Above 3 on ROAS: Email (5.12) and Paid Search (3.40)."
 */
export function thresholdLine(p: Presentation, asked: string, ctx: PresentContext): string | undefined {
  // fix15d: "when did we first pass $1k revenue in a day" states its level with a verb; it is
  // read in the planner's wording ("which days was revenue over $1k").
  const question = readStatedThreshold(asked) ? asked : rewriteDayShapeWordings(asked);
  const t = readStatedThreshold(question);
  if (!t) return undefined;
  const { columns, rows } = p.data;
  const firstLabel = columns.find((c) => !c.unit);
  // "campaign" holds ids; its name column reads as the marketer knows it.
  const labelCol = columns.find((c) => c.key === `${firstLabel?.key}_name`) ?? firstLabel;
  const col = thresholdColumn(columns, normalize(question), t.at);
  if (!col || !rows.length) return undefined;
  const percentCol = col.unit === "percent";
  // A percentage column holds shares (0.25); "above 20%" or "above 20" on it means 0.2.
  const level = percentCol && (t.percent || t.value > 1) ? t.value / 100 : t.value;
  const show = (v: number) =>
    col.unit === "currency"
      ? formatCurrency(v, ctx.currency)
      : percentCol
        ? `${formatNumber(v * 100, 1)}%`
        : `${formatNumber(v, 2)}${col.unit === "ratio" && col.format !== "decimal" ? "x" : ""}`;
  const name = (r: Row) => {
    const key = labelCol?.key ?? "";
    const v = String(r[key] ?? "");
    return ctx.valueLabels?.[key]?.[v] ?? v;
  };
  // One figure ("did we clear 1.5x ROAS in september?"): yes or no, and the figure.
  const only = rows.length === 1 ? rows[0]![col.key] : undefined;
  if (typeof only === "number" && Number.isFinite(only))
    return `${passes(only, t, level) ? "Yes" : "No"}: ${col.label} was ${show(only)} (asked: ${t.words}).`;
  if (!labelCol || rows.length < 2) return undefined;
  const valued = rows.filter((r): r is Row => typeof r[col.key] === "number" && Number.isFinite(r[col.key]));
  if (!valued.length) return undefined;
  const metric = col.label;
  const clear = valued.filter((r) => passes(r[col.key] as number, t, level));
  const missing = rows.length - valued.length;
  const gap = missing ? ` (${formatNumber(missing, 0)} without a ${metric} value left out)` : "";
  // An amount reads as money however it was typed ("above 1000 bucks", "over 1.5k" -> "$1,500.00").
  const asMoney = col.unit === "currency" && !/\$\d+(?:\.\d+)?$/.test(t.words);
  const stated = asMoney ? `${t.words.split(/\s*\$?\d/)[0]} ${show(level)}` : t.words;
  const head = `${stated.charAt(0).toUpperCase()}${stated.slice(1)} on ${metric}`;
  if (!clear.length) {
    const upward = t.op === "gt" || t.op === "gte";
    const nearest = [...valued].sort((a, b) =>
      upward
        ? (b[col.key] as number) - (a[col.key] as number)
        : (a[col.key] as number) - (b[col.key] as number),
    )[0]!;
    return `${head}: none of ${formatNumber(valued.length, 0)}; the ${upward ? "highest" : "lowest"} is ${name(nearest)} at ${show(nearest[col.key] as number)}${gap}.`;
  }
  // fix15d: "when did X first pass N": the first unit of the series over the level, then how many.
  if (FIRST.test(normalize(asked)) && labelCol?.key === "date") {
    const byDate = (a: Row, b: Row) => (name(a) < name(b) ? -1 : 1);
    const first = [...clear].sort(byDate)[0]!;
    const opening =
      name(first) === name([...valued].sort(byDate)[0]!) ? ", already the first in the data" : "";
    return `${head}: first on ${name(first)} (${show(first[col.key] as number)})${opening}; ${formatNumber(clear.length, 0)} of ${formatNumber(valued.length, 0)} in all${gap}.`;
  }
  const listed = clear.map((r) => `${name(r)} (${show(r[col.key] as number)})`);
  const count =
    clear.length === valued.length
      ? `all ${formatNumber(valued.length, 0)}: `
      : `${formatNumber(clear.length, 0)} of ${formatNumber(valued.length, 0)}: `;
  return `${head}: ${count}${listed.join(", ")}${gap}.`;
}

/**
 * Whether the stated threshold is already the query's row filter ("top 5 campaigns by roas, only
 * ones that spent at least $1k": spend >= 1000): every row shown clears it and the answer says so,
 * so a line judging another column against it ("at least $1k on ROAS: none") answers a question
 * nobody asked (regress15).
 */
export function thresholdApplied(args: Record<string, unknown>, question: string): boolean {
  const t = readStatedThreshold(question);
  const filters = args.filters;
  if (!t || !Array.isArray(filters)) return false;
  return filters.some((f: unknown) => {
    if (!f || typeof f !== "object") return false;
    const { op, value } = f as { op?: unknown; value?: unknown };
    // fix14d: "ignore anything that spent under 500" is the filter spend >= 500, the other side.
    const side = op === t.op || op === INVERSE[t.op];
    return side && typeof value === "number" && (value === t.value || value * 100 === t.value);
  });
}

const INVERSE: Record<Op, Op> = { gt: "lte", gte: "lt", lt: "gte", lte: "gt" };

/**
 * Presenters whose answer leads with the threshold line when the question states one.
 * @example withThresholdNotes({ query_metrics: presentMetrics })
 */
export function withThresholdNotes(presenters: Record<string, Presenter>): Record<string, Presenter> {
  return Object.fromEntries(
    Object.entries(presenters).map(([tool, present]) => [
      tool,
      ((data, args, ctx) => {
        const p = present(data, args, ctx);
        const line =
          ctx.question && !thresholdApplied(args, ctx.question)
            ? thresholdLine(p, ctx.question, ctx)
            : undefined;
        return line ? { ...p, text: `${line}\n${p.text}` } : p;
      }) satisfies Presenter,
    ]),
  );
}
