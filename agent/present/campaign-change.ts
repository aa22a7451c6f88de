/**
 * A campaign before and after a change (the campaigns tool's 'change'): what changed and when,
 * equal windows on each side, and whether the extra spend paid back at the margin. Every figure
 * is a value of the tool's data (or a change between two of them), so the verifier grounds it.
 */
import type { ChangeWindow } from "../../tools/campaigns/change.ts";
import type { CampaignsData } from "../../tools/campaigns/execute.ts";
import { formatCurrency, formatDate, formatNumber, formatPeriod, joinList } from "../answer/index.ts";
import type { Presentation, PresentContext } from "./types.ts";

const times = (x: number) => `${formatNumber(x, 2)}x`;
const MODEL_WORDS: Record<string, string> = {
  last_touch: "last touch",
  first_touch: "first touch",
  linear: "linear",
  time_decay: "time decay",
  position_based: "position based",
};

/** "$1,000.00 -> $1,500.00 (up 50.0%)". */
function moved(a: number | null, b: number | null, show: (x: number) => string): string {
  if (a === null || b === null) return `${a === null ? "none" : show(a)} -> ${b === null ? "none" : show(b)}`;
  const pct =
    a === 0 ? "" : ` (${b >= a ? "up" : "down"} ${formatNumber((Math.abs(b - a) / Math.abs(a)) * 100, 1)}%)`;
  return `${show(a)} -> ${show(b)}${pct}`;
}

/** @example presentChange(data, ctx).text // "Display - Prospecting ...: daily budget raised 250% on July 6, 2026 ..." */
export function presentChange(d: CampaignsData, ctx: PresentContext): Presentation {
  const c = d.change!;
  const money = (v: number) => formatCurrency(v, ctx.currency);
  // fix8b: a channel's change is named by the channel, not by every campaign it has ever run.
  const channel = d.filters.channel ? (d.labels.channel[d.filters.channel] ?? d.filters.channel) : "";
  // fix18f: a platform's change ("we doubled tiktok") is named by the platform.
  const platform = d.filters.platform ? (d.labels.platform[d.filters.platform] ?? d.filters.platform) : "";
  const who =
    platform && !channel && !d.filters.campaigns?.length
      ? platform
      : d.campaigns.length && (d.filters.campaigns?.length || !channel)
        ? joinList(d.campaigns.map((x) => x.name))
        : channel;
  const what = c.recorded
    ? `${c.recorded.note || "A recorded change"} (recorded as a planned change starting ${formatDate(c.changeDate)}).`
    : `No change is recorded for ${who}, so this compares before and after ${formatDate(c.changeDate)}, the date you gave.`;
  const b = c.before;
  const a = c.after;
  const model = MODEL_WORDS[c.attributionModel] ?? c.attributionModel;
  const lines = [
    `- Spend: ${moved(b.spend, a.spend, money)}`,
    `- Revenue (${model} attribution): ${moved(b.revenue, a.revenue, money)}`,
    `- ROAS: ${moved(b.roas, a.roas, times)}`,
    `- Orders: ${moved(b.orders, a.orders, (x) => formatNumber(x, 0))}`,
    `- CPA: ${moved(b.cpa, a.cpa, money)}`,
  ];
  const margin =
    c.marginalRoas === null
      ? "Spend barely moved, so there is no return on extra spend to judge."
      : c.extraSpend > 0
        ? `The extra ${money(c.extraSpend)} of spend brought ${money(c.extraRevenue)} more revenue: ${times(c.marginalRoas)} per extra dollar, ${c.marginalRoas >= c.breakEvenRoas ? "at or above" : "below"} break-even (${times(c.breakEvenRoas)} at a ${formatNumber(c.grossMarginPercent, 1)}% gross margin), so the extra budget ${c.marginalRoas >= c.breakEvenRoas ? "paid back" : "did not pay back"} at the margin.`
        : `Spend fell by ${money(-c.extraSpend)} and revenue moved by ${money(c.extraRevenue)}: ${times(c.marginalRoas)} of revenue per dollar cut (break-even ${times(c.breakEvenRoas)} at a ${formatNumber(c.grossMarginPercent, 1)}% gross margin).`;
  const window = (w: ChangeWindow) => formatPeriod({ from: w.from, to: w.to });
  const text = [
    `${who}: ${what}`,
    c.recorded?.to && c.recorded.to === a.to
      ? `The ${c.days} days it ran (${window(a)}) against the ${c.days} days before (${window(b)}):`
      : `The ${c.days} days after (${window(a)}) against the ${c.days} days before (${window(b)}):`,
    ...lines,
    margin,
    "Revenue is attributed revenue, so other changes in the same weeks (season, other channels) move it too.",
  ].join("\n");
  const row = (label: string, w: ChangeWindow) => ({
    window: label,
    from: w.from,
    to: w.to,
    spend: w.spend,
    revenue: w.revenue,
    roas: w.roas,
    orders: w.orders,
    cpa: w.cpa,
  });
  return {
    text,
    data: {
      columns: [
        { key: "window", label: "Window" },
        { key: "from", label: "From" },
        { key: "to", label: "To" },
        { key: "spend", label: "Ad spend", unit: "currency" },
        { key: "revenue", label: "Revenue", unit: "currency" },
        { key: "roas", label: "ROAS", unit: "ratio" },
        { key: "orders", label: "Orders", unit: "count" },
        { key: "cpa", label: "CPA", unit: "currency" },
      ],
      rows: [row("before", b), row("after", a)],
    },
    provenance: d.provenance,
  };
}
