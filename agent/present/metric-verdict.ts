/**
 * lead19: "is that good?", "is our cac ok", "should I be worried about display's roas": a judgement
 * asked of a figure. The figure alone (what the answer gave) left the question open. The verdict
 * holds it against the yardsticks the data has: break-even at the organization's gross margin (for
 * ROAS, MER and the costs per order or customer) and its own period before; there is no industry
 * benchmark in the data, and the verdict says so rather than invent one. Every figure is read from
 * the turn's compare_periods and profitability results, so the verifier grounds it.
 */
import type { TotalComparison } from "../../tools/compare-periods/execute.ts";
import type { ProfitabilityData } from "../../tools/profitability/execute.ts";
import { formatChange, formatCurrency, formatNumber, formatValue } from "../answer/format.ts";

/** The planner's placeholder (metric-verdict-intent.ts), replaced by the verdict in finalize. */
export const METRIC_VERDICT_NOTE =
  "The verdict holds the figure against break-even at your gross margin and against the period before; the figures follow.";

/**
 * fix18c: the placeholder for "is display worth it": the verdict on one paid member's ROAS, led by
 * its name (the planner's worth-it.ts); WORTH_IT_NOTE reads the name back.
 */
export const worthItNote = (subject: string) =>
  `Whether ${subject} is worth it: the verdict holds its return on ad spend against break-even at your gross margin and against the period before; the figures follow.`;
export const WORTH_IT_NOTE =
  /Whether (.{1,120}?) is worth it: the verdict holds its return on ad spend against break-even at your gross margin and against the period before; the figures follow\./;

interface Result {
  name: string;
  result: { ok: boolean; data?: unknown };
}

/** Returns a cost per order or customer is judged by: break-even CPA (average order value x margin). */
const COSTS = new Set(["cpa", "cac", "paid_cpa"]);
/** Figures whose rise is neither good nor bad by itself. */
const NEUTRAL = new Set(["spend", "impressions", "email_sends"]);

const x = (v: number) => `${formatNumber(v, 2)}x`;

function lower(label: string): string {
  const short = label.replace(/\s*\(.*\)\s*$/, "");
  return /^[A-Z]{2,}/.test(short) ? short : short.charAt(0).toLowerCase() + short.slice(1);
}

function dataOf<T>(results: readonly Result[], name: string): T | undefined {
  const hit = results.find((r) => r.name === name && r.result.ok);
  return hit?.result.data as T | undefined;
}

/** Against break-even, when a break-even applies to the metric; undefined otherwise. */
function againstBreakEven(
  t: TotalComparison,
  p: ProfitabilityData | undefined,
  currency: string,
): { good: boolean | undefined; text: string } | undefined {
  const b = p?.breakEven;
  if (!b || !p || t.current === null) return undefined;
  const margin = `${formatNumber(p.grossMarginPercent, Number.isInteger(p.grossMarginPercent) ? 0 : 1)}%`;
  if (t.metric === "roas") {
    const above = t.current >= b.breakEvenRoas;
    return {
      good: above,
      text: above
        ? `it is at or above break-even (${x(b.breakEvenRoas)} at your ${margin} gross margin), so the revenue credited to paid channels covers their ad spend`
        : `it is below break-even (${x(b.breakEvenRoas)} at your ${margin} gross margin): the revenue credited to paid channels does not pay for their ad spend`,
    };
  }
  if (t.metric === "mer") {
    const above = t.current >= b.breakEvenRoas;
    return {
      good: above,
      text: above
        ? `the gross margin on all tracked revenue covers ad spend (MER above ${x(b.breakEvenRoas)} at your ${margin} gross margin; MER counts organic and direct orders too, so paid ROAS is the stricter test)`
        : `the gross margin on all tracked revenue does not cover ad spend (MER below ${x(b.breakEvenRoas)} at your ${margin} gross margin)`,
    };
  }
  if (COSTS.has(t.metric) && b.breakEvenCpa !== null && b.averageOrderValue !== null) {
    const under = t.current <= b.breakEvenCpa;
    const line = `break-even (${formatCurrency(b.breakEvenCpa, currency)}: average order value ${formatCurrency(b.averageOrderValue, currency)} x your ${margin} gross margin)`;
    // Blended CPA and CAC count organic orders and customers too, so they can clear break-even
    // while the orders paid channels won do not: say so when the paid figure is over the line.
    const paid =
      t.metric !== "paid_cpa" && under && b.paidCpa !== null && b.paidCpaWithinBreakEven === false
        ? ` (it counts organic orders too: counting only the orders credited to paid channels, cost per order is about ${formatCurrency(b.paidCpa, currency)}, over it)`
        : "";
    return {
      good: paid ? undefined : under,
      text: under
        ? `it is under ${line}, so a first order pays for the ad spend that won it${paid}`
        : `it is over ${line}, so a first order does not pay for the ad spend that won it`,
    };
  }
  return undefined;
}

/** Against the period before, in words that say which way is better. */
function againstBefore(t: TotalComparison, currency: string) {
  if (t.current === null || t.previous === null) return undefined;
  const spec = { unit: t.unit as "currency", format: undefined };
  const moved = formatChange(t.current, t.previous, spec, currency);
  if (NEUTRAL.has(t.metric) || !t.assessment || t.assessment === "unchanged")
    return { good: undefined, text: `${moved} on the period before` };
  return {
    good: t.assessment === "better",
    text: `${t.assessment === "better" ? "better" : "worse"} than the period before (${moved})`,
  };
}

/**
 * The verdict sentence, or undefined when the turn holds no comparison to judge.
 * @example metricVerdict(results, "USD") // "Is return on ad spend of 0.83x good? No: it is below break-even (2.00x ...) and worse than the period before (down 19.4% from 1.03x). ..."
 */
export function metricVerdict(
  results: readonly Result[],
  currency: string,
  subject?: string,
): string | undefined {
  const compared = dataOf<{ totals: TotalComparison[] }>(results, "compare_periods");
  if (!compared) return undefined;
  const t = compared.totals.find((c) => c.current !== null);
  if (!t || t.current === null)
    return "There is no figure in this period to judge; the comparison below says what there is.";
  const profit = dataOf<ProfitabilityData>(results, "profitability");
  const value = formatValue(t.current, { unit: t.unit as "currency", format: undefined }, currency);
  const be = againstBreakEven(t, profit, currency);
  const before = againstBefore(t, currency);
  const parts = [be?.text, before?.text].filter(Boolean) as string[];
  if (!parts.length) return undefined;
  const goods = [be?.good, before?.good].filter((g) => g !== undefined);
  const word =
    be?.good === false
      ? "No"
      : be && be.good === undefined
        ? "Mixed"
        : goods.length && goods.every(Boolean)
          ? "Yes"
          : goods.length && !goods.some(Boolean)
            ? "Not really"
            : "Mixed";
  const neutral = NEUTRAL.has(t.metric) && !be;
  // fix18c: "is display worth it": the subject asked about leads, then its figure.
  const lead = subject
    ? `Is ${subject} worth it? ${worthWord(word)}: ${subject}'s ${lower(t.label)} was ${value};`
    : neutral
      ? `${t.label} of ${value} is neither good nor bad by itself (what it bought matters):`
      : `Is ${lower(t.label)} of ${value} good? ${word}:`;
  const basis = be
    ? "There is no industry benchmark in your data, so this judges it against break-even and its own history."
    : "There is no break-even or industry benchmark for it in your data, so this judges it against its own history.";
  const context = subject
    ? " ROAS counts only the revenue one attribution model credits to it; a holdout test measures what it adds on top, and MER (all revenue over all ad spend) is the whole-business view."
    : "";
  return `${lead} ${parts.join(", and ")}. ${basis}${context}`;
}

/** The verdict's word as an answer to "is it worth it" (its ROAS is always held against break-even). */
function worthWord(word: string): string {
  if (word === "Yes" || word === "No") return word;
  return "Yes, it clears break-even, though it did better the period before";
}

/**
 * fix15f: the placeholder for a value quoted to be judged ("is a 2.1x roas good"); it carries the
 * value, read back by QUOTED_VERDICT_NOTE.
 */
export const quotedVerdictNote = (value: number) =>
  `The verdict holds the quoted ${value} against break-even at your gross margin and against your own figure; the figures follow.`;
/** Reads the quoted value back out of its placeholder. */
export const QUOTED_VERDICT_NOTE =
  /The verdict holds the quoted (\d+(?:\.\d+)?) against break-even at your gross margin and against your own figure; the figures follow\./;

/** Within this share above break-even, a return is called barely profitable. */
const BARELY = 0.15;

/** The quoted value against break-even: a word for the verdict and the reason. */
function quotedAgainstBreakEven(
  metric: string,
  value: number,
  p: ProfitabilityData,
  currency: string,
): { word: string; text: string } | undefined {
  const b = p.breakEven;
  if (!b) return undefined;
  const margin = `your ${formatNumber(p.grossMarginPercent, Number.isInteger(p.grossMarginPercent) ? 0 : 1)}% gross margin`;
  if (metric === "roas" || metric === "mer") {
    const line = `break-even (${x(b.breakEvenRoas)} at ${margin})`;
    if (value < b.breakEvenRoas)
      return {
        word: "No",
        text: `it is below ${line}: each dollar of ad spend would bring back less gross profit than it costs`,
      };
    if (value < b.breakEvenRoas * (1 + BARELY))
      return {
        word: "Only just",
        text: `it is barely above ${line}: ad spend would pay for itself with little profit left over`,
      };
    return {
      word: "Yes",
      text: `it is comfortably above ${line}, so ad spend would pay for itself with profit to spare`,
    };
  }
  if (COSTS.has(metric) && b.breakEvenCpa !== null && b.averageOrderValue !== null) {
    const line = `break-even (${formatCurrency(b.breakEvenCpa, currency)}: average order value ${formatCurrency(b.averageOrderValue, currency)} x ${margin})`;
    return value <= b.breakEvenCpa
      ? { word: "Yes", text: `it is under ${line}, so a first order would pay for the ad spend that won it` }
      : {
          word: "No",
          text: `it is over ${line}, so a first order would not pay for the ad spend that won it`,
        };
  }
  return undefined;
}

/**
 * The verdict on a quoted value, or undefined when the turn's results cannot judge it.
 * @example quotedMetricVerdict(2.1, results, "USD") // "Is a return on ad spend of 2.10x good? Only just: it is barely above break-even (2.00x at your 50% gross margin) ..."
 */
export function quotedMetricVerdict(
  value: number,
  results: readonly Result[],
  currency: string,
): string | undefined {
  const t = dataOf<{ totals: TotalComparison[] }>(results, "compare_periods")?.totals[0];
  const profit = dataOf<ProfitabilityData>(results, "profitability");
  if (!t || !profit) return undefined;
  const be = quotedAgainstBreakEven(t.metric, value, profit, currency);
  if (!be) return undefined;
  const spec = { unit: t.unit as "currency", format: undefined };
  const quoted = formatValue(value, spec, currency);
  const ownValue = t.current === null ? undefined : formatValue(t.current, spec, currency);
  const side =
    t.current === null || t.current === value ? "the same as" : t.current > value ? "above" : "below";
  const own =
    ownValue === undefined
      ? ""
      : ` Your own ${lower(t.label)} in the period below is ${ownValue}, ${side} the ${quoted} you asked about.`;
  return `Is a ${lower(t.label)} of ${quoted} good? ${be.word}: ${be.text}.${own} There is no industry benchmark in your data, so this judges it against break-even and your own figure.`;
}
