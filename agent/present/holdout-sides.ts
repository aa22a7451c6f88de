/**
 * leftD: the lines for a holdout's two sides ("the two weeks after the holdout vs the two weeks
 * before"): the paused channel's spend, attributed revenue, ROAS and orders before it started and
 * after it ended, the dates of both sides, and the planned tests that ran inside them. The holdout
 * week's own read follows these lines, so the answer leads with what was asked.
 */
import type { CampaignsData } from "../../tools/campaigns/execute.ts";
import type { HoldoutResult } from "../../tools/campaigns/holdout.ts";
import type { HoldoutSide } from "../../tools/campaigns/holdout-sides.ts";
import { formatCurrency, formatNumber, formatPeriod, joinList } from "../answer/index.ts";
import type { PresentContext } from "./types.ts";

const move = (x: number | null) =>
  x === null
    ? "not comparable"
    : x === 0
      ? "unchanged"
      : `${x > 0 ? "up" : "down"} ${formatNumber(Math.abs(x), 1)}%`;
const roasText = (r: number | null) => (r === null ? "no ROAS (no spend)" : `${formatNumber(r, 2)}x`);
const span = (days: number) => (days % 7 === 0 ? `${days / 7} week${days === 7 ? "" : "s"}` : `${days} days`);

/** The lines about one holdout's sides; empty when none were asked. */
export function holdoutSideLines(h: HoldoutResult, d: CampaignsData, ctx: PresentContext): string[] {
  const s = h.sides;
  if (!s) return [];
  const money = (v: number) => formatCurrency(v, ctx.currency);
  const channel = d.labels.channel[h.channel] ?? h.channel;
  const model = h.attributionModel.replace(/_/g, " ");
  const side = (w: HoldoutSide) =>
    `spend ${money(w.spend)}, attributed revenue ${money(w.revenue)}, ROAS ${roasText(w.roas)}, ${formatNumber(w.orders, 0)} attributed orders (store revenue ${money(w.totalRevenue)})`;
  const lines = [
    `${channel}'s holdout ran ${formatPeriod({ from: h.from, to: h.to })} (from your planned changes). The ${span(s.days)} after it ended (${formatPeriod(s.after)}) against the ${span(s.days)} before it started (${formatPeriod(s.before)}), ${model} attribution:`,
    `- Before: ${side(s.before)}.`,
    `- After: ${side(s.after)}.`,
    `After vs before: spend ${move(s.change.spend)}, attributed revenue ${move(s.change.revenue)}, ROAS ${roasText(s.before.roas)} to ${roasText(s.after.roas)} (${move(s.change.roas)}), attributed orders ${move(s.change.orders)}.`,
  ];
  if (s.days < s.daysAsked)
    lines.push(
      `The data ends ${s.after.to}, so each side has ${s.days} days rather than the ${s.daysAsked} asked.`,
    );
  if (s.overlaps.length)
    lines.push(
      `Other planned changes ran inside these windows and move the figures: ${joinList(
        s.overlaps.map(
          (o) =>
            `${o.note || `${d.labels.channel[o.channel] ?? o.channel} change`} (${formatPeriod(o)}, ${o.side === "before" ? "before" : "after"} side)`,
        ),
      )}.`,
    );
  lines.push("The holdout week itself, against comparable weeks:");
  return lines;
}

/** Table rows for the sides (the holdout table's columns, plus the channel's ROAS and orders). */
export function holdoutSideRows(h: HoldoutResult, d: CampaignsData) {
  const s = h.sides;
  if (!s) return [];
  return (["before", "after"] as const).map((k) => ({
    holdout: d.labels.channel[h.channel] ?? h.channel,
    window: `${s.days} days ${k}`,
    from: s[k].from,
    to: s[k].to,
    revenue: s[k].totalRevenue,
    orders: null as number | null,
    channel_spend: s[k].spend,
    channel_revenue: s[k].revenue,
    channel_roas: s[k].roas,
    channel_orders: s[k].orders,
  }));
}
