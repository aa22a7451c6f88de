/**
 * fix20f: "are the customers we got during Black Friday worth less than others": the window's
 * customers against every other customer acquired in the months around it, verdict first (LTV at
 * one horizon, both groups read at the same horizons), then each group's repeat rate and LTV.
 * Every figure is a value of the tool's data (a rate as its percentage), so the verifier grounds it.
 */
import type { CohortRow } from "../../core/cohorts/cohorts.ts";
import type { WindowVsOthers } from "../../core/cohorts/window-vs-others.ts";
import type { CohortsData } from "../../tools/cohorts/execute.ts";
import { formatCurrency, formatNumber, formatPeriod } from "../answer/index.ts";
import type { Presentation, PresentContext } from "./types.ts";

const pct = (r: number) => `${formatNumber(r * 100, 1)}%`;

/** The verdict sentence's comparison word. */
const VERDICT: Record<WindowVsOthers["verdict"], string> = {
  less: "less than",
  more: "more than",
  about_the_same: "about the same as",
  unknown: "",
};

/** A gap under 10% either way is a slight one. */
function slightly(w: WindowVsOthers): string {
  const gap = Math.abs(w.ltvGapPercent ?? 0);
  return (w.verdict === "less" || w.verdict === "more") && gap < 10 ? "slightly " : "";
}

/**
 * @example presentWindowVsOthers(data, { currency: "USD", timeZone: "America/New_York" }).text.split("\n")[0]
 * // "Customers whose first order fell November 20 – December 2, 2025 are worth less than ..."
 */
export function presentWindowVsOthers(d: CohortsData, ctx: PresentContext): Presentation {
  const w = d.windowSplit!;
  const money = (v: number) => formatCurrency(v, ctx.currency);
  const win = formatPeriod({ ...w.window, timeZone: d.period.timeZone });
  const around = formatPeriod(d.period);
  const verdict =
    w.verdict === "unknown"
      ? `Customers whose first order fell ${win} cannot yet be compared with the other customers acquired ${around}: one of the groups has no customer observed ${w.days} days after the first order.`
      : `Customers whose first order fell ${win} are worth ${slightly(w)}${VERDICT[w.verdict]} the other customers acquired ${around}: ${w.days}-day LTV (revenue per customer in the first ${w.days} days) ${money(w.windowLtv!)} against ${money(w.othersLtv!)}, ${formatNumber(Math.abs(w.ltvGapPercent!), 1)}% ${w.ltvGapPercent! < 0 ? "lower" : "higher"}.`;
  const repeat =
    w.windowRepeat !== null && w.othersRepeat !== null
      ? `They ordered again within ${w.days} days ${w.windowRepeat < w.othersRepeat ? "less" : w.windowRepeat > w.othersRepeat ? "more" : "as"} often: ${pct(w.windowRepeat)} against ${pct(w.othersRepeat)}.`
      : "";
  const line = (name: string, r: CohortRow | null) => {
    if (!r) return `- ${name}: no customers.`;
    const at = r.horizons
      .filter((h) => h.revenuePerCustomer !== null && [90, 180].includes(h.days))
      .map(
        (h) =>
          `${h.days}-day LTV ${money(h.revenuePerCustomer!)} and repeat ${pct(h.repeatRate!)} (${formatNumber(h.customers, 0)} customers observed that long)`,
      );
    return `- ${name}: ${formatNumber(r.customers, 0)} customers; ${at.length ? at.join("; ") : "not enough history for a 90-day figure"}; ${pct(r.repeatRate)} have ordered again by now.`;
  };
  const text = [
    verdict,
    repeat,
    line(`First order ${win}`, w.inWindow),
    line(`Other customers acquired ${around}`, w.others),
    "Both groups are read at the same horizons after each customer's first order (only customers observed that long count), so neither is favoured by having had longer to come back. A customer belongs to the window by the date of their first order, whatever brought them in.",
  ]
    .filter(Boolean)
    .join("\n");
  const row = (group: string, r: CohortRow | null) => {
    const h = (days: number) => r?.horizons.find((x) => x.days === days);
    return {
      group,
      customers: r?.customers ?? 0,
      repeat_rate_90d: h(90)?.repeatRate ?? null,
      ltv_90d: h(90)?.revenuePerCustomer ?? null,
      ltv_180d: h(180)?.revenuePerCustomer ?? null,
      repeat_rate_by_now: r?.repeatRate ?? null,
    };
  };
  return {
    text,
    data: {
      columns: [
        { key: "group", label: "Customers" },
        { key: "customers", label: "Customers", unit: "count" },
        { key: "repeat_rate_90d", label: "Repeat within 90 days", unit: "percent" },
        { key: "ltv_90d", label: "90-day LTV", unit: "currency" },
        { key: "ltv_180d", label: "180-day LTV", unit: "currency" },
        { key: "repeat_rate_by_now", label: "Repeat by now", unit: "percent" },
      ],
      rows: [row(`First order ${win}`, w.inWindow), row("Other customers", w.others)],
    },
    provenance: { tool: "cohorts", window: w.window, ltvDays: w.days, ...d.provenance },
  };
}
