/**
 * The brief's narrative, from templates only. Every figure it prints is a value of the sections,
 * shown at a precision the grounded-number verifier (agent/verify) accepts, so the text passes the
 * same check as a chat answer. Changes are written as "up/down" words, never as signed numbers.
 */
import { formatCurrency, formatNumber, formatPeriod } from "../agent/answer/format.ts";
import type { BriefSections } from "./build-brief.ts";
import type { KpiRow } from "./kpis.ts";
import type { BriefPeriod } from "./period.ts";

/** Money as every surface shows it ("$12,345", "$123.45", "$1.23M"). */
export function formatMoney(x: number, currency: string): string {
  return formatCurrency(x, currency);
}

const pct = (x: number) => `${formatNumber(Math.abs(x) * 100, 1)}%`;

function kpiValue(r: KpiRow, v: number | null, currency: string): string {
  if (v === null) return "no data";
  if (r.unit === "currency") return formatMoney(v, currency);
  if (r.unit === "ratio") return `${formatNumber(v, 2)}x`;
  return formatNumber(v, 0);
}

function changeWords(change: number | null, base: number | null, r: KpiRow, currency: string): string {
  if (base === null) return "no data";
  if (change === null) return `from ${kpiValue(r, base, currency)}`;
  if (Math.abs(change) < 0.0005) return `flat at ${kpiValue(r, base, currency)}`;
  return `${change > 0 ? "up" : "down"} ${pct(change)} from ${kpiValue(r, base, currency)}`;
}

/**
 * Write the narrative of a brief.
 * @example writeNarrative({ organization, period, sections, notes }).split("\n")[0]; // "Weekly brief for Acme Outdoor: October 19–25, 2026 (America/New_York)"
 */
export function writeNarrative(input: {
  organization: { name: string; currency: string };
  period: BriefPeriod;
  sections: BriefSections;
  notes: string[];
}): string {
  const { organization: org, period, sections: s, notes } = input;
  const cur = org.currency;
  const money = (x: number) => formatMoney(Math.abs(x), cur);
  const noun = period.kind === "week" ? "week" : period.kind === "month" ? "month" : "period";
  const title = period.kind === "week" ? "Weekly brief" : period.kind === "month" ? "Monthly brief" : "Brief";
  const lines: string[] = [];
  lines.push(`${title} for ${org.name}: ${formatPeriod(period)} (${period.timeZone})`);
  lines.push("");
  lines.push(
    `Headline KPIs, against the previous ${noun} (${formatPeriod(period.previous)}) and the same ${noun} last year (${formatPeriod(period.lastYear)}):`,
  );
  for (const r of s.kpis.rows) {
    lines.push(
      `- ${r.label}: ${kpiValue(r, r.current, cur)}; ${changeWords(r.changeVsPrevious, r.previous, r, cur)}; last year: ${changeWords(r.changeVsLastYear, r.lastYear, r, cur)}`,
    );
  }
  lines.push(
    "MER counts all tracked revenue, organic and direct included; paid ROAS counts only the revenue the attribution model credits to channels with spend.",
  );

  lines.push("");
  if (s.movers) {
    const m = s.movers;
    const dir = m.change > 0 ? "rose" : m.change < 0 ? "fell" : "was flat";
    const by =
      m.change === 0 ? "" : ` by ${money(m.change)}${m.pctChange === null ? "" : ` (${pct(m.pctChange)})`}`;
    const parts = m.contributions
      .filter((c) => Math.abs(c.contribution) >= 0.5)
      .map((c) => `${c.label} ${c.contribution >= 0 ? "added" : "took off"} ${money(c.contribution)}`);
    lines.push(
      `What moved: revenue ${dir}${by} against the previous ${noun}.${parts.length ? ` Largest contributions by channel: ${parts.join("; ")}.` : ""}`,
    );
  } else lines.push("What moved: no breakdown of the change was available.");

  lines.push("");
  if (s.anomalies.items.length === 0) {
    lines.push(
      `Anomalies: nothing unusual in ${s.anomalies.scanned.join(", ")} on any day of the ${noun}, overall or by channel.`,
    );
  } else {
    lines.push("Anomalies:");
    for (const a of s.anomalies.items) {
      const day = a.date === a.to ? a.date : `${a.date} to ${a.to}`;
      const v = (x: number) => (a.unit === "currency" ? formatMoney(x, cur) : formatNumber(x, 0));
      lines.push(
        `- ${a.metricLabel} for ${a.seriesLabel} on ${day}: ${v(a.value)} against an expected ${v(a.expected)} (${a.direction}, ${a.severity} severity)`,
      );
    }
  }

  lines.push("");
  const b = s.budget;
  const margin = `${formatNumber(b.grossMargin * 100, 0)}% gross margin`;
  if (!b.available) {
    lines.push(`Budget for the next ${noun}: no proposal (${b.reason}).`);
  } else {
    const moves = b.channels
      .filter((c) => Math.abs(c.recommendedSpend - c.currentSpend) >= 0.5)
      .map((c) => `${c.label} ${money(c.currentSpend)} to ${money(c.recommendedSpend)}`);
    const profitDir = b.expectedProfitChange >= 0 ? "more" : "less";
    // The profit plan may leave part of the budget unspent (no channel's next dollar pays): then
    // "keep total spend at X" would contradict the moves that follow it.
    const total =
      b.unspent >= 0.5
        ? `spend ${money(b.plannedSpend)} of the ${money(b.totalBudget)} budget, leaving ${money(b.unspent)} unspent because past that no channel's next dollar pays for itself at a ${margin},`
        : `keep total spend at ${money(b.totalBudget)}`;
    lines.push(
      `Budget for ${formatPeriod(b.period)}: ${total}${moves.length ? ` and move ${moves.join("; ")}` : " with no change to the split"}. Expected: ${money(b.expectedRevenueChange)} ${b.expectedRevenueChange >= 0 ? "more" : "less"} revenue and ${money(b.expectedProfitChange)} ${profitDir} gross profit (at a ${margin}, break-even marginal ROAS ${formatNumber(b.breakEvenRoas, 2)}x).`,
    );
    // A channel cut to nothing has no last dollar: its figure is the average return of the lowest
    // spend its history covers (core/budget/operating-range.ts), and it reads as that.
    const marginal = b.channels
      .filter((c) => c.marginalRoasAfter !== null)
      .map((c) =>
        !c.cutUnproven
          ? `${c.label} ${formatNumber(c.marginalRoasAfter!, 2)}x`
          : `${c.label} cut to nothing (${formatNumber(c.marginalRoasAfter!, 2)}x on average at the lowest spend its history covers)`,
      );
    if (marginal.length) lines.push(`Return on the last dollar after the move: ${marginal.join(", ")}.`);
    const below = b.channels.filter((c) => c.belowBreakEven);
    if (below.length) {
      lines.push(
        `Below break-even: the last dollar of ${below.map((c) => c.label).join(", ")} would return less than it costs at a ${margin}; the split keeps that spend only because the total is held fixed. Cutting it would raise profit (see the insights).`,
      );
    }
  }

  lines.push("");
  if (s.insights.length === 0) lines.push("Insights: none with money at stake this time.");
  else {
    lines.push("Insights, by money at stake:");
    s.insights.forEach((i, n) => {
      lines.push(`${n + 1}. ${i.kind === "opportunity" ? "Opportunity" : "Warning"}: ${i.detail}`);
    });
  }
  if (notes.length) {
    lines.push("");
    lines.push(`Notes: ${notes.join(" ")}`);
  }
  return lines.join("\n");
}
