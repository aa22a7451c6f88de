/**
 * fix18b: follow-ups about the previous answer's figures that were refused or answered with the
 * previous text unchanged:
 * - "why are they different", "how come those two don't match", "whats the reason for the gap"
 *   after two readings of one figure side by side (an ad platform's claim beside our tracked or
 *   attributed figure; one figure under two attribution models): the same figures again, led by
 *   why the two readings differ;
 * - "where does the revenue number come from", "where do you get spend from", "what's in that
 *   number" after a definition (which has no figures whose sources could be read): the defined
 *   metric's inputs (or the one named) over the same period, led by where they come from
 *   (present/sources-note.ts reads each figure's source and attribution model from the results).
 */
import { SOURCES_NOTE } from "../present/sources-note.ts";
import { inCatalog } from "./frame.ts";
import type { ParsedQuestion } from "./parse.ts";
import { fittedPlan } from "./pipeline/assemble-stage.ts";
import { withNotes } from "./pipeline/noted-plans.ts";
import type { Reading } from "./pipeline/types.ts";
import type { Frame, Plan } from "./types.ts";

/** "why are they different", "how come they don't match", "what explains the gap", "why is theirs higher". */
const WHY_DIFFER =
  /^(?:(?:so|and|but|ok|okay|hmm|wait|then)[, ]+)*(?:why|how come|what(?:'?s| is)? (?:the )?(?:reason|cause|explanation)s?(?: for)?|what explains|explain|can you explain)\b.*\b(?:differ\w*|different|difference|gap|mismatch\w*|discrepanc\w*|(?:do ?n[o']?t|does ?n[o']?t|not) (?:match|agree|line up)|far apart|apart|higher|lower|bigger|smaller|more|less|inflated)\b/;

/**
 * fix20d: a bare "why" after the two readings side by side ("why would that be", "whats causing
 * that", "how come"): the gap shown is what it asks about, so it reads as "why do they differ".
 */
const BARE_WHY =
  /^(?:(?:so|and|but|ok|okay|hmm|hm|wait|then|interesting|huh|wow|right)[, ]+)*(?:why(?: (?:would|is|was|does|do|did|might|could|are|were) (?:that|this|it|they|there|those|these)(?: be(?: (?:the case|so|happening))?| happen(?:ing|s)?| the case| so)?)?|how come|how so|what(?:'?s| is| s)? (?:causing|behind|driving|the cause of) (?:that|this|it|them|those)|what (?:causes|would cause|could cause|explains) (?:that|this|it)|explain(?: (?:that|this|it|why))?|any idea why|(?:what(?:'?s| is| s) )?the reason|reasons?)(?: (?:though|then|exactly|tho))?\s*[?!.]*$/;

/** Two figures of one thing, an ad platform's claim and ours: what each counts. */
const PLATFORM_WHY =
  "Why they differ: the platform-reported figure is what the ad platform claims in its own reporting. It counts view-through conversions (an ad seen, never clicked), credits any order inside its own click and view windows, models conversions across devices and browsers it could not follow, and every platform claims an order its ad touched, so one order is counted by more than one platform. " +
  "Our figure counts each real order once, from your tracked orders, and splits its credit across the touches before it under one attribution model (the model named below) within its lookback window. So a platform's claim is usually higher; the reported-over-tracked ratio shows by how much.";

/** Two models side by side: why the same orders read differently. */
const MODELS_WHY =
  "Why they differ: both models share out the same orders and revenue, only to different touches. First touch gives each order to the touch that started the journey, last touch to the one just before the purchase, linear splits it evenly across every touch, and time decay and position based weight the touches nearer the purchase or at the ends. A channel that starts journeys (display, paid social) gains under first touch; one that closes them (paid search brand, email, direct) gains under last touch. The totals stay the same; the split between channels moves.";

/** Whether a frame shows one figure twice: a platform's claim beside ours, or two models. */
function pairKind(prev: Frame): "platform" | "models" | undefined {
  const platform = prev.metrics.some((m) => m.startsWith("platform_"));
  const ours = prev.metrics.some((m) => !m.startsWith("platform_") && m !== "spend");
  if (platform && ours) return "platform";
  if ((prev.models?.length ?? 0) >= 2) return "models";
  return undefined;
}

/** The turn names nothing new: no period, breakdown, filter or metric beyond those shown. */
function pointsBack(p: ParsedQuestion, prev: Frame, kind?: "platform" | "models"): boolean {
  // fix20d: "how come the platform number is higher": "platform" names a side, not a breakdown.
  const dimensions = p.dims.dimensions.filter((d) => !(kind === "platform" && d === "platform"));
  return (
    !p.time.period &&
    !p.time.compare &&
    !dimensions.length &&
    !p.dims.filters.length &&
    p.metrics.every((m) => prev.metrics.includes(m) || m.startsWith("platform_") || m === "revenue")
  );
}

/**
 * "why are they different" after a platform's claim beside ours (or two models): the same
 * answer, led by why. Undefined when the turn is not one.
 */
export function whyTheyDiffer(r: Reading, previous: Plan & { kind: "tool_calls" }): Plan | undefined {
  const prev = previous.frame;
  const kind = pairKind(prev);
  if (!kind || !(WHY_DIFFER.test(r.p.text) || BARE_WHY.test(r.p.text)) || !pointsBack(r.p, prev, kind))
    return undefined;
  // fix20d: rows of campaigns ordered by the gap: say where it tends to be widest, and that the
  // first rows are the widest here (the figures are the rows' own).
  const byGap = prev.order?.field?.startsWith("platform_") && prev.dimensions.length > 0;
  const rows = byGap
    ? " The gap is usually widest where the platform leans most on views and modelling (display, Performance Max, prospecting); the rows below are ordered by the gap, widest first."
    : "";
  return withNotes(previous, [kind === "platform" ? PLATFORM_WHY + rows : MODELS_WHY]);
}

/** "where does the revenue come from", "where do you get spend", "what's in that number", "what goes into it". */
const WHERE_FROM =
  /\bwhere(?:'s| (?:does|did|do|is|are|s))? (?:(?:that|this|these|those|the|it|your|ur|you|u|we) )?[^?]{0,40}?\b(?:come|coming|came|from|get|pull|take|source)\b|\bwhere (?:do|did|does) (?:you|u|we) (?:get|pull|take|source|find)\b|\bwhat(?:'s| is| goes| went)? (?:in|into|inside) (?:that|this|the|it)\b|\bwhat (?:does|do) (?:that|this|the|it) (?:number |figure )?(?:include|count|contain)\b|\b(?:what|which) (?:data|source|sources|table|system)\b/;

/** Ratios whose "revenue" is the paid channels' attributed revenue. */
const PAID_RETURN = new Set(["roas", "paid_cpa", "new_customer_roas", "roi"]);

/**
 * "where does the revenue number come from" after a definition: the metric named (or the defined
 * one's inputs) over the definition's period, with where each comes from.
 * @example definedSources(reading("where does the revenue come from", afterRoasDefinition))?.calls[0].args.metrics
 *   // ["paid_attributed_revenue", "revenue"]
 */
export function definedSources(r: Reading, previous: Plan & { kind: "tool_calls" }): Plan | undefined {
  const prev = previous.frame;
  const p = r.p;
  if (prev.intent !== "define" || !prev.metrics.length || !WHERE_FROM.test(p.text)) return undefined;
  if (p.time.period || p.dims.dimensions.length || p.dims.filters.length) return undefined;
  const { catalog } = r.ctx;
  const paid = prev.metrics.some((m) => PAID_RETURN.has(m));
  const inputsOf = (m: string) => {
    const def = catalog.metrics.get(m)?.definition;
    return def?.type === "formula"
      ? (def.formula.match(/[a-z_]+/g) ?? []).filter((k) => catalog.metrics.has(k))
      : [m];
  };
  const named = p.metrics.length ? p.metrics : prev.metrics.flatMap(inputsOf);
  // "the revenue number" of ROAS is the revenue it divides: the paid channels' attributed revenue.
  const metrics = named.flatMap((m) =>
    m === "revenue" && paid ? ["paid_attributed_revenue", "revenue"] : [m],
  );
  const frame: Frame = {
    intent: "query",
    metrics: inCatalog([...new Set(metrics)], catalog),
    dimensions: [],
    filters: [],
    period: prev.period,
  };
  if (!frame.metrics.length) return undefined;
  return withNotes(fittedPlan(frame, catalog), [SOURCES_NOTE]);
}
