/**
 * "the 10 days after the outage", "since tracking broke", "orders before the pixel outage": an
 * incident the organization's data shows, named instead of dated. The days tracking was lost are
 * found in the data (core/anomaly/tracking-loss-days.ts, loaded into the planner's context), so the
 * words are rewritten to the date they stand for before the time rules read it, and the answer says
 * which day it took and why. Without this "the outage" read as no date at all (a forecast or the
 * default period).
 *
 * Only words right after a time word are rewritten ("after the outage", "since tracking broke"):
 * "did tracking break in march" asks for the scan, not a date.
 */
import { dayAsTyped, dayInWords } from "../../lib/months.ts";
import { MONTH_PATTERN, monthIndex, monthPeriod } from "./time-phrases.ts";

const TIME_WORD =
  "(?:after|before|since|following|prior to|preceding|ahead of|around|excluding|exclude|without|minus|on|until|till|from|during|post|pre|leading up to|leading into)";
const INCIDENT = [
  "(?:the |our |that |this )?(?:big |recent |last |march |site |website )?(?:tracking |pixel |tag |analytics |data )?(?:outage|blackout)(?: day)?",
  "(?:the |our |that )?tracking (?:loss|issue|problem|bug|glitch|failure|break|incident)(?: day)?",
  "(?:the day )?(?:the )?(?:tracking|pixel|tag|analytics)(?: tag)? (?:broke|went down|died|failed|stopped(?: working)?)",
].join("|");

/**
 * fix14f: "revenue the week of the outage", "orders in the days when tracking broke": a stretch
 * named by the incident it holds, history rather than a forecast. "week when" / "week that" is
 * read as "week of", which the time rules place around the incident's date.
 */
const SPAN_OF = new RegExp(
  `\\b(week|days|month)(?: (?:of|when|that|where|in which))? (?=(?:${INCIDENT})\\b)`,
  "g",
);
const TIME_OR_SPAN = new RegExp(`(?<=\\b(?:${TIME_WORD}|week of|days of|month of) )(?:${INCIDENT})\\b`, "g");

/** fix19e: a loss said "from" an incident ("lost from the tracking outage"): what it cost. */
const LOST_FROM = new RegExp(
  `\\b((?:lose|lost|losing|loss|cost|costs|missing|missed|miss)\\b(?: [a-z]+){0,4}?) from (?=(?:${INCIDENT})\\b)`,
  "g",
);

/** Runs of consecutive days, each as its first and last day. */
function episodes(days: readonly string[]): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  for (const d of [...days].sort()) {
    const last = out.at(-1);
    const next = last
      ? new Date(Date.parse(`${last.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
      : "";
    if (last && next === d) last.to = d;
    else out.push({ from: d, to: d });
  }
  return out;
}

/** The incident a question named, with the date its words now carry. */
export interface NamedIncident {
  from: string;
  to: string;
  /** How many tracking losses the data holds (the latest is the one read). */
  count: number;
  /** fix16b: the month the question put the incident in, when the data has none there ("April 2026"). */
  misdated?: string | undefined;
}

/** "the outage in april", "the tracking blackout back in may 2026". */
const INCIDENT_IN_MONTH = new RegExp(
  `\\b(?:the |that |this |our )(?:big |recent |last )?(?:site |website )?(?:tracking |pixel |tag |analytics |data )?(?:outage|blackout)\\s+(?:in|during|on|over|back in|of|from|at the (?:start|end) of)\\s+(?:early |late |mid )?(${MONTH_PATTERN})(?:\\s+(20\\d\\d))?\\b`,
);
/** "the april outage", "may's tracking outage". */
const MONTH_INCIDENT = new RegExp(
  `\\b(${MONTH_PATTERN})(?:\\s+(20\\d\\d))?(?:'s)?\\s+(?:tracking |pixel |tag |analytics |data )?(?:outage|blackout)\\b`,
);

/**
 * fix16b: an incident put in a month the data holds none in ("why did the tracking outage in april
 * hit orders so hard", with the outage on March 17): the premise does not hold, so the month is
 * replaced by the incident's own month and the answer says so first (incidentNote), never an
 * analysis of the month as if it held the outage.
 */
function misdatedIncident(
  text: string,
  all: readonly { from: string; to: string }[],
  today: string,
): { text: string; incident: NamedIncident } | undefined {
  const latest = all.at(-1);
  const after = INCIDENT_IN_MONTH.exec(text);
  const m = after ?? MONTH_INCIDENT.exec(text);
  if (!latest || !m) return undefined;
  const name = m[1]!;
  const month = monthPeriod(monthIndex(name), m[2] ? Number(m[2]) : undefined, today, "past");
  if (all.some((e) => e.from <= month.to && e.to >= month.from)) return undefined;
  // The month's words (with their year): the end of the match, or its start.
  const words = new RegExp(`${name}(?:\\s+${m[2] ?? "(?!)"})?`).exec(
    after ? m[0].slice(m[0].lastIndexOf(name)) : m[0],
  )!;
  const start = after ? m.index + m[0].lastIndexOf(name) : m.index;
  const end = start + words[0].length;
  const real = dayAsTyped(latest.from).replace(/ \d+ /, " ");
  const said = dayInWords(month.from).replace(/ \d+,/, "");
  return {
    text: `${text.slice(0, start)}${real}${text.slice(end)}`,
    incident: { ...latest, count: all.length, misdated: said },
  };
}

/**
 * The text with a named incident replaced by its date (the latest tracking loss; its last day after
 * "after"/"following"/"post", its first day otherwise), and the incident.
 * @example readIncidentDays("orders the week after the outage", ["2026-03-17"]).text // "orders the week after mar 17 2026"
 */
export function readIncidentDays(
  text: string,
  lossDays: readonly string[] | undefined,
  today?: string,
): { text: string; incident?: NamedIncident } {
  const all = episodes(lossDays ?? []);
  const misdated = today ? misdatedIncident(text, all, today) : undefined;
  if (misdated) return misdated;
  const latest = all.at(-1);
  // fix19e: "orders lost from the outage" is lost to it, not a period starting on its day.
  const spanned = text.replace(LOST_FROM, "$1 to ").replace(SPAN_OF, "$1 of ");
  if (!latest || !TIME_OR_SPAN.test(spanned)) return { text };
  TIME_OR_SPAN.lastIndex = 0;
  const rewritten = spanned.replace(TIME_OR_SPAN, (_m, offset: number, whole: string) => {
    const after = /\b(?:after|following|post|since)\s$/.test(whole.slice(Math.max(0, offset - 12), offset));
    const day = dayAsTyped(after && !/\bsince\s$/.test(whole.slice(0, offset)) ? latest.to : latest.from);
    // The week around the incident is shown day by day, so the day it hit stands out.
    const week = /\bweek of\s$/.test(whole.slice(0, offset)) && !/\b(?:by|per|each) |\bdaily\b/.test(whole);
    return week ? `${day} by day` : day;
  });
  return { text: rewritten, incident: { ...latest, count: all.length } };
}

/** The note that says which day "the outage" was read as, and how it was found. */
export function incidentNote(incident: NamedIncident): string {
  const when =
    incident.from === incident.to
      ? dayInWords(incident.from)
      : `${dayInWords(incident.from)} to ${dayInWords(incident.to)}`;
  const others =
    incident.count > 1 ? ` It is the latest of ${incident.count} such stretches in the data.` : "";
  if (incident.misdated)
    return `Your data shows no tracking outage in ${incident.misdated}: the one it holds is ${when}, the day${incident.from === incident.to ? "" : "s"} sessions and orders fell below half their normal while ad spend held (lost tracking), so the answer is about that one.${others}`;
  return `I read the outage as ${when}: the day${incident.from === incident.to ? "" : "s"} sessions and orders fell below half their normal while ad spend held, which points to lost tracking (found in your data).${others}`;
}
