/**
 * A campaign action (campaigns.ts) as a ranked recommendation: what to do, why in the budget core's
 * own figures, and every figure as evidence.
 */
import type { CampaignAction } from "./campaigns.ts";
import { cents, MIN_MONEY, type RankContext, roas2, slug } from "./rank-context.ts";
import type { Recommendation } from "./types.ts";

/** A campaign action (campaigns.ts) in words, with every figure as evidence. */
export function campaignRecommendation(ctx: RankContext, a: CampaignAction): Recommendation | null {
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
