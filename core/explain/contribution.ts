/**
 * Explains a metric's change between two periods by dimension member. Additive metrics: each
 * member contributes its own change. Ratio metrics (sum N / sum D) use a symmetric shift-share:
 *
 *   R = sum_i w_i r_i with weight w_i = D_i / sum D and rate r_i = N_i / D_i,
 *   rate effect_i = (w0_i + w1_i) / 2 * (r1_i - r0_i),
 *   mix effect_i  = (w1_i - w0_i) * ((r0_i + r1_i) / 2 - (R0 + R1) / 2).
 *
 * Both effects summed over members give exactly R1 - R0 (the midpoint weights make it exact with
 * no interaction term; subtracting the average overall rate from the mix term changes no total,
 * since the weight shifts sum to zero, but makes a member's mix effect positive only when weight
 * moved towards a better-than-average member). A member with no denominator in a period (it
 * entered or left) has no rate to compare, so its whole change of N_i / sum D is mix.
 */
import { AppError } from "../../lib/errors.ts";
import { parseInput } from "../stats/parse-input.ts";
import { type ContributionInput, contributionInputSchema } from "./schemas.ts";

/** One member's share of the change. */
export interface MemberContribution {
  member: string;
  /** Member's value (additive) or rate (ratio; null without denominator) in each period. */
  base: number | null;
  current: number | null;
  /** Contribution to the total change; contributions sum to the total change. */
  contribution: number;
  /** contribution / total change; null when the total change is 0. */
  shareOfChange: number | null;
  /** Ratio metrics only. */
  rateEffect?: number;
  mixEffect?: number;
  baseWeight?: number;
  currentWeight?: number;
}

/** The explanation. */
export interface ChangeExplanation {
  kind: "additive" | "ratio";
  base: number;
  current: number;
  change: number;
  /** change / |base|; null when base is 0. */
  pctChange: number | null;
  /** Sorted by absolute contribution, largest first (ties by member name). */
  contributions: MemberContribution[];
  /** Sum of the contributions left out by `limit` (0 without a limit). */
  otherContribution: number;
}

/**
 * Explain the change. Throws AppError core.invalid_input on bad input or when members mix
 * additive and ratio sums, core.insufficient_data when a period's total denominator is 0.
 * @example
 * explainChange({ members: [
 *   { member: "search", base: { numerator: 100 }, current: { numerator: 150 } },
 *   { member: "social", base: { numerator: 80 }, current: { numerator: 70 } } ] });
 * // { kind: "additive", base: 180, current: 220, change: 40, pctChange: 0.2222, contributions: [search +50, social -10], ... }
 */
export function explainChange(input: ContributionInput): ChangeExplanation {
  const { members, limit } = parseInput(contributionInputSchema, input);
  const withDen = members.filter(
    (m) => m.base.denominator !== undefined && m.current.denominator !== undefined,
  ).length;
  if (withDen !== 0 && withDen !== members.length) {
    throw new AppError(
      "core.invalid_input",
      "members: give a denominator in both periods for every member (ratio) or for none (additive)",
    );
  }
  const kind = withDen ? "ratio" : "additive";
  const { base, current, rows } = kind === "additive" ? additive(members) : ratio(members);
  const change = current - base;
  const sorted = rows
    .map((r) => ({ ...r, shareOfChange: change === 0 ? null : r.contribution / change }))
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || a.member.localeCompare(b.member));
  const kept = limit === undefined ? sorted : sorted.slice(0, limit);
  const otherContribution = sorted.slice(kept.length).reduce((a, r) => a + r.contribution, 0);
  return {
    kind,
    base,
    current,
    change,
    pctChange: base === 0 ? null : change / Math.abs(base),
    contributions: kept,
    otherContribution,
  };
}

type Member = {
  member: string;
  base: { numerator: number; denominator?: number };
  current: { numerator: number; denominator?: number };
};
type Row = Omit<MemberContribution, "shareOfChange">;

function additive(members: readonly Member[]): { base: number; current: number; rows: Row[] } {
  let base = 0;
  let current = 0;
  const rows = members.map((m) => {
    base += m.base.numerator;
    current += m.current.numerator;
    return {
      member: m.member,
      base: m.base.numerator,
      current: m.current.numerator,
      contribution: m.current.numerator - m.base.numerator,
    };
  });
  return { base, current, rows };
}

function ratio(members: readonly Member[]): { base: number; current: number; rows: Row[] } {
  const sum = (f: (m: Member) => number) => members.reduce((a, m) => a + f(m), 0);
  const d0 = sum((m) => m.base.denominator!);
  const d1 = sum((m) => m.current.denominator!);
  if (d0 === 0 || d1 === 0) {
    throw new AppError(
      "core.insufficient_data",
      `the ${d0 === 0 ? "base" : "current"} period's denominator sums to 0, so the ratio is undefined`,
    );
  }
  const r0 = sum((m) => m.base.numerator) / d0;
  const r1 = sum((m) => m.current.numerator) / d1;
  const avgOverall = (r0 + r1) / 2;
  const rows = members.map((m): Row => {
    const w0 = m.base.denominator! / d0;
    const w1 = m.current.denominator! / d1;
    const rate0 = m.base.denominator! > 0 ? m.base.numerator / m.base.denominator! : null;
    const rate1 = m.current.denominator! > 0 ? m.current.numerator / m.current.denominator! : null;
    // Centering on the average overall rate moves (w1 - w0) * avgOverall out of each member; the
    // weight shifts sum to zero, so the total is untouched.
    const centering = (w1 - w0) * avgOverall;
    let rateEffect = 0;
    let mixEffect: number;
    if (rate0 !== null && rate1 !== null) {
      rateEffect = ((w0 + w1) / 2) * (rate1 - rate0);
      mixEffect = (w1 - w0) * ((rate0 + rate1) / 2) - centering;
    } else {
      // Entered, left, or has numerator without denominator: its whole term N / sum D changed.
      mixEffect = m.current.numerator / d1 - m.base.numerator / d0 - centering;
    }
    return {
      member: m.member,
      base: rate0,
      current: rate1,
      contribution: rateEffect + mixEffect,
      rateEffect,
      mixEffect,
      baseWeight: w0,
      currentWeight: w1,
    };
  });
  return { base: r0, current: r1, rows };
}
