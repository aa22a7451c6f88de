/**
 * fix12a: "top 5 campaigns and everything else as one line", "best 3 channels plus the rest
 * combined": a ranking with a limit, and one more row for all the members below it. The row's
 * figure is the total over every member (the result's totals, which the limit does not cut) less
 * the rows listed: computed, never estimated, and grounded by the verifier as the rest a top N
 * leaves of its total. Only additive metrics (sums, counts) get a rest; a ratio's rest is not the
 * total less the rows, so its cell stays empty.
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { formatNumber, formatValue } from "../answer/format.ts";
import type { MetricSpec } from "../answer/types.ts";
import { normalize } from "../planner/normalize.ts";
import type { Presentation, PresentContext } from "./types.ts";

/** The members below the top N asked for as one figure. */
export const REST_ASKED =
  /\b(?:the rest|rest of (?:them|the \w+)|everything else|every other|all (?:the )?others?|all other \w+|other \w+ (?:combined|together|lumped|grouped|summed)|others? (?:combined|together|lumped|grouped|bucket|row|line)|lump(?:ed|ing)?|bucket(?:ed)?|remainder|remaining \w+|long tail)\b/;

const plural = (label: string) => {
  const l = label.toLowerCase();
  return l.endsWith("s") ? l : l.endsWith("y") ? `${l.slice(0, -1)}ies` : `${l}s`;
};

/**
 * The presentation with an "all other" row below a limited ranking, or undefined when the question
 * does not ask for the rest, the result is not a limited ranking by one dimension, or nothing is left.
 * @example withRestRow(p, result, { limit: 5, ... }, ctx) // rows + { campaign: "All other campaigns", revenue: 1234 }
 */
export function withRestRow(
  p: Presentation,
  result: MetricResult,
  args: Record<string, unknown>,
  ctx: PresentContext,
): Presentation | undefined {
  if (!ctx.question || !REST_ASKED.test(normalize(ctx.question))) return undefined;
  if (typeof args.limit !== "number" || result.comparison) return undefined;
  // A campaign comes with its name as a second column ("campaign_name"): one dimension still.
  const dims = result.columns.filter((c) => c.kind === "dimension" && !c.key.endsWith("_name"));
  const dim = dims[0];
  if (dims.length !== 1 || !dim || dim.key === "date") return undefined;
  const additive = result.columns.filter((c) => c.kind === "metric" && c.additive);
  if (!additive.length) return undefined;
  const name = `All other ${plural(dim.label)}`;
  const rest: Record<string, number | string | null> = { [dim.key]: name };
  const named = result.columns.find((c) => c.key === `${dim.key}_name`);
  if (named) rest[named.key] = name;
  const lines: string[] = [];
  for (const c of additive) {
    const total = result.totals[c.key];
    const listed = result.rows.reduce(
      (s, r) => s + (typeof r[c.key] === "number" ? (r[c.key] as number) : 0),
      0,
    );
    if (typeof total !== "number" || total <= listed) continue;
    // Rounded past display precision: a float sum's tail (…0000005) is noise, not a figure.
    const left = Math.round((total - listed) * 1e6) / 1e6;
    rest[c.key] = left;
    const spec = { unit: c.unit ?? "count", format: c.format } as Pick<MetricSpec, "unit" | "format">;
    lines.push(
      `${c.label}: ${formatValue(left, spec, ctx.currency)} (${formatNumber((left / total) * 100, 1)}% of the ${formatValue(total, spec, ctx.currency)} total)`,
    );
  }
  if (!lines.length) return undefined;
  for (const c of result.columns) if (c.kind === "metric" && !(c.key in rest)) rest[c.key] = null;
  const shown = result.rows.length;
  const head = `All other ${plural(dim.label)} together (every one below the top ${shown}, computed as the total less the top ${shown}): ${lines.join("; ")}.`;
  // Right under the ranked members, before the notes that follow them.
  const text = p.text.split("\n");
  const after = text.findLastIndex((l) => l.startsWith("- "));
  text.splice(after >= 0 ? after + 1 : text.length, 0, head);
  return {
    ...p,
    text: text.join("\n"),
    data: { ...p.data, rows: [...p.data.rows, rest] },
  };
}
