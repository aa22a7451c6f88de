/**
 * "What's the marginal ROAS on X" (fix8c): the answer leads with the slope of X's fitted response
 * curve at its current spend against break-even, then the average return on the same curve and
 * where the slope goes with more spend, so the figures read as one consistent curve rather than a
 * +10% what-if whose added dollars, last dollar and total return look unrelated. Every figure is
 * a field of recommend_budget's result (atCurrent, from core/budget/marginal-at-current.ts).
 */
import type { MarginalAtCurrent } from "../../core/budget/marginal-at-current.ts";
import type { RecommendBudgetData } from "../../tools/recommend-budget/execute.ts";
import { formatCurrency, formatNumber } from "../answer/format.ts";
import { ASKS_ACTION } from "../planner/act-on-row.ts";
import { asksMarginalReturn, asksRaise } from "../planner/marginal-return.ts";
import { normalize } from "../planner/normalize.ts";

const x = (v: number) => `${formatNumber(v, 2)}x`;

/** Whether a what-if answer should lead with the marginal return at current spend. */
export function answersMarginalReturn(d: RecommendBudgetData, question: string | undefined): boolean {
  if (d.move || d.atCurrent.length === 0 || !question) return false;
  const text = normalize(question);
  // fix18c: "should we raise the budget on X": X's next dollar answers it (the verdict leads).
  if (d.mode === "what_if" && (raiseUnsized(text) || ASKS_ACTION.test(text))) return true;
  if (!asksMarginalReturn(text)) return false;
  // leftB: with no member named ("marginal roas at current levels"), each channel's next dollar,
  // unless a split is asked for too ("split $50k, what's the marginal roas").
  return d.mode === "what_if" || !SPLIT_WORDS.test(text);
}

/** More spend weighed with no size said ("should we raise X", not "raise X by 20%": that what-if leads). */
function raiseUnsized(text: string): boolean {
  return asksRaise(text) && !/\d|\b(?:double|doubl\w+|twice|half|halve|triple|tripl\w+)\b/.test(text);
}

/** A budget split asked for beside the marginal return: the split answer keeps the lead. */
const SPLIT_WORDS =
  /\b(?:split|allocat\w*|distribut\w*|divide|plan|recommend\w*|how should|where should|optimi[sz]\w*|maximi[sz]\w*)\b|\$\s?\d/;

/** The lines for one member: its next dollar now, then the curve around it. */
export function marginalLines(
  m: MarginalAtCurrent,
  days: number,
  currency: string,
  name: (key: string) => string,
): string[] {
  const who = name(m.member);
  const verdict =
    m.breakEvenRoas === null || m.marginalProfitPerDollar === null
      ? ""
      : m.clearsBreakEven
        ? `, at or above break-even (${x(m.breakEvenRoas)}), so it adds about ${formatCurrency(m.marginalProfitPerDollar, currency)} of gross profit`
        : `, below break-even (${x(m.breakEvenRoas)}), so it loses about ${formatCurrency(Math.abs(m.marginalProfitPerDollar), currency)} of gross profit`;
  const lead = `${who}'s marginal ROAS at its current spend (${formatCurrency(m.currentSpend, currency)} over the last ${days} day${days === 1 ? "" : "s"}) is ${x(m.marginalRoas)}: the next dollar brings about ${formatCurrency(m.marginalRoas, currency)} of revenue${verdict}.`;
  const step = m.marginalRoasAtStep === null || m.stepSpend === m.currentSpend ? null : m.marginalRoasAtStep;
  const average =
    m.averageRoas === null
      ? ""
      : `On the same fitted curve its average return at that spend is ${x(m.averageRoas)}`;
  const shape =
    step === null
      ? ""
      : m.steepening
        ? `; the curve is still steepening there (the early part of an S-shaped curve), so the next dollars return more than the average one: at ${formatCurrency(m.stepSpend, currency)} the last dollar would return ${x(step)}${m.breakEvenRoas !== null && step < m.breakEvenRoas ? ", still below break-even" : ""}`
        : `; the curve flattens as spend grows, so each further dollar returns less: at ${formatCurrency(m.stepSpend, currency)} the last dollar would return ${x(step)}`;
  const curve = average || shape ? `${average || "On the fitted curve"}${shape}.` : "";
  return [lead, ...(curve ? [curve] : [])];
}

/** The whole marginal answer: each member's lines (the caller adds the margin and the basis). */
export function marginalReturnText(
  d: RecommendBudgetData,
  currency: string,
  name: (key: string) => string,
  question?: string,
): string[] {
  if (d.mode === "what_if") {
    const lines = d.atCurrent.flatMap((m) => marginalLines(m, d.period.days, currency, name));
    const asked = question ? normalize(question) : "";
    const verdict = raiseUnsized(asked)
      ? raiseVerdict(d.atCurrent, name)
      : ASKS_ACTION.test(asked)
        ? actionVerdict(d.atCurrent, name)
        : undefined;
    return verdict ? [verdict, ...lines] : lines;
  }
  // Optimize mode: every channel at its current spend, best next dollar first; the optimizer's
  // recommended spend is not a step on the curve the question asked about, so it is left out.
  const ranked = [...d.atCurrent].sort((a, b) => b.marginalRoas - a.marginalRoas);
  const clearing = ranked.filter((m) => m.clearsBreakEven === true).map((m) => name(m.member));
  const line = ranked[0]?.breakEvenRoas ?? null;
  const summary =
    line === null
      ? []
      : [
          clearing.length
            ? `At current spend (the last ${d.period.days} days' level, read on each channel's fitted response curve), the next dollar clears break-even (${x(line)}) on ${clearing.join(", ")}.`
            : `At current spend (the last ${d.period.days} days' level, read on each channel's fitted response curve), no channel's next dollar clears break-even (${x(line)}); ${name(ranked[0]!.member)}'s returns the most.`,
        ];
  return [
    ...summary,
    ...ranked.map(
      (m) =>
        `- ${marginalLines({ ...m, stepSpend: m.currentSpend }, d.period.days, currency, name).join(" ")}`,
    ),
  ];
}

/**
 * fix18c: the answer to "should we raise the budget on X", read from X's next dollar against
 * break-even; undefined without a margin to judge by.
 * @example raiseVerdict([{ member: "2003", marginalRoas: 0.6, breakEvenRoas: 2, clearsBreakEven: false, ... }], name)
 * // "Should you raise Search - NonBrand - Hiking Boots' budget? No: its next dollar returns less than break-even, ..."
 */
export function raiseVerdict(
  members: readonly MarginalAtCurrent[],
  name: (key: string) => string,
): string | undefined {
  if (!members.length || members.some((m) => m.clearsBreakEven === null)) return undefined;
  const who = members.map((m) => name(m.member)).join(" and ");
  const clearing = members.filter((m) => m.clearsBreakEven);
  if (clearing.length === members.length)
    return `Should you raise ${who}'s budget? Yes, carefully: its next dollar still returns more than break-even on its fitted response curve, so more spend adds gross profit; raise it in steps and watch the return, since it falls as spend grows.`;
  // fix19c: on the steep early part of an S-shaped curve the next dollar is below break-even but
  // later ones return more, so "more spend loses money" would contradict a what-if of a bigger
  // raise on the same curve (doubling can pay): the verdict says which size of raise it judges.
  if (members.length === 1 && members[0]!.steepening && !members[0]!.clearsBreakEven)
    return `Should you raise ${who}'s budget? Not by a little: its next dollar returns less than break-even on its fitted response curve, so a small raise would lose gross profit. But the curve is still steepening at its current spend (the early part of an S-shaped curve), so later dollars return more than the next one: a much larger raise can pay where a small one does not. Ask what a specific raise (such as doubling it) would bring before deciding, and treat it as a test, since the curve beyond current spend is an estimate.`;
  if (!clearing.length)
    return `Should you raise ${who}'s budget? No: its next dollar returns less than break-even on its fitted response curve, so more spend there would lose gross profit; hold it, or cut it back and move the money to something that clears break-even.`;
  return `Should you raise ${who}'s budget? Only for ${clearing.map((m) => name(m.member)).join(" and ")}: the others' next dollar returns less than break-even.`;
}

/**
 * fix18c: the answer to "what should I do about it" after one campaign was named, read from its
 * next dollar against break-even; undefined without a margin to judge by.
 */
export function actionVerdict(
  members: readonly MarginalAtCurrent[],
  name: (key: string) => string,
): string | undefined {
  const m = members[0];
  if (members.length !== 1 || !m || m.clearsBreakEven === null) return undefined;
  const who = name(m.member);
  return m.clearsBreakEven
    ? `What to do about ${who}: keep it running and do not cut it on its average figures alone; its next dollar still returns more than break-even on its fitted response curve, so try a modest budget increase and watch whether the return holds.`
    : `What to do about ${who}: cut its budget back (or pause it) and move the money to a campaign whose next dollar clears break-even; its own next dollar returns less than break-even on its fitted response curve, so each dollar cut there saves more gross profit than the revenue it gives up. If you keep it, test a fix (audience, offer or landing page) on a smaller budget first.`;
}
