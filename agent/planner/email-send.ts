/**
 * A named email send ("the black friday email", "our welcome series", "the cyber monday blast"):
 * email metrics are filtered to that send, over the last twelve months when no period is named
 * (a send's figures exist only on its dates), instead of every email in the last 30 days. When
 * the words fit several sends, the planner asks which one.
 */
import { campaignPeriod } from "./frame.ts";
import { extractTrend } from "./modifiers.ts";
import { normalize } from "./normalize.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { ClarifyOption, DimensionValue } from "./types.ts";

/** Nouns that follow a send's name ("the black friday email"). */
const SEND_NOUN = "(?:e ?mails?|sends?|blasts?|newsletters?|campaigns?|series|flows?|mailings?|drops?)";

/** Words that set one send's name beside another's ("labor day vs summer sale email"). */
const BESIDE = "vs|versus|v|and|or|compared (?:to|with)|against";

/** Words of a send's name too generic (or too dated) to pick it out. */
const GENERIC = new Set([
  "email",
  "emails",
  "e",
  "mail",
  "newsletter",
  "campaign",
  "series",
  "flow",
  "blast",
  "send",
  "the",
  "a",
  "an",
  "of",
  "and",
  "for",
]);

/** The distinctive words of a send's name: "Black Friday 2025" -> "black friday". */
export function nameWords(label: string): string[] {
  return normalize(label)
    .split(" ")
    .filter((w) => w.length > 1 && !GENERIC.has(w) && !/^\d+$/.test(w));
}

/**
 * lead20: a name's words after an anchor word are a date, not the send: "since labor day email
 * clicks" is every email's clicks since that day, not the Labor Day Sale's.
 */
const NOT_AFTER_ANCHOR = "(?<!\\b(?:since|after|until|till|through|thru|before) (?:the )?)";

/** Whether the question names this send: its words in order, then a send noun, or its whole name. */
function named(text: string, value: DimensionValue): boolean {
  const words = nameWords(value.label);
  if (!words.length) return false;
  const phrase = words.join(" ");
  const full = normalize(value.label);
  if (full.split(" ").length > 1 && new RegExp(`\\b${full}\\b`).test(text)) return true;
  if (new RegExp(`${NOT_AFTER_ANCHOR}\\b${phrase}(?: \\d{2,4})? ${SEND_NOUN}\\b`).test(text)) return true;
  // fix7e: "the labor day email" for "Labor Day Sale": the name's first two or more distinctive
  // words, then a send noun (one word alone, "the last email", says too little).
  for (let n = words.length - 1; n >= 2; n--)
    if (new RegExp(`${NOT_AFTER_ANCHOR}\\b${words.slice(0, n).join(" ")} ${SEND_NOUN}\\b`).test(text))
      return true;
  // lead25: "the early access email" for "BF25 - Early Access": a name led by a code (a word with
  // digits) is also said without it, its remaining two or more words then a send noun.
  const rest = /\d/.test(words[0]!) ? words.slice(1) : [];
  if (rest.length >= 2 && new RegExp(`${NOT_AFTER_ANCHOR}\\b${rest.join(" ")} ${SEND_NOUN}\\b`).test(text))
    return true;
  // lead25: "the cyber monday email vs the black friday one": "one" stands for the send noun said
  // before it.
  if (
    new RegExp(`\\b${SEND_NOUN}\\b`).test(text) &&
    new RegExp(`\\b(?:${BESIDE}|than|to) (?:the |our )?${phrase} ones?\\b`).test(text)
  )
    return true;
  // para15: "labor day vs summer sale email": the send noun after the second name serves both.
  for (let n = words.length; n >= 2; n--)
    if (new RegExp(`\\b${words.slice(0, n).join(" ")} (?:${BESIDE}) .{0,40}?${SEND_NOUN}\\b`).test(text))
      return true;
  return false;
}

/**
 * fix7e: whether the question names an email send ("open rate for weekly trail notes"), with no
 * side effect: a named send puts the question in the email program even with no email word, so
 * its "click rate" is the send's email clicks over sends, not ad clicks.
 */
export function namesEmailSend(text: string, values: readonly DimensionValue[]): boolean {
  return values.some((v) => v.dimension === "email_campaign" && named(text, v));
}

/** fix10c: the email sends a question names (send-revenue.ts reads one send's date). */
export function sendsNamed(text: string, values: readonly DimensionValue[]): DimensionValue[] {
  return values.filter((v) => v.dimension === "email_campaign" && named(text, v));
}

/** Clarification ids name a send by its slug (ids allow no spaces; send names have them). */
const PICK = "value:email_send:";
const slug = (label: string) => normalize(label).replace(/ /g, "_");

/** What reading a named send gives: a filter to apply, or the sends to choose from. */
export type NamedSend =
  | { kind: "filter"; values: string[] }
  | { kind: "choose"; question: string; options: ClarifyOption[] };

/**
 * The email sends a question about email metrics names, if any (undefined when it names none or
 * already filters by email campaign). On a single match the filter and a twelve-month default
 * period are set on `p`.
 * @example namedEmailSend(parse("unsubscribes from the black friday email"), values) // { kind: "filter", values: ["Black Friday 2025"] }
 */
export function namedEmailSend(
  p: ParsedQuestion,
  values: readonly DimensionValue[],
  clarificationId?: string,
): NamedSend | undefined {
  const picked = clarificationId?.startsWith(PICK) ? clarificationId.slice(PICK.length) : undefined;
  const sends = values.filter(
    (v) =>
      v.dimension === "email_campaign" &&
      (picked ? slug(v.label) === picked : named(p.text, v) && !dayNamedLikeSend(p, v)),
  );
  // fix6a: "the gift guide carousel vs the display gift guide" names ad campaigns whose names hold
  // a send's name ("Holiday Gift Guide"): with no email word, the ad campaigns are meant.
  if (sends.length && !picked && namesAdCampaignsOnly(p, values, sends)) return undefined;
  // "the labor day sale email": "sale" in a send's name is no revenue question.
  if (sends.length) p.metrics = p.metrics.filter((m) => !(m === "revenue" && saleInName(p.text, sends)));
  const emailAsked = p.metrics.some((m) => m.startsWith("email_"));
  // "how did the labor day sale email do": a send named with no measure is judged on the email
  // measures (revenue, the default, cannot be split by send).
  if (!emailAsked && p.metrics.length) return undefined;
  if (!sends.length) return undefined;
  if (!emailAsked) p.metrics = [...SEND_MEASURES];
  dropCampaignsInSendNames(p, sends, values);
  // "the labor day sale email vs the summer sale email": the sends side by side.
  if (sends.length > 1 && !picked && SIDE_BY_SIDE.test(p.text)) return sideBySide(p, sends);
  if (sends.length > 1)
    return {
      kind: "choose",
      question: "Which email send did you mean?",
      options: sends.map((v) => ({ id: `${PICK}${slug(v.label)}`, label: v.label })),
    };
  const values_ = sends.map((v) => v.value);
  filterTo(p, sends);
  p.dims.dimensions = p.dims.dimensions.filter((d) => d !== "email_campaign");
  return { kind: "filter", values: values_ };
}

/**
 * fix16b: a send named after a dated day ("Black Friday 2025") whose name the question uses as
 * that day ("how did black friday 2024 compare to black friday 2025"), with no email word, is
 * the day, not the send.
 */
function dayNamedLikeSend(p: ParsedQuestion, send: DimensionValue): boolean {
  const full = normalize(send.label);
  if (!/\b20\d\d$/.test(full) || EMAIL_WORD.test(p.text)) return false;
  const labels = [p.time.period?.label, p.time.compare?.period?.label].map((l) => l ?? "");
  return labels.some((l) => l.includes(full));
}

/** Words that put a question in the email program. */
export const EMAIL_WORD =
  /\b(?:e ?mails?|newsletters?|sends?|sent|blasts?|mailings?|opens?|opened|open rates?|unsubscrib\w*|inbox|klaviyo|subscribers?)\b/;

/**
 * Whether the question names ad campaigns (a campaign filter) and says nothing about email. A send
 * named whole ("fall camping collection") that no named ad campaign's name holds is the send, not
 * the ad campaign whose name shares some of its words ("Summer26 - Camping Collection - Video"):
 * read as the ad campaign, two promo sends were answered as one video campaign's revenue on the
 * day of a holiday in a send's name (regress15).
 */
function namesAdCampaignsOnly(
  p: ParsedQuestion,
  values: readonly DimensionValue[],
  sends: readonly DimensionValue[],
): boolean {
  const ids = new Set(
    p.dims.filters
      .filter((f) => f.field === "campaign" && f.op === "in")
      .flatMap((f) => f.values.map(String)),
  );
  const named = values.filter((v) => v.dimension === "campaign" && ids.has(v.value));
  const labels = named.map((v) => normalize(v.label));
  const sendNamedWhole = sends.some((v) => {
    const full = normalize(v.label);
    return new RegExp(`\\b${full}\\b`).test(p.text) && !labels.some((l) => l.includes(full));
  });
  return (
    named.length > 0 &&
    !sendNamedWhole &&
    !EMAIL_WORD.test(p.text) &&
    !p.metrics.some((m) => m.startsWith("email_"))
  );
}

/** Whether "sale(s)" appears only inside the sends' names, never as a word of its own. */
function saleInName(text: string, sends: readonly DimensionValue[]): boolean {
  let rest = text;
  for (const v of sends) rest = rest.replace(new RegExp(`\\b${normalize(v.label)}\\b`, "g"), " ");
  const inName = sends.some((v) => /\bsales?\b/.test(normalize(v.label)));
  return inName && !/\b(?:revenue|sales?|sold|income|money|made|earn\w*)\b/.test(rest);
}

/** Measures a send is judged on when the question names none. */
export const SEND_MEASURES = [
  "email_sends",
  "email_opens",
  "email_clicks",
  "email_open_rate",
  "email_click_rate",
];
/** Words that set named sends side by side. */
const SIDE_BY_SIDE =
  /\b(?:vs|v|versus|side by side|head to head|compared? (?:to|with)|compare|comparing|against|and|or|than|beat|beats|outperform\w*)\b/;

/**
 * The question's filters set to these sends (the "email" channel is implied by them), and the
 * period to the last twelve months when none is named or the only "period" is a holiday the
 * send is named after ("labor day" in "the labor day sale email").
 */
function filterTo(p: ParsedQuestion, sends: readonly DimensionValue[]): void {
  p.dims.filters = p.dims.filters.filter(
    (f) => f.field !== "email_campaign" && !(f.field === "channel" && f.values.every((v) => v === "email")),
  );
  p.dims.filters.push({ field: "email_campaign", op: "in", values: sends.map((v) => v.value) });
  const label = p.time.period
    ? normalize(p.time.period.label).replace(/^(?:(?:in|on|for|during|over|the) )+/, "")
    : "";
  const fromName = label && sends.some((v) => normalize(v.label).includes(label));
  if (!p.time.period || fromName) {
    p.time.period = campaignPeriod(p.today, p.dataEnd);
    p.time.compare = undefined;
  }
  if (p.trend.trend && grainOnlyInName(p.text, sends)) p.trend = { trend: false };
  // para15: "monthly unsub rate for weekly trail notes": the series is the one said outside the
  // send's name (the name's "weekly" was read first).
  else if (p.trend.trend && sends.some((v) => SERIES_WORDS.test(normalize(v.label))))
    p.trend = { trend: true, grain: extractTrend(withoutNames(p.text, sends)).grain ?? p.trend.grain };
  // fix7e: the send's own words ("trail notes") and the "rate" of "click rate" read as the email
  // click rate are no unknown metric (the catalog search would otherwise take the question).
  const nameWords = new Set(sends.flatMap((v) => normalize(v.label).split(" ")));
  const rated = p.metrics.some((m) => m.endsWith("_rate"));
  p.unknownWords = p.unknownWords.filter((w) => !nameWords.has(w) && !(rated && /^rates?$/.test(w)));
}

/** Words that ask for a series over time. */
const SERIES_WORDS =
  /\b(?:daily|weekly|monthly|quarterly|trend\w*|over time|(?:by|per|each|every|week (?:by|over)|month (?:by|over)) (?:day|week|month|quarter)s?)\b/;

/** The question with the sends' names taken out. */
function withoutNames(text: string, sends: readonly DimensionValue[]): string {
  let rest = text;
  for (const v of sends) rest = rest.replace(new RegExp(`\\b${normalize(v.label)}\\b`, "g"), " ");
  return rest;
}

/**
 * fix7e: "open rate for weekly trail notes": the "weekly" the series was read from is in the send's
 * name ("Weekly Trail Notes"), not a request for a week-by-week series.
 */
function grainOnlyInName(text: string, sends: readonly DimensionValue[]): boolean {
  const rest = withoutNames(text, sends);
  const inName = sends.some((v) => SERIES_WORDS.test(normalize(v.label)));
  return inName && !SERIES_WORDS.test(rest);
}

/**
 * "fall camping collection email": an ad campaign whose name shares a send's words ("Summer26 -
 * Camping Collection - Video") was matched from the send's name, not asked for (email figures
 * cannot be split by ad campaign, so the filter would only turn the answer into a refusal).
 */
function dropCampaignsInSendNames(
  p: ParsedQuestion,
  sends: readonly DimensionValue[],
  values: readonly DimensionValue[],
): void {
  const sendWords = new Set(sends.flatMap((v) => nameWords(v.label)));
  const fromSendName = (id: string | number) => {
    const campaign = values.find((v) => v.dimension === "campaign" && v.value === String(id));
    return campaign !== undefined && nameWords(campaign.label).some((w) => sendWords.has(w));
  };
  p.dims.filters = p.dims.filters.filter(
    (f) => f.field !== "campaign" || !f.values.every((id) => fromSendName(id)),
  );
}

/** Named sends compared: each send a row. */
function sideBySide(p: ParsedQuestion, sends: readonly DimensionValue[]): NamedSend {
  // "the fall camping email oct 8 vs the labor day sale sep 5": the dates beside the names are
  // when each went out, not two periods to compare; each send's row covers its own dates.
  const eachOnItsDate = p.time.compare?.mode === "explicit" || p.time.period?.unit === "day";
  if (eachOnItsDate) p.time.period = undefined;
  filterTo(p, sends);
  p.dims.dimensions = ["email_campaign"];
  // "better than", "vs" set the sends against each other, not a period against the one before.
  p.signals = { ...p.signals, compare: false };
  return { kind: "filter", values: sends.map((v) => v.value) };
}
