/**
 * Rank actions by money at stake from the budget core's own figures: move budget between channels
 * (a fixed-total reallocation: profit changes by margin x revenue change), cut channels whose last
 * dollar returns less than break-even, raise those with headroom above it, pause, cut or raise
 * campaigns where their channel's curve and their relative efficiency support it (campaigns.ts), and fix
 * tracking where the anomaly detector saw tracked outcomes collapse. Pure: the caller runs the
 * optimizer and the detector and passes their rows in.
 */
import type { CampaignAction } from "./campaigns.ts";
import { breakEvenRoas, profitChange } from "./profit.ts";
import type { Evidence, MoveRow, Recommendation, RecommendInput, TrackingGap, UnitRow } from "./types.ts";

/** Tracked value at or below this share of expected counts as a collapse (an outage, not a dip). */
export const DEFAULT_COLLAPSE_SHARE = 0.2;
/** Money below this (one currency unit) is noise, not an action. */
const MIN_MONEY = 1;

const cents = (x: number) => Math.round(x * 100) / 100 + 0;
const roas2 = (x: number) => Math.round(x * 100) / 100 + 0;

/** A readable, stable id: lowercase letters, digits and dashes. */
function slug(parts: readonly (string | number)[]): string {
  return parts
    .map((p) => String(p).toLowerCase())
    .join("-")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Confidence from a 95% interval's half-width relative to the estimate (null: no interval). */
function confidenceOf(estimate: number, half: number | null, cap?: "medium"): Recommendation["confidence"] {
  let c: Recommendation["confidence"];
  if (half === null || estimate === 0) c = "medium";
  else {
    const rel = half / Math.abs(estimate);
    c = rel < 0.5 ? "high" : rel < 1 ? "medium" : "low";
  }
  return cap === "medium" && c === "high" ? "medium" : c;
}

const halfWidth = (i: { lower: number; upper: number } | null) => (i ? (i.upper - i.lower) / 2 : null);

/**
 * Rank every action the inputs support, largest money at stake first.
 * @example
 * rankRecommendations({ grossMargin: 0.5, period, currency: "USD", move: [], units: [search], tracking: [] })[0];
 * // { kind: "raise", targets: ["paid_search"], expectedProfitChange: 812.5, ... }
 */
export function rankRecommendations(input: RecommendInput): Recommendation[] {
  const ctx = new Ctx(input);
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
class Ctx {
  readonly breakEven: number;
  readonly moneyFmt: Intl.NumberFormat;
  constructor(readonly input: RecommendInput) {
    this.breakEven = breakEvenRoas(input.grossMargin);
    this.moneyFmt = new Intl.NumberFormat("en-US", {
      style: "currency",
      currency: input.currency,
      maximumFractionDigits: 0,
    });
  }
  money(x: number): string {
    return this.moneyFmt.format(Math.abs(x));
  }
  label(key: string): string {
    return this.input.labels?.[key] ?? key;
  }
  marginWords(): string {
    return `break-even ${roas2(this.breakEven).toFixed(2)}x at a ${Math.round(this.input.grossMargin * 100)}% gross margin`;
  }
  evidenceMargin(): Evidence[] {
    return [
      {
        label: "gross margin",
        value: this.input.grossMargin,
        unit: "percent",
        source: "organization setting",
      },
      {
        label: "break-even marginal ROAS",
        value: roas2(this.breakEven),
        unit: "ratio",
        source: "1 / gross margin",
      },
    ];
  }
}

/** Pair channels that lose budget with channels that gain it, largest amounts first. */
function movesOf(ctx: Ctx): Recommendation[] {
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
function unitAction(ctx: Ctx, u: UnitRow): Recommendation | null {
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

/** A campaign action (campaigns.ts) in words, with every figure as evidence. */
function campaignRecommendation(ctx: Ctx, a: CampaignAction): Recommendation | null {
  const { period } = ctx.input;
  if (a.profitChange < MIN_MONEY || Math.abs(a.spendChange) < MIN_MONEY) return null;
  const what = `campaign ${a.label}`;
  const channel = ctx.label(a.channel);
  const eff = a.efficiency;
  const effWords =
    eff.used === 1
      ? `${a.label}'s attributed return is ${roas2(eff.estimate).toFixed(2)} times its channel's (95% interval ${roas2(eff.lower).toFixed(2)} to ${roas2(eff.upper).toFixed(2)}, so no different from the channel's), so its next dollar returns about ${roas2(a.marginalRoas).toFixed(2)}x`
      : `${a.label}'s attributed return is ${roas2(eff.estimate).toFixed(2)} times its channel's (95% interval ${roas2(eff.lower).toFixed(2)} to ${roas2(eff.upper).toFixed(2)}), so its next dollar returns about ${roas2(a.marginalRoas).toFixed(2)}x`;
  const why = `${channel}'s next dollar returns ${roas2(a.channelMarginalRoas).toFixed(2)}x at its spend of ${ctx.money(a.channelSpend)} (fitted ${a.outcome} curve) and ${effWords} (95% interval ${roas2(a.marginalInterval.lower).toFixed(2)}x to ${roas2(a.marginalInterval.upper).toFixed(2)}x), ${a.kind === "raise" ? "above" : "below"} ${ctx.marginWords()}`;
  const impact = `expected ${ctx.money(a.profitChange)} more gross profit (95% interval ${a.profitInterval.lower < 0 ? "-" : ""}${ctx.money(a.profitInterval.lower)} to ${ctx.money(a.profitInterval.upper)}) from ${ctx.money(a.revenueChange)} ${a.revenueChange < 0 ? "less" : "more"} revenue`;
  const title =
    a.kind === "pause"
      ? `Pause ${what}`
      : `${a.kind === "cut" ? "Cut" : "Raise"} ${what} by ${ctx.money(a.spendChange)}`;
  const detail =
    a.kind === "pause"
      ? `Pause ${what} (${ctx.money(a.currentSpend)} of spend): ${why}. On the channel's curve its dollars return ${roas2(a.averageReturnOfMoved).toFixed(2)}x, not the average return credited to it, because the channel's other campaigns keep part of its conversions; ${impact}.`
      : a.kind === "cut"
        ? `Cut ${what} by ${ctx.money(a.spendChange)} to ${ctx.money(a.currentSpend + a.spendChange)}: ${why}, so the dollars cut cost more than they bring; ${impact}.`
        : `Raise ${what} by ${ctx.money(a.spendChange)} to ${ctx.money(a.currentSpend + a.spendChange)}: ${why}; ${impact}. The raise stops where the next dollar would return ${roas2(a.marginalRoasAfter).toFixed(2)}x${a.marginalRoasAfter > ctx.breakEven + 0.005 ? " (the limit of the allowed change, not yet break-even)" : ""}.`;
  const curve = `fitted ${a.outcome} curve of ${channel}`;
  return {
    id: slug([a.kind, "campaign", a.key, period.from]),
    rank: 0,
    kind: a.kind,
    level: "campaign",
    targets: [a.key],
    title,
    detail,
    expectedProfitChange: cents(a.profitChange),
    expectedRevenueChange: cents(a.revenueChange),
    spendChange: cents(a.spendChange),
    moneyAtStake: cents(a.profitChange),
    confidence: a.confidence,
    belowBreakEven: false,
    evidence: [
      ...ctx.evidenceMargin(),
      {
        label: "current spend",
        value: cents(a.currentSpend),
        unit: "currency",
        source: "spend over the last period days",
      },
      {
        label: "channel spend",
        value: cents(a.channelSpend),
        unit: "currency",
        source: "spend over the last period days",
      },
      {
        label: "channel marginal ROAS",
        value: roas2(a.channelMarginalRoas),
        unit: "ratio",
        source: `${curve} (derivative at the channel's spend)`,
      },
      {
        label: "relative efficiency",
        value: roas2(eff.estimate),
        unit: "ratio",
        source: "campaign's attributed ROAS / channel's",
      },
      {
        label: "relative efficiency lower",
        value: roas2(eff.lower),
        unit: "ratio",
        source: `95% week-jackknife interval over ${eff.weeks} weeks`,
      },
      {
        label: "relative efficiency upper",
        value: roas2(eff.upper),
        unit: "ratio",
        source: `95% week-jackknife interval over ${eff.weeks} weeks`,
      },
      {
        label: "marginal ROAS at current spend",
        value: roas2(a.marginalRoas),
        unit: "ratio",
        source: "channel marginal ROAS x relative efficiency (1 when its interval contains 1)",
      },
      {
        label: "marginal ROAS lower",
        value: roas2(a.marginalInterval.lower),
        unit: "ratio",
        source: "95% interval: channel curve scale and efficiency errors",
      },
      {
        label: "marginal ROAS upper",
        value: roas2(a.marginalInterval.upper),
        unit: "ratio",
        source: "95% interval: channel curve scale and efficiency errors",
      },
      {
        label: "spend change",
        value: cents(a.spendChange),
        unit: "currency",
        source: "to where the next dollar returns break-even, within the allowed change",
      },
      {
        label: "recommended spend",
        value: cents(a.currentSpend + a.spendChange),
        unit: "currency",
        source: "current spend + spend change",
      },
      {
        label: "expected revenue change",
        value: cents(a.revenueChange),
        unit: "currency",
        source: `${curve} over the dollars moved, x the efficiency used`,
      },
      {
        label: "return of the dollars moved",
        value: roas2(a.averageReturnOfMoved),
        unit: "ratio",
        source: "expected revenue change / spend change",
      },
      {
        label: "marginal ROAS at recommended spend",
        value: roas2(a.marginalRoasAfter),
        unit: "ratio",
        source: curve,
      },
      {
        label: "expected profit change lower",
        value: cents(a.profitInterval.lower),
        unit: "currency",
        source: "95% interval",
      },
      {
        label: "expected profit change upper",
        value: cents(a.profitInterval.upper),
        unit: "currency",
        source: "95% interval",
      },
    ],
  };
}

/** One fix per channel and span whose tracked outcomes collapsed. */
function trackingFixes(ctx: Ctx): Recommendation[] {
  const share = ctx.input.collapseShare ?? DEFAULT_COLLAPSE_SHARE;
  const collapsed = ctx.input.tracking.filter((g) => g.expected > 0 && g.value <= share * g.expected);
  const groups = new Map<string, TrackingGap[]>();
  for (const g of collapsed) {
    const k = `${g.channel ?? "all"}|${g.from}|${g.to}`;
    groups.set(k, [...(groups.get(k) ?? []), g]);
  }
  const out: Recommendation[] = [];
  for (const gaps of groups.values()) {
    const g = gaps[0]!;
    const revenue = gaps.find((x) => x.metric === "revenue");
    const missing = revenue ? revenue.expected - revenue.value : 0;
    const where = g.channel === null ? "all channels" : ctx.label(g.channel);
    const span = g.from === g.to ? g.from : `${g.from} to ${g.to}`;
    const figures = gaps
      .map((x) => `${x.metric} ${fmtNum(x.value)} against an expected ${fmtNum(x.expected)}`)
      .join("; ");
    out.push({
      id: slug(["fix-tracking", g.channel ?? "all", g.from, g.to]),
      rank: 0,
      kind: "fix_tracking",
      level: "tracking",
      targets: [g.channel ?? "all"],
      title: `Check tracking for ${where} on ${span}`,
      detail: `Tracked outcomes for ${where} collapsed on ${span} (${figures}): this looks like a tracking outage, not a real drop. Check the pixel or tag and the order feed before acting on that period's figures${missing > 0 ? `; about ${ctx.money(missing)} of revenue went unrecorded` : ""}.`,
      expectedProfitChange: null,
      expectedRevenueChange: null,
      spendChange: 0,
      moneyAtStake: cents(Math.max(0, missing)),
      confidence: gaps.some((x) => x.severity === "high") ? "high" : "medium",
      belowBreakEven: false,
      evidence: gaps.flatMap((x): Evidence[] => [
        {
          label: `${x.metric} tracked`,
          value: x.value,
          unit: x.metric === "revenue" ? "currency" : "count",
          source: "anomaly detector",
        },
        {
          label: `${x.metric} expected`,
          value: cents(x.expected),
          unit: x.metric === "revenue" ? "currency" : "count",
          source: "anomaly detector baseline",
        },
      ]),
    });
  }
  return out;
}

const fmtNum = (x: number) => new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(x);
