/**
 * journeys first_last as an answer: where journeys that began on a channel ended, how many closed
 * on a paid one, and (fix7d) the share of converting paths with the first and/or last channel asked.
 */
import type { JourneysData } from "../../tools/journeys/execute.ts";
import { dataEndNote, formatCurrency, formatNumber, formatPeriod } from "../answer/index.ts";
import { barSpec, orders, pct, provenanceOf, scopeLine } from "./journeys-format.ts";
import { pathShareLines } from "./path-share.ts";
import type { Presentation, PresentContext } from "./types.ts";

/** first_last: where journeys that began on a channel ended, and how many closed on a paid one. */
export function presentFirstLast(d: JourneysData, ctx: PresentContext): Presentation {
  const f = d.firstLast!;
  const label = (c: string) => d.channelLabels[c] ?? c;
  const rows = f.rows.map((r) => ({
    first_touch_channel: label(r.firstChannel),
    last_touch_channel: label(r.lastChannel),
    last_touch_paid: d.paidChannels.includes(r.lastChannel) ? "paid" : "unpaid",
    orders: r.orders,
    share_of_first: r.shareOfFirst,
    share_of_all: r.shareOfAll,
    revenue: r.revenue,
  }));
  const paidNames = d.paidChannels.map(label).join(", ");
  const crossing = (c: (typeof f.endedOnPaid)[number]) =>
    `${orders(c.endedInGroup)} of ${formatNumber(c.orders, 0)} (${pct(c.endedInGroupShare)}, ${formatCurrency(c.endedInGroupRevenue, ctx.currency)}) had a paid channel as the last touch`;
  const asked = f.firstChannel ? f.endedOnPaid.find((c) => c.firstChannel === f.firstChannel) : undefined;
  const lines = f.lastChannel
    ? [
        ...pathShareLines(f, label, ctx.currency),
        ...(f.firstChannel
          ? []
          : [
              `Where the journeys that ended with ${label(f.lastChannel)} began:`,
              ...[...f.rows]
                .sort((a, b) => b.orders - a.orders)
                .map(
                  (r) =>
                    `- ${label(r.firstChannel)}: ${orders(r.orders)} (${pct(r.shareOfLast)}), ${formatCurrency(r.revenue, ctx.currency)}`,
                ),
            ]),
      ]
    : f.firstChannel
      ? [
          ...pathShareLines(f, label, ctx.currency),
          asked
            ? `Orders whose journey began with ${label(f.firstChannel)}: ${crossing(asked)}. Their last touch:`
            : `No order in the period had a journey that began with ${label(f.firstChannel)}.`,
          ...rows.map(
            (r) =>
              `- ${r.last_touch_channel}: ${orders(r.orders)} (${pct(r.share_of_first)}), ${formatCurrency(r.revenue, ctx.currency)}`,
          ),
        ]
      : [
          "By first-touch channel, the orders that closed on a paid channel:",
          ...f.endedOnPaid.map((c) => `- first touch ${label(c.firstChannel)}: ${crossing(c)}`),
          "Every first-touch -> last-touch pair is in the table.",
        ];
  const text = [
    `First touch vs last touch: ${scopeLine(d, ctx)}`,
    ...lines,
    paidNames ? `Paid channels: ${paidNames}.` : "",
    f.ordersWithoutTouches > 0
      ? `${orders(f.ordersWithoutTouches)} had no tracked touch and are left out.`
      : "",
    dataEndNote(d.period!, d.provenance.dataFreshness.ordersThrough),
  ]
    .filter(Boolean)
    .join("\n");
  return {
    text,
    data: {
      columns: [
        { key: "first_touch_channel", label: "First-touch channel" },
        { key: "last_touch_channel", label: "Last-touch channel" },
        { key: "last_touch_paid", label: "Last touch paid?" },
        { key: "orders", label: "Orders", unit: "count" },
        {
          key: "share_of_first",
          label: "Share of the first channel's orders",
          unit: "ratio",
          format: "percent",
        },
        {
          key: "share_of_all",
          label: "Share of all converting journeys",
          unit: "ratio",
          format: "percent",
        },
        { key: "revenue", label: "Revenue", unit: "currency", format: "currency" },
      ],
      rows,
    },
    ...(f.firstChannel && !f.lastChannel
      ? {
          chart: barSpec({
            title: `Last touch of journeys that began with ${label(f.firstChannel)}, ${formatPeriod(d.period!)}`,
            rows,
            category: { field: "last_touch_channel", title: "Last-touch channel" },
            value: { field: "orders", title: "Orders" },
            horizontal: true,
          }),
        }
      : {}),
    provenance: provenanceOf(d),
  };
}
