/**
 * fix8a: the chart of a share asked by period ("% of orders from returning customers by month",
 * then "chart it"): the member's share of each period as a line, the figure the answer is about,
 * not the counts of every member under it.
 */
import { type MemberShares, possessive } from "./member-share.ts";

const SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

/**
 * A line of the member's share (percent) per period.
 * @example memberShareChart({ member: "Returning", label: "orders", shares })?.mark // { type: "line", ... }
 */
export function memberShareChart(found: MemberShares, grain: unknown): Record<string, unknown> {
  const field = "share_percent";
  const title = `${possessive(found.member)} share of ${found.label} by ${typeof grain === "string" ? grain : "day"} (%)`;
  const x = { field: "date", type: "temporal", title: "Period" };
  const y = { field, type: "quantitative", title: `Share of ${found.label} (%)` };
  return {
    $schema: SCHEMA,
    title,
    description: title,
    width: "container",
    data: {
      values: found.shares.map((s) => ({ date: s.at, [field]: Math.round(s.share * 1000) / 10 })),
    },
    mark: { type: "line", point: true, tooltip: true },
    encoding: { x, y, tooltip: [x, y] },
  };
}
