/**
 * fix10b: a ratio of two members' figures ("social cpa divided by search cpa", "how many times
 * more does a display order cost than an affiliate one") is answered in words, first: the first
 * member's figure over the second's, as a multiple. The table holds both figures; without this
 * line the asker had to divide them. The ratio of two values of one column is a figure the
 * verifier grounds (agent/verify/ground-numbers.ts: same-metric pairs).
 */

import { formatCurrency, formatNumber } from "../answer/index.ts";
import { normalize } from "../planner/normalize.ts";
import type { Presentation, PresentContext, Presenter } from "./types.ts";

/** Words that ask for one figure as a multiple of another. */
const RATIO_ASK =
  /\b(?:divided by|ratio|how many times|times (?:more|less|higher|lower|bigger|smaller|as|costlier|pricier|cheaper)|multiple of|\d+(?:\.\d+)? ?x (?:more|higher|as))\b/;

type Row = Record<string, unknown>;
type Column = Presentation["data"]["columns"][number];

const words = (s: string) => normalize(s.replace(/\([^)]*\)/g, " ")).trim();

/** The figure the ratio is of: the first column the question names, else the first figure. */
function ratioColumn(columns: readonly Column[], text: string): Column | undefined {
  const figures = columns.filter((c) => c.unit && c.unit !== "count");
  const named = figures.find((c) =>
    [words(c.label), c.key.replace(/_/g, " "), c.key.replace(/^paid_/, "").replace(/_/g, " ")].some(
      (n) => n && new RegExp(`\\b${n}\\b`).test(text),
    ),
  );
  return named ?? figures[0];
}

/**
 * The sentence answering a ratio of two rows' figures, or undefined when the question asks for
 * none or the table is not two rows of one figure.
 * @example ratioLine(p, "paid social cpa divided by paid search cpa", ctx) // "Paid Social's CPA ($180.00) is 1.62x Paid Search's ($111.00)."
 */
export function ratioLine(p: Presentation, question: string, ctx: PresentContext): string | undefined {
  const text = normalize(question);
  if (!RATIO_ASK.test(text)) return undefined;
  const { columns, rows } = p.data;
  if (rows.length !== 2) return undefined;
  const firstLabel = columns.find((c) => !c.unit);
  const labelCol = columns.find((c) => c.key === `${firstLabel?.key}_name`) ?? firstLabel;
  const col = ratioColumn(columns, text);
  if (!labelCol || !col) return undefined;
  const name = (r: Row) => {
    const v = String(r[labelCol.key] ?? "");
    return ctx.valueLabels?.[labelCol.key]?.[v] ?? v;
  };
  // The member named first is the numerator ("social divided by search"); unnamed, the table's order.
  const at = (r: Row) => {
    const i = text.indexOf(words(name(r)));
    return i < 0 ? Number.POSITIVE_INFINITY : i;
  };
  const [top, bottom] = [...rows].sort((a, b) => at(a) - at(b)) as [Row, Row];
  const a = top[col.key];
  const b = bottom[col.key];
  if (typeof a !== "number" || typeof b !== "number" || !Number.isFinite(a) || !Number.isFinite(b) || b === 0)
    return undefined;
  const show = (v: number) =>
    col.unit === "currency"
      ? formatCurrency(v, ctx.currency)
      : col.unit === "percent"
        ? `${formatNumber(v * 100, 1)}%`
        : `${formatNumber(v, 2)}${col.unit === "ratio" && col.format !== "decimal" ? "x" : ""}`;
  // Channel figures are credited by an attribution model: the ratio holds under that model.
  const model = (p.provenance.attribution as { model?: string } | undefined)?.model?.replace(/_/g, " ");
  const basis = model ? ` (orders and revenue as the ${model} attribution model credits them)` : "";
  return `${name(top)}'s ${col.label} (${show(a)}) is ${formatNumber(a / b, 2)}x ${name(bottom)}'s (${show(b)})${basis}.`;
}

/**
 * Presenters whose answer leads with the ratio line when the question asks for one.
 * @example withRatioNotes({ query_metrics: presentMetrics })
 */
export function withRatioNotes(presenters: Record<string, Presenter>): Record<string, Presenter> {
  return Object.fromEntries(
    Object.entries(presenters).map(([tool, present]) => [
      tool,
      ((data, args, ctx) => {
        const p = present(data, args, ctx);
        const line = ctx.question ? ratioLine(p, ctx.question, ctx) : undefined;
        return line ? { ...p, text: `${line}\n${p.text}` } : p;
      }) satisfies Presenter,
    ]),
  );
}
