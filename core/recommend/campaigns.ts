/**
 * Campaign actions (pause, cut, raise) judged on the channel's response curve, not on a curve fitted
 * to one campaign's attributed revenue.
 *
 * Why: a campaign rarely has a response of its own that the data can identify. Its attributed
 * revenue is a share of its channel's (a click's campaign, a platform's conversions split by
 * spend), so a curve fitted to it, or its average return, says little about what its last dollar
 * brings: cutting one campaign's dollars cuts its channel's, and the channel's remaining campaigns
 * take over part of the conversions it was credited with. So:
 * - the marginal return of a campaign's dollar is its channel's fitted marginal return at the
 *   channel's spend, times the campaign's relative efficiency (its attributed ROAS over the
 *   channel's, with a week-jackknife interval; 1 when the interval contains 1, since the data do
 *   not show a difference);
 * - an action is proposed only when that marginal return's 95% interval lies wholly below break-even
 *   (cut or pause) or wholly above it (raise); when the channel curve's shape is the prior's (the data
 *   did not identify its curvature) the interval runs from 0 to the channel's average return, the
 *   bounds of any concave response;
 * - its expected impact integrates the channel curve over the dollars moved (marginal, not average,
 *   return), and its confidence comes from how far the interval lies from break-even and how the
 *   channel curve was fitted.
 * Pure: the caller fits the channel curves and reads the campaigns' history.
 */
import { curveDerivative, curveValue, type ResponseCurve } from "../budget/curves.ts";

/** z for a two-sided 95% interval. */
const Z95 = 1.96;
/** How far one action may move a campaign's spend (the optimizer's default bound). */
export const CAMPAIGN_ACTION_BOUND = 0.3;
/** Bisection steps for the spend where the next dollar returns break-even (2^-50 of the range). */
const STEPS = 50;

/** One channel's fitted plan-level curve (spend over the period -> revenue over the period). */
export interface ChannelCurve {
  channel: string;
  /** Spend over the last period's days (what the optimizer calls current). */
  currentSpend: number;
  curve: ResponseCurve;
  /** Relative standard error of the curve's scale (so of its marginal return at a given shape); null: unknown. */
  scaleRelativeSe: number | null;
  /** Incremental fits: "prior" when the curve's shape came from the prior, not the data. */
  shape: "prior" | "data" | null;
  /** What the curve's revenue is ("incremental" or "attributed (model)"). */
  outcome: string;
}

/** One campaign: its spend over the period and its daily history (spend and attributed revenue). */
export interface CampaignHistory {
  key: string;
  label: string;
  channel: string;
  currentSpend: number;
  days: readonly { spend: number; revenue: number }[];
}

/** A campaign's attributed ROAS relative to its channel's, with a 95% interval. */
export interface RelativeEfficiency {
  estimate: number;
  lower: number;
  upper: number;
  /** The factor used: the estimate when its interval excludes 1, else 1. */
  used: number;
  /** Weeks the jackknife used. */
  weeks: number;
}

/** A campaign action the evidence supports, with its figures. */
export interface CampaignAction {
  kind: "pause" | "cut" | "raise";
  key: string;
  label: string;
  channel: string;
  currentSpend: number;
  spendChange: number;
  /** Expected revenue change: relative efficiency x the channel curve over the dollars moved. */
  revenueChange: number;
  /** 95% interval of the gross-profit change. */
  profitChange: number;
  profitInterval: { lower: number; upper: number };
  channelSpend: number;
  channelMarginalRoas: number;
  efficiency: RelativeEfficiency;
  /** Marginal return of the campaign's next dollar (channel marginal x efficiency used), with its 95% interval. */
  marginalRoas: number;
  marginalInterval: { lower: number; upper: number };
  /** Marginal return after the action. */
  marginalRoasAfter: number;
  /** Average return of the dollars moved (revenue change / spend change). */
  averageReturnOfMoved: number;
  confidence: "high" | "medium" | "low";
  outcome: string;
  shape: "prior" | "data" | null;
}

/** Why a campaign got no action (shown as evidence, and tested). */
export interface CampaignSkip {
  key: string;
  label: string;
  reason: string;
}

/**
 * The campaign's attributed ROAS over its channel's, with a delete-one-week jackknife interval
 * (weeks are blocks, so a week's correlated days count once). Null when the campaign or its channel
 * spent nothing, or fewer than 4 weeks had campaign spend.
 * @example relativeEfficiency(campaignDays, channelDays) // { estimate: 0.82, lower: 0.61, upper: 1.03, used: 1, weeks: 26 }
 */
export function relativeEfficiency(
  campaign: readonly { spend: number; revenue: number }[],
  channel: readonly { spend: number; revenue: number }[],
): RelativeEfficiency | null {
  const n = Math.min(campaign.length, channel.length);
  // Align on the most recent days; blocks of 7 from the end.
  const weeks: { s: number; r: number; S: number; R: number }[] = [];
  for (let end = n; end - 7 >= 0; end -= 7) {
    const w = { s: 0, r: 0, S: 0, R: 0 };
    for (let i = end - 7; i < end; i++) {
      const c = campaign[campaign.length - n + i]!;
      const h = channel[channel.length - n + i]!;
      w.s += c.spend;
      w.r += c.revenue;
      w.S += h.spend;
      w.R += h.revenue;
    }
    if (w.s > 0) weeks.push(w);
  }
  if (weeks.length < 4) return null;
  const sum = (skip: number) => {
    const t = { s: 0, r: 0, S: 0, R: 0 };
    weeks.forEach((w, i) => {
      if (i === skip) return;
      t.s += w.s;
      t.r += w.r;
      t.S += w.S;
      t.R += w.R;
    });
    return t;
  };
  const ratio = (t: { s: number; r: number; S: number; R: number }) =>
    t.s > 0 && t.S > 0 && t.R > 0 ? t.r / t.s / (t.R / t.S) : Number.NaN;
  const estimate = ratio(sum(-1));
  if (!Number.isFinite(estimate)) return null;
  const k = weeks.length;
  const leaveOut = weeks.map((_, i) => ratio(sum(i)));
  if (leaveOut.some((x) => !Number.isFinite(x))) return null;
  const mean = leaveOut.reduce((a, b) => a + b, 0) / k;
  const se = Math.sqrt(((k - 1) / k) * leaveOut.reduce((a, x) => a + (x - mean) ** 2, 0));
  const lower = Math.max(0, estimate - Z95 * se);
  const upper = estimate + Z95 * se;
  return { estimate, lower, upper, used: lower > 1 || upper < 1 ? estimate : 1, weeks: k };
}

/** Sum the campaigns' days per channel (the channel's attributed history, as the campaigns split it). */
function channelDays(
  campaigns: readonly CampaignHistory[],
): Map<string, { spend: number; revenue: number }[]> {
  const out = new Map<string, { spend: number; revenue: number }[]>();
  for (const c of campaigns) {
    let days = out.get(c.channel);
    if (!days) {
      days = c.days.map(() => ({ spend: 0, revenue: 0 }));
      out.set(c.channel, days);
    }
    const offset = days.length - c.days.length;
    c.days.forEach((d, i) => {
      const cell = days[offset + i];
      if (!cell) return;
      cell.spend += d.spend;
      cell.revenue += d.revenue;
    });
  }
  return out;
}

/** Spend change in [lo, hi] where e x channel marginal at S + change equals break-even (marginal falls with spend). */
function changeAtBreakEven(
  curve: ResponseCurve,
  S: number,
  e: number,
  breakEven: number,
  lo: number,
  hi: number,
): number {
  const f = (d: number) => e * curveDerivative(curve, S + d) - breakEven;
  if (f(lo) <= 0) return lo;
  if (f(hi) >= 0) return hi;
  let a = lo;
  let b = hi;
  for (let i = 0; i < STEPS; i++) {
    const m = (a + b) / 2;
    if (f(m) > 0) a = m;
    else b = m;
  }
  return (a + b) / 2;
}

/**
 * The campaign actions the evidence supports, and why the others got none.
 * @example
 * campaignActions({ grossMargin: 0.5, channels: [search], campaigns: [brand, generic] }).actions[0];
 * // { kind: "cut", key: "12", spendChange: -300, profitChange: 41.2, ... }
 */
export function campaignActions(input: {
  grossMargin: number;
  channels: readonly ChannelCurve[];
  campaigns: readonly CampaignHistory[];
  bound?: number;
}): { actions: CampaignAction[]; skipped: CampaignSkip[] } {
  const { grossMargin } = input;
  const breakEven = 1 / grossMargin;
  const bound = input.bound ?? CAMPAIGN_ACTION_BOUND;
  const curves = new Map(input.channels.map((c) => [c.channel, c]));
  const totals = channelDays(input.campaigns);
  const actions: CampaignAction[] = [];
  const skipped: CampaignSkip[] = [];
  for (const k of input.campaigns) {
    const skip = (reason: string) => skipped.push({ key: k.key, label: k.label, reason });
    const ch = curves.get(k.channel);
    if (!(k.currentSpend > 0)) {
      skip("no spend in the last period");
      continue;
    }
    if (!ch || !(ch.currentSpend > 0)) {
      skip(`its channel (${k.channel}) has no fitted response curve`);
      continue;
    }
    if (ch.scaleRelativeSe === null) {
      skip("the channel curve carries no uncertainty, so the evidence cannot be weighed");
      continue;
    }
    const eff = relativeEfficiency(k.days, totals.get(k.channel) ?? []);
    if (!eff) {
      skip("fewer than 4 weeks with spend, too little to compare it with its channel");
      continue;
    }
    const S = ch.currentSpend;
    const e = eff.used;
    const mChannel = curveDerivative(ch.curve, S);
    const marginal = e * mChannel;
    // Relative errors add in quadrature: the channel curve's scale and, when used, the efficiency.
    const effRel = e === 1 ? 0 : (eff.upper - eff.lower) / (2 * Z95 * eff.estimate);
    const rel = Math.hypot(ch.scaleRelativeSe, effRel);
    let mLow = marginal * Math.max(0, 1 - Z95 * rel);
    let mHigh = marginal * (1 + Z95 * rel);
    if (ch.shape === "prior") {
      // The data did not identify the curvature: the prior's shape sets marginal / average. Any
      // concave response through zero has its marginal return between 0 and its average return,
      // so that is all the evidence says about the next dollar.
      mLow = 0;
      mHigh = Math.max(mHigh, e * (curveValue(ch.curve, S) / S) * (1 + Z95 * rel));
    }
    let lo: number;
    let hi: number;
    if (mHigh < breakEven) {
      // Below break-even: cut toward break-even, down to a pause when the channel curve covers it.
      lo = k.currentSpend <= bound * S ? -k.currentSpend : -bound * k.currentSpend;
      hi = 0;
    } else if (mLow > breakEven) {
      lo = 0;
      hi = Math.min(bound * k.currentSpend, bound * S);
    } else {
      skip(
        `its marginal return's 95% interval (${mLow.toFixed(2)}x to ${mHigh.toFixed(2)}x) contains break-even ${breakEven.toFixed(2)}x`,
      );
      continue;
    }
    const change = changeAtBreakEven(ch.curve, S, e, breakEven, lo, hi);
    if (Math.abs(change) < 0.005) {
      skip("no change needed");
      continue;
    }
    const revenueChange = e * (curveValue(ch.curve, S + change) - curveValue(ch.curve, S));
    const profitChange = grossMargin * revenueChange - change;
    const half = grossMargin * Math.abs(revenueChange) * Z95 * rel;
    const pause = change <= -k.currentSpend + 0.005;
    // Distance of the interval's near end from break-even, in standard errors of the marginal.
    const z = rel > 0 ? Math.abs(Math.log(marginal / breakEven)) / rel : Number.POSITIVE_INFINITY;
    let confidence: CampaignAction["confidence"] =
      z >= 4 && half < 0.5 * Math.abs(profitChange) ? "high" : "medium";
    if (profitChange - half <= 0) confidence = "low";
    // A curve whose shape is the prior's, or of attributed revenue, cannot earn "high".
    if (confidence === "high" && (ch.shape === "prior" || !ch.outcome.startsWith("incremental")))
      confidence = "medium";
    actions.push({
      kind: pause ? "pause" : change < 0 ? "cut" : "raise",
      key: k.key,
      label: k.label,
      channel: k.channel,
      currentSpend: k.currentSpend,
      spendChange: pause ? -k.currentSpend : change,
      revenueChange,
      profitChange,
      profitInterval: { lower: profitChange - half, upper: profitChange + half },
      channelSpend: S,
      channelMarginalRoas: mChannel,
      efficiency: eff,
      marginalRoas: marginal,
      marginalInterval: { lower: mLow, upper: mHigh },
      marginalRoasAfter: e * curveDerivative(ch.curve, S + change),
      averageReturnOfMoved: revenueChange / change,
      confidence,
      outcome: ch.outcome,
      shape: ch.shape,
    });
  }
  return { actions, skipped };
}
