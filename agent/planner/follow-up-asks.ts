/**
 * fix9a: follow-ups that ask something new *of* the previous answer, which read alone meant
 * another question:
 * - "how come?" after an overview: why its headline revenue moved against the period before
 *   (a bare "why" was declined as off topic);
 * - "which of the two do I go with" after two attribution models side by side: the same credits
 *   again, with what each model rewards (the words "budget decisions" once made it a budget plan);
 * - "break it out by acquisition channel" after a cohort answer: the same cohorts grouped that way
 *   (the "first touch" words once made it first-touch attributed revenue);
 * - "what if that money went to affiliate instead" after a cut: the cut moved to that member
 *   (the same cut came back, with the receiving member as an unused filter).
 */
import { readCohortIntent } from "./cohort-intent.ts";
import type { ParsedQuestion } from "./parse.ts";
import { baselineOf } from "./time.ts";
import type { Frame, FrameBudgetChange, Period, Plan } from "./types.ts";

/** "why", "how come", "what drove that", "what's behind it", "why did that happen". */
// fix14e: or of the answer's biggest mover: "what's driving the biggest change there", "what caused
// the largest drop in that" (read as off topic and declined).
export const WHY_TURN =
  /^(?:(?:ok|okay|hm+|and|but|so|huh|interesting|wow|nice|great|right)\s+)*(?:why|how come|what(?: is|'?s| was)? (?:drove|driving|drives|caused|causing|causes|explains|behind) (?:that|this|it|the (?:change|drop|jump|increase|decrease|rise|dip)|the (?:biggest|largest|main|major|top|sharpest|steepest) (?:change|move|mover|drop|jump|increase|decrease|rise|dip|decline|shift|swing|difference|fall)s?)|what happened|why (?:is|was|did) (?:that|this|it)(?: (?:happen|go up|go down|change|drop|rise|jump|fall|the case))?|what'?s the reason|any idea why|reasons?|explain(?: (?:that|this|it|why))?)(?:\s+(?:there|here|in there|in that|in this|on that))?(?:\s+(?:though|then|exactly|tho))?$/;

/**
 * The overview's period and its baseline, when the previous answer was an overview.
 * @example overviewPeriods(overviewPlan)?.baseline.from // "2026-10-12"
 */
export function overviewPeriods(
  previous: Plan | undefined,
): { period: Period; baseline: Period } | undefined {
  if (previous?.kind !== "tool_calls") return undefined;
  const call = previous.calls.find((c) => c.name === "overview");
  if (!call) return undefined;
  const period = previous.frame.period;
  const to = call.args.compareTo as { from: string; to: string } | undefined;
  const baseline = to ? { ...to, label: "the period before" } : baselineOf(period, "previous_period");
  return { period, baseline };
}

/**
 * "why?" after an overview: what drove revenue's change against the overview's own baseline,
 * by channel (explain_change). Undefined for any other turn.
 */
export function whyAfterOverview(p: ParsedQuestion, previous: Plan | undefined): Frame | undefined {
  const periods = overviewPeriods(previous);
  if (!periods || !WHY_TURN.test(p.text) || p.metrics.length || p.time.period) return undefined;
  return {
    intent: "explain",
    metrics: ["revenue"],
    dimensions: [],
    filters: [],
    period: periods.period,
    compare: { mode: "explicit", period: periods.baseline },
    note: "Why revenue moved against the period before, by channel (ask about spend, orders or CAC to explain one of those instead).",
  };
}

/**
 * fix12c: "why?" after members ranked by how a metric moved ("which campaign's ctr fell most in
 * june"): what drove that move, by the same members against the same baseline (explain_change,
 * which also finds the days a rate broke on and what held while it did). Explaining why one
 * member's level sits below another's answered a different question.
 */
export function whyAfterChangeRanking(p: ParsedQuestion, prev: Frame | undefined): Frame | undefined {
  if (prev?.intent !== "compare" || !prev.compare || !WHY_TURN.test(p.text)) return undefined;
  if (p.metrics.length || p.time.period || p.dims.filters.length || p.dims.dimensions.length)
    return undefined;
  const members = prev.dimensions.filter((d) => d !== "date");
  const metric = prev.metrics[0];
  if (!members.length || !metric) return undefined;
  return {
    intent: "explain",
    metrics: [metric],
    dimensions: members,
    filters: prev.filters,
    period: prev.period,
    compare: prev.compare,
    ...(prev.excludeNone ? { excludeNone: prev.excludeNone } : {}),
  };
}

/** "which one should I trust", "which is right", "which of them do we go with", "can I trust either". */
const WHICH_MODEL =
  /\b(?:which|what)(?: one| model| of (?:them|the two|these|those|both))?\s+(?:should|do|does|would|can|could|is|are|to)\b.{0,30}\b(?:trust|believe|rely on|go with|use|pick|choose|follow|listen to|right|correct|accurate|better|closer|true|truth)\b|\b(?:trust|believe|rely on) (?:either|which|one of them)\b|\bwho(?:'s| is) right\b/;

/**
 * "which one should I trust" after two or more attribution models side by side: the same credits
 * again (the presenter adds what each model rewards and how to choose). Undefined otherwise.
 */
export function modelChoiceAfterComparison(p: ParsedQuestion, prev: Frame | undefined): Frame | undefined {
  if (prev?.intent !== "attribution" || (prev.models?.length ?? 0) < 2) return undefined;
  if (p.metrics.length || p.time.period || !WHICH_MODEL.test(p.text)) return undefined;
  return { ...prev };
}

/** "first touch channel", "acquisition channel", "by source": the cohorts' first-touch channel. */
const CHANNEL_WORDS = /\b(?:first ?touch|acquisition channel|acquired|sources?|channels?)\b/;
/** "split by", "break it out by", "by", "per", "each": a regrouping of the rows shown. */
const REGROUP = /\b(?:split|break\w*|by|per|each|across|group\w*|segment\w*)\b/;
const BY_FIRST_MONTH =
  /\b(?:first (?:order|purchase) month|acquisition month|signup month|cohort month|by month|monthly|month)\b/;

/**
 * "now split by first-touch channel", "break that out by acquisition month" after a cohort answer:
 * the same cohorts grouped that way. Undefined otherwise.
 */
export function cohortRegroup(p: ParsedQuestion, prev: Frame | undefined): Frame | undefined {
  if (prev?.intent !== "cohorts" || !prev.cohort || !REGROUP.test(p.text)) return undefined;
  // A measure or a cohort question of its own ("90 day ltv by channel") stands on its own.
  // ("acquisition channel" reads as new customers, "first order month" as orders: the cohorts' own words.)
  const cohortWord = (m: string) =>
    m === "new_customers" || m === "customers" || (m === "orders" && BY_FIRST_MONTH.test(p.text));
  const ownMeasure = p.metrics.some((m) => !cohortWord(m));
  const own = readCohortIntent(p.text);
  if (p.time.period || ownMeasure || own?.ltvDays || own?.show || p.text.split(" ").length > 12)
    return undefined;
  const byChannel = CHANNEL_WORDS.test(p.text) || p.dims.dimensions.includes("channel");
  const byMonth = !byChannel && BY_FIRST_MONTH.test(p.text);
  if (!byChannel && !byMonth) return undefined;
  const groupBy = byChannel ? "first_touch_channel" : "first_order_month";
  // The retention matrix is by first-order month only: a channel split is the cohort table.
  const { show, ...rest } = prev.cohort;
  const keep = show && !(show === "retention" && byChannel) ? { show } : {};
  const same = prev.cohort.groupBy === groupBy;
  return {
    ...prev,
    cohort: { ...rest, ...keep, groupBy },
    ...(same
      ? {
          note: `The answer before was already split by ${byChannel ? "first-touch channel" : "first-order month"}: here it is again, one row each.`,
        }
      : {}),
  };
}

/** "put that money into X", "move it to X", "what if the savings went to X", "spend it on X instead". */
const MOVE_CUT =
  /\b(?:put|move|shift|spend|give|reinvest|redirect|reallocate|push|pour|send|use|throw|invest|went|go|goes|moved|shifted|spent)\b.{0,40}\b(?:into|to|on|in|toward|towards|onto)\b|\b(?:reallocat\w*|redistribut\w*|reinvest\w*)\b/;
const THAT_MONEY =
  /\b(?:that|it|the|those|this|these)\b.{0,12}\b(?:money|savings?|saved|budget|spend|cash|dollars|amount|difference|freed)\b|\b(?:put|move|shift|spend|give|reinvest|send|use|throw|invest) (?:it|that|them|those)\b|\bit (?:went|goes|go)\b/;

/**
 * "and if we put that money into paid search instead?" after a what-if that cut one member: the
 * same cut, moved to the member named (it receives exactly what the cut frees). Undefined otherwise.
 */
export function cutMovedTo(p: ParsedQuestion, prev: Frame | undefined): Frame | undefined {
  const b = prev?.budget;
  if (prev?.intent !== "budget" || !b || b.changes.length !== 1) return undefined;
  const cut = b.changes[0]!;
  if ((cut.changePercent ?? cut.changeAmount ?? 0) >= 0) return undefined;
  if (!MOVE_CUT.test(p.text) || !THAT_MONEY.test(p.text)) return undefined;
  const target = p.dims.filters.find(
    (f) =>
      f.op === "in" &&
      f.values.length === 1 &&
      (f.field === "channel" || f.field === "platform" || f.field === "campaign") &&
      !(f.field === cut.dimension && String(f.values[0]) === String(cut.value)),
  );
  if (!target) return undefined;
  const receives: FrameBudgetChange = {
    dimension: target.field as FrameBudgetChange["dimension"],
    value: target.values[0]!,
    receives: true,
  };
  return { ...prev, budget: { ...b, changes: [cut, receives] } };
}
