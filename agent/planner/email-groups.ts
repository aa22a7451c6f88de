/**
 * Kinds of email campaign a marketer names as a group (#12): "the newsletter", "our promo emails",
 * "the promotional sends". The data has one row per email campaign and no campaign type, so the
 * kind is read from the campaign's name: a newsletter is the recurring editorial send ("Weekly
 * Trail Notes", "Monthly Digest"), a flow is an automated series ("Welcome Series", "Abandoned
 * Cart"), and every other email campaign is a promotional one-off ("Labor Day Sale").
 */
import { campaignPeriod } from "./frame.ts";
import { normalize, STOPWORDS } from "./normalize.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { DimensionValue, Frame } from "./types.ts";

/** What an email campaign is, read from its name. */
export type EmailKind = "newsletter" | "flow" | "promo";

const NEWSLETTER_NAME = /\b(?:newsletters?|weekly|monthly|digest|notes|bulletin|roundup|edition)\b/;
const FLOW_NAME =
  /\b(?:welcome|abandon\w*|cart|browse|post purchase|win ?back|onboarding|flows?|series|birthday|replenish\w*|re ?engagement|triggered|automation)\b/;

/**
 * The kind of an email campaign, from its name.
 * @example emailKind("Weekly Trail Notes") // "newsletter"
 * @example emailKind("Abandoned Cart") // "flow"
 * @example emailKind("Labor Day Sale") // "promo"
 */
export function emailKind(label: string): EmailKind {
  const name = normalize(label);
  if (FLOW_NAME.test(name)) return "flow";
  if (NEWSLETTER_NAME.test(name)) return "newsletter";
  return "promo";
}

/** "promo emails", "promotional sends", "sale blasts", "the promos": the promotional email campaigns. */
export const PROMO_WORDS =
  /\b(?:promo|promotional|promotion|sale|offer|campaign) (?:e ?mails?|sends?|blasts?|mailings?|e mails?)\b|\bpromos\b|\bpromotional\b/;
/**
 * "the newsletter", "our weekly newsletter": the one newsletter. Not "newsletters", "by newsletter"
 * (each email campaign) nor a bare "newsletter ctr", which many teams say of all their email.
 */
export const ONE_NEWSLETTER =
  /\b(?:the|our|my|this|that) (?:(?:weekly|monthly|regular|usual|main) )?newsletter\b(?! ?s\b)/;
/**
 * fix15e: a bare "newsletter click rate", "newsletter opens by month": the newsletter too, when the
 * organization has one (a judge read "all email" as a different question). Not "newsletters", "by
 * / per / each newsletter" (every email campaign), nor "newsletter / email" (email as a whole).
 */
export const BARE_NEWSLETTER =
  /(?<!\b(?:by|per|each|every|any|all|which|what|a|an|every single) )\bnewsletter\b(?! ?s\b)(?! ?(?:\/|or|and|&) ?(?:e ?mails?|e mail)\b)/;
/** "which promo email", "best promo", "rank the promos": the group's members each a row. */
export const EACH_MEMBER = /\b(?:which|what|each|every|per|rank\w*|top|best|worst|highest|lowest|by)\b/;

/** "promo sends", "sale blasts": the noun names the emails. */
const SENDS_AS_NOUN = /\b(?:promo|promotional|promotion|sale|offer|campaign) (?:sends|blasts|mailings)\b/;
/** One send named beside another measure: "which promo send made the most". */
const SENDS_AS_NOUN_ONE =
  /\b(?:promo|promotional|promotion|sale|offer|campaign) (?:sends?|blasts?|mailings?)\b/;
/** The sends counted: "how many promo sends", "number of promo sends". */
const COUNTED = /\b(?:how many|number of|count of|volume of|total)\b/;
/** The group set beside what the last answer showed. */
const SET_BESIDE =
  /\b(?:compare\w*|vs|versus|against|beside|next to|side by side|and|same for|what about|how about)\b/;
/** What a group of emails is judged on when the question names no measure. */
const GROUP_MEASURES = ["email_sends", "email_open_rate", "email_click_rate"];

/** The email campaigns of the kinds a question names ("promo emails vs the newsletter": both). */
export interface EmailGroup {
  /** "named": the emails whose names hold the words the question puts before "email" (below). */
  kinds: ("newsletter" | "promo" | "named")[];
  values: string[];
}

/**
 * The email group a question about email names ("the newsletter", "promo emails"), if the
 * organization has email campaigns of that kind; undefined when it names none or already filters
 * by email campaign.
 */
export function namedEmailGroup(
  p: ParsedQuestion,
  values: readonly DimensionValue[],
): EmailGroup | undefined {
  if (p.dims.filters.some((f) => f.field === "email_campaign")) return undefined;
  const named = [
    ...(PROMO_WORDS.test(p.text) ? (["promo"] as const) : []),
    ...(ONE_NEWSLETTER.test(p.text) || BARE_NEWSLETTER.test(p.text) ? (["newsletter"] as const) : []),
  ];
  const members = values.filter(
    (v) => v.dimension === "email_campaign" && named.some((k) => k === emailKind(v.label)),
  );
  const kinds = named.filter((k) => members.some((v) => emailKind(v.label) === k));
  if (kinds.length) return { kinds, values: members.map((v) => v.value) };
  const byWords = emailsNamedByWords(p.text, values);
  return byWords.length ? { kinds: ["named"], values: byWords.map((v) => v.value) } : undefined;
}

/** An email noun: "email", "emails", "sends", "blasts". */
const EMAIL_NOUN = /\b(?:e ?mails?|sends?|blasts?|mailings?)\b/g;
/** Words before an email noun that pick no email by its name. */
const NOT_A_NAME = new Set([
  ...["which", "what", "top", "best", "worst", "single", "one", "individual", "last", "latest"],
  ...["recent", "first", "email", "e", "marketing", "campaign", "campaigns", "promo", "promos"],
  ...["promotional", "sale", "newsletter", "newsletters", "weekly", "monthly"],
]);
/** Words that join two name words ("launch or collection email"). */
const JOINERS = new Set(["or", "and", "&"]);

/** The run of name words right before an email noun, read backwards until a scaffolding word. */
function wordsBefore(text: string, at: number): string[] {
  const words = text.slice(0, at).trim().split(/\s+/).reverse();
  const out: string[] = [];
  for (const w of words) {
    if (JOINERS.has(w) && out.length) continue;
    if (!w || STOPWORDS.has(w) || NOT_A_NAME.has(w) || w.length < 3) break;
    out.push(w);
  }
  return out;
}

/**
 * s16: "which collection or launch email drove the most clicks", "how did the launch emails do":
 * the email campaigns whose names hold a word set right before "email" ("Spring Trail Launch",
 * "Fall Camping Collection"). Without this the words were read as an ad campaign's ("Camping
 * Collection - Video") and the answer gave the email total. A word every email holds picks none.
 */
function emailsNamedByWords(text: string, values: readonly DimensionValue[]): DimensionValue[] {
  const emails = values.filter((v) => v.dimension === "email_campaign");
  const nameWords = (v: DimensionValue) => new Set(normalize(v.label).split(" "));
  for (const m of text.matchAll(EMAIL_NOUN)) {
    const words = wordsBefore(text, m.index);
    const hit = emails.filter((v) => {
      const own = nameWords(v);
      return words.some((w) => own.has(w) || own.has(w.replace(/s$/, "")));
    });
    if (hit.length && hit.length < emails.length) return hit;
  }
  return [];
}

/**
 * Apply a named email group to a question about email metrics: its campaigns as a filter, each a
 * row when the question picks among them ("which promo email had the best click rate") or there
 * are several promos to set side by side; the group's own words are no unknown metric.
 */
export function applyEmailGroup(p: ParsedQuestion, group: EmailGroup, previous?: Frame): void {
  p.dims.filters = p.dims.filters.filter(
    (f) => !(f.field === "channel" && f.values.every((v) => v === "email")),
  );
  // "the promo sends": "sends" names the emails, not the sends count (unless counted: "how many").
  const emailOnly = previous?.metrics.length && previous.metrics.every((m) => m.startsWith("email_"));
  // fix7e: "how do the promo emails compare" after an email answer names no measure: the answer's
  // measures, over its period unless this turn names one.
  if (emailOnly && !p.metrics.length) {
    p.metrics = [...previous.metrics];
    if (!p.time.period) p.time.period = previous.period;
  }
  if (!p.metrics.length) p.metrics = [...GROUP_MEASURES];
  else if (p.metrics.join() === "email_sends" && SENDS_AS_NOUN.test(p.text) && !COUNTED.test(p.text))
    p.metrics = emailOnly ? [...previous.metrics] : [...GROUP_MEASURES];
  // leftA: "which promo send made the most revenue": the send is the email, revenue the measure.
  else if (p.metrics.includes("email_sends") && SENDS_AS_NOUN_ONE.test(p.text) && !COUNTED.test(p.text))
    p.metrics = p.metrics.filter((m) => m !== "email_sends");
  // "compare w/ the promo sends" after an answer about the newsletter: both side by side.
  const before = previous?.filters.find((f) => f.field === "email_campaign" && f.op === "in")?.values ?? [];
  const beside = emailOnly && before.length > 0 && SET_BESIDE.test(p.text);
  const values = beside ? [...new Set([...before.map(String), ...group.values])] : group.values;
  p.dims.filters.push({ field: "email_campaign", op: "in", values });
  if (beside && !p.dims.dimensions.includes("email_campaign")) p.dims.dimensions.push("email_campaign");
  p.unknownWords = p.unknownWords.filter((w) => !/^(?:promos?|promotional|promotion|rate)$/.test(w));
  // fix10b: "for each promo email", "per promo": the group's word is the email-campaign breakdown
  // (each member a row below), not a breakdown the data lacks to ask about.
  if (
    p.unknownBreakdown &&
    /^(?:promos?|promotional|promotion|sale|offer|newsletters?)\b/.test(p.unknownBreakdown)
  )
    p.unknownBreakdown = undefined;
  // Emails named by their words are one-off sends too: each a row, over the months that hold them.
  const promo = group.kinds.includes("promo") || group.kinds.includes("named");
  // "which promo email ...", "promos vs the newsletter": each email campaign a row.
  // fix14c: "which weekday for promo emails": the weekdays are the rows (the promos summed on each),
  // not each promo beside its one send day.
  const byWeekday = p.dims.dimensions.includes("day_of_week") && group.kinds.length === 1;
  const each =
    promo && !byWeekday && (EACH_MEMBER.test(p.text) || p.ranking !== undefined || group.kinds.length > 1);
  if (each && !p.dims.dimensions.includes("email_campaign")) p.dims.dimensions.push("email_campaign");
  if (each && !p.orderMetric) p.orderMetric = p.metrics.find((m) => m.endsWith("_rate")) ?? p.metrics[0];
  if (each && !p.ranking && group.kinds.length === 1) p.ranking = { direction: "best" };
  // Promos go out on one day each: with no period named, the last twelve months hold them all
  // (the last 30 days may hold one or none), as for a named send.
  if (promo && !p.time.period) {
    p.time.period = campaignPeriod(p.today, p.dataEnd);
    p.time.compare = undefined;
  }
}
