/**
 * fix12b: "monthly sales leaving out the black friday stretch", "ytd orders minus the outage day",
 * "spend since january not counting march 17": days taken out of a period's figures. The metrics
 * core counts only some days of a period (MetricQuery `days.exclude`), so the stretch is dated
 * here, the rest of the question planned as usual, and every query_metrics call leaves the
 * stretch out; the answer says which days it left out and where their dates come from. A stretch
 * that cannot be dated (a test or holdout week, no incident in the data) keeps the older answer:
 * the whole period with a note (excluded-day-part.ts).
 */
import { spanInWords } from "../../lib/months.ts";
import { campaignWindows } from "./campaign-windows.ts";
import { leftOutWords } from "./excluded-day-part.ts";
import { readIncidentDays } from "./incident-days.ts";
import { normalize } from "./normalize.ts";
import { extractTime } from "./time.ts";
import { holidayRange } from "./time-holidays.ts";
import type { Plan, PlannedCall, PlannerContext } from "./types.ts";

/** A stretch left out, dated, with where its dates come from. */
interface DatedStretch {
  from: string;
  to: string;
  source: string;
}

/** Black Friday or Cyber Monday said as a stretch ("the black friday weeks", "bfcm", "cyber week"). */
const BLACK_FRIDAY_STRETCH =
  /\b(?:black friday|bfcm|bf ?\/ ?cm|cyber (?:monday|week|weekend))\b(?:\s+(?:weeks?|window|period|stretch|promo|sale|days|weekend|rush))?/;

/**
 * Black Friday as a stretch: the promotion window of the campaigns whose flights hold Black Friday
 * (the BF25 campaigns), when there are any; else Black Friday week to Cyber Monday.
 */
function blackFridayStretch(words: string, ctx: PlannerContext, today: string): DatedStretch | undefined {
  if (!BLACK_FRIDAY_STRETCH.test(words)) return undefined;
  const day = holidayRange("black friday", undefined, today).from;
  const window = campaignWindows(ctx.dimensionValues).find((w) => w.period.from <= day && w.period.to >= day);
  if (window)
    return { ...window.period, source: `the ${window.name} promotion window, the flights of its campaigns` };
  const cyber = holidayRange("cyber monday", undefined, today);
  return {
    from: holidayRange("black friday", undefined, today).from,
    to: cyber.to,
    source: "Black Friday to Cyber Monday",
  };
}

/** The outage or tracking loss the data shows ("the outage day", "the day tracking broke"). */
function incidentStretch(words: string, ctx: PlannerContext): DatedStretch | undefined {
  const read = readIncidentDays(`excluding ${words}`, ctx.trackingLossDays);
  if (!read.incident) return undefined;
  return {
    from: read.incident.from,
    to: read.incident.to,
    source: "the tracking outage found in your data (sessions and orders fell away while ad spend held)",
  };
}

/** Any other dated words ("march 17", "the first week of december", "the holidays"). */
function calendarStretch(words: string, ctx: PlannerContext, today: string): DatedStretch | undefined {
  // Tests, holdouts and weeks without a date are not a calendar span: no guessing.
  if (/\b(?:tests?|holdouts?|experiments?|promos?|promotions?)\b/.test(words)) return undefined;
  const time = extractTime(normalize(words), today, "past", ctx.dataEnd, ctx.dataStart);
  const period = time.period;
  if (!period || time.compare) return undefined;
  return { from: period.from, to: period.to, source: "the dates you named" };
}

/**
 * The stretch the words name, dated, or undefined when they name none this can date.
 * @example datedStretch("the outage day", ctx, "2026-11-01") // { from: "2026-03-17", to: "2026-03-17", ... }
 */
export function datedStretch(words: string, ctx: PlannerContext, today: string): DatedStretch | undefined {
  const text = words.toLowerCase();
  return (
    blackFridayStretch(text, ctx, today) ?? incidentStretch(text, ctx) ?? calendarStretch(text, ctx, today)
  );
}

/** A query_metrics call that also leaves the stretch out. */
function leavingOut(call: PlannedCall, stretch: DatedStretch): PlannedCall {
  const days = (call.args.days ?? {}) as { exclude?: { from: string; to: string }[] };
  const exclude = [...(days.exclude ?? []), { from: stretch.from, to: stretch.to }];
  return { ...call, args: { ...call.args, days: { ...days, exclude } } };
}

/** The note the answer leads with: which days were left out and where their dates come from. */
function leftOutNote(words: string, stretch: DatedStretch): string {
  const span = spanInWords(stretch);
  return `Leaving out ${span} ("${words}": ${stretch.source}). The figures below count every other day of the period, so any per-day figure divides by the days that remain.`;
}

/**
 * The plan that leaves the stretch out, or undefined when the question leaves out nothing this can
 * date, or its answer is not made of metric queries (then the older note answers).
 */
export function excludedDaysPlan(
  question: string,
  ctx: PlannerContext,
  today: string,
  replan: (q: string, ctx: PlannerContext) => Plan,
): Plan | undefined {
  const part = leftOutWords(question);
  if (!part) return undefined;
  const stretch = datedStretch(part.words, ctx, today);
  if (!stretch) return undefined;
  const plan = replan(part.rest, ctx);
  if (plan.kind !== "tool_calls" || !plan.calls.length) return undefined;
  if (!plan.calls.every((c) => c.name === "query_metrics")) return undefined;
  return {
    ...plan,
    calls: plan.calls.map((c) => leavingOut(c, stretch)),
    notes: [...(plan.notes ?? []), leftOutNote(part.words, stretch)],
  };
}
