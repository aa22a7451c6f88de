/**
 * Rank actions by money at stake from the budget core's own figures: move budget between channels
 * (a fixed-total reallocation: profit changes by margin x revenue change), cut channels whose last
 * dollar returns less than break-even, raise those with headroom above it, pause, cut or raise
 * campaigns where their channel's curve and their relative efficiency support it (campaigns.ts), and fix
 * tracking where the anomaly detector saw tracked outcomes collapse. Pure: the caller runs the
 * optimizer and the detector and passes their rows in.
 */
import { profitChange } from "./profit.ts";
import { campaignRecommendation } from "./rank-campaign.ts";
import { cents, confidenceOf, halfWidth, MIN_MONEY, RankContext, roas2, slug } from "./rank-context.ts";
import { trackingFixes } from "./rank-tracking.ts";
import type { Evidence, MoveRow, Recommendation, RecommendInput, UnitRow } from "./types.ts";

/**
 * Rank every action the inputs support, largest money at stake first.
 * @example
 * rankRecommendations({ grossMargin: 0.5, period, currency: "USD", move: [], units: [search], tracking: [] })[0];
 * // { kind: "raise", targets: ["paid_search"], expectedProfitChange: 812.5, ... }
 */
export function rankRecommendations(input: RecommendInput): Recommendation[] {
  const ctx = new RankContext(input);
  const recs = [
    ...movesOf(ctx),
    ...input.units.flatMap((u) => unitAction(ctx, u) ?? []),
    ...(input.campaigns ?? []).flatMap((a) => campaignRecommendation(ctx, a) ?? []),
    ...trackingFixes(ctx),
  ];
  return recs
    .sort((a, b) => b.moneyAtStake - a.moneyAtStake || a.id.localeCompare(b.id))
    .map((r, i) => ({ ...r, rank: i + 1 }));
}

/** Formatting and shared figures for one ranking. */
/** Pair channels that lose budget with channels that gain it, largest amounts first. */
function movesOf(ctx: RankContext): Recommendation[] {
  const { move, grossMargin, period } = ctx.input;
  const delta = (r: MoveRow) => r.recommendedSpend - r.currentSpend;
  const givers = move.filter((r) => delta(r) < -0.005).map((r) => ({ row: r, left: -delta(r) }));
  const takers = move.filter((r) => delta(r) > 0.005).map((r) => ({ row: r, left: delta(r) }));
  givers.sort((a, b) => b.left - a.left || a.row.channel.localeCompare(b.row.channel));
  takers.sort((a, b) => b.left - a.left || a.row.channel.localeCompare(b.row.channel));
  const out: Recommendation[] = [];
  for (const g of givers) {
    for (const t of takers) {
      const amount = Math.min(g.left, t.left);
      if (amount <= 0.005) continue;
      g.left -= amount;
      t.left -= amount;
      // Each channel's revenue change, prorated to the dollars this pair moves.
      const shareG = amount / -delta(g.row);
      const shareT = amount / delta(t.row);
      const revenue = g.row.revenueChange * shareG + t.row.revenueChange * shareT;
      const profit = profitChange({ spendChange: 0, revenueChange: revenue }, grossMargin);
      if (profit < MIN_MONEY) continue;
      const hg = halfWidth(g.row.revenueChangeInterval);
      const ht = halfWidth(t.row.revenueChangeInterval);
      const half = hg === null || ht === null ? null : grossMargin * Math.hypot(hg * shareG, ht * shareT);
      const after = t.row.marginalRoasAfter;
      const below = after !== null && after < ctx.breakEven;
      const from = ctx.label(g.row.channel);
      const to = ctx.label(t.row.channel);
      let detail = `Move ${ctx.money(amount)} from ${from} to ${to}: expected ${ctx.money(profit)} more gross profit (${ctx.money(revenue)} more revenue for the same total spend; ${ctx.marginWords()}).`;
      if (below) {
        detail += ` Even after the move, ${to}'s last dollar returns ${roas2(after).toFixed(2)}x, below break-even: the move raises profit only because ${from} returns less, and the moved dollars do not pay for themselves.`;
      }
      out.push({
        id: slug(["move", g.row.channel, "to", t.row.channel, period.from]),
        rank: 0,
        kind: "move_budget",
        level: "channel",
        targets: [g.row.channel, t.row.channel],
        title: `Move ${ctx.money(amount)} from ${from} to ${to}`,
        detail,
        expectedProfitChange: cents(profit),
        expectedRevenueChange: cents(revenue),
        spendChange: 0,
        moneyAtStake: cents(profit),
        confidence: confidenceOf(profit, half),
        belowBreakEven: below,
        evidence: [
          ...ctx.evidenceMargin(),
          marginal(`${from} marginal ROAS now`, g.row.marginalRoasBefore),
          marginal(`${to} marginal ROAS now`, t.row.marginalRoasBefore),
          marginal(`${to} marginal ROAS after`, after),
          {
            label: "spend moved",
            value: cents(amount),
            unit: "currency",
            source: "budget optimizer (fixed total)",
          },
          {
            label: "expected revenue change",
            value: cents(revenue),
            unit: "currency",
            source: "fitted response curves, prorated to the dollars moved",
          },
        ].filter((e): e is Evidence => e !== null),
      });
    }
  }
  return out;
}

function marginal(label: string, value: number | null): Evidence | null {
  return value === null
    ? null
    : { label, value: roas2(value), unit: "ratio", source: "fitted response curve (derivative at spend)" };
}

/** Cut or raise one channel toward its profit-maximizing spend. */
function unitAction(ctx: RankContext, u: UnitRow): Recommendation | null {
  const { grossMargin, period } = ctx.input;
  const name = ctx.label(u.key) === u.key && u.label ? u.label : ctx.label(u.key);
  const what = name;
  const cap = u.outcome.startsWith("attributed") ? ("medium" as const) : undefined;
  const base: Evidence[] = [
    ...ctx.evidenceMargin(),
    {
      label: "current spend",
      value: cents(u.currentSpend),
      unit: "currency",
      source: "spend over the last period days",
    },
    {
      label: "expected revenue at current spend",
      value: cents(u.currentRevenue),
      unit: "currency",
      source: `fitted response curve (${u.outcome})`,
    },
    {
      label: "marginal ROAS at current spend",
      value: roas2(u.marginalRoasBefore),
      unit: "ratio",
      source: "fitted response curve (derivative at spend)",
    },
  ];
  const spendChange = u.targetSpend - u.currentSpend;
  const revenueChange = u.targetRevenue - u.currentRevenue;
  const profit = profitChange({ spendChange, revenueChange }, grossMargin);
  if (Math.abs(spendChange) < MIN_MONEY || profit < MIN_MONEY) return null;
  const cut = spendChange < 0;
  const half = halfWidth(u.revenueChangeInterval);
  const detail = cut
    ? `Cut ${what} by ${ctx.money(spendChange)} to ${ctx.money(u.targetSpend)}: its last dollar returns ${roas2(u.marginalRoasBefore).toFixed(2)}x, below ${ctx.marginWords()}, so the dollars cut cost more than they bring; expected ${ctx.money(profit)} more gross profit (${ctx.money(revenueChange)} less revenue).`
    : `Raise ${what} by ${ctx.money(spendChange)} to ${ctx.money(u.targetSpend)}: its last dollar returns ${roas2(u.marginalRoasBefore).toFixed(2)}x, above ${ctx.marginWords()}; expected ${ctx.money(profit)} more gross profit (${ctx.money(revenueChange)} more revenue). The raise stops where the next dollar would return ${roas2(u.marginalRoasAfter).toFixed(2)}x${u.marginalRoasAfter > ctx.breakEven + 0.005 ? " (the limit of the allowed change, not yet break-even)" : ""}.`;
  return {
    id: slug([cut ? "cut" : "raise", u.level, u.key, period.from]),
    rank: 0,
    kind: cut ? "cut" : "raise",
    level: u.level,
    targets: [u.key],
    title: `${cut ? "Cut" : "Raise"} ${what} by ${ctx.money(spendChange)}`,
    detail,
    expectedProfitChange: cents(profit),
    expectedRevenueChange: cents(revenueChange),
    spendChange: cents(spendChange),
    moneyAtStake: cents(profit),
    confidence: confidenceOf(profit, half === null ? null : grossMargin * half, cap),
    belowBreakEven: false,
    evidence: [
      ...base,
      {
        label: "recommended spend",
        value: cents(u.targetSpend),
        unit: "currency",
        source: "spend where the next dollar returns break-even, within the allowed change",
      },
      {
        label: "spend change",
        value: cents(spendChange),
        unit: "currency",
        source: "recommended - current spend",
      },
      {
        label: "expected revenue change",
        value: cents(revenueChange),
        unit: "currency",
        source: `fitted response curve (${u.outcome})`,
      },
      {
        label: "expected revenue at recommended spend",
        value: cents(u.targetRevenue),
        unit: "currency",
        source: `fitted response curve (${u.outcome})`,
      },
      {
        label: "marginal ROAS at recommended spend",
        value: roas2(u.marginalRoasAfter),
        unit: "ratio",
        source: "fitted response curve (derivative at spend)",
      },
    ],
  };
}
