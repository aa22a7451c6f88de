/**
 * fix14c: "how often does affiliate get the last click after paid search already brought them
 * in": the journeys that touched one channel earlier and closed on another, both ways round (of
 * the journeys with the earlier channel, and of the closes on the last one), then where every
 * journey with the earlier channel ended. The reading says what the paths can and cannot show
 * about a closer "poaching" credit: they show the overlap, not whether the close was needed.
 */
import type { JourneysData } from "../../tools/journeys/execute.ts";
import { dataEndNote, formatCurrency, formatNumber, formatPeriod } from "../answer/index.ts";
import { barSpec, orders, pct, provenanceOf, scopeLine } from "./journeys-format.ts";
import type { Presentation, PresentContext } from "./types.ts";

export function presentClosedAfter(d: JourneysData, ctx: PresentContext): Presentation {
  const c = d.firstLast!.closedAfter!;
  const label = (k: string) => d.channelLabels[k] ?? k;
  const early = label(c.earlierChannel);
  const close = label(c.lastChannel);
  const money = (n: number) => formatCurrency(n, ctx.currency);
  const rows = c.byLastTouch.map((r) => ({
    last_touch_channel: label(r.lastChannel),
    orders: r.orders,
    share: r.share,
    revenue: r.revenue,
  }));
  const lead =
    c.endedOnLast > 0
      ? `${close} was the last touch of ${orders(c.endedOnLast)} (${money(c.endedOnLastRevenue)}); ${formatNumber(c.closedAfter, 0)} of them (${pct(c.shareOfLast)}, ${money(c.closedAfterRevenue)}) had ${early} earlier in the journey, and ${formatNumber(c.closedWithout, 0)} reached ${close} without a ${early} touch before it.`
      : `No order had ${close} as its last touch in the period, so ${close} closed none after ${early}.`;
  const other =
    c.withEarlier > 0
      ? `Seen from ${early}: of the ${orders(c.withEarlier)} whose journey touched ${early}, ${formatNumber(c.closedAfter, 0)} (${pct(c.shareOfEarlier)}) closed on ${close} after it.`
      : `No order's journey touched ${early} in the period.`;
  const reading =
    c.closedAfter > 0
      ? `Reading: these ${orders(c.closedAfter)} are where last-touch credit goes to ${close} for journeys ${early} had already touched, the pattern people call poaching; the paths cannot tell whether the ${close} touch was needed for the sale (a holdout test of ${close} can).`
      : "";
  const text = [
    `${close} as the last touch after ${early}: ${scopeLine(d, ctx)}`,
    lead,
    other,
    reading,
    c.withEarlier > 0 ? `Where the journeys that touched ${early} ended (last touch):` : "",
    ...rows.map(
      (r) => `- ${r.last_touch_channel}: ${orders(r.orders)} (${pct(r.share)}), ${money(r.revenue)}`,
    ),
    dataEndNote(d.period!, d.provenance.dataFreshness.ordersThrough),
  ]
    .filter(Boolean)
    .join("\n");
  return {
    text,
    data: {
      columns: [
        { key: "last_touch_channel", label: `Last touch of journeys with ${early}` },
        { key: "orders", label: "Orders", unit: "count" },
        { key: "share", label: `Share of journeys with ${early}`, unit: "ratio", format: "percent" },
        { key: "revenue", label: "Revenue", unit: "currency", format: "currency" },
      ],
      rows,
    },
    ...(rows.length
      ? {
          chart: barSpec({
            title: `Last touch of journeys that touched ${early}, ${formatPeriod(d.period!)}`,
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
