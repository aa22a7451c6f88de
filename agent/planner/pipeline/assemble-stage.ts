/**
 * Stage 5, assemble: the frame's tool calls (assemble.ts), with the source / medium filter the
 * normalize stage read. When that filter does not fit the answer (an attribution or budget
 * question), the question must be read again with the pair's words in it: `reread`.
 */

import type { Catalog } from "../../../semantic/catalog/types.ts";
import { assembleCalls } from "../assemble.ts";
import { perDayNote, perWeekNote } from "../budget-per-day.ts";
import { windowNote } from "../campaign-windows.ts";
import { fitFrame } from "../catalog-fit.ts";
import { shorthandNotes } from "../define-and-value-intent.ts";
import { growthRacePlan } from "../growth-race.ts";
import { incidentNote } from "../incident-days.ts";
import { platformSource, sourceStandIn } from "../platform-source.ts";
import { withSourceMedium } from "../source-medium.ts";
import { withTrackingLossNote } from "../tracking-loss-note.ts";
import type { Frame, Plan, PlannedCall, PlannerContext } from "../types.ts";
import { undatedEventNote } from "../undated-event.ts";
import { withUnreadPeriodNote } from "../unread-period.ts";
import { withUnsupportedStatisticNote } from "../unsupported-statistic.ts";
import { isPlan } from "./intent-entry.ts";
import { redundantEmailFilter } from "./metric-question.ts";
import type { Framed, Normalized } from "./types.ts";

/** The plan that answers with a frame's tool calls. */
export function toolPlan(frame: Frame): Plan {
  return { kind: "tool_calls", intent: frame.intent, calls: assembleCalls(frame), frame };
}

/**
 * The plan for a frame checked against the catalog (catalog-fit.ts): what the metric layer cannot
 * combine is left out or answered by the nearest measures, with a sentence that says so.
 */
export function fittedPlan(frame: Frame, catalog: Catalog): Plan {
  // A follow-up ("best weekday for email?") may bring "email" as a channel filter onto email-only
  // metrics, which have no channel: it says nothing the metric does not, as in a first question.
  const filters = frame.filters.filter((f) => !redundantEmailFilter(f, frame.metrics, catalog));
  const fitted = fitFrame(filters.length === frame.filters.length ? frame : { ...frame, filters }, catalog);
  if ("plan" in fitted) return fitted.plan;
  const plan = toolPlan(fitted.frame);
  return fitted.notes.length && plan.kind === "tool_calls" ? { ...plan, notes: fitted.notes } : plan;
}

/** @example assembleStage(framed) // { plan: { kind: "tool_calls", calls: [...] } } */
export function assembleStage(framed: Framed): { plan: Plan } | { reread: true } {
  const catalog = framed.reading.ctx.catalog;
  const pair = framed.reading.sourceMedium;
  const assembled = isPlan(framed.result)
    ? framed.result
    : pair
      ? fittedPlan(framed.result, catalog)
      : sourcePlan(framed.result, framed.reading.question, framed.reading.ctx);
  // "is CO growing faster than CA": the series' later half against its earlier, member by member.
  const plan = withUnsupportedStatisticNote(
    growthRacePlan(assembled, framed.reading.question, framed.reading.ctx.dataEnd),
    framed.reading.question,
  );
  const other = framed.reading.otherToolNotes;
  if (!pair)
    return {
      // fix17f: a short stretch holding a day tracking was lost says so first (tracking-loss-note.ts).
      plan: withTrackingLossNote(
        withUnreadPeriodNote(
          withIncidentNote(
            withWindowNote(
              withOtherToolNotes(withShorthandNotes(plan, framed.reading.question, catalog), other),
              framed,
            ),
            framed,
          ),
          framed.reading.p.time.rest,
        ),
        catalog,
        framed.reading.ctx.trackingLossDays,
      ),
    };
  const filtered = plan.kind === "tool_calls" ? withSourceMedium(plan.frame, pair.value) : undefined;
  return filtered
    ? {
        plan: withOtherToolNotes(
          withShorthandNotes(fittedPlan(filtered, catalog), framed.reading.question, catalog),
          other,
        ),
      }
    : { reread: true };
}

/** fix9b: another tool's word read as ours ("key events" as orders) says so first (other-tool-words.ts). */
function withOtherToolNotes(plan: Plan, other: Normalized["otherToolNotes"]): Plan {
  if (!other || plan.kind !== "tool_calls") return plan;
  const notes = plan.intent === "define" ? other.definitionNotes : other.notes;
  if (!notes.length) return plan;
  return { ...plan, notes: [...notes, ...(plan.notes ?? [])] };
}

/**
 * The fitted plan, narrowed to one source of a platform the question names ("revenue from
 * instagram"), or with a note that the figures are the whole platform's (platform-source.ts).
 */
function sourcePlan(frame: Frame, question: string, ctx: PlannerContext): Plan {
  const supports = (m: string) => Boolean(ctx.catalog.metrics.get(m)?.supportedDimensions.includes("source"));
  const reading = platformSource(question, frame, ctx.dimensionValues, supports);
  if (reading?.kind === "narrowed") return fittedPlan(reading.frame, ctx.catalog);
  // fix21b: "customers we got from instagram": the new customers its traffic brought.
  const standIn = reading ? sourceStandIn(question, frame, supports) : undefined;
  const narrowed = standIn && platformSource(question, standIn.frame, ctx.dimensionValues, supports);
  if (standIn && narrowed?.kind === "narrowed") {
    const found = fittedPlan(narrowed.frame, ctx.catalog);
    return found.kind === "tool_calls"
      ? { ...found, notes: [...standIn.notes, ...(found.notes ?? [])] }
      : found;
  }
  const plan = fittedPlan(frame, ctx.catalog);
  if (!reading || plan.kind !== "tool_calls") return plan;
  const split = sourceRevenueSplit(question, frame, ctx, supports);
  return split
    ? { ...plan, calls: [...plan.calls, ...split.calls], notes: [...(plan.notes ?? []), split.note] }
    : { ...plan, notes: [...(plan.notes ?? []), reading.note] };
}

/**
 * fix9e: "instagram vs facebook roas": spend is the platform's whole, but revenue and orders are
 * known per source, so the split the data has is given beside the platform's figure instead of
 * only being mentioned.
 */
function sourceRevenueSplit(
  question: string,
  frame: Frame,
  ctx: PlannerContext,
  supports: (m: string) => boolean,
): { calls: PlannedCall[]; note: string } | undefined {
  if (!frame.metrics.some((m) => /roas|revenue|return/.test(m))) return undefined;
  const byRevenue = { ...frame, metrics: ["revenue", "orders"] };
  const reading = platformSource(question, byRevenue, ctx.dimensionValues, supports);
  if (reading?.kind !== "narrowed") return undefined;
  const plan = fittedPlan(reading.frame, ctx.catalog);
  if (plan.kind !== "tool_calls") return undefined;
  return {
    calls: plan.calls,
    note: `The platform reports ad spend for ${reading.label} and its other placements together, so return on ad spend is for the whole platform; revenue and orders from ${reading.label} traffic (last touch) are given beside it.`,
  };
}

/** fix5c: "nCAC" answered as customer acquisition cost says so (define-and-value-intent.ts). */
function withShorthandNotes(plan: Plan, question: string, catalog: Catalog): Plan {
  // A definition already says what the metric is.
  if (plan.kind !== "tool_calls" || plan.intent === "define") return plan;
  const notes = shorthandNotes(question, plan.frame.metrics, catalog);
  return notes.length ? { ...plan, notes: [...(plan.notes ?? []), ...notes] } : plan;
}

/** "after the outage" answered over a date says which day it took and how it was found (incident-days.ts). */
function withIncidentNote(plan: Plan, framed: Framed): Plan {
  const { incident, undatedEvent } = framed.reading.p;
  const days = plan.kind === "tool_calls" ? plan.frame.budget?.perDayDays : undefined;
  const weekDays = plan.kind === "tool_calls" ? plan.frame.budget?.perWeekDays : undefined;
  if (plan.kind !== "tool_calls" || (!incident && !undatedEvent && !days && !weekDays)) return plan;
  const notes = [
    ...(days ? [perDayNote(days)] : []),
    ...(weekDays ? [perWeekNote(weekDays)] : []),
    ...(incident ? [incidentNote(incident)] : []),
    ...(undatedEvent ? [undatedEventNote(undatedEvent)] : []),
  ];
  return { ...plan, notes: [...(plan.notes ?? []), ...notes] };
}

/** leftA: "the BF25 window" answered over its dates says where they come from (campaign-windows.ts). */
function withWindowNote(plan: Plan, framed: Framed): Plan {
  const windows = framed.reading.p.windows;
  if (!windows?.length || plan.kind !== "tool_calls") return plan;
  const { period, compare, groups } = plan.frame;
  // lead22: three or more windows are the frame's groups, each over its own dates.
  const spans = [period, compare?.period, ...(groups ?? []).map((g) => g.period)];
  const used = windows.filter((w) =>
    spans.some((s) => s && w.period.from === s.from && w.period.to === s.to),
  );
  const whole = !plan.frame.filters.some((f) => f.field === "campaign");
  return used.length ? { ...plan, notes: [...(plan.notes ?? []), windowNote(used, whole)] } : plan;
}
