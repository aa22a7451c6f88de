/**
 * fix12c: "are the ads on the retargeting campaign wearing out? weekly ctr", "any sign of ad fatigue
 * on gen z hikers": creative fatigue asked of a campaign. The data has no creative or frequency
 * level, but the campaign's click-through rate week by week is the usual sign, so the answer is
 * that series (with its trend reading) and a note on what is missing. Read as a breakdown by
 * creative, it asked which of every breakdown to use, though the campaign and metric were named.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { namedEmailGroup } from "./email-groups.ts";
import { sendsNamed } from "./email-send.ts";
import { frameFor } from "./frame.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { DimensionValue, Frame, FrameFilter } from "./types.ts";

/** Fatigue, wear-out or staleness of ads, creatives or an audience. */
const FATIGUE =
  /\b(?:creative|ad|ads|audience|banner)s? (?:fatigue|wear ?out|burn ?out|decay)\b|\b(?:fatigue|fatigued|fatiguing)\b|\b(?:ads?|creatives?|videos?|banners?)\b.{0,40}\b(?:wearing out|worn out|wear out|getting stale|gone stale|going stale|go stale|getting tired|burning out|burnt out|burned out)\b/;

/**
 * fix17c: an email list worn out: "is the newsletter wearing the list out", "are subscribers
 * getting sick of our emails", "email fatigue?", "are we burning out the list".
 */
const EMAIL_FATIGUE =
  /\b(?:list|subscribers?|audience|inbox(?:es)?|readers?|people)\b.{0,30}\b(?:wearing out|worn out|wear out|burning out|burnt out|burned out|getting tired|tired of|sick of|fed up|over ?mail\w*)\b|\b(?:wearing|wear|burning|burn|tiring|tire)(?: out)? (?:the |our )?(?:list|subscribers?|audience|readers)\b(?: out)?|\b(?:e-?mails?|newsletters?|sends?)\b.{0,40}\b(?:wearing out|worn out|wear out|getting stale|gone stale|burning out|burnt out|burned out|getting tired)\b|\bemail fatigue\b|\b(?:e-?mailing|mailing|sending|emailin) (?:(?:them|people|the list|subscribers|our list) )?too (?:much|often|many)\b|\b(?:subscribers?|readers?|people|list|they)\b.{0,20}\btun(?:ing|ed) out\b|\bover ?mail\w*\b|\btoo many (?:e-?mails|sends|newsletters)\b/;

/** Words that make a fatigue question one about email. */
const EMAIL_WORDS =
  /\b(?:e-?mails?|newsletters?|list|subscribers?|unsub\w*|inbox\w*|sends?|open rates?|opens)\b/;

/** The email read of fatigue: opens and clicks per send sliding, unsubscribes per send rising. */
const EMAIL_FATIGUE_METRICS = [
  "email_open_rate",
  "email_click_rate",
  "email_unsubscribe_rate",
  "email_sends",
] as const;

/** fix19a: an email count and the rate per send that shows fatigue. */
const PER_SEND: Record<string, string> = {
  email_unsubscribes: "email_unsubscribe_rate",
  email_opens: "email_open_rate",
  email_clicks: "email_click_rate",
};

/** What an email fatigue answer says first. */
export const EMAIL_FATIGUE_NOTE =
  "Email fatigue shows as open and click rates sliding and the unsubscribe rate (unsubscribes per send) rising over the sends; below, those rates week by week with the sends behind them.";

/** What the note says the data lacks, and how the series stands in for it. */
export const FATIGUE_NOTE =
  "Your data has no creative-level or frequency figures, so fatigue can't be read directly; the nearest sign is below: the click-through rate week by week (a steady slide while impressions hold is the usual mark of fatigue).";

/** Metrics that show fatigue when none is named: the rate, and the reach and clicks behind it. */
const FATIGUE_METRICS = ["ctr", "impressions", "clicks"] as const;

/** Weeks shown when no period is named: a quarter of weekly points is enough to see a slide. */
const DEFAULT_WEEKS = 12;

/** Whether the question asks about creative or ad fatigue. */
export function asksCreativeFatigue(text: string): boolean {
  return FATIGUE.test(text) || EMAIL_FATIGUE.test(text);
}

/**
 * Whether a fatigue question is about email (an email send or metric named, or email words).
 * @example asksEmailFatigue(parseQuestion("is the newsletter wearing the list out", ctx)) // true
 */
export function asksEmailFatigue(p: ParsedQuestion): boolean {
  if (
    /\b(?:ads?|creatives?|banners?|videos?|campaigns?)\b/.test(p.text) &&
    !/\b(?:e-?mails?|newsletters?)\b/.test(p.text)
  )
    return false;
  return (
    EMAIL_WORDS.test(p.text) ||
    p.metrics.some((m) => m.startsWith("email_")) ||
    p.dims.filters.some(
      (f) =>
        f.field === "email_campaign" ||
        (f.field === "channel" && f.op === "in" && f.values.includes("email")),
    )
  );
}

/**
 * fix17c: the weekly open, click and unsubscribe rates (or the email metrics named) of the send
 * named, or of every email, over the named period or the last twelve weeks.
 */
export function emailFatigueFrame(
  p: ParsedQuestion,
  catalog: Catalog,
  values: readonly DimensionValue[],
): Frame {
  const base = creativeFatigueFrame(p, catalog);
  // fix19a: a count named in a fatigue ask ("unsubscribe trend", "opens going down?") is judged as
  // its rate per send, first, beside the other fatigue rates: counts alone move with the sends.
  const named = p.metrics
    .map((m) => PER_SEND[m] ?? m)
    .filter((m) => m.startsWith("email_") && catalog.metrics.has(m));
  const metrics = [...new Set([...named, ...EMAIL_FATIGUE_METRICS])].filter((m) => catalog.metrics.has(m));
  // The send or kind of email named ("the newsletter", "the promo emails"), read here because the
  // email vocabulary is settled after this entry.
  const sends = sendsNamed(p.text, values).map((v) => v.value);
  const group = sends.length ? undefined : namedEmailGroup(p, values);
  const picked = sends.length ? sends : (group?.values ?? []);
  const filters: FrameFilter[] = [
    ...base.filters.filter((f) => f.field === "email_campaign"),
    ...(picked.length ? [{ field: "email_campaign", op: "in" as const, values: picked }] : []),
  ];
  return { ...base, metrics, filters };
}

/** The Monday `weeks` whole weeks before the week holding `end` (YYYY-MM-DD, UTC arithmetic). */
function mondayWeeksBefore(end: string, weeks: number): string {
  const d = new Date(`${end}T00:00:00Z`);
  const sinceMonday = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - sinceMonday - 7 * (weeks - 1));
  return d.toISOString().slice(0, 10);
}

/**
 * The weekly series of the named metrics (CTR, impressions and clicks when none is named) for
 * what the question names, over the named period or the last twelve weeks of data.
 */
export function creativeFatigueFrame(p: ParsedQuestion, catalog: Catalog): Frame {
  const base = frameFor("trend", p, catalog);
  const named = p.metrics.filter((m) => catalog.metrics.has(m));
  const metrics = named.length ? named : FATIGUE_METRICS.filter((m) => catalog.metrics.has(m));
  const end = p.dataEnd ?? base.period.to;
  const period = p.time.period
    ? base.period
    : { from: mondayWeeksBefore(end, DEFAULT_WEEKS), to: end, label: `last ${DEFAULT_WEEKS} weeks of data` };
  return {
    ...base,
    intent: "trend",
    metrics,
    dimensions: ["date"],
    grain: p.trend.grain === "day" || p.trend.grain === "month" ? p.trend.grain : "week",
    period,
  };
}
