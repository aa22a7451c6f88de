/**
 * A recorded holdout read after the fact (the campaigns tool's 'holdout'): the week the channel
 * was paused, the store's total revenue and orders that week against the comparable weeks around
 * it, and a careful verdict. One week is a small test, so the answer says how far the comparable
 * weeks themselves spread and never calls a drop inside that spread a result. Every figure is a
 * value of the tool's data.
 */
import type { CampaignsData } from "../../tools/campaigns/execute.ts";
import type { HoldoutResult } from "../../tools/campaigns/holdout.ts";
import { formatCurrency, formatNumber, formatPeriod, joinList } from "../answer/index.ts";
import { holdoutSideLines, holdoutSideRows } from "./holdout-sides.ts";
import type { Presentation, PresentContext } from "./types.ts";

const percent = (x: number) => `${formatNumber(Math.abs(x), 1)}%`;
const upDown = (x: number | null) => (x === null ? "" : x < 0 ? `down ${percent(x)}` : `up ${percent(x)}`);
const spread = (low: number | null, high: number | null) =>
  low === null || high === null
    ? ""
    : ` (those weeks ranged from ${percent(low)} below to ${percent(high)} above their average)`;

/** What the revenue lost says against the channel's credited revenue. */
function shareReading(share: number, channel: string): string {
  if (share > 200)
    return `several times what attribution gives ${channel}, more than pausing ${channel} alone plausibly explains: something else that week (a holiday, a promotion, the season) likely moved the total too, so read it as a sign ${channel} matters, not as its size`;
  if (share > 100)
    return `more than attribution gives ${channel}, so if the drop is the pause, ${channel} drives more sales than its credit shows`;
  return `if the drop is the pause, about that share of ${channel}'s credited revenue is sales it really adds`;
}

/** The lines about one holdout. */
function holdoutLines(h: HoldoutResult, d: CampaignsData, ctx: PresentContext): string[] {
  const money = (v: number) => formatCurrency(v, ctx.currency);
  const channel = d.labels.channel[h.channel] ?? h.channel;
  const week = formatPeriod({ from: h.from, to: h.to });
  const comparable = h.windows.filter((w) => w.kind !== "holdout");
  const holdout = h.windows.find((w) => w.kind === "holdout");
  const p = h.percents;
  if (!h.revenue || !h.orders || !holdout)
    return [
      `${channel} holdout (${week}): there are no comparable weeks around it without another planned test, so it cannot be read against anything.`,
    ];
  const lines = [
    `${channel} holdout, ${week} (${channel} paused, recorded in your planned changes): total revenue was ${money(h.revenue.holdout)}, ${upDown(p.revenueChange)} on the average of the ${comparable.length} comparable weeks around it (${money(h.revenue.average)}); total orders were ${formatNumber(h.orders.holdout, 0)}, ${upDown(p.ordersChange)} (average ${formatNumber(h.orders.average, 0)}).`,
  ];
  const both = h.revenue.verdict === "below_all" && h.orders.verdict === "below_all";
  const either = h.revenue.verdict === "below_all" || h.orders.verdict === "below_all";
  if (both)
    lines.push(
      `Both were lower than in every comparable week${spread(p.revenueLowest, p.revenueHighest)}, which is consistent with ${channel} adding sales you would not otherwise get.`,
    );
  else if (either)
    lines.push(
      `${h.revenue.verdict === "below_all" ? "Revenue" : "Orders"} fell below every comparable week, ${h.revenue.verdict === "below_all" ? "orders" : "revenue"} did not${spread(p.revenueLowest, p.revenueHighest)}: a weak sign at most that ${channel} adds sales.`,
    );
  else
    lines.push(
      `That is inside the range of the comparable weeks${spread(p.revenueLowest, p.revenueHighest)}, so this week does not show ${channel} adding sales beyond normal week-to-week swings.`,
    );
  if (h.channelRevenueAverage !== null && h.channelSpendAverage !== null) {
    const model = h.attributionModel.replace(/_/g, " ");
    const credited = `In the comparable weeks ${channel} spent ${money(h.channelSpendAverage)} a week and was credited with ${money(h.channelRevenueAverage)} of revenue a week (${model} attribution).`;
    const lost = -h.revenue.change;
    const share = p.lostOfCredited;
    lines.push(
      h.revenue.verdict === "below_all" && share !== null
        ? `${credited} The holdout week's total revenue was ${money(lost)} below the average, ${percent(share)} of that credited revenue: ${shareReading(share, channel)}.`
        : `${credited} The holdout week does not fall outside normal swings, so it does not measure how much of that is sales ${channel} really adds.`,
    );
  }
  if (h.skipped.length)
    lines.push(
      `Left out of the comparison because another planned test ran in them: ${joinList(h.skipped.map((w) => formatPeriod(w)))}.`,
    );
  return lines;
}

/**
 * fix8b: the days the user named hold no holdout of the channel ("since we paused affiliate in
 * august"): whether it was paused at all then (its spend, the days with spend), the planned
 * changes it did have, then the holdout it really had.
 */
function askedWindowLines(d: CampaignsData, ctx: PresentContext): string[] {
  const w = d.askedWindow!;
  const channel = d.filters.channel
    ? (d.labels.channel[d.filters.channel] ?? d.filters.channel)
    : "The channel";
  const when = formatPeriod({ from: w.from, to: w.to });
  const money = formatCurrency(w.spend, ctx.currency);
  const ran = w.daysWithSpend === w.days;
  const first = ran
    ? `${channel} was not paused in ${when}: no pause is recorded in your planned changes then, and it spent ${money} with spend on all ${w.days} days.`
    : `No ${channel} pause is recorded in your planned changes in ${when}; it spent ${money} then, with spend on ${w.daysWithSpend} of ${w.days} days.`;
  const changes = w.changes.map(
    (c) =>
      `${c.note || "a planned change"} (${c.to ? formatPeriod({ from: c.from, to: c.to }) : `from ${c.from}`})`,
  );
  return [
    first,
    ...(changes.length
      ? [`What your planned changes do record for ${channel} around then: ${joinList(changes)}.`]
      : []),
    `The pause that did happen is the recorded holdout below, and what it did to total sales:`,
  ];
}

const holdoutSideRowsOf = (d: CampaignsData) => (h: HoldoutResult) => holdoutSideRows(h, d);

/** @example presentHoldouts(data, ctx).text // "Display holdout, June 22–28, 2026 (...): total revenue was ..." */
export function presentHoldouts(d: CampaignsData, ctx: PresentContext): Presentation {
  const holdouts = d.holdouts ?? [];
  const recorded = (d.recordedHoldouts ?? []).map(
    (h) => `${d.labels.channel[h.channel] ?? h.channel} (${formatPeriod({ from: h.from, to: h.to })})`,
  );
  const asked = d.filters.channel
    ? (d.labels.channel[d.filters.channel] ?? d.filters.channel)
    : "any channel";
  const text = holdouts.length
    ? [
        ...(d.askedWindow ? askedWindowLines(d, ctx) : []),
        ...holdouts.flatMap((h) => [...holdoutSideLines(h, d, ctx), ...holdoutLines(h, d, ctx)]),
        "One holdout week is a small, noisy test (a promotion, the season or another channel can move a single week), so treat this as a sign, not proof; repeating the holdout, or running it in some regions only, would confirm it.",
      ].join("\n")
    : `No holdout week is recorded for ${asked} in your planned changes${recorded.length ? `; the recorded holdouts are ${joinList(recorded)}` : ""}.`;
  const w = d.askedWindow;
  const askedRows = w
    ? [
        {
          holdout: asked,
          window: "asked",
          from: w.from,
          to: w.to,
          revenue: null,
          orders: null,
          channel_spend: w.spend,
          channel_revenue: null,
        },
      ]
    : [];
  const rows = [
    ...askedRows,
    ...holdouts.flatMap(holdoutSideRowsOf(d)),
    ...holdouts.flatMap((h) =>
      h.windows.map((w) => ({
        holdout: d.labels.channel[h.channel] ?? h.channel,
        window: w.kind,
        from: w.from,
        to: w.to,
        revenue: w.revenue,
        orders: w.orders,
        channel_spend: w.channelSpend,
        channel_revenue: w.channelRevenue,
      })),
    ),
  ];
  return {
    text,
    data: {
      columns: [
        { key: "holdout", label: "Holdout" },
        { key: "window", label: "Week" },
        { key: "from", label: "From" },
        { key: "to", label: "To" },
        { key: "revenue", label: "Total revenue", unit: "currency" },
        { key: "orders", label: "Total orders", unit: "count" },
        { key: "channel_spend", label: "Channel spend", unit: "currency" },
        { key: "channel_revenue", label: "Channel attributed revenue", unit: "currency" },
        ...(holdouts.some((h) => h.sides)
          ? [
              { key: "channel_roas", label: "Channel ROAS", unit: "ratio" as const },
              { key: "channel_orders", label: "Channel attributed orders", unit: "count" as const },
            ]
          : []),
      ],
      rows,
    },
    provenance: d.provenance,
  };
}
