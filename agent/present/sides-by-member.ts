/**
 * fix13f: two platforms or channels set against each other over a breakdown ("where are tiktok's
 * new customers from compared with google's", "top states for meta vs google orders"): the result
 * is one long list of (state, platform) rows ranked together, so the larger side fills the text and
 * the smaller never shows. This writes one line per side: its total and its top members, each a
 * figure of the result (a side's total is the sum of the rows that share its value, which the
 * verifier grounds as such).
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { formatValue } from "../answer/format.ts";
import type { MetricSpec } from "../answer/types.ts";
import { normalize } from "../planner/normalize.ts";
import type { Presentation, PresentContext } from "./types.ts";

/** Words that set the sides against each other. */
const SIDE_WORDS = /\b(?:vs|versus|compared (?:to|with)|against|or|and|than|relative to|side by side)\b/;
const SIDE_FIELDS = ["platform", "channel"] as const;
const TOP = 5;

/**
 * The presentation with one line per side, or undefined when the result is not a breakdown by one
 * other dimension and a platform or channel filtered to exactly two values.
 */
export function withSidesByMember(
  p: Presentation,
  result: MetricResult,
  ctx: PresentContext,
): Presentation | undefined {
  if (!ctx.question || !SIDE_WORDS.test(normalize(ctx.question))) return undefined;
  const dims = result.columns.filter((c) => c.kind === "dimension" && !c.key.endsWith("_name"));
  const side = dims.find((d) => (SIDE_FIELDS as readonly string[]).includes(d.key));
  const member = dims.find((d) => d !== side);
  if (dims.length !== 2 || !side || !member || member.key === "date") return undefined;
  const filter = result.provenance.filters.find((f) => f.field === side.key && f.op === "in");
  const values = filter && "values" in filter ? filter.values : [];
  if (values.length !== 2) return undefined;
  const metric = result.columns.find((c) => c.kind === "metric" && c.additive);
  if (!metric) return undefined;
  const spec = { unit: metric.unit ?? "count", format: metric.format } as Pick<MetricSpec, "unit" | "format">;
  const label = (dim: string, v: unknown) => ctx.valueLabels?.[dim]?.[String(v)] ?? String(v);
  const lines = values.map((v) => {
    const rows = result.rows
      .filter(
        (r) => String(r[side.key]) === String(v) && typeof r[metric.key] === "number" && r[metric.key] !== 0,
      )
      .sort((a, b) => (b[metric.key] as number) - (a[metric.key] as number));
    const name = label(side.key, v);
    if (!rows.length) return `- ${name}: no ${metric.label.toLowerCase()} in this period.`;
    const total = rows.reduce((s, r) => s + (r[metric.key] as number), 0);
    const top = rows
      .slice(0, TOP)
      .map(
        (r) =>
          `${label(member.key, r[member.key])} ${formatValue(r[metric.key] as number, spec, ctx.currency)}`,
      );
    return `- ${name}: ${metric.label} ${formatValue(total, spec, ctx.currency)} in all; top ${member.label.toLowerCase()}s: ${top.join(", ")}.`;
  });
  const head = `${metric.label} by ${member.label.toLowerCase()}, side by side:`;
  // The presentation's lead (period, overall totals) stays; its mixed ranking and header give way.
  const all = p.text.split("\n");
  const firstRow = all.findIndex((l) => l.startsWith("- "));
  const lead = firstRow > 0 ? all.slice(0, firstRow - 1) : all.slice(0, 1);
  return { ...p, text: [...lead, head, ...lines, "The full rows are in the table."].join("\n") };
}
