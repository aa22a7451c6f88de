/**
 * fix13b: "how did email do last quarter", "email performance in q3", "how are our newsletters
 * performing": the email program's own measures (sends, opens, clicks, their rates over sends, and
 * the revenue credited to Email), not the channel's ad figures (spend $0, a ROAS of nothing).
 * And "which send was best" after it: the email campaigns ranked by click rate (clicks over
 * sends, fair between a weekly newsletter and a one-day promo), the criterion said, not the
 * campaign with the most sends.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { emailKind } from "./email-groups.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { DimensionValue } from "./types.ts";

/** What email performance is made of, in the order it is shown. */
export const EMAIL_PERFORMANCE = [
  "email_sends",
  "email_opens",
  "email_open_rate",
  "email_clicks",
  "email_click_rate",
  "email_revenue",
];

/**
 * A judgement of how email did, asked without naming a measure. fix20d: "how email did", and a
 * paragraph, blurb or summary written about it ("draft a blurb on email for september").
 */
const PERFORMANCE =
  /\b(?:perform\w*|results?|stats|statistics|numbers|kpis|scorecard|report card|recap|how (?:did|do|does|are|is|was|were|has|have|s)\b|how (?!much\b|many\b|often\b|long\b|far\b)(?:[\w-]+ ){1,3}?(?:did|fared|went|performed)\b|doing|done|going|went|paragraph|para|blurb|summary|summari[sz]e|write ?up|writeup|sentences|overview|update)\b/;

/**
 * A comparison, a pointer back, or an email as something to write or send. fix20d: writing a
 * paragraph, a summary or a blurb *about* how email did is the program's figures written up.
 */
const NOT_THE_PROGRAM =
  /\b(?:compare[sd]?|comparing|comparison|vs|versus|against|relative to|that|those|these|them|it|(?:draft|write|compose)\b(?! (?:me |us )?(?:up )?(?:(?:a|an|one|1|the|some|few|couple of|short|quick|brief|small|tight|little)[- ]?)*(?:paragraph|para|blurb|summary|writeup|write ?up|recap|note|sentences?|lines?|update|overview|report|up)\b)|an e ?mail|e ?mail (?:me|us|it|this|that|them))\b/;

/** Verbs of the ask itself, which no vocabulary reads. */
const ASKING_VERBS = new Set(["went", "fared", "faring", "performed", "did", "done"]);

/**
 * Whether the question asks how email performed with no measure named; if so its measures are set
 * (and the Email channel filter, which the ad figures needed, dropped). Call for email questions only.
 * @example readEmailPerformance(parse("how did email do last quarter"), catalog) // true
 */
export function readEmailPerformance(p: ParsedQuestion, catalog: Catalog): boolean {
  if (p.metrics.length || p.dims.dimensions.length || p.ranking || !PERFORMANCE.test(p.text)) return false;
  // Words it cannot read ("cyber monday email performance": a send), a comparison with or a
  // pointer to the answer before ("how does that compare to the promos"), or an email to write.
  // fix20d: "how email went", "how it fared": the verb of the ask, not a word it cannot read.
  if (p.unknownWords.some((w) => !ASKING_VERBS.has(w)) || NOT_THE_PROGRAM.test(p.text)) return false;
  const emailChannel = (f: ParsedQuestion["dims"]["filters"][number]) =>
    f.field === "channel" && f.values.length === 1 && f.values[0] === "email";
  if (!p.dims.filters.every(emailChannel)) return false;
  p.metrics = EMAIL_PERFORMANCE.filter((m) => catalog.metrics.has(m));
  p.dims.filters = [];
  return p.metrics.length > 0;
}

/** A send judged good or bad, not counted. */
const JUDGED =
  /\b(?:best|worst|top|strongest|weakest|winner|standout|star|most successful|least successful)\b/;

/** The measures of a judged send: click rate first (the ranking), the counts beside it. */
const SEND_JUDGED_BY = ["email_click_rate", "email_clicks", "email_sends", "email_opens", "email_open_rate"];

/**
 * "which send was best" read as email campaigns ranked by sends: ranked by click rate instead, with
 * the counts beside it. Unchanged otherwise.
 */
export function judgeSendsByClickRate(p: ParsedQuestion, catalog: Catalog): void {
  const sendsOnly = p.metrics.length === 0 || (p.metrics.length === 1 && p.metrics[0] === "email_sends");
  if (!sendsOnly || p.dims.dimensions.join() !== "email_campaign" || !JUDGED.test(p.text)) return;
  if (/\b(?:most|fewest|biggest|largest|smallest) (?:sends|emails sent|volume)\b/.test(p.text)) return;
  p.metrics = SEND_JUDGED_BY.filter((m) => catalog.metrics.has(m));
  p.orderMetric = "email_click_rate";
}

/** A send, a blast or a mailing: a campaign email, not an automated flow. */
const SEND_WORDS = /\b(?:sends?|blasts?|mailings?|mail ?outs?)\b/;

/**
 * "which send was best", once judged by click rate: the automated flows (welcome, abandoned cart)
 * are not sends, and their small triggered audiences would top a click-rate ranking of the sends.
 */
export function leaveFlowsOutOfSends(p: ParsedQuestion, values: readonly DimensionValue[]): void {
  if (p.orderMetric !== "email_click_rate" || p.dims.dimensions.join() !== "email_campaign") return;
  if (!SEND_WORDS.test(p.text) || p.dims.filters.some((f) => f.field === "email_campaign")) return;
  const flows = values.filter((v) => v.dimension === "email_campaign" && emailKind(v.label) === "flow");
  if (flows.length)
    p.dims.filters.push({ field: "email_campaign", op: "not_in", values: flows.map((v) => v.value) });
}
