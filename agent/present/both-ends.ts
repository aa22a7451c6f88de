/**
 * fix15d: "top 3 and bottom 3 campaigns by roas": the answer lists both ends of the ranking, the
 * first N rows and the last N, each under its own heading, in place of the first rows of the
 * whole ranking. The planner ranks every row for this ask (planner/both-ends.ts), so both ends come
 * from one result and the table keeps every row.
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { bothEndsCount } from "../planner/both-ends.ts";
import { presentMetricResult } from "./query-metrics.ts";
import type { Presentation, PresentContext } from "./types.ts";

type Order = { field: string; direction: "asc" | "desc" };

/** The heading and bullet lines of a ranked list ("Top 3 by ...:" and its "- " lines). */
function rankedBlock(text: string): string[] {
  const lines = text.split("\n");
  const at = lines.findIndex((l) => /^(?:Top|Bottom) \d+ by .*:$/.test(l));
  if (at < 0) return [];
  const block = [lines[at]!];
  for (const l of lines.slice(at + 1)) {
    if (!l.startsWith("- ")) break;
    block.push(l);
  }
  return block.length > 1 ? block : [];
}

const saysBestAndWorst = (q: string) => /\bbest\b/i.test(q) && /\bworst\b/i.test(q);

/** "Bottom 5 by cost per acquisition (campaign):" as "Best 5 by cost per acquisition (campaign), lowest first:". */
function bestWorstHeading(heading: string, end: "Best" | "Worst", direction: Order["direction"]): string {
  const m = /^(?:Top|Bottom) (\d+ by .*):$/.exec(heading);
  return m ? `${end} ${m[1]}, ${direction === "asc" ? "lowest" : "highest"} first:` : heading;
}

/**
 * The presentation with both ends of its ranking listed, or undefined when the question does not
 * ask for both ends or the ranking is too short to have two.
 * @example withBothEnds(p, ranked, args, { ...ctx, question: "top 3 and bottom 3 campaigns by roas" })
 *   // text "...Top 3 by return on ad spend (campaign):\n- ...\nBottom 3 by return on ad spend (campaign):\n- ..."
 */
export function withBothEnds(
  p: Presentation,
  result: MetricResult,
  args: Record<string, unknown>,
  ctx: PresentContext,
): Presentation | undefined {
  const n = ctx.question ? bothEndsCount(ctx.question) : undefined;
  const order = (args.orderBy as Order[] | undefined)?.[0];
  if (!n || !order || args.limit !== undefined || result.rows.length <= 2 * n) return undefined;
  const end = (rows: MetricResult["rows"], o: Order) =>
    rankedBlock(presentMetricResult({ ...result, rows }, { ...args, orderBy: [o], limit: n }, ctx).text);
  const flipped: Order = { ...order, direction: order.direction === "desc" ? "asc" : "desc" };
  const high = end(result.rows.slice(0, n), order);
  const low = end(result.rows.slice(-n).reverse(), flipped);
  if (!high.length || !low.length) return undefined;
  if (ctx.question && saysBestAndWorst(ctx.question)) {
    // "5 best and 5 worst on cpa": the plan ranks best first (lowest cost first), so "Top" and
    // "Bottom" would name the best CPAs "Bottom 5"; the asker's own words head each end instead.
    high[0] = bestWorstHeading(high[0]!, "Best", order.direction);
    low[0] = bestWorstHeading(low[0]!, "Worst", flipped.direction);
  }
  // The whole ranking's list (its heading, first rows and "the rest are in the table") gives way.
  const lines = p.text.split("\n");
  const at = lines.findIndex((l, i) => l.endsWith(":") && lines[i + 1]?.startsWith("- "));
  if (at < 0) return undefined;
  let stop = at + 1;
  while (lines[stop]?.startsWith("- ")) stop++;
  if (/^The remaining rows are in the table\.?$/.test(lines[stop] ?? "")) stop++;
  const text = [...lines.slice(0, at), ...high, ...low, ...lines.slice(stop)].join("\n");
  return { ...p, text };
}
