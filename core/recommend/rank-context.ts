/**
 * What every recommendation in rank.ts shares: the organization's margin and currency in words,
 * readable ids, confidence from an interval, and rounding. Pure.
 */
import { breakEvenRoas } from "./profit.ts";
import type { Evidence, Recommendation, RecommendInput } from "./types.ts";

/** Money below this (one currency unit) is noise, not an action. */
export const MIN_MONEY = 1;

export const cents = (x: number) => Math.round(x * 100) / 100 + 0;
export const roas2 = (x: number) => Math.round(x * 100) / 100 + 0;

/** A readable, stable id: lowercase letters, digits and dashes. */
export function slug(parts: readonly (string | number)[]): string {
  return parts
    .map((p) => String(p).toLowerCase())
    .join("-")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Confidence from a 95% interval's half-width relative to the estimate (null: no interval). */
export function confidenceOf(
  estimate: number,
  half: number | null,
  cap?: "medium",
): Recommendation["confidence"] {
  let c: Recommendation["confidence"];
  if (half === null || estimate === 0) c = "medium";
  else {
    const rel = half / Math.abs(estimate);
    c = rel < 0.5 ? "high" : rel < 1 ? "medium" : "low";
  }
  return cap === "medium" && c === "high" ? "medium" : c;
}

export const halfWidth = (i: { lower: number; upper: number } | null) => (i ? (i.upper - i.lower) / 2 : null);

export const fmtNum = (x: number) => new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(x);

/** The inputs of one ranking, with the money and margin words every action uses. */
export class RankContext {
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
